#include "storage/AuditMigration.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/ReportSettingsStore.h"
#include "storage/Schema.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// Everything a user can see, the same whatever the schema: the audit as it
// reads (who, when, from where, old → new), not how it is hashed.
QString dumpAll(const Database& db)
{
    const QString audit =
        db.schemaVersion() >= 3
            ? u"SELECT a.id, b.changed_at, b.actor, a.action, a.unit_id, a.tally_date, "
              "a.provider_id, a.old_count, a.new_count, b.source FROM tally_audit a "
              "JOIN audit_batch b ON b.id = a.batch_id ORDER BY a.id"_s
            : u"SELECT id, changed_at, actor, action, unit_id, tally_date, provider_id, "
              "old_count, new_count, source FROM tally_audit ORDER BY id"_s;
    QString out;
    for (const QString& sql :
         {u"SELECT unit_id, tally_date, provider_id, group_id, count, revision FROM tally "
          "ORDER BY 1, 2, 3, 4"_s,
          audit,
          u"SELECT campaign_id, unit_id, seq, population, quota FROM campaign_unit ORDER BY 1, 2"_s,
          u"SELECT id, name, kind FROM unit ORDER BY id"_s,
          u"SELECT unit_id, alias FROM unit_alias ORDER BY 1, 2"_s,
          u"SELECT campaign_id, week, reason FROM week_lock ORDER BY 1, 2"_s}) {
        QSqlQuery q = db.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            out += row.join(u'|') + u'\n';
        }
    }
    return out;
}

QSqlQuery run(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    db.exec(q);
    return q;
}

// Saves as SignTally did before schema 3: the tally, and an audit row with
// its own hash chained to the previous row's.
void legacySave(Database& db, const QVector<TallyChange>& changes, const QString& actor,
                const QString& source, const QString& at)
{
    const qint64 campaign = db.scalar(u"SELECT id FROM campaign"_s).toLongLong();
    const qint64 group = db.scalar(u"SELECT id FROM target_group"_s).toLongLong();
    db.writeTransaction([&] {
        for (const TallyChange& c : changes) {
            const QString date = c.key.date.toString(Qt::ISODate);
            const QVariantList key{campaign, c.key.unitId, date, c.key.providerId, group};
            QSqlQuery read = run(db,
                                 u"SELECT count FROM tally WHERE campaign_id = ? AND unit_id = ? "
                                 "AND tally_date = ? AND provider_id = ? AND group_id = ?"_s,
                                 key);
            const QVariant old = read.next() ? read.value(0) : QVariant();
            read.finish();
            QString action;
            if (!old.isValid()) {
                action = u"insert"_s;
                run(db,
                    u"INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, "
                    "group_id, count) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    key + QVariantList{*c.count});
            } else if (!c.count) {
                action = u"delete"_s;
                run(db,
                    u"DELETE FROM tally WHERE campaign_id = ? AND unit_id = ? AND "
                    "tally_date = ? AND provider_id = ? AND group_id = ?"_s,
                    key);
            } else {
                action = u"update"_s;
                run(db,
                    u"UPDATE tally SET count = ?, revision = revision + 1 WHERE "
                    "campaign_id = ? AND unit_id = ? AND tally_date = ? AND provider_id = ? "
                    "AND group_id = ?"_s,
                    QVariantList{*c.count} + key);
            }
            QSqlQuery last = db.exec(u"SELECT id, row_hash FROM tally_audit ORDER BY id DESC "
                                     "LIMIT 1"_s);
            const bool any = last.next();
            const qint64 id = any ? last.value(0).toLongLong() + 1 : 1;
            const QString prev = any ? last.value(1).toString() : AuditBatch::Genesis;
            last.finish();
            const QString oldText = old.isValid() ? old.toString() : QString();
            const QString newText = c.count ? QString::number(*c.count) : QString();
            const QString hash = AuditMigration::legacyRowHash(
                {prev, QString::number(id), at, actor, action, QString::number(campaign),
                 QString::number(c.key.unitId), date, QString::number(c.key.providerId),
                 QString::number(group), oldText, newText, source});
            db.exec(u"INSERT INTO tally_audit (id, changed_at, actor, action, campaign_id, "
                    "unit_id, tally_date, provider_id, group_id, old_count, new_count, source, "
                    "prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {id, at, actor, action, campaign, c.key.unitId, date, c.key.providerId, group,
                     old.isValid() ? old : QVariant(QMetaType::fromType<qint64>()),
                     c.count ? QVariant(*c.count) : QVariant(QMetaType::fromType<qint64>()), source,
                     prev, hash});
        }
    });
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct OldFile
{
    QString path;
    QString before;
};

// A file as schema `version` left it: the campaign, two saves by two people
// (one of them removing a value), and a locked week.
OldFile makeOldFile(const test::TempDir& dir, const QString& name, int version)
{
    OldFile f{dir.file(name), {}};
    auto db = Database::createNew(f.path, version);
    EXPECT_EQ(db->schemaVersion(), version);
    Seeder::seedCampaign(*db, Seeder::defaultCampaign());
    const qint64 unit =
        db->scalar(u"SELECT unit_id FROM campaign_unit WHERE seq = 28"_s).toLongLong();
    const qint64 provider =
        db->scalar(u"SELECT id FROM provider WHERE code = 'viettel'"_s).toLongLong();
    QVector<TallyChange> changes;
    for (int d = 0; d < 10; ++d)
        changes.push_back({{unit, QDate(2025, 7, 28).addDays(d), provider}, d * 11});
    legacySave(*db, changes, u"lan"_s, u"keyed"_s, u"2025-08-07T09:00:00.000Z"_s);
    legacySave(*db, {{{unit, QDate(2025, 7, 30), provider}, std::nullopt}}, u"minh"_s, u""_s,
               u"2025-08-07T10:00:00.000Z"_s);
    TallyStore(*db, db->scalar(u"SELECT id FROM campaign"_s).toLongLong())
        .lockWeek(1, u"lan"_s, u"Báo cáo tuần 1 đã gửi"_s);
    f.before = dumpAll(*db);
    return f;
}

} // namespace

TEST(Migration, AFileMadeBySchemaOneIsUpgradedWithABackupAndEveryValueSurvives)
{
    ASSERT_EQ(SqlDialect::latestVersion(), 6);
    test::TempDir dir;
    const OldFile old = makeOldFile(dir, u"old.sqlite"_s, 1);
    const QString& path = old.path;

    auto db = Database::openExisting(path);
    EXPECT_EQ(db->schemaVersion(), SqlDialect::latestVersion());
    EXPECT_EQ(dumpAll(*db), old.before);
    const IntegrityReport check = Integrity::check(*db);
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    EXPECT_EQ(check.auditRows, 11);
    // Each save became one change set; schema 5 added one with the set-up.
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM audit_batch WHERE kind = 'tally'"_s).toInt(), 2);
    EXPECT_EQ(db->scalar(u"SELECT actor FROM audit_batch WHERE kind = 'setup'"_s).toString(),
              u"signtally"_s);
    EXPECT_EQ(db->scalar(u"SELECT row_count FROM audit_batch WHERE actor = 'lan'"_s).toInt(), 10);
    const CampaignData data = CampaignStore(*db).loadDefault();
    EXPECT_EQ(data.campaign.thresholds, (StatusThresholds{95, 80}));
    EXPECT_EQ(data.units[27].name, u"Xã Thượng Quan"_s);
    EXPECT_EQ(data.tallies.value(27, 9, 0), 99);
    EXPECT_EQ(data.tallies.value(27, 2, 0), std::nullopt);
    // The rules hold on the rebuilt tables: week 1 is locked, the audit appends only.
    TallyStore store(*db, data.campaign.id);
    EXPECT_THROW(
        store.apply({{{data.units[27].id, QDate(2025, 7, 29), data.providers[0].id}, 5}}, u"x"_s),
        StorageError);
    EXPECT_THROW(db->exec(u"DELETE FROM tally_audit"_s), StorageError);
    store.apply({{{data.units[27].id, QDate(2025, 8, 5), data.providers[0].id}, 5}}, u"x"_s);
    EXPECT_TRUE(Integrity::check(*db).ok());

    // The file as it was before the upgrade is kept beside it.
    const QString backup = path + u".v1.bak"_s;
    ASSERT_TRUE(QFile::exists(backup));
    QFile f(backup);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    EXPECT_EQ(qFromBigEndian<quint32>(header.constData() + 60), 1u); // user_version
    f.close();
    // (An old file is only opened to be upgraded: open a copy of the backup.)
    ASSERT_TRUE(QFile::copy(backup, dir.file(u"restored.sqlite"_s)));
    auto restored = Database::openExisting(dir.file(u"restored.sqlite"_s));
    EXPECT_EQ(dumpAll(*restored), old.before);
}

TEST(Migration, ASchemaTwoFileWithABrokenChainIsRefusedAndLeftAsItWas)
{
    test::TempDir dir;
    const OldFile good = makeOldFile(dir, u"good.sqlite"_s, 2);
    EXPECT_EQ(dumpAll(*Database::openExisting(good.path)), good.before);

    const OldFile old = makeOldFile(dir, u"edited.sqlite"_s, 2);
    {
        // Someone changes a count in the audit with plain SQL.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(old.path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"DROP TRIGGER tally_audit_no_update"_s));
        ASSERT_TRUE(q.exec(u"UPDATE tally_audit SET new_count = 12 WHERE id = 3"_s));
        ASSERT_TRUE(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray bytes = readAll(old.path);
    try {
        Database::openExisting(old.path);
        ADD_FAILURE() << "an edited audit was upgraded";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Damaged);
        EXPECT_TRUE(e.message().contains(u"dòng 3"_s)) << e.message().toStdString();
    }
    EXPECT_EQ(readAll(old.path), bytes);
}

TEST(Migration, ThresholdsAreSavedPerCampaignAndValidated)
{
    test::TempDir dir;
    const QString path = dir.file(u"t.sqlite"_s);
    {
        auto db = Seeder::createSeeded(path, false);
        const qint64 id = CampaignStore(*db).defaultCampaignId();
        CampaignStore::saveThresholds(*db, id, {100, 90});
        EXPECT_THROW(CampaignStore::saveThresholds(*db, id, {70, 90}), StorageError);
    }
    auto db = Database::openExisting(path);
    EXPECT_EQ(CampaignStore(*db).loadDefault().campaign.thresholds, (StatusThresholds{100, 90}));
}

TEST(Migration, ASchemaThreeFileGainsReportSettingsFromThePlanAndKeepsEverything)
{
    test::TempDir dir;
    // A file as schema 3 left it: the campaign, a save, a locked week.
    OldFile old{dir.file(u"v3.sqlite"_s), {}};
    {
        auto v3 = Database::createNew(old.path, 3);
        Seeder::seedCampaign(*v3, Seeder::defaultCampaign());
        const CampaignData data = CampaignStore(*v3).loadDefault();
        TallyStore store(*v3, data.campaign.id);
        store.apply({{{data.units[27].id, QDate(2025, 7, 29), data.providers[0].id}, 42},
                     {{data.units[3].id, QDate(2025, 8, 5), data.providers[1].id}, 7}},
                    u"lan"_s);
        store.lockWeek(1, u"lan"_s, u"Báo cáo tuần 1 đã gửi"_s);
        EXPECT_FALSE(
            v3->scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'report_settings'"_s).isValid());
        old.before = dumpAll(*v3);
    }
    auto db = Database::openExisting(old.path);
    EXPECT_EQ(db->schemaVersion(), SqlDialect::latestVersion());
    EXPECT_EQ(dumpAll(*db), old.before);
    EXPECT_TRUE(Integrity::check(*db).ok());
    EXPECT_TRUE(QFile::exists(old.path + u".v3.bak"_s));
    const qint64 id = CampaignStore(*db).defaultCampaignId();
    // The built-in campaign is headed and signed as its plan is.
    const ReportSettings s = ReportSettingsStore::load(*db, id);
    EXPECT_EQ(s, ReportSettings::fromJson(Seeder::defaultCampaign()[u"report"_s].toObject()));
    EXPECT_EQ(s.parentBody, u"UBND TỈNH THÁI NGUYÊN"_s);
    EXPECT_EQ(s.recipients.first(), u"UBND tỉnh (báo cáo);"_s);
    // A new file says the same.
    auto fresh = Seeder::createSeeded(dir.file(u"new.sqlite"_s), false);
    EXPECT_EQ(ReportSettingsStore::load(*fresh, CampaignStore(*fresh).defaultCampaignId()), s);
    // The new tables take text and refuse what does not fit.
    ReportNarrative n;
    n.from = QDate(2025, 8, 4);
    n.to = QDate(2025, 8, 10);
    n.assessment = u"Tốt."_s;
    EXPECT_EQ(ReportSettingsStore::saveNarrative(*db, id, n, u"lan"_s).number, std::nullopt);
    EXPECT_EQ(ReportSettingsStore::narrative(*db, id, n.from, n.to)->assessment, u"Tốt."_s);
    EXPECT_THROW(db->exec(u"UPDATE report_settings SET next_number = -1"_s), StorageError);
    n.to = QDate(2025, 8, 1);
    EXPECT_THROW(ReportSettingsStore::saveNarrative(*db, id, n, u"lan"_s), StorageError);
}

TEST(Migration, ASchemaFiveFileKeysTalliesByGroupAndKeepsEveryGroupsCounts)
{
    test::TempDir dir;
    OldFile old{dir.file(u"v5.sqlite"_s), {}};
    qint64 id = 0;
    CampaignData before;
    {
        // A file as schema 5 left it: the Mỹ Hào campaign with counts for the
        // whole population and for two of its target groups.
        auto v5 = Database::createNew(old.path, 5);
        CampaignSetup s = test::readTemplate(u"my-hao-2023"_s).setup;
        test::fillMyHaoExample(s);
        v5->writeTransaction([&] { id = SetupStore::createInTransaction(*v5, s, u"lan"_s, {}); });
        before = CampaignStore(*v5).load(id);
        const QDate d = before.campaign.start;
        const qint64 u0 = before.units[0].id, u1 = before.units[1].id;
        const qint64 p0 = before.providers[0].id, p1 = before.providers[1].id;
        TallyStore(*v5, id).apply({{{u0, d, p0}, 500}, {{u1, d.addDays(1), p1}, 300}}, u"lan"_s);
        TallyStore(*v5, id, before.groups[0].id).apply({{{u0, d, p0}, 30}}, u"lan"_s);
        TallyStore(*v5, id, before.groups[1].id)
            .apply({{{u0, d, p0}, 12}, {{u1, d, p1}, 7}}, u"minh"_s);
        old.before = dumpAll(*v5);
        before = CampaignStore(*v5).load(id);
    }
    auto db = Database::openExisting(old.path);
    EXPECT_EQ(db->schemaVersion(), 6);
    EXPECT_EQ(dumpAll(*db), old.before);
    const IntegrityReport check = Integrity::check(*db);
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    EXPECT_TRUE(QFile::exists(old.path + u".v5.bak"_s));
    // Each group's counts are where they were.
    const CampaignData after = CampaignStore(*db).load(id);
    EXPECT_EQ(after.tallies.value(0, 0, 0), 500);
    EXPECT_EQ(after.tallies.value(1, 1, 1), 300);
    for (int g = 0; g < before.groups.size(); ++g)
        EXPECT_TRUE(after.groups[g].tallies == before.groups[g].tallies) << g;
    EXPECT_EQ(after.groups[0].tallies->value(0, 0, 0), 30);
    EXPECT_EQ(after.groups[1].tallies->value(1, 0, 1), 7);
    // The table's key now starts with the group: one group's counts are one
    // range of it, read without passing the other groups' rows.
    QStringList key(5);
    QSqlQuery info = db->exec(u"SELECT name, pk FROM pragma_table_info('tally') WHERE pk > 0"_s);
    while (info.next())
        key[info.value(1).toInt() - 1] = info.value(0).toString();
    EXPECT_EQ(key.join(u", "_s), u"campaign_id, group_id, unit_id, tally_date, provider_id"_s);
    QSqlQuery plan = db->exec(u"EXPLAIN QUERY PLAN SELECT count FROM tally "
                              "WHERE campaign_id = 1 AND group_id = 2"_s);
    ASSERT_TRUE(plan.next());
    EXPECT_TRUE(plan.value(3).toString().contains(u"campaign_id=? AND group_id=?"_s))
        << plan.value(3).toString().toStdString();
    // The rules hold on the rebuilt table: a date outside the campaign is refused.
    EXPECT_THROW(
        TallyStore(*db, id).apply(
            {{{before.units[0].id, before.campaign.end.addDays(1), before.providers[0].id}, 5}},
            u"x"_s),
        StorageError);
}
