#include "core/Campaign.h"

#include <stdexcept>

namespace signtally {

qint64 Campaign::goalCount(qint64 population) const
{
    if (goalKind == GoalKind::Absolute)
        return goalValue;
    // Round up: "65 %" means at least that share.
    return (population * goalValue + 9999) / 10000;
}

const TallyMatrix& GroupData::readTallies() const
{
    if (!tallies)
        throw std::logic_error("the tallies of target group " + code.toStdString() +
                               " were not read");
    return *tallies;
}

std::optional<qint64> GroupData::unitGoal(int unit) const
{
    if (goalPercentBp) {
        const std::optional<qint64> size = sizes.value(unit);
        if (!size)
            return std::nullopt;
        return (*size * *goalPercentBp + 9999) / 10000; // "100 %" means at least that share
    }
    return goals.value(unit);
}

qint64 CampaignData::totalAdults() const
{
    qint64 sum = 0;
    for (const Unit& u : units)
        sum += u.adults;
    return sum;
}

qint64 CampaignData::totalQuota() const
{
    qint64 sum = 0;
    for (const Unit& u : units)
        sum += u.quota;
    return sum;
}

CampaignData CampaignData::viewOfGroup(int group) const
{
    const GroupData& g = groups.at(group);
    CampaignData view;
    view.campaign = campaign;
    view.units = unitsOfGroup(group);
    view.providers = providers;
    view.tallies = g.readTallies();
    view.groups = groups;
    qint64 goal = 0;
    for (const Unit& unit : std::as_const(view.units))
        goal += unit.quota;
    view.campaign.goalKind = GoalKind::Absolute;
    view.campaign.goalValue = goal;
    return view;
}

QVector<Unit> CampaignData::unitsOfGroup(int group) const
{
    const GroupData& g = groups.at(group);
    QVector<Unit> out = units;
    for (int u = 0; u < out.size(); ++u) {
        Unit& unit = out[u];
        unit.quota = g.unitGoal(u).value_or(unit.adults);
        unit.adults = g.sizes.value(u).value_or(unit.adults);
    }
    return out;
}

int CampaignData::unitIndexById(qint64 unitId) const
{
    for (int i = 0; i < units.size(); ++i)
        if (units[i].id == unitId)
            return i;
    return -1;
}

int CampaignData::providerIndexById(qint64 providerId) const
{
    for (int i = 0; i < providers.size(); ++i)
        if (providers[i].id == providerId)
            return i;
    return -1;
}

} // namespace signtally
