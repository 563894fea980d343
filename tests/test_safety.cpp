// What a crash, a killed backup or restore, a reader without write access, a
// busy or forged file leave behind, and that SignTally opens what SQLite can
// open, refuses what it must and changes nothing before its checks pass.
#include "storage/Backup.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QUuid>
#include <QtEndian>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    ASSERT_TRUE(QFile::copy(from, to)) << from.toStdString();
}

qint64 total(const Database& db)
{
    return db.scalar(u"SELECT COALESCE(SUM(count), 0) FROM tally"_s).toLongLong();
}

// A raw SQLite connection, as another program (or sqlite3) would hold it.
struct Raw
{
    explicit Raw(const QString& path, int flags = SQLITE_OPEN_READWRITE)
    {
        EXPECT_EQ(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr),
                  SQLITE_OK);
    }
    ~Raw() { sqlite3_close_v2(db); }
    int exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    QString text(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        QString out;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK)
            while (sqlite3_step(st) == SQLITE_ROW)
                out +=
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) +
                    u'\n';
        sqlite3_finalize(st);
        return out.trimmed();
    }
    sqlite3* db = nullptr;
};

StorageError::Kind openError(const QString& path,
                             Database::Access access = Database::Access::ReadWrite)
{
    try {
        Database::openExisting(path, access);
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QFileInfo(path).fileName())) << e.message().toStdString();
        return e.kind();
    }
    ADD_FAILURE() << "opened " << path.toStdString();
    return StorageError::Kind::Sql;
}

// Every tally of the campaign's first provider for every unit and day.
void fillAll(Database& db, qint64 base)
{
    const CampaignData d = CampaignStore(db).loadDefault();
    QVector<TallyChange> changes;
    for (int u = 0; u < d.units.size(); ++u)
        for (int day = 0; day < d.campaign.days(); ++day)
            changes.push_back({{d.units[u].id, d.campaign.start.addDays(day), d.providers[0].id},
                               base + u + day});
    TallyStore(db, d.campaign.id).apply(changes, u"test"_s);
}

} // namespace

// Defect 2: killed during the checkpoint after a commit, the file's header
// counts pages only the WAL holds yet. SQLite reads it; so must SignTally.
TEST(Recovery, AFileWhoseWalHoldsPagesIsNotCalledTruncated)
{
    test::TempDir dir;
    const QString live = dir.file(u"live.sqlite"_s);
    const QString crashed = dir.file(u"crashed.sqlite"_s);
    qint64 expected = 0;
    {
        auto db = Seeder::createSeeded(live, false);
        db->exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        fillAll(*db, 100);
        expected = total(*db);
        // The process dies here: the file and its WAL as they are on disk.
        copyFile(live, crashed);
        copyFile(live + u"-wal"_s, crashed + u"-wal"_s);
    }
    // The checkpoint had written page 1 (the new page count) but not the rest.
    {
        QFile f(crashed);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QByteArray header = f.read(100);
        const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const quint32 pages = quint32(f.size() / pageSize) + 700;
        qToBigEndian(pages, header.data() + 28);
        memcpy(header.data() + 92, header.constData() + 24, 4); // the count is "valid"
        f.seek(0);
        f.write(header);
    }
    EXPECT_EQ(Raw(crashed).text("PRAGMA integrity_check"), u"ok"_s);
    auto db = Database::openExisting(crashed);
    EXPECT_EQ(total(*db), expected);
    EXPECT_TRUE(Integrity::check(*db).ok())
        << Integrity::check(*db).problems.join(u' ').toStdString();
}

// Defect 2: a restore killed while switching journal mode leaves a hot
// journal. SQLite rolls it back; SignTally must let it, not call it damaged.
TEST(Recovery, AHotJournalIsRolledBackBySqliteNotCalledDamaged)
{
    test::TempDir dir;
    const QString live = dir.file(u"live.sqlite"_s);
    const QString crashed = dir.file(u"crashed.sqlite"_s);
    qint64 expected = 0;
    {
        auto db = Seeder::createSeeded(live, true);
        expected = total(*db);
        db->exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    {
        Raw writer(live);
        ASSERT_EQ(writer.exec("PRAGMA cache_size = 10; BEGIN IMMEDIATE; "
                              "UPDATE tally SET count = count + 1; "
                              "CREATE TABLE spill(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                              "SELECT i + 1 FROM n WHERE i < 20000) "
                              "INSERT INTO spill SELECT randomblob(200) FROM n;"),
                  SQLITE_OK)
            << sqlite3_errmsg(writer.db);
        ASSERT_GT(QFileInfo(live + u"-journal"_s).size(), 0);
        // The process dies mid-transaction: the file and its hot journal.
        copyFile(live, crashed);
        copyFile(live + u"-journal"_s, crashed + u"-journal"_s);
        writer.exec("ROLLBACK");
    }
    auto db = Database::openExisting(crashed, Database::Access::ReadOnly);
    EXPECT_EQ(total(*db), expected);
    EXPECT_FALSE(QFileInfo(crashed + u"-journal"_s).size() > 0);
    EXPECT_TRUE(Integrity::check(*db).ok());
}

// Defect 8: a file with SignTally's tag and nothing else is refused before
// anything is written to it (no tables created, no WAL switched on).
TEST(Recovery, AForgedTaggedFileIsRefusedUnchanged)
{
    test::TempDir dir;
    const QString forged = dir.file(u"forged.sqlite"_s);
    {
        Raw raw(forged, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        ASSERT_EQ(raw.exec("PRAGMA application_id = 1398033497; CREATE TABLE t(x); DROP TABLE t;"),
                  SQLITE_OK);
    }
    const QByteArray before = test::fileHash(forged);
    EXPECT_EQ(openError(forged), StorageError::Kind::Damaged);
    EXPECT_EQ(test::fileHash(forged), before);
    EXPECT_FALSE(QFile::exists(forged + u"-wal"_s));
}

// Defect 8: a damaged page is "damaged", naming the file, not bare SQLite text.
TEST(Recovery, ADamagedPageIsReportedAsDamagedNamingTheFile)
{
    test::TempDir dir;
    const QString path = dir.file(u"zeroed.sqlite"_s);
    {
        auto db = Seeder::createSeeded(path, true);
        db->exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 2); // the first pages after the header: the schema's tables
        f.write(QByteArray(4096, '\0'));
    }
    try {
        auto db = Database::openExisting(path, Database::Access::ReadOnly);
        const CampaignData d = CampaignStore(*db).loadDefault();
        const IntegrityReport r = Integrity::check(*db);
        EXPECT_FALSE(r.ok());
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(u"zeroed.sqlite"_s)) << e.message().toStdString();
        EXPECT_TRUE(e.kind() == StorageError::Kind::Damaged) << e.message().toStdString();
    }
}

// Defect 8: SQLite's result codes, not its English words, say what happened.
TEST(Recovery, ErrorsAreClassifiedByResultCode)
{
    using K = StorageError::Kind;
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_BUSY, u"database is locked"_s, u"a.sqlite"_s).kind(),
              K::Busy);
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_LOCKED, u"x"_s, u"a.sqlite"_s).kind(), K::Busy);
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_CONSTRAINT_TRIGGER, u"week 2 is locked"_s, {}).kind(),
              K::Rejected);
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_READONLY_ROLLBACK, u"x"_s, u"a.sqlite"_s).kind(),
              K::ReadOnly);
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_CORRUPT, u"x"_s, u"a.sqlite"_s).kind(), K::Damaged);
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_NOTADB, u"x"_s, u"a.sqlite"_s).kind(), K::Damaged);
    EXPECT_EQ(StorageError::fromSqlite(SQLITE_IOERR_READ, u"x"_s, u"a.sqlite"_s).kind(), K::Sql);
    // "locked" in a message no longer makes a busy file bad input.
    const StorageError busy =
        StorageError::fromSqlite(SQLITE_BUSY, u"database is locked"_s, u"/x/a.sqlite"_s);
    EXPECT_TRUE(busy.message().contains(QDir::toNativeSeparators(u"/x/a.sqlite"_s)));
}

// Defect 8: another program holding the write lock makes a write wait, then
// fail as Busy (exit 3), not as a broken rule.
TEST(Recovery, AWriteWhileAnotherProgramHoldsTheLockIsBusy)
{
    test::TempDir dir;
    const QString path = dir.file(u"busy.sqlite"_s);
    Seeder::createSeeded(path, false).reset();
    auto db = Database::openExisting(path);
    Raw other(path);
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    try {
        fillAll(*db, 1);
        ADD_FAILURE() << "wrote while another program held the lock";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Busy) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"busy.sqlite"_s)) << e.message().toStdString();
    }
    other.exec("ROLLBACK");
}

// Defect 5: a user who may not write opens the file as a snapshot that leaves
// nothing behind; with the owner's -wal/-shm there, it shares them.
TEST(ReadersNeverBlockWriters, WhoMayNotWriteGetsASnapshotThatCreatesNothing)
{
    EXPECT_EQ(Database::readAccessFor(false, false), Database::Access::Snapshot);
    EXPECT_EQ(Database::readAccessFor(false, true), Database::Access::ReadOnly);
    EXPECT_EQ(Database::readAccessFor(true, false), Database::Access::ReadOnly);
    EXPECT_EQ(Database::readAccessFor(true, true), Database::Access::ReadOnly);

    test::TempDir dir;
    const QString path = dir.file(u"shared.sqlite"_s);
    qint64 expected = 0;
    {
        auto db = Seeder::createSeeded(path, true);
        expected = total(*db);
    }
    ASSERT_FALSE(QFile::exists(path + u"-wal"_s));
    ASSERT_FALSE(QFile::exists(path + u"-shm"_s));
    const QByteArray before = test::fileHash(path);
    {
        auto reader = Database::openExisting(path, Database::Access::Snapshot);
        EXPECT_TRUE(reader->readOnly());
        EXPECT_EQ(total(*reader), expected);
        EXPECT_EQ(CampaignStore(*reader).loadDefault().units.size(), 37);
        EXPECT_TRUE(Integrity::check(*reader).ok());
        EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
        EXPECT_FALSE(QFile::exists(path + u"-shm"_s));
        // The owner writes meanwhile, unhindered.
        auto owner = Database::openExisting(path);
        fillAll(*owner, 7);
    }
    EXPECT_NE(test::fileHash(path), before);
    auto again = Database::openExisting(path, Database::Access::Snapshot);
    EXPECT_GT(total(*again), expected); // and the next reader sees what was committed
}

// Defect 3: restore checks the backup exactly as `check` does; a bad one is
// refused and the live file is left as it was.
TEST(Restore, ABackupThatFailsTheCheckIsRefusedAndTheLiveFileIsUntouched)
{
    test::TempDir dir;
    const QString live = dir.file(u"live.sqlite"_s);
    const QString good = dir.file(u"good.sqlite"_s);
    {
        auto db = Seeder::createSeeded(live, true);
        Backup::write(*db, good);
        db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const QString zeroed = dir.file(u"zeroed.sqlite"_s);
    copyFile(good, zeroed);
    {
        QFile f(zeroed);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2 / 4096 * 4096);
        f.write(QByteArray(4096, '\0'));
    }
    const QString edited = dir.file(u"edited.sqlite"_s);
    copyFile(good, edited);
    {
        Raw raw(edited);
        ASSERT_EQ(raw.exec("UPDATE tally SET count = count + 1 WHERE tally_date = "
                           "(SELECT max(tally_date) FROM tally)"),
                  SQLITE_OK)
            << sqlite3_errmsg(raw.db);
    }
    const QString forged = dir.file(u"forged.sqlite"_s);
    {
        Raw raw(forged, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        ASSERT_EQ(raw.exec("PRAGMA application_id = 1398033497; CREATE TABLE t(x); DROP TABLE t;"),
                  SQLITE_OK);
    }
    const QByteArray before = test::fileHash(live);
    const QStringList beforeFiles = QDir(dir.file({})).entryList(QDir::Files | QDir::Hidden);
    for (const QString& bad : {zeroed, edited, forged}) {
        EXPECT_THROW(Backup::restore(bad, live), StorageError) << bad.toStdString();
        EXPECT_EQ(test::fileHash(live), before) << bad.toStdString();
    }
    // No kept copies, no temporaries: nothing was replaced.
    QStringList after = QDir(dir.file({})).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(after, beforeFiles);
    // The good one restores.
    EXPECT_FALSE(Backup::restore(good, live).isEmpty());
}

// Defect 4: two restores in the same second keep two copies.
TEST(Restore, KeptCopiesNeverOverwriteEachOther)
{
    test::TempDir dir;
    const QString live = dir.file(u"live.sqlite"_s);
    const QString backup = dir.file(u"b.sqlite"_s);
    qint64 original = 0;
    {
        auto db = Seeder::createSeeded(live, false);
        Backup::write(*db, backup);
        fillAll(*db, 3);
        original = total(*db);
    }
    QStringList kept;
    for (int i = 0; i < 3; ++i)
        kept << Backup::restore(backup, live);
    EXPECT_EQ(QSet<QString>(kept.begin(), kept.end()).size(), 3) << kept.join(u' ').toStdString();
    auto first = Database::openExisting(kept[0], Database::Access::ReadOnly);
    EXPECT_EQ(total(*first), original); // the original survives
}

// Defect 9: a killed backup's hidden temporary goes at the next start; one a
// running backup holds stays.
TEST(Restore, StrayTemporariesOfAKilledBackupAreRemoved)
{
    test::TempDir dir;
    const QString folder = dir.file(u"copies"_s);
    QDir().mkpath(folder);
    auto touch = [](const QString& path) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("x");
    };
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stray = folder + u"/.signtally-backup-"_s + uuid + u".tmp"_s;
    touch(stray);
    touch(stray + u"-wal"_s);
    const QString running = folder + u"/.signtally-backup-"_s +
                            QUuid::createUuid().toString(QUuid::WithoutBraces) + u".tmp"_s;
    touch(running);
    QLockFile lock(running + u".lock"_s);
    ASSERT_TRUE(lock.tryLock(0));
    const QString other = folder + u"/.signtally-notes.tmp"_s;
    touch(other);
    EXPECT_EQ(Backup::removeStrayTemporaries(folder), 1);
    EXPECT_FALSE(QFile::exists(stray));
    EXPECT_FALSE(QFile::exists(stray + u"-wal"_s));
    EXPECT_TRUE(QFile::exists(running));
    EXPECT_TRUE(QFile::exists(other));
}

// Defect 7: what sqlite3 can do without the app shows in `check`.
TEST(Forgery, ADroppedTriggerOrADeletedLockIsReported)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"f.sqlite"_s), true);
    const CampaignData d = CampaignStore(*db).loadDefault();
    TallyStore(*db, d.campaign.id).lockWeek(1, u"office"_s, u"sent"_s);
    ASSERT_TRUE(Integrity::check(*db).ok())
        << Integrity::check(*db).problems.join(u' ').toStdString();

    db->exec(u"DROP TRIGGER tally_audit_no_update"_s);
    IntegrityReport r = Integrity::check(*db);
    EXPECT_FALSE(r.schemaOk);
    EXPECT_TRUE(r.problems.join(u' ').contains(u"tally_audit_no_update"_s))
        << r.problems.join(u' ').toStdString();

    db->exec(u"DELETE FROM week_lock"_s);
    r = Integrity::check(*db);
    EXPECT_FALSE(r.locksMatchLog);
    EXPECT_TRUE(r.problems.join(u' ').contains(u"Tuần 1"_s)) << r.problems.join(u' ').toStdString();
}

TEST(Forgery, HistoryRewoundAfterItWasWitnessedIsReported)
{
    test::TempDir dir;
    const QString path = dir.file(u"w.sqlite"_s);
    const QString earlier = dir.file(u"earlier.sqlite"_s);
    {
        auto db = Seeder::createSeeded(path, false);
        fillAll(*db, 1);
    }
    copyFile(path, earlier); // a copy of the file as it was, kept aside
    {
        auto db = Database::openExisting(path);
        fillAll(*db, 2); // witnessed at its commit
        EXPECT_TRUE(Integrity::check(*db).ok());
    }
    copyFile(earlier, path); // history rewound behind the app's back
    auto db = Database::openExisting(path, Database::Access::ReadOnly);
    const IntegrityReport r = Integrity::check(*db);
    EXPECT_TRUE(r.auditChainOk); // the chain itself is whole…
    EXPECT_FALSE(r.witnessOk);   // …but shorter than the witness saw
    EXPECT_TRUE(r.problems.join(u' ').contains(u"quay lui"_s))
        << r.problems.join(u' ').toStdString();
}

TEST(Forgery, ASetUpChangeFailsTheCheckAndTheFingerprint)
{
    test::TempDir dir;
    const QString path = dir.file(u"s.sqlite"_s);
    QString fingerprint;
    {
        auto db = Seeder::createSeeded(path, true);
        fingerprint = Integrity::fingerprint(*db).left(16);
        EXPECT_EQ(Integrity::findHash(*db, fingerprint).kind, HashLookup::Kind::Latest);
    }
    {
        Raw raw(path);
        ASSERT_EQ(raw.exec("UPDATE campaign_unit SET quota = quota + 100 WHERE seq = 1; "
                           "UPDATE campaign SET goal_value = goal_value + 100"),
                  SQLITE_OK);
    }
    auto db = Database::openExisting(path, Database::Access::ReadOnly);
    const IntegrityReport r = Integrity::check(*db);
    EXPECT_FALSE(r.witnessOk);
    EXPECT_TRUE(r.problems.join(u' ').contains(u"Thiết lập đợt"_s))
        << r.problems.join(u' ').toStdString();
    EXPECT_EQ(Integrity::findHash(*db, fingerprint).kind, HashLookup::Kind::NotFound);
}
