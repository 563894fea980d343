#pragma once

namespace signtally {

// A round step for a value axis from 0 to max with about `ticks` divisions:
// 1, 2, 2,5 or 5 times a power of ten, and at least 1 (also when max is 0 or
// not a number). The dashboard's charts and the report's line chart use it.
double axisStep(double max, int ticks);

} // namespace signtally
