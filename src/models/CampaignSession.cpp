#include "models/CampaignSession.h"

#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/CampaignStore.h"

namespace signtally {

CampaignSession::CampaignSession(std::unique_ptr<Database> db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock),
      m_data(CampaignStore(*m_db).loadDefault()),
      m_tallies(std::make_unique<TallyStore>(*m_db, m_data.campaign.id, clock)),
      m_actor(AppPaths::loginName()), m_seenCounter(m_db->outsideChangeCounter()),
      m_lockedWeeks(m_tallies->lockedWeeks()), m_poll(new QTimer(this))
{
    connect(m_poll, &QTimer::timeout, this, &CampaignSession::checkOutsideChanges);
    setOutsideChangeInterval(1000);
}

CampaignSession::~CampaignSession() = default;

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

void CampaignSession::setThresholds(StatusThresholds t)
{
    CampaignStore::saveThresholds(*m_db, m_data.campaign.id, t);
    m_data.campaign.thresholds = t;
    ChangeNotice n;
    n.parts = ChangeNotice::Thresholds;
    notify(n);
}

QDate CampaignSession::defaultDate() const
{
    return calendar().clamp(m_clock.today());
}

ApplyResult CampaignSession::applyChanges(const QVector<TallyChange>& changes,
                                          const QString& source)
{
    const ApplyResult r = m_tallies->apply(changes, m_actor, source);
    if (!r.ok() || m_db->outsideChangeCounter() != m_seenCounter) {
        // Someone else wrote to the file: what it holds now, theirs included.
        reloadFromFile();
        if (r.ok() && r.added + r.changed + r.removed > 0)
            m_changed = true;
        return r;
    }
    if (r.added + r.changed + r.removed == 0)
        return r;
    m_changed = true;
    // The transaction wrote exactly these cells: no need to read them back.
    ChangeNotice n;
    const QDate start = m_data.campaign.start;
    for (const TallyChange& c : changes) {
        const int u = m_data.unitIndexById(c.key.unitId);
        const int p = m_data.providerIndexById(c.key.providerId);
        const int d = int(start.daysTo(c.key.date));
        const std::optional<qint32> count =
            c.count ? std::optional<qint32>(qint32(*c.count)) : std::nullopt;
        if (u < 0 || p < 0 || m_data.tallies.value(u, d, p) == count)
            continue;
        m_data.tallies.set(u, d, p, count);
        n.parts = ChangeNotice::Tallies;
        n.units.insert(u);
        n.providers.insert(p);
        n.from = n.from.isValid() ? std::min(n.from, c.key.date) : c.key.date;
        n.to = n.to.isValid() ? std::max(n.to, c.key.date) : c.key.date;
    }
    ++m_generation;
    notify(n);
    return r;
}

ChangeNotice CampaignSession::reloadFromFile(ChangeNotice::Origin origin)
{
    m_seenCounter = m_db->outsideChangeCounter();
    CampaignData fresh = CampaignStore(*m_db).loadDefault();
    ChangeNotice n =
        ChangeNotice::tallyDifference(m_data.tallies, fresh.tallies, m_data.campaign.start);
    n.origin = origin;
    m_data.tallies = std::move(fresh.tallies);
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
    notify(n);
    return n;
}

void CampaignSession::checkOutsideChanges()
{
    if (m_importsRunning > 0)
        return; // the import's own commit is adopted when it finishes
    try {
        if (m_db->outsideChangeCounter() != m_seenCounter)
            reloadFromFile();
    } catch (const StorageError&) {
        // Busy or gone for a moment: the next poll tries again.
    }
}

void CampaignSession::lockWeek(int week, const QString& reason)
{
    m_tallies->lockWeek(week, m_actor, reason);
    m_changed = true;
    m_lockedWeeks = m_tallies->lockedWeeks();
    ChangeNotice n;
    n.parts = ChangeNotice::WeekLocks;
    notify(n);
}

void CampaignSession::unlockWeek(int week, const QString& reason)
{
    m_tallies->unlockWeek(week, m_actor, reason);
    m_changed = true;
    m_lockedWeeks = m_tallies->lockedWeeks();
    ChangeNotice n;
    n.parts = ChangeNotice::WeekLocks;
    notify(n);
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
    ChangeNotice n = ChangeNotice::tallyDifference(m_data.tallies, tallies, m_data.campaign.start);
    n.origin = origin;
    m_data.tallies = std::move(tallies);
    ++m_generation;
    notify(n);
}

} // namespace signtally

namespace signtally {

QString CampaignSession::backupIfChanged(const QString& folder, int keep)
{
    if (!m_changed || m_db->readOnly())
        return {};
    const QString file = Backup::writeAutomatic(*m_db, folder, keep);
    m_changed = false;
    return file;
}

} // namespace signtally
