#include "models/CampaignSession.h"

#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/CampaignStore.h"

namespace signtally {

CampaignSession::CampaignSession(std::unique_ptr<Database> db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock),
      m_data(CampaignStore(*m_db).loadDefault()),
      m_tallies(std::make_unique<TallyStore>(*m_db, m_data.campaign.id, clock)),
      m_actor(AppPaths::loginName())
{}

CampaignSession::~CampaignSession() = default;

void CampaignSession::setThresholds(StatusThresholds t)
{
    CampaignStore::saveThresholds(*m_db, m_data.campaign.id, t);
    m_data.campaign.thresholds = t;
    emit thresholdsChanged();
}

QDate CampaignSession::defaultDate() const
{
    return calendar().clamp(m_clock.today());
}

ApplyResult CampaignSession::applyChanges(const QVector<TallyChange>& changes,
                                          const QString& source)
{
    const ApplyResult r = m_tallies->apply(changes, m_actor, source);
    if (r.ok() && r.added + r.changed + r.removed > 0)
        m_changed = true;
    reloadTallies();
    return r;
}

void CampaignSession::reloadTallies()
{
    CampaignStore(*m_db).reloadTallies(m_data);
    ++m_generation;
    emit talliesChanged();
}

void CampaignSession::lockWeek(int week, const QString& reason)
{
    m_tallies->lockWeek(week, m_actor, reason);
    m_changed = true;
}

void CampaignSession::unlockWeek(int week, const QString& reason)
{
    m_tallies->unlockWeek(week, m_actor, reason);
    m_changed = true;
}

void CampaignSession::importWritten(std::optional<TallyMatrix> tallies, quint64 generation)
{
    m_changed = true;
    if (tallies)
        adoptTallies(std::move(*tallies), generation);
    else
        reloadTallies();
}

void CampaignSession::adoptTallies(TallyMatrix tallies, quint64 generation)
{
    if (generation != m_generation) {
        reloadTallies();
        return;
    }
    m_data.tallies = std::move(tallies);
    ++m_generation;
    emit talliesChanged();
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
