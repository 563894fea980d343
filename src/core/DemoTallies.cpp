#include "core/DemoTallies.h"

#include <QRandomGenerator>
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
    for (int u = 0; u < data.units.size(); ++u) {
        const double strength = 0.70 + 0.75 * rng.generateDouble(); // 70 % … 145 % of quota
        const double perDay = double(data.units[u].quota) / days * strength;
        for (int d = 0; d < days; ++d) {
            if (rng.bounded(100) < 4) // about 4 % of unit-days not reported at all
                continue;
            const int weekday = data.campaign.start.addDays(d).dayOfWeek();
            const double dayFactor = (weekday >= 6 ? 0.7 : 1.08) * (d < 3 ? 0.75 : 1.0);
            for (int p = 0; p < providers; ++p) {
                if (p == providers - 1 && rng.bounded(100) < 15)
                    continue; // the community teams sometimes do not send theirs
                const double noise = 0.6 + 0.8 * rng.generateDouble();
                const auto count = qint32(std::lround(perDay * dayFactor * share(p) * noise));
                m.set(u, d, p, count);
            }
        }
    }
    return m;
}

} // namespace signtally
