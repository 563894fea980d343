#include "SyntheticCampaign.h"

#include "core/QuotaApportionment.h"
#include "core/VnFormat.h"
#include "storage/Database.h"
#include "storage/Seeder.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <iterator>

using namespace Qt::StringLiterals;

namespace signtally::bench {

namespace {

// The target groups, after the Mỹ Hào plan's: a share of the unit's adults
// (per mille, from…to) and the goal (basis points of the size; 0: typed per
// unit, here the whole size).
struct GroupShape
{
    const char* code;
    const char* name;
    int fromPerMille;
    int toPerMille;
    int goalBp;
};
constexpr GroupShape GroupShapes[] = {
    {"can-bo", "Cán bộ, công chức, viên chức", 10, 30, 10000},
    {"hoc-sinh", "Học sinh THPT từ lớp 11 trở lên", 20, 50, 10000},
    {"sinh-vien", "Sinh viên", 0, 40, 10000},
    {"doan-vien", "Đoàn viên thanh niên", 50, 120, 8000},
    {"hoi-phu-nu", "Chi hội trưởng Hội Liên hiệp Phụ nữ", 1, 2, 0},
};
constexpr int ShapeCount = int(std::size(GroupShapes));

QJsonArray groupArray(int groups)
{
    QJsonArray out{QJsonObject{{u"code"_s, u"adults"_s}, {u"name"_s, u"Dân số trưởng thành"_s}}};
    for (int g = 0; g < groups; ++g) {
        const GroupShape& shape = GroupShapes[g % ShapeCount];
        const QString suffix = g < ShapeCount ? QString() : u"-%1"_s.arg(g / ShapeCount + 1);
        const QString code = QString::fromUtf8(shape.code) + suffix;
        const QString name = QString::fromUtf8(shape.name) + suffix;
        QJsonObject goal{{u"kind"_s, shape.goalBp > 0 ? u"percent"_s : u"absolute"_s}};
        if (shape.goalBp > 0)
            goal.insert(u"value"_s, shape.goalBp);
        out.append(QJsonObject{{u"code"_s, code}, {u"name"_s, name}, {u"goal"_s, goal}});
    }
    return out;
}

// A unit's sizes (and typed goals) for every target group.
QJsonObject unitGroups(int groups, qint64 adults, QRandomGenerator& rng)
{
    QJsonObject out;
    for (int g = 0; g < groups; ++g) {
        const GroupShape& shape = GroupShapes[g % ShapeCount];
        const QString suffix = g < ShapeCount ? QString() : u"-%1"_s.arg(g / ShapeCount + 1);
        const int perMille =
            shape.fromPerMille + int(rng.bounded(shape.toPerMille - shape.fromPerMille + 1));
        const qint64 size = adults * perMille / 1000;
        QJsonObject figures{{u"size"_s, size}};
        if (shape.goalBp == 0)
            figures.insert(u"goal"_s, size);
        out.insert(QString(QString::fromUtf8(shape.code) + suffix), figures);
    }
    return out;
}

} // namespace

void generateSyntheticCampaign(const QString& path, int units, int days, int providers,
                               quint32 seed, bool withTallies, int groups)
{
    QRandomGenerator rng(seed);
    QVector<qint64> adults;
    for (int i = 0; i < units; ++i)
        adults.push_back(1500 + rng.bounded(38500));
    // Their own generator: the units' figures stay those of a campaign without groups.
    QRandomGenerator groupRng(seed ^ 0x9e37U);
    qint64 totalAdults = 0;
    for (qint64 a : adults)
        totalAdults += a;
    const qint64 goal = totalAdults * 18 / 100;
    const QVector<qint64> quotas = apportionQuotas(goal, adults);

    QJsonArray unitArray;
    for (int i = 0; i < units; ++i)
        unitArray.append(
            QJsonObject{{u"no"_s, i + 1},
                        {u"name"_s, u"Xã Tổng Hợp %1"_s.arg(i + 1, 4, 10, QChar(u'0'))},
                        {u"kind"_s, i % 9 == 0 ? u"ward"_s : u"commune"_s},
                        {u"adults"_s, adults[i]},
                        {u"quota"_s, quotas[i]},
                        {u"aliases"_s, QJsonArray()},
                        {u"groups"_s, unitGroups(groups, adults[i], groupRng)}});
    const QStringList names = {u"Viettel"_s, u"VNPT"_s, u"Khác"_s};
    QJsonArray providerArray;
    for (int p = 0; p < providers; ++p)
        providerArray.append(
            QJsonObject{{u"code"_s, u"p%1"_s.arg(p + 1)},
                        {u"name"_s, p < names.size() ? names[p] : u"Nhà mạng %1"_s.arg(p + 1)},
                        {u"aliases"_s, QJsonArray()}});
    const QDate start(2025, 7, 28);
    const QJsonObject doc{
        {u"format"_s, u"signtally-campaign/2"_s},
        {u"campaign"_s,
         QJsonObject{
             {u"code"_s, u"bench"_s},
             {u"name"_s, u"Chiến dịch tổng hợp (%1 đơn vị × %2 ngày)"_s.arg(units).arg(days)},
             {u"area"_s, u"Toàn quốc"_s},
             {u"organisation"_s, u"Sở Khoa học và Công nghệ"_s},
             {u"planReference"_s, u"Dữ liệu tổng hợp cho đo hiệu năng"_s},
             {u"start"_s, start.toString(Qt::ISODate)},
             {u"end"_s, start.addDays(days - 1).toString(Qt::ISODate)},
             {u"goal"_s, QJsonObject{{u"kind"_s, u"absolute"_s}, {u"value"_s, goal}}}}},
        {u"providers"_s, providerArray},
        {u"groups"_s, groupArray(groups)},
        {u"units"_s, unitArray}};

    auto db = Database::createNew(path);
    const qint64 id = Seeder::seedCampaign(*db, doc);
    if (!withTallies)
        return;
    Seeder::addDemoTallies(*db, id, seed);
    for (int g = 0; g < groups; ++g)
        Seeder::addDemoTallies(*db, id, seed + 1 + quint32(g), g);
}

CampaignSetup copyOfSetup(const CampaignSetup& setup, const QString& code)
{
    CampaignSetup copy = setup;
    copy.campaign.code = code;
    for (SetupUnit& u : copy.units) {
        u.quota.reset();
        u.quotaManual = false;
    }
    copy.apportionQuotas();
    return copy;
}

qint64 writeImportCsv(const CampaignData& data, const QString& path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    QByteArray out = "Xã/Phường,Ngày,Nhà mạng,Số lượng\r\n";
    QVector<QByteArray> units, dates, providers;
    for (const Unit& u : data.units)
        units << u.name.toUtf8();
    for (int d = 0; d < data.campaign.days(); ++d)
        dates << Format().date(data.campaign.start.addDays(d)).toUtf8();
    for (const Provider& p : data.providers)
        providers << p.name.toUtf8();
    qint64 written = 0;
    for (int u = 0; u < units.size() && written < rows; ++u)
        for (int d = 0; d < dates.size() && written < rows; ++d)
            for (int p = 0; p < providers.size() && written < rows; ++p, ++written) {
                out += units[u] + ',' + dates[d] + ',' + providers[p] + ',' +
                       QByteArray::number((u * 7 + d * 3 + p) % 250) + "\r\n";
                if (out.size() > (1 << 22)) {
                    f.write(out);
                    out.clear();
                }
            }
    f.write(out);
    return written;
}

} // namespace signtally::bench
