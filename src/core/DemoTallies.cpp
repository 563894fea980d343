#include "core/DemoTallies.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace signtally {

TallyMatrix generateDemoTallies(const CampaignData& data, quint32 seed)
{
    const int days = data.campaign.days();
    const int providers = int(data.providers.size());
    TallyMatrix m(int(data.units.size()), days, providers);
    QRandomGenerator rng(seed);
    // Shares of the first three providers (Viettel, VNPT, others); more are equal.
    auto share = [&](int p) {
        static constexpr double base[] = {0.46, 0.36, 0.18};
        return p < 3 ? base[p] : 0.18;
    };
    // The trends come from a generator of their own, so the main sequence
    // (and which unit-days are left unreported) is the one the demo always had.
    QRandomGenerator trends(seed ^ 0x7e1dU);
    for (int u = 0; u < data.units.size(); ++u) {
        const double strength = 0.70 + 0.75 * rng.generateDouble(); // 70 % … 145 % of quota
        // Some units speed up over the drive, some slow down: the day's factor
        // goes from 1 − trend to 1 + trend (1 on average), so a unit ahead on
        // its cumulative may still be forecast to miss, and the other way round.
        const double trend = -0.45 + 0.9 * trends.generateDouble();
        // One commune in 29 joins late (day 20): nothing to report before,
        // then more a day to make up part of the gap.
        const int firstDay = u % 29 == 24 ? std::min(19, days - 1) : 0;
        const double catchUp = firstDay > 0 ? 0.8 * days / double(days - firstDay) : 1.0;
        const double perDay = double(data.units[u].quota) / days * strength * catchUp;
        for (int d = 0; d < days; ++d) {
            if (rng.bounded(100) < 4) // about 4 % of unit-days not reported at all
                continue;
            const int weekday = data.campaign.start.addDays(d).dayOfWeek();
            const double along = days > 1 ? double(d) / (days - 1) : 0.5;
            const double dayFactor = (weekday >= 6 ? 0.7 : 1.08) * (d < 3 ? 0.75 : 1.0) *
                                     (1.0 + trend * (2.0 * along - 1.0));
            for (int p = 0; p < providers; ++p) {
                if (p == providers - 1 && rng.bounded(100) < 15)
                    continue; // the community teams sometimes do not send theirs
                const double noise = 0.6 + 0.8 * rng.generateDouble();
                const auto count = qint32(std::lround(perDay * dayFactor * share(p) * noise));
                if (d >= firstDay)
                    m.set(u, d, p, count);
            }
        }
    }
    return m;
}

} // namespace signtally
