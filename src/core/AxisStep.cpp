#include "core/AxisStep.h"

#include <algorithm>
#include <cmath>

namespace signtally {

double axisStep(double max, int ticks)
{
    if (!(max > 0))
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10;
    for (double s : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (s * magnitude >= raw) {
            step = s;
            break;
        }
    }
    return std::max(1.0, step * magnitude);
}

} // namespace signtally
