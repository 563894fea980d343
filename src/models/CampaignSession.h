#pragma once

#include "core/Campaign.h"
#include "core/Clock.h"
#include "core/ProgressEngine.h"
#include "storage/Database.h"
#include "storage/TallyStore.h"

#include <QObject>
#include <memory>
#include <optional>

namespace signtally {

// The open database and its campaign, shared by every screen. All tally writes
// from the GUI go through applyChanges(); afterwards talliesChanged() tells the
// dashboard, unit page and completeness panel to recompute from the engine.
class CampaignSession : public QObject
{
    Q_OBJECT
public:
    explicit CampaignSession(std::unique_ptr<Database> db, const Clock& clock = Clock::system(),
                             QObject* parent = nullptr);
    ~CampaignSession() override;

    Database& database() { return *m_db; }
    const Database& database() const { return *m_db; }
    const CampaignData& data() const { return m_data; }
    ProgressEngine engine() const { return ProgressEngine(m_data, m_clock); }
    CampaignCalendar calendar() const { return {m_data.campaign.start, m_data.campaign.end}; }
    StatusThresholds thresholds() const { return m_data.campaign.thresholds; }
    // Saves the campaign's thresholds in the file; throws StorageError.
    void setThresholds(StatusThresholds t);
    TallyStore& tallies() { return *m_tallies; }
    bool readOnly() const { return m_db->readOnly(); }

    // Today, clamped to the campaign's dates: the default "as of" and entry date.
    QDate defaultDate() const;
    const Clock& clock() const { return m_clock; }
    // The name written in the audit (the OS login name unless set).
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Writes changes in one transaction (audited), reloads, emits talliesChanged.
    // Throws StorageError and then nothing is written.
    ApplyResult applyChanges(const QVector<TallyChange>& changes, const QString& source = {});
    // Re-reads the tallies (after an import or another process wrote) and tells the screens.
    void reloadTallies();
    // Counts the tally reloads: a worker notes it, loads the tallies on its own
    // connection, and hands them over with adoptTallies().
    quint64 talliesGeneration() const { return m_generation; }
    // Takes tallies a worker loaded when talliesGeneration() was `generation`
    // and tells the screens; if the session has reloaded since (a save came in
    // between), it reloads instead, so nothing newer is replaced by older.
    void adoptTallies(TallyMatrix tallies, quint64 generation);
    // Locks or unlocks a week (audited, with the reason). Like every write of
    // this session it counts for the backup on close. Throws StorageError and
    // then nothing is written.
    void lockWeek(int week, const QString& reason);
    void unlockWeek(int week, const QString& reason);
    // An import this session wrote on a worker's own connection: counts for
    // the backup on close, then adopts the tallies the worker read (see
    // adoptTallies), or re-reads them when the worker has none.
    void importWritten(std::optional<TallyMatrix> tallies, quint64 generation);
    // Whether this session wrote anything (the app backs up on close if so).
    bool changedSinceOpen() const { return m_changed; }
    // The automatic backup when the window closes after changes: the newest
    // `keep` copies in <app data>/backups. Returns the file, or empty if unchanged.
    QString backupIfChanged(const QString& folder, int keep = 14);

signals:
    void talliesChanged();
    void thresholdsChanged();

private:
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    CampaignData m_data;
    std::unique_ptr<TallyStore> m_tallies;
    QString m_actor;
    bool m_changed = false;
    quint64 m_generation = 0;
};

} // namespace signtally
