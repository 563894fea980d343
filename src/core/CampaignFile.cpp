#include "core/CampaignFile.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        if (!s.toString().trimmed().isEmpty())
            out << s.toString().trimmed();
    return out;
}

QJsonArray jsonArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonValue optionalNumber(std::optional<qint64> n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

} // namespace

CampaignFileContent CampaignFile::fromBytes(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject()) {
        CampaignFileContent out;
        out.problems << tr("Không phải tệp JSON hợp lệ (vị trí %1: %2).")
                            .arg(error.offset)
                            .arg(error.errorString());
        return out;
    }
    return fromJson(doc.object());
}

CampaignFileContent CampaignFile::fromJson(const QJsonObject& doc)
{
    CampaignFileContent out;
    QStringList& problems = out.problems;
    const QString format = doc.value(u"format"_s).toString();
    if (format != u"signtally-campaign/1"_s && format != QLatin1String(Format)) {
        problems << tr("Định dạng “%1” không được hỗ trợ: cần “%2” (hoặc “signtally-campaign/1”).")
                        .arg(format, QLatin1String(Format));
        return out;
    }
    CampaignSetup& s = out.setup;
    const QJsonObject c = doc.value(u"campaign"_s).toObject();
    Campaign& campaign = s.campaign;
    campaign.code = c.value(u"code"_s).toString().trimmed();
    campaign.name = c.value(u"name"_s).toString().trimmed();
    campaign.area = c.value(u"area"_s).toString().trimmed();
    campaign.organisation = c.value(u"organisation"_s).toString().trimmed();
    campaign.planReference = c.value(u"planReference"_s).toString().trimmed();
    s.populationLabel = c.value(u"population"_s).toString().trimmed();
    if (s.populationLabel == u"adults"_s) // the first format's word for it
        s.populationLabel.clear();
    for (const auto& [key, date] :
         {std::pair{u"start"_s, &campaign.start}, std::pair{u"end"_s, &campaign.end}}) {
        const QString text = c.value(key).toString();
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            problems << tr("campaign.%1: “%2” không phải ngày dạng YYYY-MM-DD.").arg(key, text);
    }
    const QJsonObject goal = c.value(u"goal"_s).toObject();
    const QString goalKind = goal.value(u"kind"_s).toString();
    if (goalKind == u"absolute"_s)
        campaign.goalKind = GoalKind::Absolute;
    else if (goalKind == u"percent"_s)
        campaign.goalKind = GoalKind::PercentOfPopulation;
    else
        problems << tr("campaign.goal.kind: “%1” phải là “absolute” hoặc “percent”.").arg(goalKind);
    campaign.goalValue = goal.value(u"value"_s).toInteger(-1);
    if (c.contains(u"thresholds"_s)) {
        const QJsonObject t = c.value(u"thresholds"_s).toObject();
        campaign.thresholds.onTrackPercent = t.value(u"onTrackPercent"_s).toInt(95);
        campaign.thresholds.atRiskPercent = t.value(u"atRiskPercent"_s).toInt(80);
    }
    out.report = doc.value(u"report"_s).toObject();

    const QJsonArray providers = doc.value(u"providers"_s).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const QJsonObject p = providers[i].toObject();
        s.providers.push_back(
            {0, p.value(u"code"_s).toString().trimmed(), p.value(u"name"_s).toString().trimmed(),
             stringList(p.value(u"aliases"_s)), p.value(u"hidden"_s).toBool(false)});
    }

    const QJsonArray groups = doc.value(u"groups"_s).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups[i].toObject();
        SetupGroup group{0, g.value(u"code"_s).toString().trimmed(),
                         g.value(u"name"_s).toString().trimmed(), std::nullopt};
        const QJsonObject gg = g.value(u"goal"_s).toObject();
        const QString kind = gg.value(u"kind"_s).toString();
        if (kind == u"percent"_s)
            group.goalPercentBp = gg.value(u"value"_s).toInt(-1);
        else if (!kind.isEmpty() && kind != u"absolute"_s)
            problems << tr("groups[%1].goal.kind: “%2” phải là “percent” hoặc “absolute”.")
                            .arg(i)
                            .arg(kind);
        s.groups.push_back(group);
    }
    if (s.groups.isEmpty())
        s.groups.push_back({0, u"adults"_s, u"Dân số trưởng thành"_s, std::nullopt});

    const QJsonArray units = doc.value(u"units"_s).toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonObject u = units[i].toObject();
        SetupUnit unit;
        unit.name = u.value(u"name"_s).toString().trimmed();
        const QString kind = u.value(u"kind"_s).toString(u"commune"_s);
        if (const auto k = CampaignSetup::kindFromCode(kind))
            unit.kind = *k;
        else
            problems << tr("units[%1] (%2): loại “%3” phải là commune (xã), ward (phường) hoặc "
                           "town (thị trấn).")
                            .arg(i)
                            .arg(unit.name, kind);
        unit.aliases = stringList(u.value(u"aliases"_s));
        auto number = [&](const QJsonObject& o, const QString& key,
                          const QString& where) -> std::optional<qint64> {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return std::nullopt;
            if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
                problems << tr("%1.%2: “%3” không phải số nguyên.")
                                .arg(
                                    where, key,
                                    QString::fromUtf8(
                                        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                        .mid(1)
                                        .chopped(1));
                return std::nullopt;
            }
            return v.toInteger();
        };
        const QString where = u"units[%1] (%2)"_s.arg(i).arg(unit.name);
        unit.population = number(u, u"adults"_s, where);
        unit.quota = number(u, u"quota"_s, where);
        unit.quotaManual = u.value(u"quotaManual"_s).toBool(false) && unit.quota;
        unit.hidden = u.value(u"hidden"_s).toBool(false);
        const QJsonObject ug = u.value(u"groups"_s).toObject();
        for (auto it = ug.begin(); it != ug.end(); ++it) {
            const QJsonObject figures = it.value().toObject();
            const QString gw = where + u".groups."_s + it.key();
            unit.groups.insert(it.key(),
                               {number(figures, u"size"_s, gw), number(figures, u"goal"_s, gw)});
        }
        s.units.push_back(unit);
    }
    if (problems.isEmpty())
        problems << s.problems();
    return out;
}

QJsonObject CampaignFile::toJson(const CampaignSetup& s, const QJsonObject& report)
{
    const Campaign& c = s.campaign;
    QJsonObject campaign{
        {u"code"_s, c.code},
        {u"name"_s, c.name},
        {u"area"_s, c.area},
        {u"organisation"_s, c.organisation},
        {u"planReference"_s, c.planReference},
        {u"start"_s, c.start.toString(Qt::ISODate)},
        {u"end"_s, c.end.toString(Qt::ISODate)},
        {u"goal"_s,
         QJsonObject{{u"kind"_s,
                      c.goalKind == GoalKind::PercentOfPopulation ? u"percent"_s : u"absolute"_s},
                     {u"value"_s, c.goalValue}}},
        {u"population"_s, s.populationLabel},
        {u"thresholds"_s, QJsonObject{{u"onTrackPercent"_s, c.thresholds.onTrackPercent},
                                      {u"atRiskPercent"_s, c.thresholds.atRiskPercent}}},
    };
    QJsonArray providers;
    for (const SetupProvider& p : s.providers) {
        QJsonObject o{
            {u"code"_s, p.code}, {u"name"_s, p.name}, {u"aliases"_s, jsonArray(p.aliases)}};
        if (p.hidden)
            o.insert(u"hidden"_s, true);
        providers.append(o);
    }
    QJsonArray groups;
    for (int i = 0; i < s.groups.size(); ++i) {
        const SetupGroup& g = s.groups[i];
        QJsonObject o{{u"code"_s, g.code}, {u"name"_s, g.name}};
        if (g.goalPercentBp)
            o.insert(u"goal"_s,
                     QJsonObject{{u"kind"_s, u"percent"_s}, {u"value"_s, *g.goalPercentBp}});
        else if (i > 0)
            o.insert(u"goal"_s, QJsonObject{{u"kind"_s, u"absolute"_s}});
        groups.append(o);
    }
    QJsonArray units;
    for (int i = 0; i < s.units.size(); ++i) {
        const SetupUnit& u = s.units[i];
        QJsonObject o{{u"no"_s, i + 1},
                      {u"name"_s, u.name},
                      {u"kind"_s, CampaignSetup::kindCode(u.kind)},
                      {u"adults"_s, optionalNumber(u.population)},
                      {u"quota"_s, optionalNumber(u.quota)},
                      {u"aliases"_s, jsonArray(u.aliases)}};
        if (u.quotaManual)
            o.insert(u"quotaManual"_s, true);
        if (u.hidden)
            o.insert(u"hidden"_s, true);
        if (!u.groups.isEmpty()) {
            QJsonObject ug;
            for (auto it = u.groups.cbegin(); it != u.groups.cend(); ++it) {
                QJsonObject f{{u"size"_s, optionalNumber(it->size)}};
                if (it->goal)
                    f.insert(u"goal"_s, *it->goal);
                ug.insert(it.key(), f);
            }
            o.insert(u"groups"_s, ug);
        }
        units.append(o);
    }
    QJsonObject doc{{u"format"_s, QLatin1String(Format)},
                    {u"campaign"_s, campaign},
                    {u"providers"_s, providers},
                    {u"groups"_s, groups},
                    {u"units"_s, units}};
    if (!report.isEmpty())
        doc.insert(u"report"_s, report);
    return doc;
}

QVector<CampaignFile::Template> CampaignFile::templates()
{
    return {
        {u"thai-nguyen-2025"_s, tr("Thái Nguyên 2025: đợt cao điểm “30 ngày, đêm”, 37 xã, phường"),
         u":/data/thai-nguyen-2025.json"_s},
        {u"my-hao-2023"_s, tr("Mỹ Hào 2023: 13 xã, phường, 65% người từ 16 tuổi, 5 nhóm đối tượng"),
         u":/data/templates/my-hao-2023.json"_s}};
}

} // namespace signtally
