#pragma once

#include <QVector>
#include <QtGlobal>

namespace signtally {

// Splits a goal among units in proportion to their populations so that the
// parts add up to the goal exactly (largest remainder / Hamilton method).
// Each unit first gets floor(goal × pop / total); the units left short are
// those with the largest remainders, earlier units first on a tie.
// Applied to 50.000 and the plan's adult populations it gives the plan's quotas.
QVector<qint64> apportionQuotas(qint64 goal, const QVector<qint64>& populations);

} // namespace signtally
