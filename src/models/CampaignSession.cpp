#include "models/CampaignSession.h"

#include "models/ChangeCommands.h"
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

void CampaignSession::execute(ChangeCommand& command)
{
    WriteContext context{*m_db, *m_tallies, m_data, m_actor};
    ChangeNotice n = command.write(context); // throws: nothing was written
    n.origin = ChangeNotice::Origin::ThisWindow;
    if (!n.isEmpty())
        m_changed = true; // the file holds something new: back it up on close
    if (n.touches(ChangeNotice::Tallies))
        ++m_generation;
    if (n.touches(ChangeNotice::WeekLocks))
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
                                          const QString& source)
{
    SaveTallies command(changes, source);
    execute(command);
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
