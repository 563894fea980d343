#include "storage/Backup.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QThread>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

qint64 total(const Database& db)
{
    return db.scalar(u"SELECT COALESCE(SUM(count), 0) FROM tally"_s).toLongLong();
}

} // namespace

TEST(Integrity, AHealthyDatabasePasses)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"ok.sqlite"_s), true);
    const IntegrityReport r = Integrity::check(*db);
    EXPECT_TRUE(r.ok()) << r.problems.join(u"\n"_s).toStdString();
    EXPECT_GT(r.auditRows, 1000);
    EXPECT_EQ(r.auditRows, r.tallyRows);
    EXPECT_EQ(r.latestHash,
              TallyStore(*db, CampaignStore(*db).defaultCampaignId()).latestAuditHash());
}

TEST(Integrity, EditsBehindTheAppsBackAreFoundAndNamed)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"tampered.sqlite"_s), true);
    // A tally changed with plain SQL.
    db->exec(
        u"UPDATE tally SET count = count + 7 WHERE unit_id = (SELECT id FROM unit WHERE name = 'Xã "
        u"Na Rì') "
        "AND tally_date = '2025-08-05' AND provider_id = (SELECT id FROM provider WHERE code = 'vnpt')"_s);
    IntegrityReport r = Integrity::check(*db);
    EXPECT_FALSE(r.talliesMatchAudit);
    EXPECT_TRUE(r.auditChainOk);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems[0].contains(u"Xã Na Rì"_s)) << r.problems[0].toStdString();
    EXPECT_TRUE(r.problems[0].contains(u"05/08/2025"_s));
    EXPECT_TRUE(r.problems[0].contains(u"VNPT"_s));

    // An audit row rewritten by someone who removed the guard trigger: the
    // change set's hash no longer matches (the check names the save: who and
    // when), and the cell's last audited value no longer matches its tally.
    const QString cell42 =
        db->scalar(u"SELECT u.name || ', ngày ' || strftime('%d/%m/%Y', a.tally_date) || ', ' || "
                   "p.name FROM tally_audit a JOIN unit u ON u.id = a.unit_id JOIN provider p ON "
                   "p.id = a.provider_id WHERE a.id = 42"_s)
            .toString();
    db->exec(u"DROP TRIGGER tally_audit_no_update"_s);
    db->exec(u"UPDATE tally_audit SET new_count = new_count + 1 WHERE id = 42"_s);
    r = Integrity::check(*db);
    EXPECT_FALSE(r.auditChainOk);
    // (Change set 1 is the campaign's set-up, 2 the demo tallies.)
    EXPECT_TRUE(r.problems.join(u' ').contains(u"lần ghi 2 (demo, lúc"_s))
        << r.problems.join(u"\n"_s).toStdString();
    EXPECT_TRUE(r.problems.join(u' ').contains(u"hash không khớp"_s));
    EXPECT_TRUE(r.problems.join(u' ').contains(cell42)) << cell42.toStdString();

    // A deleted audit row breaks the chain too.
    auto db2 = Seeder::createSeeded(dir.file(u"deleted.sqlite"_s), true);
    db2->exec(u"DROP TRIGGER tally_audit_no_delete"_s);
    db2->exec(u"DELETE FROM tally_audit WHERE id = 10"_s);
    const IntegrityReport r2 = Integrity::check(*db2);
    EXPECT_FALSE(r2.auditChainOk);
    EXPECT_TRUE(r2.problems.join(u' ').contains(u"thiếu dòng 10 (đã bị xóa)"_s))
        << r2.problems.join(u"\n"_s).toStdString();
}

TEST(Integrity, AFingerprintTellsWhetherTheDataChangedSince)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"h.sqlite"_s), true);
    const CampaignData data = CampaignStore(*db).loadDefault();
    TallyStore store(*db, data.campaign.id);
    const QString before = store.latestAuditHash();
    EXPECT_EQ(Integrity::findHash(*db, before.left(16)).kind, HashLookup::Kind::Latest);
    store.apply({{{data.units[0].id, QDate(2025, 8, 1), data.providers[0].id}, 999}}, u"t"_s);
    const HashLookup h = Integrity::findHash(*db, before.left(16));
    EXPECT_EQ(h.kind, HashLookup::Kind::Older);
    EXPECT_EQ(h.changesSince, 1);
    EXPECT_EQ(Integrity::findHash(*db, u"0123456789abcdef"_s).kind, HashLookup::Kind::NotFound);
}

TEST(Backup, ACopyHoldsTheSameDataAndRestoreKeepsWhatItReplaces)
{
    test::TempDir dir;
    const QString live = dir.file(u"live.sqlite"_s);
    const QString copy = dir.file(u"copies/monday.sqlite"_s);
    qint64 atBackup = 0;
    {
        auto db = Seeder::createSeeded(live, true);
        atBackup = total(*db);
        Backup::write(*db, copy);
        const CampaignData d = CampaignStore(*db).loadDefault();
        TallyStore(*db, d.campaign.id)
            .apply({{{d.units[0].id, QDate(2025, 8, 1), d.providers[2].id}, 5000}}, u"t"_s);
    }
    {
        auto c = Database::openExisting(copy, Database::Access::ReadOnly);
        EXPECT_EQ(total(*c), atBackup);
        EXPECT_TRUE(Integrity::check(*c).ok());
    }
    const QString kept = Backup::restore(copy, live);
    ASSERT_FALSE(kept.isEmpty());
    {
        auto restored = Database::openExisting(live);
        EXPECT_EQ(total(*restored), atBackup);
        auto old = Database::openExisting(kept, Database::Access::ReadOnly);
        EXPECT_NE(total(*old), atBackup); // the replaced file, with the later change
        EXPECT_TRUE(Integrity::check(*restored).ok());
    }
    // Restoring from something that is not a SignTally file changes nothing.
    const QString junk = dir.file(u"junk.sqlite"_s);
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    {
        auto db = Database::openExisting(live);
        db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const QByteArray before = test::fileHash(live);
    EXPECT_THROW(Backup::restore(junk, live), StorageError);
    EXPECT_EQ(test::fileHash(live), before);
}

TEST(Backup, AutomaticBackupsKeepTheNewest14)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"a.sqlite"_s), false);
    const QString folder = dir.file(u"backups"_s);
    QDir().mkpath(folder);
    // Older backups from earlier days.
    for (int i = 0; i < 16; ++i) {
        QFile f(QDir(folder).filePath(
            u"signtally-202501%1-120000.sqlite"_s.arg(i + 10, 2, 10, QChar(u'0'))));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    QFile other(QDir(folder).filePath(u"notes.txt"_s));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    const QString newest = Backup::writeAutomatic(*db, folder, 14);
    const QStringList left = Backup::automaticBackups(folder);
    EXPECT_EQ(left.size(), 14);
    EXPECT_EQ(left.first(), newest);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(u"notes.txt"_s)));
    EXPECT_FALSE(QFile::exists(QDir(folder).filePath(u"signtally-20250110-120000.sqlite"_s)));
}

TEST(Conflicts, AChangeToACellSomeoneElseChangedIsReportedAndNothingIsWritten)
{
    test::TempDir dir;
    const QString path = dir.file(u"shared.sqlite"_s);
    auto mine = Seeder::createSeeded(path, false);
    auto theirs = Database::openExisting(path);
    const CampaignData d = CampaignStore(*mine).loadDefault();
    TallyStore a(*mine, d.campaign.id), b(*theirs, d.campaign.id);
    const TallyKey cell{d.units[4].id, QDate(2025, 8, 12), d.providers[1].id};
    const TallyKey other{d.units[5].id, QDate(2025, 8, 12), d.providers[1].id};
    a.apply({{cell, 10}}, u"lan"_s);
    // Both windows loaded 10; "theirs" saves 12 first.
    EXPECT_TRUE(b.apply({TallyChange::expecting(cell, 12, 10)}, u"minh"_s).ok());
    const ApplyResult r = a.apply(
        {TallyChange::expecting(other, 3, std::nullopt), TallyChange::expecting(cell, 11, 10)},
        u"lan"_s);
    ASSERT_EQ(r.conflicts.size(), 1);
    EXPECT_EQ(r.conflicts[0].theirs, 12);
    EXPECT_EQ(r.conflicts[0].change.count, 11);
    EXPECT_EQ(a.value(cell), 12);
    EXPECT_EQ(a.value(other), std::nullopt); // the whole batch waited
    // "Mine" chosen: save again expecting theirs.
    EXPECT_TRUE(a.apply({TallyChange::expecting(other, 3, std::nullopt),
                         TallyChange::expecting(cell, 11, 12)},
                        u"lan"_s)
                    .ok());
    EXPECT_EQ(b.value(cell), 11);
    EXPECT_EQ(b.value(other), 3);
    // Both typed the same number: not a conflict.
    EXPECT_TRUE(b.apply({TallyChange::expecting(cell, 11, 12)}, u"minh"_s).ok());
}
