// `signtally copy` (issue 16): everything a SignTally database holds, moved
// between a SQLite file and a PostgreSQL server in either direction, the
// audit exactly as stored; refused into a target that holds anything, and
// from a source that does not pass its check, leaving nothing behind. The
// server tests use throw-away clusters (tests/support/PgCluster.h) and fail,
// never skip, where PostgreSQL cannot start.
#include "core/CampaignFile.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/ReportSettingsStore.h"
#include "storage/Schema.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "storage/StorageCopy.h"
#include "storage/TallyStore.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgStorage.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

const QString thaiNguyen = u"tn-2025-30ngay"_s;

// A file with two campaigns: the seeded drive with its demo tallies, one more
// count saved through TallyStore, week 1 locked and week 2 locked and
// unlocked again, a report's text; and the Mỹ Hào template with counts for
// the whole population and for officials, and a quota changed afterwards
// (so the set-up audit has more than its first change set).
struct Source
{
    QString path;
    QString myHao;
};

Source seedSource(const test::TempDir& dir)
{
    Source s{dir.file(u"source.sqlite"_s), {}};
    auto db = Seeder::createSeeded(s.path, true);
    const CampaignData tn = CampaignStore(*db).loadDefault();
    const FixedClock clock(tn.campaign.end);
    TallyStore store(*db, tn.campaign.id, clock);
    EXPECT_TRUE(
        store
            .apply({{{tn.units[0].id, tn.campaign.start.addDays(1), tn.providers[0].id}, 1234}},
                   u"lan"_s)
            .ok());
    store.lockWeek(1, u"lan"_s, u"Báo cáo tuần 1 đã gửi"_s);
    store.lockWeek(2, u"lan"_s, u"Báo cáo tuần 2 đã gửi"_s);
    store.unlockWeek(2, u"minh"_s, u"sửa số của xã"_s);
    ReportNarrative text;
    text.from = tn.campaign.start;
    text.to = tn.campaign.start.addDays(6);
    text.assessment = u"Các xã đã triển khai đồng loạt."_s;
    ReportSettingsStore::saveNarrative(*db, tn.campaign.id, text, u"lan"_s);

    CampaignSetup setup = test::readTemplate(u"my-hao-2023"_s).setup;
    test::fillMyHaoExample(setup);
    s.myHao = setup.campaign.code;
    qint64 mh = 0;
    db->writeTransaction([&] { mh = SetupStore::createInTransaction(*db, setup, u"lan"_s, {}); });
    const CampaignData data = CampaignStore(*db).load(mh);
    const FixedClock mhClock(data.campaign.end);
    TallyStore whole(*db, mh, mhClock);
    TallyStore officials(*db, mh, data.groups[0].id, mhClock);
    const QDate d = data.campaign.start;
    EXPECT_TRUE(whole
                    .apply({{{data.units[0].id, d, data.providers[0].id}, 40},
                            {{data.units[1].id, d.addDays(3), data.providers[1].id}, 17}},
                           u"lan"_s)
                    .ok());
    EXPECT_TRUE(officials.apply({{{data.units[0].id, d, data.providers[0].id}, 7}}, u"lan"_s).ok());
    CampaignSetup edited = SetupStore(*db).load(mh);
    edited.units[2].quota = *edited.units[2].quota + 50;
    edited.units[2].quotaManual = true;
    db->writeTransaction([&] {
        EXPECT_FALSE(SetupStore::updateInTransaction(*db, edited, u"lan"_s, {}).isEmpty());
    });
    return s;
}

// Every row of a table as text, sorted.
QStringList rows(const Storage& db, const QString& table)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(u"SELECT * FROM "_s + table)) << qPrintable(table);
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        out << row.join(u'|');
    }
    out.sort();
    return out;
}

QStringList auditTables()
{
    return {u"audit_batch"_s, u"tally_audit"_s, u"setup_audit"_s, u"week_lock_event"_s};
}

test::ProcessResult copy(const QString& from, const QString& to)
{
    return test::runSigntally({u"copy"_s, u"--from"_s, from, u"--to"_s, to});
}

// `summary` of one campaign at its last day, as text and as CSV.
QString summaries(const QString& db, const QString& campaign)
{
    QString out;
    for (const QString& format : {u"text"_s, u"csv"_s}) {
        const test::ProcessResult r =
            test::runSigntally({u"summary"_s, u"--db"_s, db, u"--campaign"_s, campaign,
                                u"--format"_s, format, u"--as-of"_s, u"2030-01-01"_s});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        out += r.out;
    }
    return out;
}

// `check`: passes, and its data fingerprint.
QString checkedFingerprint(const QString& db)
{
    const test::ProcessResult r = test::runSigntally({u"check"_s, u"--db"_s, db});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(db) << '\n' << qPrintable(r.out + r.err);
    const qsizetype at = r.out.indexOf(u"Mã dữ liệu hiện tại: "_s);
    return at < 0 ? QString() : r.out.mid(at).section(u'\n', 0, 0);
}

// A database of the shared cluster after `server init`.
test::PgConnection initialisedServer()
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    test::PgSession owner(conn);
    PgSchema::init(owner.db());
    return conn;
}

// The hidden temporaries a copy stages its file in.
QStringList stagedFiles(const QString& folder)
{
    return QDir(folder).entryList({u".signtally-*"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST(Copy, CopiesEveryTableOfTheSchemaButEachEnginesOwn)
{
    test::TempDir dir;
    auto db = Database::createNew(dir.file(u"t.sqlite"_s), -1, false);
    QStringList sqlite;
    QSqlQuery q = db->exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    while (q.next())
        sqlite << q.value(0).toString();
    QStringList copied = StorageCopy::tables();
    EXPECT_EQ(copied.removeDuplicates(), 0);
    QStringList expected = copied + QStringList{u"app_meta"_s};
    expected.sort();
    sqlite.sort();
    EXPECT_EQ(sqlite, expected);
    QStringList server = PgSchema::tables();
    server.sort();
    expected += u"app_user"_s;
    expected.sort();
    EXPECT_EQ(server, expected);
}

TEST(Copy, AFileToANewFileReadsTheSameAndPassesItsCheck)
{
    test::TempDir dir;
    const Source src = seedSource(dir);
    const QString target = dir.file(u"copies/copy.sqlite"_s);
    const test::ProcessResult r = copy(src.path, target);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(u"2 đợt"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"Kiểm tra bản sao: tốt"_s)) << qPrintable(r.out);
    EXPECT_TRUE(stagedFiles(dir.file(u"copies"_s)).isEmpty());
    EXPECT_EQ(checkedFingerprint(target), checkedFingerprint(src.path));
    for (const QString& campaign : {thaiNguyen, src.myHao})
        EXPECT_EQ(summaries(target, campaign), summaries(src.path, campaign));
}

TEST(Copy, ASourceOfAnotherSchemaVersionIsRefusedNamingIt)
{
    test::TempDir dir;
    const QString older = dir.file(u"v5.sqlite"_s);
    Database::createNew(older, 5, false).reset();
    const QByteArray before = test::fileHash(older);
    const test::ProcessResult r = copy(older, dir.file(u"out.sqlite"_s));
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(u"phiên bản 5"_s)) << qPrintable(r.err);
    EXPECT_EQ(test::fileHash(older), before); // not upgraded behind the user's back
    EXPECT_FALSE(QFileInfo::exists(dir.file(u"out.sqlite"_s)));

    const QString newer = dir.file(u"v99.sqlite"_s);
    Database::createNew(newer, -1, false)->exec(u"PRAGMA user_version = 99"_s);
    const test::ProcessResult n = copy(newer, dir.file(u"out.sqlite"_s));
    EXPECT_EQ(n.exitCode, 3) << qPrintable(n.err);
    EXPECT_TRUE(n.err.contains(u"99"_s)) << qPrintable(n.err);
    EXPECT_FALSE(QFileInfo::exists(dir.file(u"out.sqlite"_s)));
}

TEST(CopyPg, AFileToAServerAndBackKeepsEveryCampaignAndTheWholeAudit)
{
    test::TempDir dir;
    const Source src = seedSource(dir);
    const test::PgConnection server = initialisedServer();
    const test::ProcessResult up = copy(src.path, server.url());
    ASSERT_EQ(up.exitCode, 0) << qPrintable(up.err);
    EXPECT_TRUE(up.out.contains(u"2 đợt"_s)) << qPrintable(up.out);
    const QString back = dir.file(u"back.sqlite"_s);
    const test::ProcessResult down = copy(server.url(), back);
    ASSERT_EQ(down.exitCode, 0) << qPrintable(down.err);
    EXPECT_TRUE(stagedFiles(dir.file({})).isEmpty())
        << qPrintable(stagedFiles(dir.file({})).join(u' '));

    // The same figures, the same check and fingerprint on all three.
    const QString fingerprint = checkedFingerprint(src.path);
    EXPECT_FALSE(fingerprint.isEmpty());
    EXPECT_EQ(checkedFingerprint(server.url()), fingerprint);
    EXPECT_EQ(checkedFingerprint(back), fingerprint);
    for (const QString& campaign : {thaiNguyen, src.myHao}) {
        const QString expected = summaries(src.path, campaign);
        EXPECT_EQ(summaries(server.url(), campaign), expected) << qPrintable(campaign);
        EXPECT_EQ(summaries(back, campaign), expected) << qPrintable(campaign);
    }

    // Every row as stored: the audit (same ids, same hashes), the tallies,
    // the locks, the set-up and the report's settings and text.
    {
        auto a = Database::openExisting(src.path, Database::Access::ReadOnly);
        auto b = Database::openExisting(back, Database::Access::ReadOnly);
        EXPECT_GT(rows(*a, u"setup_audit"_s).size(), 0);
        EXPECT_EQ(rows(*a, u"week_lock"_s).size(), 1);
        EXPECT_EQ(rows(*a, u"week_lock_event"_s).size(), 3);
        EXPECT_EQ(rows(*a, u"report_narrative"_s).size(), 1);
        EXPECT_GT(rows(*a, u"audit_batch"_s).size(), 4);
        for (const QString& table : StorageCopy::tables())
            EXPECT_EQ(rows(*b, table), rows(*a, table)) << qPrintable(table);
        test::PgSession s(server);
        for (const QString& table : auditTables())
            EXPECT_EQ(s.column(u"SELECT count(*) FROM "_s + table),
                      QStringList{QString::number(rows(*a, table).size())})
                << qPrintable(table);
        QStringList hashes;
        QSqlQuery h = a->exec(u"SELECT batch_hash FROM audit_batch ORDER BY id"_s);
        while (h.next())
            hashes << h.value(0).toString();
        EXPECT_EQ(s.column(u"SELECT batch_hash FROM audit_batch ORDER BY id"_s), hashes);
    }

    // The server numbers what it adds next past the copied rows: a new
    // campaign (set-up audit, ids of its own) and a lock are written, and
    // the chain still verifies.
    const test::ProcessResult more =
        test::runSigntally({u"campaign"_s, u"new"_s, u"--db"_s, server.url(), u"--template"_s,
                            u"thai-nguyen-2025"_s, u"--code"_s, u"tn-2027"_s});
    EXPECT_EQ(more.exitCode, 0) << qPrintable(more.err);
    {
        auto pg = PgStorage::open(PgTarget::parse(server.url()));
        const auto tn = CampaignStore(*pg).campaignIdByCode(thaiNguyen);
        ASSERT_TRUE(tn);
        TallyStore(*pg, *tn).lockWeek(3, u"lan"_s, u"Báo cáo tuần 3 đã gửi"_s);
    }
    const test::ProcessResult check = test::runSigntally({u"check"_s, u"--db"_s, server.url()});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
}

TEST(CopyPg, ATargetThatHoldsAnythingIsRefusedAndUnchanged)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"source.sqlite"_s), true);
    db.reset();
    const QString source = dir.file(u"source.sqlite"_s);

    // A server that holds a campaign already.
    const test::PgConnection server = initialisedServer();
    ASSERT_EQ(test::runSigntally({u"campaign"_s, u"new"_s, u"--db"_s, server.url(), u"--template"_s,
                                  u"thai-nguyen-2025"_s, u"--code"_s, u"tn-2027"_s})
                  .exitCode,
              0);
    QStringList before;
    {
        test::PgSession s(server);
        for (const QString& table : StorageCopy::tables())
            before += s.column(u"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, "
                               "',' ORDER BY t::text), '')) FROM %1 t"_s.arg(table));
    }
    const test::ProcessResult onServer = copy(source, server.url());
    EXPECT_EQ(onServer.exitCode, 2) << qPrintable(onServer.err);
    EXPECT_TRUE(onServer.err.contains(u"tn-2027"_s)) << qPrintable(onServer.err);
    {
        test::PgSession s(server);
        QStringList after;
        for (const QString& table : StorageCopy::tables())
            after += s.column(u"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, "
                              "',' ORDER BY t::text), '')) FROM %1 t"_s.arg(table));
        EXPECT_EQ(after, before);
    }

    // A file that is there already, SignTally's or not.
    for (const QString& name : {u"taken.sqlite"_s, u"notes.txt"_s}) {
        const QString target = dir.file(name);
        if (name.endsWith(u".sqlite"_s))
            Seeder::createSeeded(target, false).reset();
        else {
            QFile f(target);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write("ghi chú");
        }
        const QByteArray hash = test::fileHash(target);
        const test::ProcessResult r = copy(source, target);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(u"đã tồn tại"_s)) << qPrintable(r.err);
        EXPECT_EQ(test::fileHash(target), hash);
    }
    EXPECT_TRUE(stagedFiles(dir.file({})).isEmpty());
}

TEST(CopyPg, ASourceWhoseAuditWasRewrittenIsRefusedAndNothingIsLeft)
{
    test::TempDir dir;
    const QString source = dir.file(u"tampered.sqlite"_s);
    {
        auto db = Seeder::createSeeded(source, true);
        db->exec(u"DROP TRIGGER tally_audit_no_update"_s);
        db->exec(u"UPDATE tally_audit SET new_count = new_count + 1 WHERE id = 42"_s);
    }
    const QString target = dir.file(u"out/copy.sqlite"_s);
    const test::ProcessResult toFile = copy(source, target);
    EXPECT_EQ(toFile.exitCode, 3) << qPrintable(toFile.err);
    EXPECT_TRUE(toFile.err.contains(u"hash không khớp"_s)) << qPrintable(toFile.err);
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(dir.file(u"out"_s))); // nor the folder made for it

    const test::PgConnection server = initialisedServer();
    const test::ProcessResult toServer = copy(source, server.url());
    EXPECT_EQ(toServer.exitCode, 3) << qPrintable(toServer.err);
    EXPECT_TRUE(toServer.err.contains(u"hash không khớp"_s)) << qPrintable(toServer.err);
    test::PgSession s(server);
    for (const QString& table : StorageCopy::tables())
        EXPECT_EQ(s.column(u"SELECT count(*) FROM "_s + table), QStringList{u"0"_s})
            << qPrintable(table);
}

TEST(CopyPg, ACopyRefusedHalfwayLeavesTheServerAsItWas)
{
    // A login of the admin group is refused partway: the file's audit names
    // other actors than the login (the server refuses such rows to every
    // role but the tables' owner), and were it not, the identity sequences,
    // the copy's last step, are not its to move. Everything written before
    // is rolled back with it (one transaction).
    test::TempDir dir;
    const QString source = dir.file(u"source.sqlite"_s);
    Seeder::createSeeded(source, true).reset();
    const test::PgConnection server = initialisedServer();
    const QString login = server.database + u"adm"_s;
    ASSERT_EQ(test::runSigntally({u"server"_s, u"add-user"_s, login, u"--role"_s, u"admin"_s,
                                  u"--db"_s, server.url()})
                  .exitCode,
              0);
    const QString asAdmin =
        u"postgresql://%1@%2:%3/%4"_s.arg(login, server.host).arg(server.port).arg(server.database);
    const test::ProcessResult r = copy(source, asAdmin);
    EXPECT_EQ(r.exitCode, 3) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.err.contains(u"thiếu quyền"_s)) << qPrintable(r.err);
    EXPECT_FALSE(r.out.contains(u"Đã sao chép"_s)) << qPrintable(r.out);
    test::PgSession s(server);
    for (const QString& table : StorageCopy::tables())
        EXPECT_EQ(s.column(u"SELECT count(*) FROM "_s + table), QStringList{u"0"_s})
            << qPrintable(table);
}
