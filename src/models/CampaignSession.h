#pragma once

#include "core/Campaign.h"
#include "core/ChangeNotice.h"
#include "core/Clock.h"
#include "core/ProgressEngine.h"
#include "storage/Database.h"
#include "storage/ReportSettingsStore.h"
#include "storage/TallyStore.h"

#include <QDateTime>
#include <QDir>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace signtally {

class ChangeCommand;

// The open database and its campaign, shared by every screen, and the one
// path of every change: tally saves, week locks, thresholds and imports are
// written through it (an import on a worker's own connection hands its result
// back with importFinished). After each committed write, and when another
// connection or process has written to the file (polled once a second), it
// emits one changed() notice saying what changed; the screens update only
// what the notice touches (docs/architecture.md).
class CampaignSession : public QObject
{
    Q_OBJECT
public:
    // On the campaign the default rule picks with `clock` (the latest running
    // today, else the latest: CampaignStore::defaultCampaignId).
    explicit CampaignSession(std::unique_ptr<Storage> db, const Clock& clock = Clock::system(),
                             QObject* parent = nullptr);
    // On a chosen campaign of the file (0: the default rule). Throws
    // StorageError when the file has no such campaign.
    CampaignSession(std::unique_ptr<Storage> db, qint64 campaignId,
                    const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~CampaignSession() override;

    qint64 campaignId() const { return m_data.campaign.id; }
    // Works on another campaign of the same file from now on: reads its set-up,
    // tallies, week locks and thresholds, and emits changed() with the Setup
    // part (every screen reads everything again). Ask the screens first
    // (unsaved edits, a running import): nothing of theirs is kept. Throws
    // StorageError (nothing changed) when the file has no such campaign.
    void switchCampaign(qint64 campaignId);

    // The target group every screen shows and enters (an index into
    // data().groups; -1: the whole population, the default). While a group is
    // viewed, data() is CampaignData::viewOfGroup of it (its tallies, sizes
    // and goals in place of the whole population's; data().groups keeps every
    // group) and tally saves, imports and re-reads are that group's.
    int viewedGroup() const;
    // Shows another group (or -1: the whole population), read afresh from the
    // file, and emits changed() with the Setup part (every screen reads
    // everything again). Ask the screens first (unsaved edits). Throws
    // StorageError (nothing changed) when the file cannot be read.
    void viewGroup(int group);
    // The viewed group's id in the file (0: the whole population).
    qint64 viewedGroupId() const { return m_groupId; }
    // The whole campaign whichever group is viewed: its population's tallies
    // and those of the groups read so far (the viewed one's).
    const CampaignData& wholeData() const { return m_groupId > 0 ? m_whole : m_data; }
    // The same with every group's tallies (the report, which has a section
    // per group): those not read yet are read from the file now, and kept
    // until the session next re-reads the campaign. Throws StorageError.
    const CampaignData& completeData();
    ProgressEngine completeEngine() { return ProgressEngine(completeData(), m_clock); }

    // Reads only (reports, backups, checks): writes go through execute().
    // A file (Database) or a PostgreSQL server (PgStorage).
    const Storage& database() const { return *m_db; }
    bool onServer() const { return m_db->backend() != Storage::Backend::Sqlite; }
    // Where the data is, as people read it: the file's path with the
    // system's separators, or the server's address (never a password).
    QString whereShown() const
    {
        return onServer() ? m_db->location() : QDir::toNativeSeparators(m_db->location());
    }
    const CampaignData& data() const { return m_data; }
    ProgressEngine engine() const { return ProgressEngine(m_data, m_clock); }
    CampaignCalendar calendar() const { return {m_data.campaign.start, m_data.campaign.end}; }
    StatusThresholds thresholds() const { return m_data.campaign.thresholds; }
    // Runs one change command (ChangeCommands.h): every write of the screens
    // goes through here. Marks the file changed for the backup on close,
    // re-reads what other connections wrote meanwhile, and emits changed()
    // with what the command and they changed. Throws StorageError, and then
    // nothing was written.
    void execute(ChangeCommand& command);
    // Shorthands for the commands, with their typed results. They throw
    // StorageError like execute().
    void setThresholds(StatusThresholds t);
    void saveReportSettings(const ReportSettings& settings);
    // Returns the narrative as stored (with the document number it took).
    ReportNarrative saveNarrative(const ReportNarrative& narrative);
    // Reads only: history, locks, the audit's fingerprint. Writes go through
    // the session's own functions below.
    const TallyStore& tallies() const { return *m_tallies; }
    bool readOnly() const { return m_db->readOnly(); }

    // Today, clamped to the campaign's dates: the default "as of" and entry date.
    QDate defaultDate() const;
    const Clock& clock() const { return m_clock; }
    // The name written in the audit: the OS login name unless set, for a
    // file; on a server always its login role (setActor leaves it).
    QString actor() const { return m_actor; }
    // The one unit whose tallies this login reads (Storage::readsOnlyUnit):
    // then every total the session computes is that unit's alone.
    QString readsOnlyUnit() const { return m_db->readsOnlyUnit(); }
    void setActor(const QString& actor)
    {
        if (!onServer())
            m_actor = actor;
    }

    // Writes changes in one transaction (audited), updates the tallies in
    // memory and emits changed() with the cells that changed. With conflicts
    // nothing is written and the tallies are re-read (theirs are shown).
    // Throws StorageError and then nothing is written. With a group (an
    // index into data().groups) the changes are that group's tallies
    // whichever population is viewed (the entry grid's column blocks).
    ApplyResult applyChanges(const QVector<TallyChange>& changes, const QString& source = {},
                             int group = -1);
    // Re-reads what another connection may have changed in the session's
    // campaign (tallies, week locks, thresholds, its set-up) and emits
    // changed() with what differs, if anything.
    ChangeNotice
    reloadFromFile(ChangeNotice::Origin origin = ChangeNotice::Origin::OtherConnection);
    // Polls the file for writes by other connections every `ms` (0: never;
    // 1000 by default), each one re-read with reloadFromFile().
    void setOutsideChangeInterval(int ms);
    // Counts the tally reloads: a worker notes it, loads the tallies on its own
    // connection, and hands them over with adoptTallies().
    quint64 talliesGeneration() const { return m_generation; }
    // Takes tallies a worker loaded when talliesGeneration() was `generation`
    // and tells the screens; if the session has reloaded since (a save came in
    // between), it reloads instead, so nothing newer is replaced by older.
    void adoptTallies(TallyMatrix tallies, quint64 generation,
                      ChangeNotice::Origin origin = ChangeNotice::Origin::Import);
    // Locks or unlocks a week (audited, with the reason). Like every write of
    // this session it counts for the backup on close. Throws StorageError and
    // then nothing is written.
    void lockWeek(int week, const QString& reason);
    void unlockWeek(int week, const QString& reason);
    // An import is about to write on a worker's own connection: its commit is
    // this session's, not an outside change (no second re-read for it).
    void importStarting() { ++m_importsRunning; }
    // That import is over. When it wrote, it counts for the backup on close,
    // and the session adopts the tallies the worker read (see adoptTallies),
    // or re-reads them when the worker has none.
    void importFinished(bool written, std::optional<TallyMatrix> tallies, quint64 generation);
    // Whether this session wrote anything (the app backs up on close if so).
    bool changedSinceOpen() const { return m_changed; }
    // The automatic backup when the window closes after changes: the newest
    // `keep` copies in <app data>/backups. Returns the file, or empty if unchanged.
    QString backupIfChanged(const QString& folder, int keep = 14);

    // On a server: whether the connection dropped (a statement failed and
    // the server no longer answers). The session then tries again after
    // 1, 2, 4… up to 30 s (and at once before a save), subscribes to the
    // server's announcements again and re-reads what changed meanwhile.
    // Nothing of the screens is touched: unsaved edits stay where they are.
    bool connectionLost() const { return m_lost; }
    // When the connection dropped, and how many times it was tried since.
    QDateTime lostSince() const { return m_lostSince; }
    int reconnectAttempts() const { return m_attempts; }
    // Tries to connect again now (the back-off's timer does it by itself);
    // true when connected.
    bool reconnectNow();

signals:
    // After every committed change, whoever made it; never empty.
    void changed(const signtally::ChangeNotice& notice);
    // The connection to the server dropped, a retry failed, or it is back.
    void connectionChanged();

private:
    void notify(ChangeNotice notice);
    // reloadFromFile() without the notice: the caller sends it.
    ChangeNotice readFromFile(ChangeNotice::Origin origin = ChangeNotice::Origin::OtherConnection);
    // On a server: takes only the tally changes the audit holds after
    // m_seenBatch into the tallies in memory (milliseconds, where reading
    // the campaign whole takes about 1,5 s at national size). Empty when the
    // campaign must be read whole (a set-up change; a large import).
    std::optional<ChangeNotice> readChangesOnly(ChangeNotice::Origin origin);
    void checkOutsideChanges();
    // Subscribes to the server's announcements of commits (none on a file).
    void subscribe();
    // After a failed statement: if the server no longer answers, the
    // connection is lost and the back-off starts.
    void noteFailure();
    // The back-off's turn: asks on another thread whether the server
    // answers, and reconnects (reconnectNow) once it does; a file at once.
    void retryInBackground();
    // The answer, back on the session's thread.
    void probeAnswered();
    // The campaign as the session shows it: the viewed group's view of it
    // (the whole campaign when none is viewed, or the group is gone: then
    // m_groupId becomes 0).
    CampaignData loadView(qint64 campaignId);
    // The viewed group's tallies in data().groups follow data().tallies.
    void syncGroupTallies();

    std::unique_ptr<Storage> m_db;
    const Clock& m_clock;
    // The newest change set when the tallies in memory were read (read
    // before them: a later one is taken again, which changes nothing).
    qint64 m_seenBatch = 0;
    CampaignData m_data;
    qint64 m_groupId = 0;
    CampaignData m_whole; // while a group is viewed: the whole campaign (wholeData())
    std::unique_ptr<TallyStore> m_tallies;
    QString m_actor;
    bool m_changed = false;
    quint64 m_generation = 0;
    qint64 m_seenCounter = 0; // Storage::outsideChangeCounter() when last in step
    QVector<int> m_lockedWeeks;
    int m_importsRunning = 0;
    QTimer* m_poll = nullptr;
    bool m_lost = false;
    QDateTime m_lostSince;
    int m_attempts = 0;
    int m_retryMs = 0;
    QTimer* m_retry = nullptr;
    // The back-off's question whether the server answers, asked on a thread
    // of its own (Storage::reachability), and its answer.
    std::unique_ptr<QThread> m_probe;
    std::atomic<bool> m_probeAnswer = false;
};

} // namespace signtally
