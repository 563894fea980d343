#pragma once

#include "core/Campaign.h"
#include "core/Clock.h"
#include "storage/Database.h"

#include <QVector>
#include <optional>

namespace signtally {

struct CampaignInfo
{
    qint64 id = 0;
    QString code;
    QString name;
    QDate start;
    QDate end;

    enum class Phase
    {
        Upcoming, // starts after `today`
        Running,  // `today` is one of its days
        Over      // ended before `today`
    };
    Phase phase(QDate today) const
    {
        return today < start ? Phase::Upcoming : today > end ? Phase::Over : Phase::Running;
    }
};

// Reads campaigns, their units and providers, and their tallies into the
// core's CampaignData. Tallies are those of the campaign's main target group.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
public:
    explicit CampaignStore(const Storage& db) : m_db(db) {}

    // "đang diễn ra", "đã kết thúc", "chưa bắt đầu".
    static QString phaseText(CampaignInfo::Phase phase);

    // Every campaign of the file, the latest start first (then the highest id).
    QVector<CampaignInfo> campaigns() const;
    // The campaign to show when none is chosen: the latest-starting one whose
    // dates include `today`, else the latest-starting one (then the highest id).
    // Throws StorageError when the file has no campaign.
    qint64 defaultCampaignId(QDate today = Clock::system().today()) const;
    // The campaign with this code (exact), if the file has one.
    std::optional<qint64> campaignIdByCode(const QString& code) const;
    // The whole-population group every campaign has.
    qint64 mainGroupId(qint64 campaignId) const;

    // Whether load() reads the target groups' tallies too, or leaves them
    // unread (GroupData::tallies empty) for readGroupTallies() to read when
    // wanted: the window shows one group at a time, a report every group.
    enum class GroupTallies
    {
        Read,
        Skip
    };
    CampaignData load(qint64 campaignId, GroupTallies groups = GroupTallies::Read) const;
    CampaignData loadDefault(QDate today = Clock::system().today()) const
    {
        return load(defaultCampaignId(today));
    }
    // Reloads only the tallies of an already loaded campaign.
    void reloadTallies(CampaignData& data) const;
    // The tallies of one target group of a loaded campaign (its id in
    // CampaignData::groups; 0: the whole population).
    TallyMatrix groupTallies(const CampaignData& data, qint64 groupId) const;
    // Reads the tallies of the groups of a loaded campaign that have none read.
    void readGroupTallies(CampaignData& data) const;
    // The target groups besides the whole population: sizes, goals, tallies.
    void loadGroups(CampaignData& data) const;
    // The campaign's status thresholds (shared by everyone using the file).
    // Audited as a set-up change by `actor` (the login name unless given).
    static void saveThresholds(Storage& db, qint64 campaignId, StatusThresholds t,
                               const QString& actor = {});

    // The newest change set of the audit (0 before any): every audited write
    // (tallies, set-up, thresholds) adds one, with a higher id.
    qint64 latestBatch() const;
    // What the audit says changed after change set `afterBatch`, so that a
    // window can follow other clients' saves without reading the whole
    // campaign again (issue 16; a server indexes tally_audit by batch_id).
    struct TallyLogCell
    {
        qint64 unitId = 0;
        QDate date;
        qint64 providerId = 0;
        qint64 groupId = 0;
        std::optional<qint64> count; // none: the cell was cleared
    };
    struct ChangesSince
    {
        qint64 latestBatch = 0;      // the newest change set read
        QVector<TallyLogCell> cells; // the campaign's tally changes, oldest first
    };
    // Empty when the campaign has to be read whole instead: a set-up change
    // set came (units, dates, thresholds may differ), or the change sets hold
    // more than `maxRows` rows (an import: one read of the tallies is quicker).
    std::optional<ChangesSince> changesSince(qint64 campaignId, qint64 afterBatch,
                                             qint64 maxRows) const;

private:
    // The target groups' rows, sizes and goals (not their tallies).
    void readGroupFigures(CampaignData& data) const;
    // One group's tallies (the whole population's: mainGroupId), read afresh
    // in one scan of its range of the table.
    TallyMatrix readTallies(const CampaignData& data, qint64 groupId) const;

    const Storage& m_db;
};

} // namespace signtally
