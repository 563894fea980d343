#pragma once

#include "core/Campaign.h"
#include "core/CampaignSetup.h"
#include "core/ChangeNotice.h"
#include "storage/ReportSettingsStore.h"
#include "storage/TallyStore.h"

#include <QJsonObject>
#include <QVector>

namespace signtally {

class Storage;

// What a change command writes with: the session's connection, its tally
// writer, and the campaign it holds in memory (which the command brings in
// step with what it wrote).
struct WriteContext
{
    Storage& db;
    TallyStore& tallies;
    CampaignData& data;
    const QString& actor;
    const Clock& clock;
};

// One kind of change to the open file, as an object: the session runs it
// (CampaignSession::execute), then marks the file changed for the backup on
// close, re-reads what other connections wrote meanwhile, and sends the
// notice the command returns to every screen. A new kind of change is a new
// subclass here (docs/architecture.md, "Where to add a new kind of change").
class ChangeCommand
{
public:
    virtual ~ChangeCommand() = default;
    // Writes in one transaction; throws StorageError, and then nothing was
    // written. Returns what changed (empty: nothing did).
    virtual ChangeNotice write(WriteContext& context) = 0;
    // After write(): whether memory may now differ from the file in a way
    // only a re-read shows (a save refused for conflicts shows theirs).
    virtual bool needsReread() const { return false; }
};

// Saves edited cells (audited), all or nothing. result() says what happened:
// added, changed, removed, or the conflicts that stopped it. The cells are
// the session's tallies (group -1: the viewed population's) or those of the
// target group data.groups[group] (the entry grid's column blocks).
class SaveTallies final : public ChangeCommand
{
public:
    SaveTallies(QVector<TallyChange> changes, QString source, int group = -1)
        : m_changes(std::move(changes)), m_source(std::move(source)), m_group(group)
    {}
    ChangeNotice write(WriteContext& context) override;
    bool needsReread() const override { return !m_result.ok(); }
    const ApplyResult& result() const { return m_result; }

private:
    QVector<TallyChange> m_changes;
    QString m_source;
    int m_group;
    ApplyResult m_result;
};

// Locks a week against edits (or unlocks it), audited with the reason.
class SetWeekLock final : public ChangeCommand
{
public:
    SetWeekLock(int week, bool locked, QString reason)
        : m_week(week), m_locked(locked), m_reason(std::move(reason))
    {}
    ChangeNotice write(WriteContext& context) override;

private:
    int m_week;
    bool m_locked;
    QString m_reason;
};

// The campaign's status thresholds.
class SetThresholds final : public ChangeCommand
{
public:
    explicit SetThresholds(StatusThresholds thresholds) : m_thresholds(thresholds) {}
    ChangeNotice write(WriteContext& context) override;

private:
    StatusThresholds m_thresholds;
};

// The official report's heading, signature and recipients.
class SaveReportSettings final : public ChangeCommand
{
public:
    explicit SaveReportSettings(ReportSettings settings) : m_settings(std::move(settings)) {}
    ChangeNotice write(WriteContext& context) override;

private:
    ReportSettings m_settings;
};

// A report period's sections II–IV; stored() is the text as saved (with the
// document number it took).
class SaveNarrative final : public ChangeCommand
{
public:
    explicit SaveNarrative(ReportNarrative narrative) : m_narrative(std::move(narrative)) {}
    ChangeNotice write(WriteContext& context) override;
    const ReportNarrative& stored() const { return m_narrative; }

private:
    ReportNarrative m_narrative;
};

// The campaign's whole set-up (dates, goal, units, populations, quotas,
// providers, groups), as the set-up editor saves it: every changed item is
// audited in the chain. changedItems() names them, for the status bar.
class SaveCampaignSetup final : public ChangeCommand
{
public:
    SaveCampaignSetup(CampaignSetup setup, QString source)
        : m_setup(std::move(setup)), m_source(std::move(source))
    {}
    ChangeNotice write(WriteContext& context) override;
    const QStringList& changedItems() const { return m_changed; }

private:
    CampaignSetup m_setup;
    QString m_source;
    QStringList m_changed;
};

// A new campaign in the open file (from a template, a copy or nothing); its
// set-up audited as its first change set. createdId() is the new campaign;
// the campaign on screen stays until the session switches to it.
class CreateCampaign final : public ChangeCommand
{
public:
    CreateCampaign(CampaignSetup setup, QString source, QJsonObject report = {})
        : m_setup(std::move(setup)), m_source(std::move(source)), m_report(std::move(report))
    {}
    ChangeNotice write(WriteContext& context) override;
    qint64 createdId() const { return m_id; }

private:
    CampaignSetup m_setup;
    QString m_source;
    QJsonObject m_report;
    qint64 m_id = 0;
};

} // namespace signtally
