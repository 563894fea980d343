#pragma once

#include "core/Campaign.h"
#include "storage/Database.h"

#include <QVector>

namespace signtally {

struct CampaignInfo
{
    qint64 id = 0;
    QString code;
    QString name;
    QDate start;
    QDate end;
};

// Reads campaigns, their units and providers, and their tallies into the
// core's CampaignData. Tallies are those of the campaign's main target group.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
public:
    explicit CampaignStore(const Database& db) : m_db(db) {}

    QVector<CampaignInfo> campaigns() const;
    // The campaign to show when none is chosen: the one that started last.
    qint64 defaultCampaignId() const;
    // The whole-population group every campaign has.
    qint64 mainGroupId(qint64 campaignId) const;

    CampaignData load(qint64 campaignId) const;
    CampaignData loadDefault() const { return load(defaultCampaignId()); }
    // Reloads only the tallies of an already loaded campaign.
    void reloadTallies(CampaignData& data) const;
    // The campaign's status thresholds (shared by everyone using the file).
    static void saveThresholds(Database& db, qint64 campaignId, StatusThresholds t);

private:
    const Database& m_db;
};

} // namespace signtally
