#include "models/CampaignSession.h"

#include "models/ChangeCommands.h"
#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/CampaignStore.h"

#include <QSqlDriver>
#include <QVarLengthArray>

namespace signtally {

namespace {

// The same campaign set-up: dates, goal, units with their figures, providers.
// (Tallies and thresholds are compared on their own.)
bool sameSetup(const CampaignData& a, const CampaignData& b)
{
    const Campaign& x = a.campaign;
    const Campaign& y = b.campaign;
    if (x.id != y.id || x.code != y.code || x.name != y.name || x.start != y.start ||
        x.end != y.end || x.goalKind != y.goalKind || x.goalValue != y.goalValue ||
        x.area != y.area || x.organisation != y.organisation ||
        x.planReference != y.planReference || a.units.size() != b.units.size() ||
        a.providers.size() != b.providers.size())
        return false;
    for (int i = 0; i < a.units.size(); ++i) {
        const Unit& u = a.units[i];
        const Unit& v = b.units[i];
        if (u.id != v.id || u.number != v.number || u.name != v.name || u.kind != v.kind ||
            u.aliases != v.aliases || u.adults != v.adults || u.quota != v.quota)
            return false;
    }
    for (int i = 0; i < a.providers.size(); ++i) {
        const Provider& p = a.providers[i];
        const Provider& q = b.providers[i];
        if (p.id != q.id || p.code != q.code || p.name != q.name || p.aliases != q.aliases)
            return false;
    }
    if (a.groups.size() != b.groups.size())
        return false;
    for (int i = 0; i < a.groups.size(); ++i) {
        const GroupData& g = a.groups[i];
        const GroupData& h = b.groups[i];
        if (g.id != h.id || g.code != h.code || g.name != h.name ||
            g.goalPercentBp != h.goalPercentBp || g.sizes != h.sizes || g.goals != h.goals)
            return false;
    }
    return true;
}

qint64 chosenOrDefault(const Storage& db, qint64 campaignId, const Clock& clock)
{
    return campaignId > 0 ? campaignId : CampaignStore(db).defaultCampaignId(clock.today());
}

} // namespace

CampaignSession::CampaignSession(std::unique_ptr<Storage> db, const Clock& clock, QObject* parent)
    : CampaignSession(std::move(db), 0, clock, parent)
{}

CampaignSession::CampaignSession(std::unique_ptr<Storage> db, qint64 campaignId, const Clock& clock,
                                 QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock),
      m_seenBatch(CampaignStore(*m_db).latestBatch()),
      m_data(CampaignStore(*m_db).load(chosenOrDefault(*m_db, campaignId, clock),
                                       CampaignStore::GroupTallies::Skip)),
      m_tallies(std::make_unique<TallyStore>(*m_db, m_data.campaign.id, clock)),
      m_actor(m_db->actor()), m_seenCounter(m_db->outsideChangeCounter()),
      m_lockedWeeks(m_tallies->lockedWeeks()), m_poll(new QTimer(this))
{
    connect(m_poll, &QTimer::timeout, this, &CampaignSession::checkOutsideChanges);
    setOutsideChangeInterval(1000);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CampaignSession::retryInBackground);
    // A server announces every commit: look at once instead of at the next
    // poll (several announcements close together are looked at once).
    const QString channel = m_db->changeChannel();
    QSqlDriver* driver = m_db->connection().driver();
    if (!channel.isEmpty() && driver) {
        auto* soon = new QTimer(this);
        soon->setSingleShot(true);
        soon->setInterval(50);
        connect(soon, &QTimer::timeout, this, &CampaignSession::checkOutsideChanges);
        // The same driver after a reconnection: this stays connected.
        connect(driver, &QSqlDriver::notification, this, [soon, channel](const QString& name) {
            if (name == channel && !soon->isActive())
                soon->start();
        });
        subscribe();
    }
}

void CampaignSession::subscribe()
{
    const QString channel = m_db->changeChannel();
    if (QSqlDriver* driver = m_db->connection().driver(); driver && !channel.isEmpty())
        driver->subscribeToNotification(channel); // false: the poll still looks
}

void CampaignSession::noteFailure()
{
    if (m_lost || !m_db->connectionLost())
        return; // the statement failed, the connection is fine
    m_lost = true;
    m_lostSince = QDateTime::currentDateTime();
    m_attempts = 0;
    m_retryMs = 1000;
    m_retry->start(m_retryMs);
    emit connectionChanged();
}

bool CampaignSession::reconnectNow()
{
    if (!m_lost)
        return true;
    m_retry->stop();
    ++m_attempts;
    try {
        m_db->reconnect();
    } catch (const StorageError&) {
        m_retryMs = std::min(m_retryMs * 2, 30000);
        m_retry->start(m_retryMs);
        emit connectionChanged();
        return false;
    }
    m_lost = false;
    subscribe(); // a new connection listens to nothing yet
    emit connectionChanged();
    // What the others saved meanwhile (the change sets after the last one
    // this session has: nothing is missed while it was away).
    try {
        reloadFromFile();
    } catch (const StorageError&) {
        noteFailure();
    }
    return !m_lost;
}

void CampaignSession::retryInBackground()
{
    if (!m_lost || m_probe)
        return;
    const std::function<bool()> answers = m_db->reachability();
    if (!answers) {
        reconnectNow();
        return;
    }
    // A server that does not answer at all (a host gone from the network)
    // keeps a connection attempt waiting up to its connect_timeout (10 s):
    // on this thread, the window would freeze that long at every try.
    m_probe.reset(QThread::create([this, answers] { m_probeAnswer = answers(); }));
    connect(m_probe.get(), &QThread::finished, this, &CampaignSession::probeAnswered,
            Qt::QueuedConnection);
    m_probe->start();
}

void CampaignSession::probeAnswered()
{
    if (!m_probe)
        return;
    m_probe->wait();
    m_probe.reset();
    if (!m_lost)
        return; // a save reconnected meanwhile
    if (m_probeAnswer) {
        reconnectNow(); // the server answers: this connection opens at once
        return;
    }
    ++m_attempts;
    m_retryMs = std::min(m_retryMs * 2, 30000);
    m_retry->start(m_retryMs);
    emit connectionChanged();
}

CampaignSession::~CampaignSession()
{
    if (m_probe)
        m_probe->wait(); // its answer is written into this session
}

void CampaignSession::switchCampaign(qint64 campaignId)
{
    // Read everything first: if anything throws, the session stays as it was.
    const qint64 batch = CampaignStore(*m_db).latestBatch();
    CampaignData data = CampaignStore(*m_db).load(campaignId, CampaignStore::GroupTallies::Skip);
    auto tallies = std::make_unique<TallyStore>(*m_db, data.campaign.id, m_clock);
    QVector<int> locks = tallies->lockedWeeks();
    m_seenCounter = m_db->outsideChangeCounter();
    m_seenBatch = batch;
    m_groupId = 0; // the other campaign's groups are others
    m_whole = {};
    m_data = std::move(data);
    m_tallies = std::move(tallies);
    m_lockedWeeks = std::move(locks);
    ++m_generation; // a worker's tallies of the other campaign are not adopted
    ChangeNotice n;
    n.parts = ChangeNotice::Setup;
    n.origin = ChangeNotice::Origin::ThisWindow;
    notify(n);
}

int CampaignSession::viewedGroup() const
{
    for (int g = 0; g < m_data.groups.size(); ++g)
        if (m_data.groups[g].id == m_groupId)
            return g;
    return -1;
}

void CampaignSession::viewGroup(int group)
{
    const qint64 id = group >= 0 ? m_data.groups.at(group).id : 0;
    const qint64 before = m_groupId;
    m_groupId = id;
    try {
        // Read first: if anything throws, the session stays as it was.
        const qint64 batch = CampaignStore(*m_db).latestBatch();
        CampaignData data = loadView(m_data.campaign.id);
        auto tallies =
            m_groupId > 0
                ? std::make_unique<TallyStore>(*m_db, data.campaign.id, m_groupId, m_clock)
                : std::make_unique<TallyStore>(*m_db, data.campaign.id, m_clock);
        m_seenCounter = m_db->outsideChangeCounter();
        m_seenBatch = batch;
        m_data = std::move(data);
        m_tallies = std::move(tallies);
    } catch (...) {
        m_groupId = before;
        throw;
    }
    ++m_generation; // a worker's tallies of the other group are not adopted
    ChangeNotice n;
    n.parts = ChangeNotice::Setup;
    n.origin = ChangeNotice::Origin::ThisWindow;
    notify(n);
}

CampaignData CampaignSession::loadView(qint64 campaignId)
{
    // The whole population's tallies and the viewed group's: the others'
    // are read when a report wants them (completeData()).
    const CampaignStore store(*m_db);
    CampaignData data = store.load(campaignId, CampaignStore::GroupTallies::Skip);
    for (int g = 0; g < data.groups.size(); ++g)
        if (data.groups[g].id == m_groupId) {
            data.groups[g].tallies = store.groupTallies(data, m_groupId);
            CampaignData view = data.viewOfGroup(g);
            m_whole = std::move(data);
            return view;
        }
    m_groupId = 0;
    m_whole = {};
    return data;
}

const CampaignData& CampaignSession::completeData()
{
    CampaignData& whole = m_groupId > 0 ? m_whole : m_data;
    CampaignStore(*m_db).readGroupTallies(whole);
    return whole;
}

void CampaignSession::syncGroupTallies()
{
    const int g = viewedGroup();
    if (g < 0)
        return;
    m_data.groups[g].tallies = m_data.tallies;
    m_whole.groups[g].tallies = m_data.tallies;
}

void CampaignSession::setOutsideChangeInterval(int ms)
{
    if (ms > 0)
        m_poll->start(ms);
    else
        m_poll->stop();
}

void CampaignSession::notify(ChangeNotice notice)
{
    if (notice.isEmpty())
        return;
    notice.campaignId = m_data.campaign.id;
    emit changed(notice);
}

void CampaignSession::execute(ChangeCommand& command)
{
    // Saving is the moment to try again, not to wait for the back-off.
    if (m_lost && !reconnectNow())
        throw StorageError(StorageError::Kind::Busy,
                           tr("Mất kết nối tới máy chủ %1 nên chưa lưu được; những gì đã nhập vẫn "
                              "được giữ. Hãy lưu lại khi kết nối được.")
                               .arg(whereShown()));
    WriteContext context{*m_db, *m_tallies, m_data, m_actor, m_clock};
    ChangeNotice n;
    try {
        n = command.write(context); // throws: nothing was written
    } catch (const StorageError&) {
        noteFailure();
        throw;
    }
    n.origin = ChangeNotice::Origin::ThisWindow;
    if (!n.isEmpty())
        m_changed = true; // the file holds something new: back it up on close
    // A set-up change reads the campaign again, its tallies and weeks with it.
    const bool setup = n.touches(ChangeNotice::Setup);
    if (setup && m_groupId > 0) {
        // The command read the whole campaign (or nothing, for another
        // campaign): the viewed group's view of it instead.
        const qint64 group = m_groupId;
        m_data = loadView(m_data.campaign.id); // the viewed group, if it is still there
        if (m_groupId != group)
            m_tallies = std::make_unique<TallyStore>(*m_db, m_data.campaign.id, m_clock);
    }
    syncGroupTallies();
    if (n.touches(ChangeNotice::Tallies) || setup)
        ++m_generation;
    if (n.touches(ChangeNotice::WeekLocks) || setup)
        m_lockedWeeks = m_tallies->lockedWeeks();
    // Someone else wrote to the file meanwhile (or the command needs theirs
    // shown): what it holds now, theirs included, in the same notice.
    if (command.needsReread() || m_db->outsideChangeCounter() != m_seenCounter)
        n.merge(readFromFile());
    notify(n);
}

void CampaignSession::setThresholds(StatusThresholds t)
{
    SetThresholds command(t);
    execute(command);
}

void CampaignSession::saveReportSettings(const ReportSettings& settings)
{
    SaveReportSettings command(settings);
    execute(command);
}

ReportNarrative CampaignSession::saveNarrative(const ReportNarrative& narrative)
{
    SaveNarrative command(narrative);
    execute(command);
    return command.stored();
}

QDate CampaignSession::defaultDate() const
{
    return calendar().clamp(m_clock.today());
}

ApplyResult CampaignSession::applyChanges(const QVector<TallyChange>& changes,
                                          const QString& source, int group)
{
    if (group == viewedGroup())
        group = -1; // the viewed group's tallies are the session's own
    SaveTallies command(changes, source, group);
    execute(command);
    if (group >= 0 && m_groupId > 0) // another group than the viewed one
        m_whole.groups[group].tallies = m_data.groups[group].tallies;
    return command.result();
}

ChangeNotice CampaignSession::reloadFromFile(ChangeNotice::Origin origin)
{
    ChangeNotice n = readFromFile(origin);
    notify(n);
    return n;
}

ChangeNotice CampaignSession::readFromFile(ChangeNotice::Origin origin)
{
    m_seenCounter = m_db->outsideChangeCounter();
    // A file's audit is kept in cell order, with no index by change set: it
    // is read whole (a file has another writer seldom).
    if (onServer())
        if (std::optional<ChangeNotice> n = readChangesOnly(origin))
            return *n;
    m_seenBatch = CampaignStore(*m_db).latestBatch();
    // The session's campaign, whichever the file's default is now.
    const qint64 group = m_groupId;
    CampaignData fresh = loadView(m_data.campaign.id);
    if (m_groupId != group) // the viewed group is gone: the whole population's
        m_tallies = std::make_unique<TallyStore>(*m_db, m_data.campaign.id, m_clock);
    if (m_groupId != group || !sameSetup(m_data, fresh)) {
        // Its set-up changed (dates, units, providers…): the tallies' shape
        // may differ too, so everything is taken and every screen re-reads.
        m_data = std::move(fresh);
        ++m_generation;
        m_lockedWeeks = m_tallies->lockedWeeks();
        ChangeNotice n;
        n.parts = ChangeNotice::Setup;
        n.origin = origin;
        return n;
    }
    ChangeNotice n =
        ChangeNotice::tallyDifference(m_data.tallies, fresh.tallies, m_data.campaign.start);
    // The groups whose counts were read (the viewed one; every group for the
    // entry grid's column blocks or a report) are read again, and what
    // changed in them is in the notice too. The others stay unread.
    const CampaignStore store(*m_db);
    for (int g = 0; g < fresh.groups.size(); ++g) {
        const std::optional<TallyMatrix>& before = m_data.groups[g].tallies;
        std::optional<TallyMatrix>& after = fresh.groups[g].tallies;
        if (!before)
            continue;
        if (!after)
            after = store.groupTallies(fresh, fresh.groups[g].id);
        n.merge(ChangeNotice::tallyDifference(*before, *after, m_data.campaign.start));
    }
    n.origin = origin;
    m_data.tallies = std::move(fresh.tallies);
    m_data.groups = std::move(fresh.groups); // every group's, the viewed one's too
    ++m_generation;
    const QVector<int> locks = m_tallies->lockedWeeks();
    if (locks != m_lockedWeeks) {
        m_lockedWeeks = locks;
        n.parts |= ChangeNotice::WeekLocks;
    }
    if (!(fresh.campaign.thresholds == m_data.campaign.thresholds)) {
        m_data.campaign.thresholds = fresh.campaign.thresholds;
        n.parts |= ChangeNotice::Thresholds;
    }
    return n;
}

std::optional<ChangeNotice> CampaignSession::readChangesOnly(ChangeNotice::Origin origin)
{
    // More rows than this: reading the tallies whole is about as quick.
    constexpr qint64 MaxRows = 100'000;
    const CampaignStore store(*m_db);
    const qint64 campaign = m_data.campaign.id;
    const std::optional<CampaignStore::ChangesSince> since =
        store.changesSince(campaign, m_seenBatch, MaxRows);
    if (!since)
        return std::nullopt;
    const qint64 mainGroup = store.mainGroupId(campaign);
    QHash<qint64, int> unitIndex, providerIndex, groupIndex;
    for (int i = 0; i < m_data.units.size(); ++i)
        unitIndex.insert(m_data.units[i].id, i);
    for (int i = 0; i < m_data.providers.size(); ++i)
        providerIndex.insert(m_data.providers[i].id, i);
    for (int g = 0; g < m_data.groups.size(); ++g)
        groupIndex.insert(m_data.groups[g].id, g);
    const QDate start = m_data.campaign.start;
    const int days = m_data.campaign.days();

    // The matrices in memory a cell of `group` is in: the shown population's
    // (m_data.tallies), a group's read so far, and while a group is viewed
    // the whole campaign's copies (m_whole).
    auto matricesOf = [&](qint64 group) {
        QVarLengthArray<TallyMatrix*, 4> out;
        if (group == (m_groupId > 0 ? m_groupId : mainGroup))
            out << &m_data.tallies;
        if (m_groupId > 0 && group == mainGroup)
            out << &m_whole.tallies;
        if (const auto g = groupIndex.constFind(group); g != groupIndex.constEnd()) {
            if (m_data.groups[*g].tallies)
                out << &*m_data.groups[*g].tallies;
            if (m_groupId > 0 && m_whole.groups.size() > *g && m_whole.groups[*g].tallies)
                out << &*m_whole.groups[*g].tallies;
        }
        return out;
    };
    // Checked first, so that a row the session cannot place (a unit it does
    // not know: the set-up changed) leaves memory as it was.
    for (const CampaignStore::TallyLogCell& cell : since->cells) {
        const qint64 day = start.daysTo(cell.date);
        if (!unitIndex.contains(cell.unitId) || !providerIndex.contains(cell.providerId) ||
            (cell.groupId != mainGroup && !groupIndex.contains(cell.groupId)) || day < 0 ||
            day >= days)
            return std::nullopt;
    }
    ChangeNotice n;
    for (const CampaignStore::TallyLogCell& cell : since->cells) {
        const int u = unitIndex.value(cell.unitId);
        const int p = providerIndex.value(cell.providerId);
        const int d = int(start.daysTo(cell.date));
        const std::optional<qint32> value =
            cell.count ? std::optional<qint32>(qint32(*cell.count)) : std::nullopt;
        for (TallyMatrix* m : matricesOf(cell.groupId)) {
            if (m->value(u, d, p) == value)
                continue;
            m->set(u, d, p, value);
            n.parts |= ChangeNotice::Tallies;
            n.units.insert(u);
            n.providers.insert(p);
            if (!n.from.isValid() || cell.date < n.from)
                n.from = cell.date;
            if (!n.to.isValid() || cell.date > n.to)
                n.to = cell.date;
        }
    }
    m_seenBatch = since->latestBatch;
    if (n.touches(ChangeNotice::Tallies))
        ++m_generation;
    const QVector<int> locks = m_tallies->lockedWeeks();
    if (locks != m_lockedWeeks) {
        m_lockedWeeks = locks;
        n.parts |= ChangeNotice::WeekLocks;
    }
    n.origin = origin;
    return n;
}

void CampaignSession::checkOutsideChanges()
{
    if (m_importsRunning > 0 || m_lost)
        return; // the import's own commit is adopted when it finishes
    try {
        if (m_db->outsideChangeCounter() != m_seenCounter)
            reloadFromFile();
    } catch (const StorageError&) {
        // Busy for a moment: the next poll tries again; a server gone: the
        // back-off does.
        noteFailure();
    }
}

void CampaignSession::lockWeek(int week, const QString& reason)
{
    SetWeekLock command(week, true, reason);
    execute(command);
}

void CampaignSession::unlockWeek(int week, const QString& reason)
{
    SetWeekLock command(week, false, reason);
    execute(command);
}

void CampaignSession::importFinished(bool written, std::optional<TallyMatrix> tallies,
                                     quint64 generation)
{
    m_importsRunning = std::max(0, m_importsRunning - 1);
    if (!written)
        return;
    m_changed = true;
    if (tallies)
        adoptTallies(std::move(*tallies), generation);
    else
        reloadFromFile(ChangeNotice::Origin::Import);
}

void CampaignSession::adoptTallies(TallyMatrix tallies, quint64 generation,
                                   ChangeNotice::Origin origin)
{
    if (generation != m_generation) {
        reloadFromFile(origin);
        return;
    }
    // The worker read them after its commit: the file and memory are in step.
    m_seenCounter = m_db->outsideChangeCounter();
    m_seenBatch = CampaignStore(*m_db).latestBatch();
    ChangeNotice n = ChangeNotice::tallyDifference(m_data.tallies, tallies, m_data.campaign.start);
    n.origin = origin;
    m_data.tallies = std::move(tallies);
    syncGroupTallies();
    ++m_generation;
    notify(n);
}

} // namespace signtally

namespace signtally {

QString CampaignSession::backupIfChanged(const QString& folder, int keep)
{
    // A server is backed up on the server's side (docs/server.md).
    const auto* file = dynamic_cast<const Database*>(m_db.get());
    if (!m_changed || m_db->readOnly() || !file)
        return {};
    const QString written = Backup::writeAutomatic(*file, folder, keep);
    m_changed = false;
    return written;
}

} // namespace signtally
