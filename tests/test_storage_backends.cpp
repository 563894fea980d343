// The stores on both back ends (issue 16): the same calls, on a real SQLite
// file and on a real PostgreSQL server (a throw-away cluster of this test
// process, tests/support/PgCluster.h), give the same campaign, the same
// tallies and history, and refuse the same broken rules. A machine without
// PostgreSQL fails the server half; it never skips it.
#include "core/CampaignFile.h"
#include "import/ImportApplier.h"
#include "import/ImportPlanner.h"
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

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// A new, empty SignTally database on one back end: a file in `dir`, or a
// fresh database of the test process's PostgreSQL cluster. `location` is
// what --db takes.
std::unique_ptr<Storage> freshStorage(Storage::Backend backend, const test::TempDir& dir,
                                      QString& location)
{
    if (backend == Storage::Backend::Sqlite) {
        location = dir.file(u"t.sqlite"_s);
        return Database::createNew(location);
    }
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    {
        test::PgSession owner(conn);
        PgSchema::init(owner.db());
    }
    location = conn.url();
    return PgStorage::open(PgTarget::parse(location));
}

// The Mỹ Hào template with the worked example's populations and groups,
// and `extraUnits` more communes.
qint64 createMyHao(Storage& storage, int extraUnits = 0)
{
    CampaignSetup s = test::readTemplate(u"my-hao-2023"_s).setup;
    for (int i = 0; i < extraUnits; ++i) {
        SetupUnit u;
        u.name = u"Xã Thử %1"_s.arg(i + 1);
        s.units.push_back(u);
    }
    test::fillMyHaoExample(s); // every unit's population, the quotas
    qint64 id = 0;
    storage.writeTransaction(
        [&] { id = SetupStore::createInTransaction(storage, s, u"lan"_s, {}); });
    return id;
}

// A new, empty SignTally database on one back end.
class Backends : public ::testing::TestWithParam<Storage::Backend>
{
protected:
    void SetUp() override { storage = freshStorage(GetParam(), dir, location); }

    qint64 createMyHao() { return ::createMyHao(*storage); }

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

// `signtally import` on either back end (issue 16): a CSV of counts for
// several units, days and providers through the real command.

// A long-form CSV (unit, date, provider, count) of `data`'s cells, `count`
// giving each cell's figure (none: the cell is left out).
QByteArray countsCsv(const CampaignData& data, int units, int days,
                     const std::function<std::optional<qint64>(int, int, int)>& count)
{
    QByteArray csv = "Xã/Phường,Ngày,Nhà mạng,Số lượng\n";
    for (int u = 0; u < units; ++u)
        for (int d = 0; d < days; ++d)
            for (int p = 0; p < data.providers.size(); ++p)
                if (const auto c = count(u, d, p))
                    csv += (data.units[u].name + u',' +
                            data.campaign.start.addDays(d).toString(u"dd/MM/yyyy"_s) + u',' +
                            data.providers[p].name + u',' + QString::number(*c) + u'\n')
                               .toUtf8();
    return csv;
}

// Every audit row of tallies, oldest first, as text that names units and
// providers (their ids may differ between back ends): id, action, cell, old
// → new, source.
QStringList auditText(const Storage& storage, const CampaignData& data)
{
    QHash<qint64, QString> names;
    for (const Unit& u : data.units)
        names.insert(u.id, u.name);
    QHash<qint64, QString> providers;
    for (const Provider& p : data.providers)
        providers.insert(p.id, p.name);
    QSqlQuery q = storage.exec(u"SELECT a.id, a.action, a.unit_id, a.tally_date, a.provider_id, "
                               "a.old_count, a.new_count, b.source, b.first_row, b.row_count "
                               "FROM tally_audit a JOIN audit_batch b ON b.id = a.batch_id "
                               "ORDER BY a.id"_s);
    // (A NULL count reads as an invalid QVariant from SQLite, a null number from QPSQL.)
    auto count = [&](int column) {
        return q.value(column).isNull() ? QString() : q.value(column).toString();
    };
    QStringList rows;
    while (q.next())
        rows << u"%1 %2 %3 %4 %5 %6→%7 %8 [%9+%10]"_s.arg(
            q.value(0).toString(), q.value(1).toString(), names.value(q.value(2).toLongLong()),
            QDate::fromString(q.value(3).toString(), Qt::ISODate).toString(Qt::ISODate),
            providers.value(q.value(4).toLongLong()), count(5), count(6), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString());
    return rows;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    f.write(bytes);
}

qint64 countOf(const Storage& storage, const QString& table)
{
    return storage.scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
}

TEST_P(Backends, AnImportThroughTheCommandIsStoredAuditedAndChecked)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    ASSERT_GE(data.providers.size(), 2);
    const QString csv = dir.file(u"counts.csv"_s);
    auto figure = [](int u, int d, int p) -> std::optional<qint64> { return u * 10 + d * 3 + p; };
    writeFile(csv, countsCsv(data, 3, 4, figure));
    const QStringList args = {u"import"_s,       csv, u"--db"_s, location, u"--campaign"_s,
                              data.campaign.code};
    const qint64 cells = 3 * 4 * data.providers.size();
    test::ProcessResult r = test::runSigntally(args);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(u"Đã nhập: thêm %1, ghi đè 0 số liệu."_s.arg(cells)))
        << qPrintable(r.out);

    // Changed counts need --replace; then they overwrite, audited old → new.
    auto changed = [&](int u, int d, int p) -> std::optional<qint64> {
        return u == 1 && d == 2 ? std::optional<qint64>(100 + p) : figure(u, d, p);
    };
    writeFile(csv, countsCsv(data, 3, 4, changed));
    r = test::runSigntally(args);
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"--replace"_s)) << qPrintable(r.out);
    r = test::runSigntally(args + QStringList{u"--replace"_s});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(u"Đã nhập: thêm 0, ghi đè %1 số liệu."_s.arg(data.providers.size())))
        << qPrintable(r.out);
    // Importing it again: nothing to do.
    r = test::runSigntally(args);
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(u"mọi số liệu đã có"_s)) << qPrintable(r.out);

    const CampaignData after = CampaignStore(*storage).load(id);
    for (int u = 0; u < 3; ++u)
        for (int d = 0; d < 4; ++d)
            for (int p = 0; p < data.providers.size(); ++p)
                EXPECT_EQ(after.tallies.value(u, d, p), changed(u, d, p)) << u << d << p;
    EXPECT_EQ(after.tallies.value(3, 0, 0), std::nullopt);
    const TallyStore store(*storage, id);
    const QVector<AuditEntry> h =
        store.history(data.units[1].id, data.campaign.start.addDays(2), data.providers[0].id);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[0].action, u"insert"_s);
    EXPECT_EQ(h[0].newCount, 16);
    EXPECT_EQ(h[0].source, u"counts.csv"_s);
    EXPECT_EQ(h[0].actor, storage->actor()); // the server's login on a server
    EXPECT_EQ(h[1].action, u"update"_s);
    EXPECT_EQ(h[1].oldCount, 16);
    EXPECT_EQ(h[1].newCount, 100);
    // One change set per import that wrote, the cells in key order.
    const QStringList audit = auditText(*storage, data);
    ASSERT_EQ(audit.size(), cells + data.providers.size());
    EXPECT_EQ(audit[0].toStdString(), u"1 insert %1 2023-10-01 %2 →0 counts.csv [1+%3]"_s
                                          .arg(data.units[0].name, data.providers[0].name)
                                          .arg(cells)
                                          .toStdString());

    r = test::runSigntally({u"check"_s, u"--db"_s, location});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(Integrity::check(*storage).ok())
        << Integrity::check(*storage).problems.join(u'\n').toStdString();
}

TEST_P(Backends, AnImportWithABadLineIsRefusedNamingItAndChangesNothing)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const qint64 batches = countOf(*storage, u"audit_batch"_s);
    const QString csv = dir.file(u"bad.csv"_s);
    const QString day = data.campaign.start.toString(u"dd/MM/yyyy"_s);
    writeFile(csv, (u"Xã/Phường,Ngày,Nhà mạng,Số lượng\n"
                    "%1,%2,Viettel,5\n"
                    "Xã Không Có,%2,Viettel,7\n"
                    "%3,%2,Viettel,-4\n"_s.arg(data.units[0].name, day, data.units[1].name))
                       .toUtf8());
    const test::ProcessResult r = test::runSigntally(
        {u"import"_s, csv, u"--db"_s, location, u"--campaign"_s, data.campaign.code});
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(u"bad.csv:3"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"bad.csv:4"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"Không ghi gì"_s)) << qPrintable(r.out);
    EXPECT_EQ(countOf(*storage, u"tally"_s), 0);
    EXPECT_EQ(countOf(*storage, u"tally_audit"_s), 0);
    EXPECT_EQ(countOf(*storage, u"audit_batch"_s), batches);
}

TEST_P(Backends, AnImportIntoALockedWeekIsRefused)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const QString csv = dir.file(u"week1.csv"_s);
    writeFile(csv, countsCsv(data, 2, 9, [](int u, int d, int) { return u + d; }));
    // Planned before the lock, written after it: the writer refuses it all.
    ImportPlanner planner(data);
    planner.addFile(csv);
    const ImportPlan plan = planner.finish();
    ASSERT_FALSE(plan.hasErrors());
    TallyStore(*storage, id).lockWeek(1, u"lan"_s, u"Báo cáo tuần 1 đã gửi"_s);
    try {
        ImportApplier(*storage, data).apply(plan, false, storage->actor());
        ADD_FAILURE() << "imported into a locked week";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
        EXPECT_TRUE(e.message().contains(u"tuần 1 đã khóa"_s)) << e.message().toStdString();
    }
    // The command says which line, and writes nothing.
    const test::ProcessResult r = test::runSigntally(
        {u"import"_s, csv, u"--db"_s, location, u"--campaign"_s, data.campaign.code});
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(u"week1.csv:2"_s)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(u"đã khóa"_s)) << qPrintable(r.out);
    EXPECT_EQ(countOf(*storage, u"tally"_s), 0);
    EXPECT_EQ(countOf(*storage, u"tally_audit"_s), 0);
    // The server's own rule too, for a statement that bypasses the app.
    if (GetParam() == Storage::Backend::Postgres) {
        EXPECT_THROW(storage->exec(u"INSERT INTO tally (campaign_id, unit_id, tally_date, "
                                   "provider_id, group_id, count) VALUES (?, ?, ?, ?, ?, 1)"_s,
                                   {id, data.units[0].id, u"2023-10-02"_s, data.providers[0].id,
                                    CampaignStore(*storage).mainGroupId(id)}),
                     StorageError);
    }
}

// The tally table's foreign keys hold on either back end (on a server as
// statement-level triggers, docs/server.md): a tally of a unit, provider or
// group that is not the campaign's is refused, and so is removing a unit,
// provider or group that tallies refer to; one without tallies goes.
TEST_P(Backends, TalliesReferToTheirCampaignsUnitsProvidersAndGroups)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const qint64 group = CampaignStore(*storage).mainGroupId(id);
    const qint64 u0 = data.units[0].id, p0 = data.providers[0].id;
    const QString day = data.campaign.start.toString(Qt::ISODate);
    ASSERT_TRUE(
        TallyStore(*storage, id).apply({{{u0, data.campaign.start, p0}, 4}}, u"lan"_s).ok());
    auto refused = [&](const QString& sql, std::initializer_list<QVariant> values) {
        try {
            storage->writeTransaction([&] { storage->exec(sql, values); });
            ADD_FAILURE() << "not refused: " << sql.toStdString();
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected) << e.message().toStdString();
        }
    };
    const QString insert = u"INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, "
                           "group_id, count) VALUES (?, ?, ?, ?, ?, 1)"_s;
    refused(insert, {id, 999999, day, p0, group});
    refused(insert, {id, u0, day, 999999, group});
    refused(insert, {id, u0, day, p0, 999999});
    refused(u"UPDATE tally SET unit_id = 999999"_s, {});
    refused(u"DELETE FROM campaign_unit WHERE campaign_id = ? AND unit_id = ?"_s, {id, u0});
    refused(u"DELETE FROM campaign_provider WHERE campaign_id = ? AND provider_id = ?"_s, {id, p0});
    refused(u"DELETE FROM target_group WHERE id = ?"_s, {group});
    EXPECT_EQ(countOf(*storage, u"tally"_s), 1);
    // A unit without tallies (nor a group's size) can go.
    storage->writeTransaction([&] {
        storage->exec(u"DELETE FROM unit_group_target WHERE campaign_id = ? AND unit_id = ?"_s,
                      {id, data.units.last().id});
        storage->exec(u"DELETE FROM campaign_unit WHERE campaign_id = ? AND unit_id = ?"_s,
                      {id, data.units.last().id});
    });
    EXPECT_EQ(CampaignStore(*storage).load(id).units.size(), data.units.size() - 1);
}

// A cell the preview saw empty that another writer filled before the
// import wrote: never overwritten without --replace (nothing written), and
// with it overwritten and audited after theirs.
TEST_P(Backends, ACellFilledSinceThePreviewIsNotOverwrittenSilently)
{
    const qint64 id = createMyHao();
    const CampaignData data = CampaignStore(*storage).load(id);
    const QString csv = dir.file(u"late.csv"_s);
    writeFile(csv, countsCsv(data, 2, 3, [](int u, int d, int p) { return 10 + u + d + p; }));
    ImportPlanner planner(data);
    planner.addFile(csv);
    const ImportPlan plan = planner.finish();
    ASSERT_EQ(plan.changed.size(), 0);
    const TallyKey cell{data.units[1].id, data.campaign.start.addDays(2), data.providers[0].id};
    ASSERT_TRUE(TallyStore(*storage, id).apply({{cell, 99}}, u"minh"_s).ok());
    const qint64 before = countOf(*storage, u"tally_audit"_s);
    EXPECT_THROW(ImportApplier(*storage, data).apply(plan, false, u"lan"_s), StorageError);
    EXPECT_EQ(countOf(*storage, u"tally"_s), 1);
    EXPECT_EQ(countOf(*storage, u"tally_audit"_s), before);

    const ImportOutcome done = ImportApplier(*storage, data).apply(plan, true, u"lan"_s);
    EXPECT_EQ(done.status, ImportOutcome::Status::Imported);
    EXPECT_EQ(done.result.changed, 1);
    EXPECT_EQ(done.result.added, int(plan.added.size()) - 1);
    const TallyStore store(*storage, id);
    EXPECT_EQ(store.value(cell), 13);
    const QVector<AuditEntry> h = store.history(cell.unitId, cell.date, cell.providerId);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[1].oldCount, 99);
    EXPECT_EQ(h[1].newCount, 13);
    EXPECT_EQ(h[1].source, u"late.csv"_s);
    EXPECT_TRUE(Integrity::check(*storage).ok())
        << Integrity::check(*storage).problems.join(u'\n').toStdString();
}

// An import large enough for the bulk paths (more than 10.000 cells:
// Database::bulkWriteTransaction; several of PgBatchRows on a server) gives
// the same tallies and the same audit rows in a file and on a server, and
// so does replacing some of them.
TEST(ImportOnBothBackEnds, ABulkImportStoresTheSameOnAServerAsInAFile)
{
    test::TempDir dir;
    struct Side
    {
        QString location;
        std::unique_ptr<Storage> storage;
        CampaignData data;
    };
    Side sides[2];
    const Storage::Backend backends[2] = {Storage::Backend::Sqlite, Storage::Backend::Postgres};
    for (int b = 0; b < 2; ++b) {
        sides[b].storage = freshStorage(backends[b], dir, sides[b].location);
        const qint64 id = createMyHao(*sides[b].storage, 40);
        sides[b].data = CampaignStore(*sides[b].storage).load(id);
    }
    const CampaignData& data = sides[0].data;
    const int units = data.units.size(), days = data.campaign.days();
    const qint64 cells = qint64(units) * days * data.providers.size();
    ASSERT_GT(cells, 2 * TallyStore::PgBatchRows);
    ASSERT_GT(cells, 10000);
    const QString csv = dir.file(u"bulk.csv"_s);
    auto figure = [](int u, int d, int p) -> std::optional<qint64> {
        if ((u + d + p) % 11 == 0)
            return std::nullopt; // not reported
        return (u * 7 + d * 3 + p) % 40;
    };
    auto replaced = [&](int u, int d, int p) -> std::optional<qint64> {
        if ((u + d) % 5 == 0)
            return (u * 13 + d + p) % 50; // changes, and new cells
        return figure(u, d, p);
    };
    for (const auto& counts : {std::function(figure), std::function(replaced)}) {
        writeFile(csv, countsCsv(data, units, days, counts));
        for (Side& side : sides) {
            const test::ProcessResult r =
                test::runSigntally({u"import"_s, csv, u"--db"_s, side.location, u"--campaign"_s,
                                    data.campaign.code, u"--replace"_s});
            ASSERT_EQ(r.exitCode, 0) << qPrintable(side.location + r.out + r.err);
        }
        const CampaignData file = CampaignStore(*sides[0].storage).load(data.campaign.id);
        const CampaignData server =
            CampaignStore(*sides[1].storage).load(sides[1].data.campaign.id);
        qint64 differ = 0, stored = 0;
        for (int u = 0; u < units; ++u)
            for (int d = 0; d < days; ++d)
                for (int p = 0; p < data.providers.size(); ++p) {
                    EXPECT_EQ(file.tallies.value(u, d, p), counts(u, d, p));
                    differ += server.tallies.value(u, d, p) != counts(u, d, p);
                    stored += server.tallies.value(u, d, p).has_value();
                }
        EXPECT_EQ(differ, 0);
        EXPECT_EQ(stored, countOf(*sides[1].storage, u"tally"_s));
        const QStringList fileAudit = auditText(*sides[0].storage, file);
        const QStringList serverAudit = auditText(*sides[1].storage, server);
        ASSERT_EQ(fileAudit.size(), serverAudit.size());
        for (qsizetype i = 0; i < fileAudit.size(); ++i)
            ASSERT_EQ(fileAudit[i].toStdString(), serverAudit[i].toStdString()) << i;
        for (Side& side : sides)
            EXPECT_TRUE(Integrity::check(*side.storage).ok())
                << Integrity::check(*side.storage).problems.join(u'\n').toStdString();
    }
    const test::ProcessResult check =
        test::runSigntally({u"check"_s, u"--db"_s, sides[1].location});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
}

// On a server, TallyStore::apply reads and writes a save in a few statements
// (TallyStorePg.cpp) instead of cell by cell (applyInTransaction): the same
// saves give the same results, the same refusals in the same words, the
// same tallies and the same audit rows and change sets as cell by cell, on
// two databases of the same server: new, changed, removed and unchanged
// cells together; a conflict; a cell twice; a negative count; a save with
// one cell in a locked week, one outside the campaign's dates or of a unit
// not in the campaign (nothing of it written); a save that changes nothing.
TEST(SaveOnAServer, GivesTheSameAsCellByCell)
{
    test::TempDir dir;
    QString location;
    const std::unique_ptr<Storage> fast = freshStorage(Storage::Backend::Postgres, dir, location);
    const std::unique_ptr<Storage> slow = freshStorage(Storage::Backend::Postgres, dir, location);
    const qint64 id = createMyHao(*fast);
    ASSERT_EQ(createMyHao(*slow), id);
    const CampaignData data = CampaignStore(*fast).load(id);
    ASSERT_EQ(CampaignStore(*slow).load(id).units[3].id, data.units[3].id);
    const QDate d = data.campaign.start;
    const FixedClock clock(data.campaign.end.addDays(30)); // past the end: the server refuses
    const qint64 p0 = data.providers[0].id, p1 = data.providers[1].id;
    auto u = [&](int i) { return data.units[i].id; };
    TallyStore fastStore(*fast, id, clock);
    TallyStore slowStore(*slow, id, clock);

    // Each save's outcome as text.
    auto outcome = [](const std::function<ApplyResult()>& save) {
        try {
            const ApplyResult r = save();
            QString text =
                u"ok %1/%2/%3/%4"_s.arg(r.added).arg(r.changed).arg(r.removed).arg(r.unchanged);
            for (const TallyConflict& c : r.conflicts)
                text += u" conflict %1 %2 %3 theirs %4"_s.arg(c.change.key.unitId)
                            .arg(c.change.key.date.toString(Qt::ISODate))
                            .arg(c.change.key.providerId)
                            .arg(c.theirs ? QString::number(*c.theirs) : u"-"_s);
            return text;
        } catch (const StorageError& e) {
            return u"refused %1: %2"_s.arg(int(e.kind())).arg(e.message());
        }
    };
    auto save = [&](const QVector<TallyChange>& changes, const QString& expected) {
        const QString mine = outcome([&] { return fastStore.apply(changes, u"lan"_s, u"a"_s); });
        const QString theirs = outcome([&] {
            ApplyResult r;
            slow->writeTransaction(
                [&] { r = slowStore.applyInTransaction(changes, u"lan"_s, u"a"_s); });
            return r;
        });
        EXPECT_EQ(mine.toStdString(), theirs.toStdString());
        EXPECT_TRUE(mine.startsWith(expected)) << mine.toStdString();
    };
    using C = TallyChange;
    save({C({u(0), d, p0}, 40), C({u(0), d, p1}, 2), C({u(1), d, p0}, 7)}, u"ok 3/0/0/0"_s);
    save({C::expecting({u(0), d, p0}, 45, 40), C::expecting({u(0), d, p1}, std::nullopt, 2),
          C::expecting({u(1), d, p1}, 3, std::nullopt), C::expecting({u(1), d, p0}, 7, 7)},
         u"ok 1/1/1/1"_s);
    save({C::expecting({u(0), d, p0}, 50, 40), C({u(2), d, p0}, 9)}, u"ok 0/0/0/0 conflict"_s);
    save({C({u(2), d, p0}, 1), C({u(2), d, p0}, 2), C({u(2), d, p1}, 5)}, u"ok 2/1/0/0"_s);
    save({C({u(3), d, p0}, 5), C({u(3), d, p1}, -1)}, u"refused"_s);
    fastStore.lockWeek(2, u"lan"_s, u"Báo cáo tuần 2 đã gửi"_s);
    slowStore.lockWeek(2, u"lan"_s, u"Báo cáo tuần 2 đã gửi"_s);
    save({C({u(0), d, p0}, 46), C({u(1), d, p1}, std::nullopt), C({u(4), d.addDays(8), p0}, 1)},
         u"refused"_s);
    save(
        {C({u(0), d, p0}, 47), C({u(4), data.campaign.end.addDays(1), p0}, 1), C({u(4), d, p0}, 1)},
        u"refused"_s);
    save({C({u(0), d, p0}, 48), C({999999, d, p0}, 1)}, u"refused"_s);
    save({C({u(0), d, p0}, 45), C({u(1), d, p0}, 7)}, u"ok 0/0/0/2"_s);
    save({}, u"ok 0/0/0/0"_s);
    save({C({u(0), d, p0}, std::nullopt), C({u(5), d, p0}, 8), C({u(1), d, p0}, 70)},
         u"ok 1/1/1/0"_s);

    // The same rows and change sets; the chain whole.
    const QStringList fastAudit = auditText(*fast, data);
    EXPECT_EQ(fastAudit.join(u'\n').toStdString(),
              auditText(*slow, data).join(u'\n').toStdString());
    EXPECT_EQ(fastAudit.size(), 12);
    auto rows = [](const Storage& s, const QString& sql) {
        QStringList out;
        for (QSqlQuery q = s.exec(sql); q.next();) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            out << row.join(u' ');
        }
        return out.join(u'\n').toStdString();
    };
    for (const QString& sql :
         {u"SELECT unit_id, tally_date, provider_id, group_id, count, revision FROM tally "
          "ORDER BY 1, 2, 3, 4"_s,
          u"SELECT id, actor, source, first_row, row_count, kind FROM audit_batch ORDER BY id"_s})
        EXPECT_EQ(rows(*fast, sql), rows(*slow, sql)) << sql.toStdString();
    const IntegrityReport report = Integrity::check(*fast);
    EXPECT_TRUE(report.ok()) << qPrintable(report.problems.join(u'\n'));
    // The server kept this connection's statements: a save more prepares
    // none.
    const QString prepared = u"SELECT count(*) FROM pg_prepared_statements"_s;
    const qint64 before = fast->scalar(prepared).toLongLong();
    EXPECT_TRUE(fastStore.apply({C({u(6), d, p0}, 1), C({u(7), d, p0}, 2)}, u"lan"_s).ok());
    EXPECT_EQ(fast->scalar(prepared).toLongLong(), before);
    EXPECT_TRUE(Integrity::check(*fast).ok());
}

std::string backendName(const ::testing::TestParamInfo<Storage::Backend>& info)
{
    return info.param == Storage::Backend::Sqlite ? "Sqlite" : "Postgres";
}

INSTANTIATE_TEST_SUITE_P(Storage, Backends,
                         ::testing::Values(Storage::Backend::Sqlite, Storage::Backend::Postgres),
                         backendName);

} // namespace
