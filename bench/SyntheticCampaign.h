#pragma once

#include <QString>

namespace signtally::bench {

// Writes a new SignTally database with `units` synthetic communes (adult
// populations 1.500–40.000, quotas apportioned from 18 % of them), a campaign
// of `days` days from 28/07/2025, `providers` providers (Viettel, VNPT, Khác,
// then "Nhà mạng N"), and deterministic demo tallies (with unreported days)
// written through the audited TallyStore, as the app would.
// With withTallies false the campaign has no tallies at all (for importing).
void generateSyntheticCampaign(const QString& path, int units, int days, int providers,
                               quint32 seed, bool withTallies = true);

} // namespace signtally::bench
