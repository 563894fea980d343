#include "core/ChangeNotice.h"

#include "core/TallyMatrix.h"

#include <algorithm>

namespace signtally {

void ChangeNotice::merge(const ChangeNotice& other)
{
    if (isEmpty()) {
        *this = other;
        return;
    }
    parts |= other.parts;
    units.unite(other.units);
    providers.unite(other.providers);
    if (other.from.isValid() && (!from.isValid() || other.from < from))
        from = other.from;
    if (other.to.isValid() && (!to.isValid() || other.to > to))
        to = other.to;
    if (other.origin != origin)
        origin = Origin::OtherConnection; // mixed: the most general
}

ChangeNotice ChangeNotice::tallyDifference(const TallyMatrix& before, const TallyMatrix& after,
                                           QDate start)
{
    ChangeNotice n;
    if (before.units() != after.units() || before.days() != after.days() ||
        before.providers() != after.providers()) {
        // Another shape: the campaign itself changed, every cell may differ.
        n.parts = Tallies | Setup;
        for (int u = 0; u < after.units(); ++u)
            n.units.insert(u);
        for (int p = 0; p < after.providers(); ++p)
            n.providers.insert(p);
        n.from = start;
        n.to = start.addDays(std::max(0, after.days() - 1));
        return n;
    }
    int firstDay = -1;
    int lastDay = -1;
    for (int u = 0; u < after.units(); ++u)
        for (int d = 0; d < after.days(); ++d)
            for (int p = 0; p < after.providers(); ++p) {
                if (before.value(u, d, p) == after.value(u, d, p))
                    continue;
                n.units.insert(u);
                n.providers.insert(p);
                firstDay = firstDay < 0 ? d : std::min(firstDay, d);
                lastDay = std::max(lastDay, d);
            }
    if (firstDay >= 0) {
        n.parts = Tallies;
        n.from = start.addDays(firstDay);
        n.to = start.addDays(lastDay);
    }
    return n;
}

} // namespace signtally
