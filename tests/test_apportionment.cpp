#include "core/QuotaApportionment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <numeric>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {
QJsonObject campaignFile()
{
    QFile f(QStringLiteral(SIGNTALLY_SOURCE_DIR "/data/thai-nguyen-2025.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

TEST(Apportionment, ReproducesThePlansAppendixExactly)
{
    const QJsonObject doc = campaignFile();
    QVector<qint64> adults, quotas;
    for (const QJsonValue& v : doc.value(u"units"_s).toArray()) {
        adults.push_back(v.toObject().value(u"adults"_s).toInteger());
        quotas.push_back(v.toObject().value(u"quota"_s).toInteger());
    }
    ASSERT_EQ(adults.size(), 37);
    EXPECT_EQ(std::accumulate(adults.begin(), adults.end(), qint64(0)), 277566);
    const qint64 goal = doc.value(u"campaign"_s)
                            .toObject()
                            .value(u"goal"_s)
                            .toObject()
                            .value(u"value"_s)
                            .toInteger();
    EXPECT_EQ(goal, 50000);
    const QVector<qint64> computed = apportionQuotas(goal, adults);
    EXPECT_EQ(computed, quotas);
    EXPECT_EQ(std::accumulate(computed.begin(), computed.end(), qint64(0)), 50000);
    // Spot checks against the printed appendix.
    EXPECT_EQ(computed[0], 1605);  // Xã Ba Bể, 8.912 adults
    EXPECT_EQ(computed[36], 3234); // Phường Bắc Kạn, 17.955 adults
}

TEST(Apportionment, SumsExactlyAndBreaksTiesByOrder)
{
    // 10 split over three equal populations: 3.33 each; one extra goes to the first.
    EXPECT_EQ(apportionQuotas(10, {1, 1, 1}), (QVector<qint64>{4, 3, 3}));
    EXPECT_EQ(apportionQuotas(7, {5, 3, 2}), (QVector<qint64>{4, 2, 1}));
    EXPECT_EQ(apportionQuotas(100, {0, 10}), (QVector<qint64>{0, 100}));
    EXPECT_EQ(apportionQuotas(5, {}), QVector<qint64>{});
    EXPECT_EQ(apportionQuotas(0, {3, 4}), (QVector<qint64>{0, 0}));
}

TEST(Apportionment, NationalSizeStaysExact)
{
    QVector<qint64> pops;
    for (int i = 0; i < 3321; ++i)
        pops.push_back(2000 + (i * 7919) % 40000);
    const QVector<qint64> q = apportionQuotas(12'345'678, pops);
    EXPECT_EQ(std::accumulate(q.begin(), q.end(), qint64(0)), 12'345'678);
}
