// The stores on both back ends (issue 16): the same calls, on a real SQLite
// file and on a real PostgreSQL server (a throw-away cluster of this test
// process, tests/support/PgCluster.h), give the same campaign, the same
// tallies and history, and refuse the same broken rules. A machine without
// PostgreSQL fails the server half; it never skips it.
#include "core/CampaignFile.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/Schema.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgStorage.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// A new, empty SignTally database on one back end.
class Backends : public ::testing::TestWithParam<Storage::Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Storage::Backend::Sqlite) {
            location = dir.file(u"t.sqlite"_s);
            storage = Database::createNew(location);
            return;
        }
        const test::PgConnection conn = test::PgCluster::shared().createDatabase();
        {
            test::PgSession owner(conn);
            PgSchema::init(owner.db());
        }
        location = conn.url();
        storage = PgStorage::open(PgTarget::parse(location));
    }

    // The Mỹ Hào template with the worked example's populations and groups.
    qint64 createMyHao()
    {
        CampaignSetup s = test::readTemplate(u"my-hao-2023"_s).setup;
        test::fillMyHaoExample(s);
        qint64 id = 0;
        storage->writeTransaction(
            [&] { id = SetupStore::createInTransaction(*storage, s, u"lan"_s, {}); });
        return id;
    }

    test::TempDir dir;
    QString location; // what --db takes: the file, or the server's address
    std::unique_ptr<Storage> storage;
};

TEST_P(Backends, ACampaignCreatedThroughTheSetUpReadsBackTheSame)
{
    EXPECT_EQ(storage->backend(), GetParam());
    EXPECT_EQ(storage->schemaVersion(), SqlDialect::latestVersion());
    const qint64 id = createMyHao();
    CampaignSetup expected = test::readTemplate(u"my-hao-2023"_s).setup;
    test::fillMyHaoExample(expected);

    const CampaignSetup stored = SetupStore(*storage).load(id);
    EXPECT_EQ(stored.campaign.code, expected.campaign.code);
    EXPECT_EQ(stored.campaign.start, expected.campaign.start);
    ASSERT_EQ(stored.units.size(), 13);
    for (int i = 0; i < stored.units.size(); ++i) {
        EXPECT_EQ(stored.units[i].name, expected.units[i].name);
        EXPECT_EQ(stored.units[i].population, expected.units[i].population);
        EXPECT_EQ(stored.units[i].quota, expected.units[i].quota);
    }
    const CampaignData data = CampaignStore(*storage).load(id);
    EXPECT_EQ(data.units.size(), 13);
    EXPECT_EQ(data.units[0].name, u"Phường Bần Yên Nhân"_s);
    EXPECT_EQ(data.providers.size(), expected.providers.size());
    ASSERT_EQ(data.groups.size(), 5);
    EXPECT_EQ(data.groups[0].sizes[0], 120);
    EXPECT_EQ(data.groups[1].unitGoal(0), 66); // 65 % of 101, rounded up
    EXPECT_EQ(CampaignStore(*storage).campaigns().front().code, expected.campaign.code);
    // The set-up's first change set is in the history.
    EXPECT_FALSE(SetupStore(*storage).history(id).isEmpty());
}

TEST_P(Backends, TalliesSavedAreReadBackWithTheirHistoryPerGroup)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const QDate d = data.campaign.start;
    const FixedClock clock(data.campaign.end);
    const qint64 u0 = data.units[0].id, p0 = data.providers[0].id, p1 = data.providers[1].id;
    TallyStore whole(*storage, id, clock);
    TallyStore officials(*storage, id, data.groups[0].id, clock);
    ASSERT_TRUE(whole.apply({{{u0, d, p0}, 40}, {{u0, d, p1}, 2}}, u"lan"_s).ok());
    ASSERT_TRUE(whole.apply({{{u0, d, p0}, 45}}, u"minh"_s).ok());
    ASSERT_TRUE(officials.apply({{{u0, d, p0}, 7}}, u"lan"_s).ok());

    EXPECT_EQ(whole.value({u0, d, p0}), 45);
    EXPECT_EQ(officials.value({u0, d, p0}), 7);
    const CampaignData after = CampaignStore(*storage).load(id);
    EXPECT_EQ(after.tallies.value(0, 0, 0), 45);
    EXPECT_EQ(after.tallies.value(0, 0, 1), 2);
    EXPECT_EQ(after.groups[0].tallies->value(0, 0, 0), 7);
    EXPECT_EQ(after.groups[1].tallies->value(0, 0, 0), std::nullopt);

    const QVector<AuditEntry> h = whole.history(u0, d, p0);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[0].actor, u"lan"_s);
    EXPECT_EQ(h[0].newCount, 40);
    EXPECT_EQ(h[1].actor, u"minh"_s);
    EXPECT_EQ(h[1].oldCount, 40);
    EXPECT_EQ(h[1].newCount, 45);
    EXPECT_NE(whole.latestAuditHash(), AuditBatch::Genesis);
    // `check` replays the chain of several change sets (set-up and tallies)
    // on either engine.
    const IntegrityReport report = Integrity::check(*storage);
    EXPECT_TRUE(report.ok()) << qPrintable(report.problems.join(u'\n'));
    EXPECT_EQ(report.auditRows, 4);

    // A count changed since it was read is a conflict: nothing is written.
    const ApplyResult stale = whole.apply({TallyChange::expecting({u0, d, p0}, 50, 40)}, u"lan"_s);
    EXPECT_FALSE(stale.ok());
    EXPECT_EQ(whole.value({u0, d, p0}), 45);
}

TEST_P(Backends, BrokenRulesAreRefusedByTheDatabaseAndWriteNothing)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const FixedClock clock(data.campaign.end);
    TallyStore store(*storage, id, clock);
    const qint64 u0 = data.units[0].id, p0 = data.providers[0].id;
    const QDate d = data.campaign.start;

    // A locked week: refused by the database's own rule, the batch with it.
    store.lockWeek(1, u"lan"_s, u"Báo cáo tuần 1 đã gửi"_s);
    EXPECT_EQ(store.lockedWeeks(), QVector<int>{1});
    try {
        store.apply({{{u0, d.addDays(8), p0}, 3}, {{u0, d, p0}, 5}}, u"lan"_s);
        ADD_FAILURE() << "wrote into a locked week";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Rejected) << e.message().toStdString();
    }
    EXPECT_EQ(store.value({u0, d.addDays(8), p0}), std::nullopt);
    EXPECT_EQ(store.value({u0, d, p0}), std::nullopt);
    // A negative count: refused too.
    EXPECT_THROW(store.apply({{{u0, d.addDays(8), p0}, -1}}, u"lan"_s), StorageError);
    EXPECT_EQ(store.value({u0, d.addDays(8), p0}), std::nullopt);
    store.unlockWeek(1, u"lan"_s, u"sửa số"_s);
    EXPECT_TRUE(store.apply({{{u0, d, p0}, 5}}, u"lan"_s).ok());
    // The audit is append-only, even for the owner.
    EXPECT_THROW(storage->exec(u"DELETE FROM tally_audit"_s), StorageError);
    EXPECT_THROW(storage->exec(u"UPDATE tally_audit SET new_count = 6"_s), StorageError);
    EXPECT_EQ(store.history(u0, d, p0).size(), 1);
}

// `signtally report` makes the same report from either back end: the
// figures saved through the stores, and the fingerprint of the data it was
// made from (`check --hash` finds it).
TEST_P(Backends, TheReportCommandReadsTheCampaignFromEitherBackEnd)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const QDate d = data.campaign.start;
    const FixedClock clock(data.campaign.end);
    TallyStore whole(*storage, id, clock);
    ASSERT_TRUE(whole
                    .apply({{{data.units[0].id, d, data.providers[0].id}, 45},
                            {{data.units[0].id, d, data.providers[1].id}, 2},
                            {{data.units[1].id, d, data.providers[0].id}, 30}},
                           u"lan"_s)
                    .ok());
    const QString pdf = dir.file(u"week1.pdf"_s);
    const test::ProcessResult made = test::runSigntally(
        {u"report"_s, u"--db"_s, location, u"--campaign"_s, data.campaign.code, u"--week"_s, u"1"_s,
         u"--date"_s, d.addDays(7).toString(Qt::ISODate), u"--out"_s, pdf});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    const QString text = test::toolOutput(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    EXPECT_TRUE(text.contains(QRegularExpression(u"Phường Bần Yên Nhân\\s.*\\s47\\s"_s)))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QRegularExpression(u"Phường Phan Đình Phùng\\s.*\\s30\\s"_s)))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Mã dữ liệu: "_s + Integrity::fingerprint(*storage).left(16)))
        << qPrintable(text);
}

std::string backendName(const ::testing::TestParamInfo<Storage::Backend>& info)
{
    return info.param == Storage::Backend::Sqlite ? "Sqlite" : "Postgres";
}

INSTANTIATE_TEST_SUITE_P(Storage, Backends,
                         ::testing::Values(Storage::Backend::Sqlite, Storage::Backend::Postgres),
                         backendName);

} // namespace
