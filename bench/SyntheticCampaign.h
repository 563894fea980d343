#pragma once

#include "core/Campaign.h"
#include "core/CampaignSetup.h"

#include <QString>

namespace signtally::bench {

// Writes a new SignTally database with `units` synthetic communes (adult
// populations 1.500–40.000, quotas apportioned from 18 % of them), a campaign
// of `days` days from 28/07/2025, `providers` providers (Viettel, VNPT, Khác,
// then "Nhà mạng N"), and deterministic demo tallies (with unreported days)
// written through the audited TallyStore, as the app would.
// With withTallies false the campaign has no tallies at all (for importing).
// `groups` target groups besides the whole population (officials, students…,
// as in the Mỹ Hào plan): a size in every unit (a few per cent of its adults),
// goals of 100 %, 80 % or typed per unit, and (with tallies) demo tallies of
// their own over every day and provider, each group's written through the
// audited TallyStore with its group id.
void generateSyntheticCampaign(const QString& path, int units, int days, int providers,
                               quint32 seed, bool withTallies = true, int groups = 0);

// A new campaign made from `setup` as the set-up editor's "copy" does: the
// same units, populations, providers and groups under another code, every
// quota apportioned anew from the goal. Store it with SetupStore.
CampaignSetup copyOfSetup(const CampaignSetup& setup, const QString& code);

// A long-form CSV of `rows` rows (unit, date, provider, count: every
// provider of every day of each unit in turn), as a provider's export would
// look, for the import benchmarks. Returns how many rows it wrote (fewer
// when the campaign has fewer cells).
qint64 writeImportCsv(const CampaignData& data, const QString& path, qint64 rows);

} // namespace signtally::bench
