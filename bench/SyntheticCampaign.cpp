#include "SyntheticCampaign.h"

#include "core/QuotaApportionment.h"
#include "storage/Database.h"
#include "storage/Seeder.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace signtally::bench {

void generateSyntheticCampaign(const QString& path, int units, int days, int providers,
                               quint32 seed, bool withTallies)
{
    QRandomGenerator rng(seed);
    QVector<qint64> adults;
    for (int i = 0; i < units; ++i)
        adults.push_back(1500 + rng.bounded(38500));
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
                        {u"aliases"_s, QJsonArray()}});
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
        {u"groups"_s,
         QJsonArray{QJsonObject{{u"code"_s, u"adults"_s}, {u"name"_s, u"Dân số trưởng thành"_s}}}},
        {u"units"_s, unitArray}};

    auto db = Database::createNew(path);
    const qint64 id = Seeder::seedCampaign(*db, doc);
    if (withTallies)
        Seeder::addDemoTallies(*db, id, seed);
}

} // namespace signtally::bench
