#include "core/CampaignSetup.h"

#include "core/QuotaApportionment.h"
#include "core/TextMatch.h"
#include "core/VnFormat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString optionalText(std::optional<qint64> n)
{
    return n ? QString::number(*n) : QString();
}

QString flag(bool b)
{
    return b ? u"1"_s : u"0"_s;
}

} // namespace

QString CampaignSetup::kindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Ward:
        return u"ward"_s;
    case UnitKind::Town:
        return u"town"_s;
    case UnitKind::Commune:
        break;
    }
    return u"commune"_s;
}

QString CampaignSetup::kindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Ward:
        return tr("phường");
    case UnitKind::Town:
        return tr("thị trấn");
    case UnitKind::Commune:
        break;
    }
    return tr("xã");
}

std::optional<UnitKind> CampaignSetup::kindFromCode(const QString& code)
{
    if (code == u"commune"_s)
        return UnitKind::Commune;
    if (code == u"ward"_s)
        return UnitKind::Ward;
    if (code == u"town"_s)
        return UnitKind::Town;
    return std::nullopt;
}

bool CampaignSetup::validCode(const QString& code)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    return pattern.match(code).hasMatch();
}

qint64 CampaignSetup::totalPopulation() const
{
    qint64 sum = 0;
    for (const SetupUnit& u : units)
        sum += u.population.value_or(0);
    return sum;
}

QStringList CampaignSetup::problems() const
{
    QStringList out;
    const Campaign& c = campaign;
    if (!validCode(c.code))
        out << tr("Mã đợt “%1” không hợp lệ: chỉ chữ thường không dấu, chữ số và dấu gạch "
                  "ngang, tối đa 40 ký tự.")
                   .arg(c.code);
    if (c.name.trimmed().isEmpty())
        out << tr("Đợt chưa có tên.");
    if (!c.start.isValid() || !c.end.isValid())
        out << tr("Đợt chưa có ngày bắt đầu hoặc ngày kết thúc.");
    else if (c.end < c.start)
        out << tr("Ngày kết thúc (%1) trước ngày bắt đầu (%2).")
                   .arg(Format().date(c.end), Format().date(c.start));
    else if (c.days() > 3660)
        out << tr("Đợt dài %1 ngày: tối đa 3.660 ngày (10 năm).").arg(Format().count(c.days()));
    if (c.goalValue <= 0)
        out << tr("Mục tiêu của đợt phải lớn hơn 0.");
    else if (c.goalKind == GoalKind::PercentOfPopulation && c.goalValue > 10000)
        out << tr("Mục tiêu %1 dân số vượt quá 100%.").arg(Format().percent(c.goalValue / 100.0));
    if (c.thresholds.onTrackPercent < 1 || c.thresholds.onTrackPercent > 1000 ||
        c.thresholds.atRiskPercent < 0 || c.thresholds.atRiskPercent > c.thresholds.onTrackPercent)
        out << tr("Ngưỡng trạng thái không hợp lệ: “đúng tiến độ” từ %1 %, “có nguy cơ” từ %2 %.")
                   .arg(c.thresholds.onTrackPercent)
                   .arg(c.thresholds.atRiskPercent);

    if (units.isEmpty())
        out << tr("Đợt chưa có đơn vị nào.");
    QHash<QString, int> names; // folded name or alias → row (1-based)
    for (int i = 0; i < units.size(); ++i) {
        const SetupUnit& u = units[i];
        const int row = i + 1;
        const QString where = u.name.trimmed().isEmpty()
                                  ? tr("Đơn vị dòng %1").arg(row)
                                  : tr("Đơn vị dòng %1 (%2)").arg(row).arg(u.name);
        if (u.name.trimmed().isEmpty())
            out << tr("%1: chưa có tên.").arg(where);
        for (const QString& spelling : QStringList{u.name} + u.aliases) {
            if (spelling.trimmed().isEmpty())
                continue;
            const QString key = nameKey(spelling);
            const int other = names.value(key, 0);
            if (other != 0 && other != row)
                out << tr("%1: tên “%2” trùng với đơn vị dòng %3.").arg(where, spelling).arg(other);
            else
                names.insert(key, row);
        }
        if (u.population && *u.population < 0)
            out << tr("%1: dân số âm (%2).").arg(where, Format().count(*u.population));
        if (u.quota && *u.quota < 0)
            out << tr("%1: chỉ tiêu âm (%2).").arg(where, Format().count(*u.quota));
        for (auto it = u.groups.cbegin(); it != u.groups.cend(); ++it) {
            const bool known = std::any_of(groups.cbegin(), groups.cend(),
                                           [&](const SetupGroup& g) { return g.code == it.key(); });
            if (!known || (!groups.isEmpty() && groups.front().code == it.key()))
                out << tr("%1: nhóm “%2” không có trong đợt.").arg(where, it.key());
            if (it->size && *it->size < 0)
                out << tr("%1: quy mô nhóm “%2” âm (%3).")
                           .arg(where, it.key(), Format().count(*it->size));
            const auto group =
                std::find_if(groups.cbegin(), groups.cend(),
                             [&](const SetupGroup& g) { return g.code == it.key(); });
            if (it->goal && group != groups.cend() && group->goalPercentBp)
                out << tr("%1: nhóm “%2” có mục tiêu theo tỷ lệ quy mô, không nhập mục tiêu riêng.")
                           .arg(where, it.key());
            if (it->goal && *it->goal < 0)
                out << tr("%1: mục tiêu nhóm “%2” âm (%3).")
                           .arg(where, it.key(), Format().count(*it->goal));
        }
    }

    qint64 typed = 0;
    for (const SetupUnit& u : units)
        if (u.quotaManual && u.quota)
            typed += *u.quota;
    if (typed > 0 && missingFigures().isEmpty() && typed > goalCount())
        out << tr("Các chỉ tiêu nhập tay cộng lại %1, vượt mục tiêu của đợt (%2).")
                   .arg(Format().count(typed), Format().count(goalCount()));

    if (providers.isEmpty())
        out << tr("Đợt chưa có nhà mạng nào.");
    QSet<QString> providerCodes, providerNames;
    for (int i = 0; i < providers.size(); ++i) {
        const SetupProvider& p = providers[i];
        const QString where = tr("Nhà mạng dòng %1 (%2)").arg(i + 1).arg(p.name);
        if (p.name.trimmed().isEmpty())
            out << tr("Nhà mạng dòng %1: chưa có tên.").arg(i + 1);
        if (!validCode(p.code))
            out << tr("%1: mã “%2” không hợp lệ.").arg(where, p.code);
        if (providerCodes.contains(p.code))
            out << tr("%1: mã “%2” trùng.").arg(where, p.code);
        if (providerNames.contains(nameKey(p.name)))
            out << tr("%1: tên trùng với nhà mạng khác.").arg(where);
        providerCodes.insert(p.code);
        providerNames.insert(nameKey(p.name));
    }

    QSet<QString> groupCodes;
    for (int i = 0; i < groups.size(); ++i) {
        const SetupGroup& g = groups[i];
        const QString where = tr("Nhóm dòng %1 (%2)").arg(i + 1).arg(g.name);
        if (g.name.trimmed().isEmpty())
            out << tr("Nhóm dòng %1: chưa có tên.").arg(i + 1);
        if (!validCode(g.code))
            out << tr("%1: mã “%2” không hợp lệ.").arg(where, g.code);
        if (groupCodes.contains(g.code))
            out << tr("%1: mã “%2” trùng.").arg(where, g.code);
        groupCodes.insert(g.code);
        if (g.goalPercentBp && (*g.goalPercentBp <= 0 || *g.goalPercentBp > 10000))
            out << tr("%1: mục tiêu phải từ trên 0 % đến 100 % quy mô nhóm.").arg(where);
        if (i == 0 && g.goalPercentBp)
            out << tr("%1: nhóm đầu tiên là toàn bộ dân số, mục tiêu của nó là mục tiêu của đợt.")
                       .arg(where);
    }
    if (groups.isEmpty())
        out << tr("Đợt chưa có nhóm đối tượng nào (ít nhất là toàn bộ dân số).");
    return out;
}

QStringList CampaignSetup::missingFigures() const
{
    QStringList out;
    for (int i = 0; i < units.size(); ++i) {
        const SetupUnit& u = units[i];
        // (A group without a size in a unit has no goal there: it does not
        // hold the campaign back.)
        if (!u.population)
            out << tr("%1 (dòng %2)").arg(u.name).arg(i + 1);
    }
    return out;
}

QVector<int> CampaignSetup::apportionQuotas()
{
    qint64 typed = 0;
    QVector<int> free;
    QVector<qint64> populations;
    for (int i = 0; i < units.size(); ++i) {
        if (units[i].quotaManual && units[i].quota) {
            typed += *units[i].quota;
        } else {
            free << i;
            populations << units[i].population.value_or(0);
        }
    }
    const qint64 rest = std::max<qint64>(0, goalCount() - typed);
    const QVector<qint64> shares = signtally::apportionQuotas(rest, populations);
    QVector<int> changed;
    for (int k = 0; k < free.size(); ++k) {
        SetupUnit& u = units[free[k]];
        u.quotaManual = false;
        if (u.quota != shares[k]) {
            u.quota = shares[k];
            changed << free[k];
        }
    }
    return changed;
}

void CampaignSetup::completeQuotas()
{
    if (std::all_of(units.cbegin(), units.cend(), [](const SetupUnit& u) { return u.quota; }))
        return;
    if (!missingFigures().isEmpty())
        return; // apportioning needs every population
    for (SetupUnit& u : units)
        if (u.quota)
            u.quotaManual = true;
    apportionQuotas();
}

QMap<QString, QString> CampaignSetup::facts() const
{
    QMap<QString, QString> f;
    const Campaign& c = campaign;
    f.insert(u"campaign.code"_s, c.code);
    f.insert(u"campaign.name"_s, c.name);
    f.insert(u"campaign.area"_s, c.area);
    f.insert(u"campaign.organisation"_s, c.organisation);
    f.insert(u"campaign.plan_reference"_s, c.planReference);
    f.insert(u"campaign.population_label"_s, populationLabel);
    f.insert(u"campaign.start"_s, c.start.toString(Qt::ISODate));
    f.insert(u"campaign.end"_s, c.end.toString(Qt::ISODate));
    f.insert(u"campaign.goal_kind"_s,
             c.goalKind == GoalKind::PercentOfPopulation ? u"percent"_s : u"absolute"_s);
    f.insert(u"campaign.goal_value"_s, QString::number(c.goalValue));
    f.insert(u"campaign.on_track_percent"_s, QString::number(c.thresholds.onTrackPercent));
    f.insert(u"campaign.at_risk_percent"_s, QString::number(c.thresholds.atRiskPercent));
    for (int i = 0; i < providers.size(); ++i) {
        const SetupProvider& p = providers[i];
        const QString k = u"provider.%1."_s.arg(p.id);
        f.insert(k + u"code"_s, p.code);
        f.insert(k + u"name"_s, p.name);
        f.insert(k + u"aliases"_s, p.aliases.join(u'|'));
        f.insert(k + u"seq"_s, QString::number(i + 1));
        f.insert(k + u"hidden"_s, flag(p.hidden));
    }
    for (int i = 0; i < groups.size(); ++i) {
        const SetupGroup& g = groups[i];
        const QString k = u"group.%1."_s.arg(g.id);
        f.insert(k + u"code"_s, g.code);
        f.insert(k + u"name"_s, g.name);
        f.insert(k + u"seq"_s, QString::number(i + 1));
        f.insert(k + u"goal_percent_bp"_s,
                 g.goalPercentBp ? QString::number(*g.goalPercentBp) : QString());
    }
    for (int i = 0; i < units.size(); ++i) {
        const SetupUnit& u = units[i];
        const QString k = u"unit.%1."_s.arg(u.id);
        f.insert(k + u"name"_s, u.name);
        f.insert(k + u"kind"_s, kindCode(u.kind));
        QStringList aliases = u.aliases;
        aliases.sort();
        f.insert(k + u"aliases"_s, aliases.join(u'|'));
        f.insert(k + u"seq"_s, QString::number(i + 1));
        f.insert(k + u"population"_s, optionalText(u.population));
        f.insert(k + u"quota"_s, optionalText(u.quota));
        f.insert(k + u"quota_manual"_s, flag(u.quotaManual));
        f.insert(k + u"hidden"_s, flag(u.hidden));
        for (int g = 1; g < groups.size(); ++g) {
            const SetupUnitGroup figures = u.groups.value(groups[g].code);
            const QString t = u"target.%1.%2."_s.arg(u.id).arg(groups[g].id);
            f.insert(t + u"size"_s, optionalText(figures.size));
            f.insert(t + u"goal"_s, optionalText(figures.goal));
        }
    }
    return f;
}

QString CampaignSetup::describeValue(const QString& item, const QString& value)
{
    const QString field = item.section(u'.', -1);
    const Format fmt;
    if (value.isEmpty())
        return value;
    if (field == u"start"_s || field == u"end"_s)
        return fmt.date(QDate::fromString(value, Qt::ISODate));
    if (field == u"hidden"_s || field == u"quota_manual"_s)
        return value == u"1"_s ? tr("có") : tr("không");
    if (field == u"goal_percent_bp"_s)
        return fmt.percent(value.toDouble() / 100.0, value.toLongLong() % 100 ? 2 : 0);
    if (field == u"goal_kind"_s)
        return value == u"percent"_s ? tr("tỷ lệ dân số") : tr("số người");
    if (field == u"population"_s || field == u"quota"_s || field == u"goal_value"_s ||
        field == u"size"_s || field == u"goal"_s)
        return fmt.count(value.toLongLong());
    return value;
}

QString CampaignSetup::describeItem(const QString& item) const
{
    static const QHash<QString, const char*> fields = {
        {u"code"_s, QT_TR_NOOP("mã")},
        {u"name"_s, QT_TR_NOOP("tên")},
        {u"area"_s, QT_TR_NOOP("địa bàn")},
        {u"organisation"_s, QT_TR_NOOP("cơ quan")},
        {u"plan_reference"_s, QT_TR_NOOP("căn cứ kế hoạch")},
        {u"population_label"_s, QT_TR_NOOP("đối tượng dân số")},
        {u"start"_s, QT_TR_NOOP("ngày bắt đầu")},
        {u"end"_s, QT_TR_NOOP("ngày kết thúc")},
        {u"goal_kind"_s, QT_TR_NOOP("kiểu mục tiêu")},
        {u"goal_value"_s, QT_TR_NOOP("mục tiêu")},
        {u"on_track_percent"_s, QT_TR_NOOP("ngưỡng đúng tiến độ")},
        {u"at_risk_percent"_s, QT_TR_NOOP("ngưỡng có nguy cơ")},
        {u"aliases"_s, QT_TR_NOOP("tên khác")},
        {u"seq"_s, QT_TR_NOOP("thứ tự")},
        {u"hidden"_s, QT_TR_NOOP("ẩn khi nhập")},
        {u"goal_percent_bp"_s, QT_TR_NOOP("mục tiêu (% quy mô)")},
        {u"kind"_s, QT_TR_NOOP("loại")},
        {u"population"_s, QT_TR_NOOP("dân số")},
        {u"quota"_s, QT_TR_NOOP("chỉ tiêu")},
        {u"quota_manual"_s, QT_TR_NOOP("chỉ tiêu nhập tay")},
        {u"size"_s, QT_TR_NOOP("quy mô")},
        {u"goal"_s, QT_TR_NOOP("mục tiêu")},
    };
    const QStringList parts = item.split(u'.');
    const QString field = parts.back();
    const QString fieldName = fields.contains(field) ? tr(fields.value(field)) : field;
    auto unitName = [&](qint64 id) {
        for (const SetupUnit& u : units)
            if (u.id == id)
                return u.name;
        return tr("đơn vị số %1").arg(id);
    };
    auto groupName = [&](qint64 id) {
        for (const SetupGroup& g : groups)
            if (g.id == id)
                return g.name;
        return tr("nhóm số %1").arg(id);
    };
    if (parts.size() == 2 && parts[0] == u"campaign"_s)
        return tr("Đợt: %1").arg(fieldName);
    if (parts.size() == 3 && parts[0] == u"unit"_s)
        return u"%1: %2"_s.arg(unitName(parts[1].toLongLong()), fieldName);
    if (parts.size() == 3 && parts[0] == u"group"_s)
        return tr("Nhóm %1: %2").arg(groupName(parts[1].toLongLong()), fieldName);
    if (parts.size() == 3 && parts[0] == u"provider"_s) {
        for (const SetupProvider& p : providers)
            if (p.id == parts[1].toLongLong())
                return u"%1: %2"_s.arg(p.name, fieldName);
    }
    if (parts.size() == 4 && parts[0] == u"target"_s)
        return tr("%1, nhóm %2: %3")
            .arg(unitName(parts[1].toLongLong()), groupName(parts[2].toLongLong()), fieldName);
    return item;
}

} // namespace signtally
