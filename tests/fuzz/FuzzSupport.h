#pragma once

// What the fuzz targets share: check(), which aborts (a finding) when a
// property fails, and the small campaign the import targets plan against:
// three units (one printed without "Xã"), two providers, one stored tally.
#include "core/Campaign.h"

#include <QStringList>
#include <cstdio>
#include <cstdlib>

namespace signtally::fuzz {

// (clang 14 has no std::source_location with libstdc++ 12; its builtins do.)
inline void check(bool ok, const char* file = __builtin_FILE(), int line = __builtin_LINE())
{
    if (!ok) {
        std::fprintf(stderr, "fuzz property failed at %s:%d\n", file, line);
        std::abort();
    }
}

inline const CampaignData& campaign()
{
    using namespace Qt::StringLiterals;
    static const CampaignData data = [] {
        CampaignData d;
        d.campaign.id = 1;
        d.campaign.start = QDate(2025, 7, 28);
        d.campaign.end = QDate(2025, 8, 28);
        const QStringList names = {u"Xã Ba Bể"_s, u"Thượng Quan"_s, u"Phường Đức Xuân"_s};
        for (int i = 0; i < names.size(); ++i)
            d.units.push_back({i + 1, i + 1, names[i], UnitKind::Commune, {}, 1000, 180});
        d.providers.push_back({1, u"viettel"_s, u"Viettel"_s, {u"Viettel Thái Nguyên"_s}});
        d.providers.push_back({2, u"other"_s, u"Khác"_s, {u"Tổ Công nghệ số cộng đồng"_s}});
        d.tallies = TallyMatrix(int(d.units.size()), d.campaign.days(), int(d.providers.size()));
        d.tallies.set(0, 0, 0, 5);
        return d;
    }();
    return data;
}

} // namespace signtally::fuzz
