#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

StorageError::Kind openError(const QString& path)
{
    try {
        Database::openExisting(path);
    } catch (const StorageError& e) {
        EXPECT_FALSE(e.message().isEmpty());
        return e.kind();
    }
    ADD_FAILURE() << "opened " << path.toStdString();
    return StorageError::Kind::Sql;
}

struct Seeded
{
    test::TempDir dir;
    QString path = dir.file(u"campaign.sqlite"_s);
    std::unique_ptr<Database> db = Seeder::createSeeded(path, false);
    CampaignData data = CampaignStore(*db).loadDefault();
    TallyStore store{*db, data.campaign.id};
    TallyKey key(int unit, QDate date, int provider = 0) const
    {
        return {data.units[unit].id, date, data.providers[provider].id};
    }
};

} // namespace

TEST(Database, AFreshDatabaseHoldsTheCampaignAnd37Units)
{
    Seeded s;
    EXPECT_EQ(s.data.units.size(), 37);
    EXPECT_EQ(s.data.totalAdults(), 277566);
    EXPECT_EQ(s.data.totalQuota(), 50000);
    EXPECT_EQ(s.data.goal(), 50000);
    EXPECT_EQ(s.data.campaign.start, QDate(2025, 7, 28));
    EXPECT_EQ(s.data.campaign.end, QDate(2025, 8, 28));
    EXPECT_EQ(s.data.campaign.days(), 32);
    EXPECT_EQ(s.data.units[0].name, u"Xã Ba Bể"_s);
    // Printed without "Xã" in the plan: shown with it, the plan's spelling kept.
    for (int i : {27, 28, 32, 33, 34}) {
        EXPECT_TRUE(s.data.units[i].name.startsWith(u"Xã "_s)) << i;
        EXPECT_EQ(s.data.units[i].aliases, QStringList{s.data.units[i].name.mid(3)}) << i;
    }
    EXPECT_EQ(s.data.units[27].name, u"Xã Thượng Quan"_s);
    EXPECT_EQ(s.data.units[27].aliases, QStringList{u"Thượng Quan"_s});
    EXPECT_EQ(s.data.units[36].name, u"Phường Bắc Kạn"_s);
    EXPECT_EQ(s.data.units[36].kind, UnitKind::Ward);
    QStringList providers;
    for (const Provider& p : s.data.providers)
        providers << p.name;
    EXPECT_EQ(providers, (QStringList{u"Viettel"_s, u"VNPT"_s, u"Khác"_s}));
    EXPECT_EQ(s.db->scalar(u"PRAGMA application_id"_s).toLongLong(), Database::ApplicationId);
    EXPECT_EQ(s.db->schemaVersion(), SqlDialect::latestVersion());
    EXPECT_EQ(s.data.campaign.thresholds, (StatusThresholds{95, 80}));
    EXPECT_EQ(s.db->scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(s.db->scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 0);
}

TEST(Database, StoresCountsAndKeepsNotReportedApartFromZero)
{
    Seeded s;
    const QDate day(2025, 8, 4);
    s.store.apply({{s.key(0, day, 0), 0}, {s.key(0, day, 1), 1605}}, u"tester"_s);
    EXPECT_EQ(s.store.value(s.key(0, day, 0)), 0);
    EXPECT_EQ(s.store.value(s.key(0, day, 1)), 1605);
    EXPECT_EQ(s.store.value(s.key(0, day, 2)), std::nullopt);
    CampaignData reloaded = CampaignStore(*s.db).loadDefault();
    EXPECT_EQ(reloaded.tallies.value(0, 7, 0), 0);
    EXPECT_EQ(reloaded.tallies.value(0, 7, 1), 1605);
    EXPECT_EQ(reloaded.tallies.value(0, 7, 2), std::nullopt);
    EXPECT_FALSE(reloaded.tallies.reported(1, 7));
}

TEST(Database, RejectsANegativeCount)
{
    Seeded s;
    EXPECT_THROW(s.store.apply({{s.key(0, QDate(2025, 8, 1)), -3}}, u"t"_s), StorageError);
    // Even SQL written behind the app's back.
    EXPECT_THROW(
        s.db->exec(
            u"INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, group_id, "
            "count) VALUES (?, ?, '2025-08-01', ?, ?, -1)"_s,
            {s.data.campaign.id, s.data.units[0].id, s.data.providers[0].id, s.store.groupId()}),
        StorageError);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 0);
}

TEST(Database, RejectsADateOutsideTheCampaign)
{
    Seeded s;
    for (QDate d : {QDate(2025, 7, 27), QDate(2025, 8, 29), QDate(2024, 8, 1)}) {
        try {
            s.store.apply({{s.key(0, d), 5}}, u"t"_s);
            ADD_FAILURE() << "stored a tally on " << d.toString(Qt::ISODate).toStdString();
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
            EXPECT_TRUE(e.message().contains(d.toString(u"dd/MM/yyyy"_s)))
                << e.message().toStdString();
        }
    }
    // First and last day are inside.
    s.store.apply({{s.key(0, QDate(2025, 7, 28)), 1}, {s.key(0, QDate(2025, 8, 28)), 2}}, u"t"_s);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 2);
}

namespace {
enum class Writer
{
    Apply,
    Bulk
};
class FutureDates : public ::testing::TestWithParam<Writer>
{
};
} // namespace

// Both writers refuse a count for a day after today (12/08/2025 here), name
// the day, and write nothing of the batch; today itself is fine, and a
// future cell may still be cleared.
TEST_P(FutureDates, ACountAfterTodayIsRefusedAndNothingIsWritten)
{
    Seeded s;
    const FixedClock clock(QDate(2025, 8, 12));
    TallyStore store(*s.db, s.data.campaign.id, clock);
    auto write = [&](const QVector<TallyChange>& changes) {
        if (GetParam() == Writer::Apply)
            store.apply(changes, u"t"_s);
        else
            s.db->writeTransaction([&] { store.applyBulkInTransaction(changes, u"t"_s, u"t"_s); });
    };
    try {
        write({{s.key(0, QDate(2025, 8, 12)), 10}, {s.key(1, QDate(2025, 8, 28)), 10}});
        ADD_FAILURE() << "stored a count for 28/08/2025 on 12/08/2025";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
        EXPECT_TRUE(e.message().contains(u"28/08/2025"_s)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"12/08/2025"_s)) << e.message().toStdString();
    }
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 0);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally_audit"_s).toInt(), 0);
    write({{s.key(0, QDate(2025, 8, 12)), 10}});
    EXPECT_EQ(store.value(s.key(0, QDate(2025, 8, 12))), 10);
    // A count already there for a later day (written when it was that day)
    // can be removed.
    TallyStore(*s.db, s.data.campaign.id, FixedClock(QDate(2025, 8, 28)))
        .apply({{s.key(2, QDate(2025, 8, 28)), 4}}, u"t"_s);
    store.apply({{s.key(2, QDate(2025, 8, 28)), std::nullopt}}, u"t"_s);
    EXPECT_FALSE(store.value(s.key(2, QDate(2025, 8, 28))));
}

INSTANTIATE_TEST_SUITE_P(Database, FutureDates, ::testing::Values(Writer::Apply, Writer::Bulk),
                         [](const ::testing::TestParamInfo<Writer>& info) {
                             return info.param == Writer::Apply ? std::string("Apply")
                                                                : std::string("Bulk");
                         });

TEST(Database, RejectsADuplicateAndAUnitNotInTheCampaign)
{
    Seeded s;
    const QString insert =
        u"INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, group_id, "
        "count) VALUES (?, ?, '2025-08-01', ?, ?, 5)"_s;
    s.db->exec(insert,
               {s.data.campaign.id, s.data.units[0].id, s.data.providers[0].id, s.store.groupId()});
    EXPECT_THROW(s.db->exec(insert, {s.data.campaign.id, s.data.units[0].id, s.data.providers[0].id,
                                     s.store.groupId()}),
                 StorageError);
    s.db->exec(u"INSERT INTO unit (name, kind) VALUES ('Xã Ngoài Đợt', 'commune')"_s);
    const qint64 outsider =
        s.db->scalar(u"SELECT id FROM unit WHERE name = 'Xã Ngoài Đợt'"_s).toLongLong();
    EXPECT_THROW(
        s.store.apply({{{outsider, QDate(2025, 8, 1), s.data.providers[0].id}, 5}}, u"t"_s),
        StorageError);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 1);
}

TEST(Database, AFailedBatchWritesNothing)
{
    Seeded s;
    EXPECT_THROW(
        s.store.apply({{s.key(0, QDate(2025, 8, 1)), 10}, {s.key(1, QDate(2025, 9, 1)), 10}},
                      u"t"_s),
        StorageError);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 0);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally_audit"_s).toInt(), 0);
}

TEST(Database, EveryChangeIsAuditedWithAChainedHash)
{
    Seeded s;
    const QDate day(2025, 8, 2);
    auto r1 = s.store.apply({{s.key(3, day), 40}}, u"lan"_s);
    auto r2 = s.store.apply({{s.key(3, day), 45}}, u"minh"_s, u"viettel.xlsx"_s);
    auto r3 = s.store.apply({{s.key(3, day), std::nullopt}}, u"lan"_s);
    auto r4 = s.store.apply({{s.key(3, day), std::nullopt}}, u"lan"_s);
    EXPECT_EQ(r1.added, 1);
    EXPECT_EQ(r2.changed, 1);
    EXPECT_EQ(r3.removed, 1);
    EXPECT_EQ(r4.unchanged, 1);
    const QVector<AuditEntry> h = s.store.history(s.data.units[3].id, day);
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h[0].action, u"insert"_s);
    EXPECT_EQ(h[0].oldCount, std::nullopt);
    EXPECT_EQ(h[0].newCount, 40);
    EXPECT_EQ(h[0].actor, u"lan"_s);
    EXPECT_EQ(h[1].action, u"update"_s);
    EXPECT_EQ(h[1].oldCount, 40);
    EXPECT_EQ(h[1].newCount, 45);
    EXPECT_EQ(h[1].actor, u"minh"_s);
    EXPECT_EQ(h[1].source, u"viettel.xlsx"_s);
    EXPECT_EQ(h[2].action, u"delete"_s);
    EXPECT_EQ(h[2].oldCount, 45);
    EXPECT_EQ(h[2].newCount, std::nullopt);
    // One change set per save, chained, each hash covering its rows.
    // (The first change set of all is the campaign's set-up: kind Setup.)
    QVector<AuditBatch> batches;
    QSqlQuery q =
        s.db->exec(u"SELECT "_s + AuditBatch::Columns + u" FROM audit_batch ORDER BY id"_s);
    ASSERT_TRUE(q.next());
    const AuditBatch setup = AuditBatch::fromRow(q);
    EXPECT_EQ(setup.kind, AuditBatch::Kind::Setup);
    EXPECT_EQ(setup.prevHash, AuditBatch::Genesis);
    while (q.next())
        batches << AuditBatch::fromRow(q);
    ASSERT_EQ(batches.size(), 3);
    EXPECT_EQ(batches[0].kind, AuditBatch::Kind::Tally);
    EXPECT_EQ(batches[0].prevHash, setup.hash);
    for (int i = 0; i < batches.size(); ++i) {
        EXPECT_EQ(h[i].batchId, batches[i].id);
        EXPECT_EQ(batches[i].firstRow, h[i].id);
        EXPECT_EQ(batches[i].rowCount, 1);
        AuditHash hash(batches[i]);
        hash.addRow(h[i]);
        EXPECT_EQ(hash.finish(1), batches[i].hash);
        if (i > 0) {
            EXPECT_EQ(batches[i].prevHash, batches[i - 1].hash);
        }
    }
    EXPECT_EQ(s.store.latestAuditHash(), batches.last().hash);
    // Changing any field of a row changes its change set's hash.
    AuditEntry edited = h[1];
    edited.newCount = 46;
    AuditHash tampered(batches[1]);
    tampered.addRow(edited);
    EXPECT_NE(tampered.finish(1), batches[1].hash);
    // Append-only, even for SQL behind the app's back.
    EXPECT_THROW(s.db->exec(u"UPDATE tally_audit SET new_count = 1"_s), StorageError);
    EXPECT_THROW(s.db->exec(u"DELETE FROM tally_audit"_s), StorageError);
    EXPECT_THROW(s.db->exec(u"UPDATE audit_batch SET actor = 'x'"_s), StorageError);
    EXPECT_THROW(s.db->exec(u"DELETE FROM audit_batch"_s), StorageError);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM tally_audit"_s).toInt(), 3);
}

TEST(Database, ALockedWeekRefusesEditsUntilUnlockedWithAReason)
{
    Seeded s;
    const QDate inWeek2(2025, 8, 6);
    s.store.apply({{s.key(0, inWeek2), 10}}, u"t"_s);
    s.store.lockWeek(2, u"lan"_s, u"Báo cáo tuần 2 đã gửi"_s);
    EXPECT_TRUE(s.store.isWeekLocked(2));
    EXPECT_EQ(s.store.lockedWeeks(), QVector<int>{2});
    for (std::optional<qint64> v : {std::optional<qint64>(11), std::optional<qint64>()}) {
        try {
            s.store.apply({{s.key(0, inWeek2), v}}, u"t"_s);
            ADD_FAILURE() << "edited a locked week";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
        }
    }
    EXPECT_THROW(s.store.apply({{s.key(1, QDate(2025, 8, 10)), 3}}, u"t"_s), StorageError);
    s.store.apply({{s.key(1, QDate(2025, 8, 11)), 3}}, u"t"_s); // week 3 is open
    EXPECT_THROW(s.store.unlockWeek(2, u"lan"_s, u"  "_s), StorageError);
    s.store.unlockWeek(2, u"lan"_s, u"Sửa số liệu Viettel gửi muộn"_s);
    s.store.apply({{s.key(0, inWeek2), 11}}, u"t"_s);
    EXPECT_EQ(s.store.value(s.key(0, inWeek2)), 11);
    EXPECT_EQ(s.db->scalar(u"SELECT count(*) FROM week_lock_event"_s).toInt(), 2);
    EXPECT_EQ(
        s.db->scalar(u"SELECT reason FROM week_lock_event WHERE action = 'unlock'"_s).toString(),
        u"Sửa số liệu Viettel gửi muộn"_s);
}

TEST(DatabaseOpen, AMissingPathIsAnErrorAndIsNotCreated)
{
    test::TempDir dir;
    const QString path = dir.file(u"typo.sqlite"_s);
    EXPECT_EQ(openError(path), StorageError::Kind::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DatabaseOpen, FilesThatAreNotSignTallyAreRefusedAndLeftUnchanged)
{
    test::TempDir dir;
    const QString random = dir.file(u"random.sqlite"_s);
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 131 + 7) % 256));
    writeFile(random, bytes);
    const QString empty = dir.file(u"empty.sqlite"_s);
    writeFile(empty, {});
    const QString pdf = dir.file(u"report.pdf"_s);
    writeFile(pdf,
              "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    const QString foreign = dir.file(u"other-app.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE notes (text TEXT)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);

    const QString newer = dir.file(u"newer.sqlite"_s);
    {
        auto db = Seeder::createSeeded(newer, false);
        db->exec(u"PRAGMA user_version = 99"_s);
        db->exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    const QString truncated = dir.file(u"truncated.sqlite"_s);
    {
        const QString full = dir.file(u"full.sqlite"_s);
        {
            auto db = Seeder::createSeeded(full, true);
            db->exec(u"PRAGMA journal_mode = DELETE"_s);
        }
        QFile f(full);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        writeFile(truncated, f.read(f.size() / 2));
    }

    const struct
    {
        QString path;
        StorageError::Kind kind;
    } cases[] = {{random, StorageError::Kind::NotADatabase},
                 {empty, StorageError::Kind::NotADatabase},
                 {pdf, StorageError::Kind::NotADatabase},
                 {foreign, StorageError::Kind::ForeignApplication},
                 {newer, StorageError::Kind::TooNew},
                 {truncated, StorageError::Kind::Damaged}};
    for (const auto& c : cases) {
        const QByteArray before = test::fileHash(c.path);
        EXPECT_EQ(openError(c.path), c.kind) << c.path.toStdString();
        EXPECT_EQ(test::fileHash(c.path), before) << c.path.toStdString();
    }
}

TEST(DatabaseOpen, CreateRefusesAnExistingFile)
{
    test::TempDir dir;
    const QString path = dir.file(u"exists.sqlite"_s);
    writeFile(path, "keep me");
    EXPECT_THROW(Database::createNew(path), StorageError);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("keep me"));
}

TEST(DatabaseOpen, AReadOnlyFileOpensReadOnly)
{
    test::TempDir dir;
    const QString path = dir.file(u"ro.sqlite"_s);
    {
        auto db = Seeder::createSeeded(path, false);
        db->exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = test::fileHash(path);
    // A file the user cannot write opens read-only by itself; root can write
    // anything, so there the test asks for read-only explicitly.
    const bool canWrite = QFileInfo(path).isWritable();
    auto db = Database::openExisting(path, canWrite ? Database::Access::ReadOnly
                                                    : Database::Access::ReadWrite);
    EXPECT_TRUE(db->readOnly());
    EXPECT_EQ(CampaignStore(*db).loadDefault().units.size(), 37);
    TallyStore store(*db, CampaignStore(*db).defaultCampaignId());
    try {
        store.apply({{{1, QDate(2025, 8, 1), 1}, 5}}, u"t"_s);
        ADD_FAILURE() << "wrote to a read-only file";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
    }
    db.reset();
    EXPECT_EQ(test::fileHash(path), before);
}
