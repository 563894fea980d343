#include "core/QuotaApportionment.h"

#include <algorithm>
#include <numeric>

namespace signtally {

QVector<qint64> apportionQuotas(qint64 goal, const QVector<qint64>& populations)
{
    const qint64 total = std::accumulate(populations.begin(), populations.end(), qint64(0));
    QVector<qint64> quotas(populations.size(), 0);
    if (total <= 0 || goal <= 0)
        return quotas;
    QVector<qint64> remainders(populations.size());
    qint64 assigned = 0;
    for (int i = 0; i < populations.size(); ++i) {
        // Exact in 64 bits for any real goal and population (up to ~9 × 10^18).
        qint64 product = 0;
        if (qMulOverflow(goal, populations[i], &product))
            qFatal("apportionQuotas: goal × population overflows 64 bits");
        quotas[i] = product / total;
        remainders[i] = product % total;
        assigned += quotas[i];
    }
    QVector<int> order(populations.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainders[a] > remainders[b]; });
    for (qint64 k = 0; k < goal - assigned; ++k)
        ++quotas[order[int(k)]];
    return quotas;
}

} // namespace signtally
