#include "models/ChangeCommands.h"

#include "storage/CampaignStore.h"
#include "storage/SetupStore.h"

#include <algorithm>

namespace signtally {

namespace {

ChangeNotice noticeOf(ChangeNotice::Part part)
{
    ChangeNotice n;
    n.parts = part;
    return n;
}

} // namespace

ChangeNotice SaveTallies::write(WriteContext& context)
{
    CampaignData& data = context.data;
    if (m_group < 0) {
        m_result = context.tallies.apply(m_changes, context.actor, m_source);
    } else {
        GroupData& g = data.groups[m_group];
        if (!g.tallies) // memory takes the saved cells below: it needs the rest first
            g.tallies = CampaignStore(context.db).groupTallies(data, g.id);
        TallyStore group(context.db, data.campaign.id, g.id, context.clock);
        m_result = group.apply(m_changes, context.actor, m_source);
    }
    ChangeNotice n;
    if (!m_result.ok())
        return n; // nothing written; the session re-reads (theirs are shown)
    // The transaction wrote exactly these cells: memory takes them as they are.
    TallyMatrix& tallies = m_group < 0 ? data.tallies : *data.groups[m_group].tallies;
    const QDate start = data.campaign.start;
    for (const TallyChange& c : std::as_const(m_changes)) {
        const int u = data.unitIndexById(c.key.unitId);
        const int p = data.providerIndexById(c.key.providerId);
        const int d = int(start.daysTo(c.key.date));
        const std::optional<qint32> count =
            c.count ? std::optional<qint32>(qint32(*c.count)) : std::nullopt;
        if (u < 0 || p < 0 || tallies.value(u, d, p) == count)
            continue;
        tallies.set(u, d, p, count);
        n.parts = ChangeNotice::Tallies;
        n.units.insert(u);
        n.providers.insert(p);
        n.from = n.from.isValid() ? std::min(n.from, c.key.date) : c.key.date;
        n.to = n.to.isValid() ? std::max(n.to, c.key.date) : c.key.date;
    }
    return n;
}

ChangeNotice SetWeekLock::write(WriteContext& context)
{
    if (m_locked)
        context.tallies.lockWeek(m_week, context.actor, m_reason);
    else
        context.tallies.unlockWeek(m_week, context.actor, m_reason);
    return noticeOf(ChangeNotice::WeekLocks);
}

ChangeNotice SetThresholds::write(WriteContext& context)
{
    CampaignStore::saveThresholds(context.db, context.data.campaign.id, m_thresholds,
                                  context.actor);
    context.data.campaign.thresholds = m_thresholds;
    return noticeOf(ChangeNotice::Thresholds);
}

ChangeNotice SaveCampaignSetup::write(WriteContext& context)
{
    m_setup.campaign.id = context.data.campaign.id;
    context.db.writeTransaction([&] {
        m_changed = SetupStore::updateInTransaction(context.db, m_setup, context.actor, m_source);
    });
    if (m_changed.isEmpty())
        return {};
    // Units, days and providers may all have changed: the campaign is read
    // again as a whole (the tallies with it; the groups' when wanted, as on
    // opening).
    context.data =
        CampaignStore(context.db).load(context.data.campaign.id, CampaignStore::GroupTallies::Skip);
    ChangeNotice n = noticeOf(ChangeNotice::Setup);
    n.parts |= ChangeNotice::Thresholds;
    return n;
}

ChangeNotice CreateCampaign::write(WriteContext& context)
{
    context.db.writeTransaction([&] {
        m_id =
            SetupStore::createInTransaction(context.db, m_setup, context.actor, m_source, m_report);
    });
    return noticeOf(ChangeNotice::Setup);
}

ChangeNotice SaveReportSettings::write(WriteContext& context)
{
    ReportSettingsStore::save(context.db, context.data.campaign.id, m_settings);
    return noticeOf(ChangeNotice::ReportSettings);
}

ChangeNotice SaveNarrative::write(WriteContext& context)
{
    m_narrative = ReportSettingsStore::saveNarrative(context.db, context.data.campaign.id,
                                                     m_narrative, context.actor);
    return noticeOf(ChangeNotice::ReportSettings);
}

} // namespace signtally
