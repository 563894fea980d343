#pragma once

#include "storage/Database.h"

#include <QJsonObject>

namespace signtally {

// Fills a new database from a campaign file (data/*.json: the campaign, its
// providers, groups and units with adults and quota). The app carries
// data/thai-nguyen-2025.json inside it as its default.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)
public:
    static QJsonObject defaultCampaign();
    static QJsonObject readCampaignFile(const QString& path);

    // Inserts the campaign (a campaign file, docs/campaign-file.md) in one
    // transaction, its set-up audited as written by `actor`; returns its id.
    // Quotas the file leaves out are apportioned from the goal.
    static qint64 seedCampaign(Database& db, const QJsonObject& doc,
                               const QString& actor = QStringLiteral("signtally"));
    // Deterministic demo tallies for every day of the campaign (see DemoTallies),
    // of its whole population or (group ≥ 0, an index into CampaignData::groups)
    // of one target group, sized by the group's goals.
    static void addDemoTallies(Database& db, qint64 campaignId, quint32 seed = 20250728,
                               int group = -1);

    // New file with the default campaign (and demo tallies when asked).
    static std::unique_ptr<Database> createSeeded(const QString& path, bool withDemo);
};

} // namespace signtally
