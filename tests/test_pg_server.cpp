// SignTally on a PostgreSQL server (issue 16): the address, the schema that
// `signtally server init` creates on an empty database (and refuses on one
// that is not), and the rights the server itself enforces per role: GRANTs,
// row-level policies on the tallies, an append-only audit. Each test has a
// fresh database of the fixture's cluster (tests/support/PgCluster.h); a
// machine without PostgreSQL fails them.
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgSql.h"
#include "storage/pg/PgStorage.h"
#include "storage/pg/PgTarget.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// A connection of its own for as long as it lives, as `user` (trust
// authentication: any login role of the cluster may connect).
class Session : public test::PgSession
{
public:
    using PgSession::PgSession;
    // Runs sql expecting the server to refuse it; what classify() made of it.
    StorageError refused(const QString& sql, const PgSql::Attempt& attempt,
                         std::initializer_list<QVariant> values = {})
    {
        QSqlQuery q(db());
        bool ok = false;
        if (values.size() == 0) {
            ok = q.exec(sql);
        } else {
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
        EXPECT_FALSE(ok) << "the server accepted: " << qPrintable(sql) << " as "
                         << qPrintable(db().userName());
        return PgSql::classify(db(), q.lastError(), attempt, u"test"_s);
    }
};

// A server database after `server init`, with one campaign of two communes
// and two providers (written by the superuser), and one login per role.
struct Server
{
    test::PgConnection conn = test::PgCluster::shared().createDatabase();
    QString login(const QString& who) const { return conn.database + who; }

    Server()
    {
        Session admin(conn);
        PgSchema::init(admin.db());
        admin.exec(u"INSERT INTO campaign (id, code, name, start_date, end_date, goal_kind, "
                   "goal_value) VALUES (1, 'bk', 'Bắc Kạn', '2025-03-01', '2025-03-30', "
                   "'absolute', 1000)"_s);
        admin.exec(u"INSERT INTO unit (id, name, kind) VALUES (1, 'Xã Ba Bể', 'commune'), "
                   "(2, 'Xã Bản Thi', 'commune')"_s);
        admin.exec(u"INSERT INTO provider (id, code, name) VALUES (1, 'VNPT', 'VNPT-CA'), "
                   "(2, 'Viettel', 'Viettel-CA')"_s);
        admin.exec(u"INSERT INTO campaign_unit (campaign_id, unit_id, seq, population, quota) "
                   "VALUES (1, 1, 1, 500, 50), (1, 2, 2, 500, 50)"_s);
        admin.exec(u"INSERT INTO campaign_provider (campaign_id, provider_id, seq) "
                   "VALUES (1, 1, 1), (1, 2, 2)"_s);
        admin.exec(u"INSERT INTO target_group (id, campaign_id, code, name) "
                   "VALUES (1, 1, 'adults', 'Người trưởng thành')"_s);
        // A row of each commune and an audit row written by the superuser.
        admin.exec(u"INSERT INTO tally VALUES (1, 1, '2025-03-02', 1, 1, 5, 1), "
                   "(1, 2, '2025-03-02', 2, 1, 7, 1)"_s);
        admin.exec(u"INSERT INTO audit_batch (id, changed_at, actor, first_row, row_count, "
                   "prev_hash, batch_hash) VALUES (1, '2025-03-02T08:00:00', 'seed', 1, 1, '', "
                   "'h1')"_s);
        admin.exec(u"INSERT INTO tally_audit VALUES (1, 1, 'insert', 1, 1, '2025-03-02', 1, 1, "
                   "NULL, 5)"_s);
        admin.exec(u"INSERT INTO setup_audit (id, batch_id, campaign_id, item) "
                   "VALUES (1, 1, 1, 'x')"_s);
        admin.exec(u"INSERT INTO week_lock_event (campaign_id, week, action, actor, at, reason) "
                   "VALUES (1, 1, 'lock', 'seed', 'now', 'r')"_s);
        using R = PgSchema::Role;
        PgSchema::addUser(admin.db(), {login(u"viewer"_s), R::Viewer, {}, {}, {}});
        PgSchema::addUser(admin.db(), {login(u"office"_s), R::Office, {}, {}, {}});
        PgSchema::addUser(admin.db(), {login(u"admin"_s), R::Admin, {}, {}, {}});
        PgSchema::addUser(admin.db(), {login(u"babe"_s), R::Commune, u"Xã Ba Bể"_s, {}, {}});
        PgSchema::addUser(admin.db(), {login(u"vnpt"_s), R::Provider, {}, u"VNPT"_s, {}});
    }
};

const PgSql::Attempt insertTally{u"INSERT"_s, u"tally"_s};

} // namespace

TEST(PgTarget, ParsesAServerAddress)
{
    const PgTarget t = PgTarget::parse(u"postgresql://lan@db.backan.gov.vn:5433/signtally"_s);
    EXPECT_EQ(t.user, u"lan"_s);
    EXPECT_EQ(t.host, u"db.backan.gov.vn"_s);
    EXPECT_EQ(t.port, 5433);
    EXPECT_EQ(t.database, u"signtally"_s);
    EXPECT_EQ(t.url(), u"postgresql://lan@db.backan.gov.vn:5433/signtally"_s);
    // User, host and port may be left to libpq.
    const PgTarget local = PgTarget::parse(u"postgres:///signtally"_s);
    EXPECT_TRUE(local.user.isEmpty());
    EXPECT_TRUE(local.host.isEmpty());
    EXPECT_EQ(local.port, -1);
    EXPECT_EQ(local.database, u"signtally"_s);
    EXPECT_TRUE(PgTarget::isServerAddress(u"postgresql://x/y"_s));
    EXPECT_FALSE(PgTarget::isServerAddress(u"/home/lan/signtally.db"_s));
}

TEST(PgTarget, RefusesAMalformedAddressSayingWhy)
{
    const QList<std::pair<QString, QString>> cases = {
        {u"mysql://lan@host/db"_s, u"postgresql://"_s},
        {u"postgresql://lan:secret@host/db"_s, u"PGPASSWORD"_s},
        {u"postgresql://lan@host"_s, u"thiếu tên cơ sở dữ liệu"_s},
        {u"postgresql://lan@host/"_s, u"thiếu tên cơ sở dữ liệu"_s},
        {u"postgresql://lan@host/a/b"_s, u"“a/b”"_s},
        {u"postgresql://lan@host:99999/db"_s, u"sai cú pháp"_s},
        {u"postgresql://lan@host/db?sslmode=require"_s, u"“?”"_s},
    };
    for (const auto& [url, why] : cases) {
        try {
            PgTarget::parse(url);
            ADD_FAILURE() << "accepted " << qPrintable(url);
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
            if (url.contains(u"secret"_s))
                EXPECT_FALSE(e.message().contains(u"secret"_s)) << qPrintable(e.message());
            else
                EXPECT_TRUE(e.message().contains(url)) << qPrintable(e.message());
            EXPECT_TRUE(e.message().contains(why)) << qPrintable(e.message());
        }
    }
}

TEST(PgServer, InitCreatesEveryTableOfTheSqliteSchemaAndTheVersion)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    Session s(conn);
    EXPECT_EQ(PgSchema::version(s.db()), 0);
    PgSchema::init(s.db());
    EXPECT_EQ(PgSchema::version(s.db()), SqlDialect::latestVersion());

    // Every (table, column) of a new SQLite file, and app_user besides.
    test::TempDir dir;
    auto sqlite = Database::createNew(dir.file(u"x.db"_s), -1, false);
    QSet<QString> expected;
    QSqlQuery tables = sqlite->exec(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns = sqlite->exec(u"SELECT name FROM pragma_table_info(?)"_s, {table});
        while (columns.next())
            expected << table + u'.' + columns.value(0).toString();
    }
    for (const QString& c : {u"login"_s, u"role"_s, u"unit_id"_s, u"provider_id"_s})
        expected << u"app_user."_s + c;
    QSet<QString> actual;
    QSqlQuery columns = s.exec(u"SELECT table_name || '.' || column_name FROM "
                               "information_schema.columns WHERE table_schema = 'public'"_s);
    while (columns.next())
        actual << columns.value(0).toString();
    EXPECT_TRUE(actual == expected)
        << "only on the server: "
        << qPrintable(QStringList((actual - expected).values()).join(u", "_s))
        << "; only in SQLite: "
        << qPrintable(QStringList((expected - actual).values()).join(u", "_s));
    QStringList names = s.column(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                 "ORDER BY 1"_s);
    QStringList want = PgSchema::tables();
    want.sort();
    EXPECT_EQ(names, want);
    // The five group roles of this database.
    for (PgSchema::Role r : PgSchema::roles())
        EXPECT_EQ(s.column(u"SELECT rolname FROM pg_roles WHERE rolname = '%1'"_s.arg(
                      PgSchema::groupRole(conn.database, r))),
                  QStringList{PgSchema::groupRole(conn.database, r)});
}

TEST(PgServer, InitRefusesANonEmptyDatabaseAndChangesNothing)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    Session s(conn);
    s.exec(u"CREATE TABLE notes (line text)"_s);
    try {
        PgSchema::init(s.db());
        ADD_FAILURE() << "init accepted a database with a table";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
        EXPECT_TRUE(e.message().contains(u"public.notes"_s)) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(conn.database)) << qPrintable(e.message());
    }
    EXPECT_EQ(PgSchema::existingObjects(s.db()), QStringList{u"public.notes (bảng)"_s});
    EXPECT_TRUE(
        s.column(u"SELECT rolname FROM pg_roles WHERE rolname LIKE '%1\\_%'"_s.arg(conn.database))
            .isEmpty());
}

TEST(PgServer, AViewerMayReadButNotWriteTallies)
{
    Server server;
    Session viewer(server.conn, server.login(u"viewer"_s));
    EXPECT_EQ(viewer.column(u"SELECT count(*) FROM tally"_s), QStringList{u"2"_s});
    const StorageError e =
        viewer.refused(u"INSERT INTO tally VALUES (1, 1, '2025-03-03', 1, 1, 3, 1)"_s, insertTally);
    EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
    EXPECT_TRUE(e.message().contains(server.login(u"viewer"_s))) << qPrintable(e.message());
    EXPECT_TRUE(e.message().contains(u"INSERT"_s)) << qPrintable(e.message());
    EXPECT_TRUE(e.message().contains(u"tally"_s)) << qPrintable(e.message());
    EXPECT_FALSE(e.message().contains(u"chỉ với các dòng"_s)) << qPrintable(e.message());
}

TEST(PgServer, ACommuneWritesAndSeesOnlyItsOwnUnit)
{
    Server server;
    Session babe(server.conn, server.login(u"babe"_s));
    // Its own unit (1): written, and read back.
    babe.exec(u"INSERT INTO tally VALUES (1, 1, '2025-03-03', 1, 1, 3, 1)"_s);
    babe.exec(u"UPDATE tally SET count = 4 WHERE unit_id = 1 AND tally_date = '2025-03-03'"_s);
    EXPECT_EQ(babe.column(u"SELECT DISTINCT unit_id FROM tally"_s), QStringList{u"1"_s});
    // Another commune's (2): an insert is refused naming the row rule, an
    // update or delete finds no row.
    const StorageError e =
        babe.refused(u"INSERT INTO tally VALUES (1, 2, '2025-03-03', 1, 1, 3, 1)"_s, insertTally);
    EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
    EXPECT_TRUE(e.message().contains(u"chỉ với các dòng"_s)) << qPrintable(e.message());
    EXPECT_EQ(babe.exec(u"UPDATE tally SET count = 99 WHERE unit_id = 2"_s).numRowsAffected(), 0);
    EXPECT_EQ(babe.exec(u"DELETE FROM tally WHERE unit_id = 2"_s).numRowsAffected(), 0);
    // Moving its own row to the other unit is refused too.
    babe.refused(u"UPDATE tally SET unit_id = 2 WHERE unit_id = 1"_s, {u"UPDATE"_s, u"tally"_s});
    Session super(server.conn);
    EXPECT_EQ(super.column(u"SELECT count FROM tally WHERE unit_id = 2"_s), QStringList{u"7"_s});
    // Its audit rows likewise.
    babe.refused(u"INSERT INTO tally_audit VALUES (2, 1, 'insert', 1, 2, '2025-03-03', 1, 1, "
                 "NULL, 3)"_s,
                 {u"INSERT"_s, u"tally_audit"_s});
    babe.exec(u"INSERT INTO tally_audit VALUES (3, 1, 'insert', 1, 1, '2025-03-03', 1, 1, "
              "NULL, 3)"_s);
}

// A provider reads every provider's rows (its window's campaign totals are
// the campaign's) but writes only its own: another provider's rows are
// found by a SELECT and by no UPDATE or DELETE, and their audit rows are
// refused.
TEST(PgServer, AProviderReadsEveryRowAndWritesOnlyItsOwn)
{
    Server server;
    Session vnpt(server.conn, server.login(u"vnpt"_s));
    vnpt.exec(u"INSERT INTO tally VALUES (1, 2, '2025-03-04', 1, 1, 2, 1)"_s);
    const StorageError e =
        vnpt.refused(u"INSERT INTO tally VALUES (1, 2, '2025-03-04', 2, 1, 2, 1)"_s, insertTally);
    EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
    EXPECT_EQ(vnpt.column(u"SELECT DISTINCT provider_id FROM tally ORDER BY 1"_s),
              (QStringList{u"1"_s, u"2"_s}));
    EXPECT_EQ(vnpt.exec(u"UPDATE tally SET count = 0 WHERE provider_id = 2"_s).numRowsAffected(),
              0);
    EXPECT_EQ(vnpt.exec(u"DELETE FROM tally WHERE provider_id = 2"_s).numRowsAffected(), 0);
    vnpt.refused(u"UPDATE tally SET provider_id = 2 WHERE provider_id = 1"_s,
                 {u"UPDATE"_s, u"tally"_s});
    vnpt.refused(u"INSERT INTO tally_audit VALUES (2, 1, 'update', 1, 2, '2025-03-03', 2, 1, "
                 "7, 0)"_s,
                 {u"INSERT"_s, u"tally_audit"_s});
    Session super(server.conn);
    EXPECT_EQ(super.column(u"SELECT count FROM tally WHERE provider_id = 2"_s),
              QStringList{u"7"_s});
}

TEST(PgServer, NobodyChangesOrRemovesTheAudit)
{
    Server server;
    for (const QString& who : {u"viewer"_s, u"office"_s, u"admin"_s, u"babe"_s, u"vnpt"_s}) {
        Session s(server.conn, server.login(who));
        for (const QString& table : PgSchema::auditTables()) {
            for (const QString& verb : {u"UPDATE"_s, u"DELETE"_s}) {
                const QString sql = verb == u"UPDATE"_s ? u"UPDATE %1 SET id = id"_s.arg(table)
                                                        : u"DELETE FROM %1"_s.arg(table);
                const StorageError e = s.refused(sql, {verb, table});
                EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly)
                    << qPrintable(who) << " " << qPrintable(sql) << ": " << qPrintable(e.message());
                EXPECT_TRUE(e.message().contains(verb)) << qPrintable(e.message());
                EXPECT_TRUE(e.message().contains(table)) << qPrintable(e.message());
            }
            s.refused(u"TRUNCATE %1"_s.arg(table), {u"TRUNCATE"_s, table});
        }
    }
    // Not even the tables' owner (the superuser who ran init): the triggers.
    Session owner(server.conn);
    for (const QString& table : PgSchema::auditTables()) {
        for (const QString& sql :
             {u"UPDATE %1 SET id = id"_s, u"DELETE FROM %1"_s, u"TRUNCATE %1"_s}) {
            const StorageError e = owner.refused(sql.arg(table), {{}, table});
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected) << qPrintable(e.message());
            EXPECT_TRUE(e.message().contains(u"append-only"_s)) << qPrintable(e.message());
        }
        EXPECT_EQ(owner.column(u"SELECT count(*) FROM %1"_s.arg(table)), QStringList{u"1"_s});
    }
}

TEST(PgServer, TheAuditsActorIsTheServersLogin)
{
    Server server;
    Session office(server.conn, server.login(u"office"_s));
    office.exec(u"INSERT INTO audit_batch (id, changed_at, first_row, row_count, prev_hash, "
                "batch_hash) VALUES (2, 'now', 2, 1, 'h1', 'h2')"_s);
    EXPECT_EQ(office.column(u"SELECT actor FROM audit_batch WHERE id = 2"_s),
              QStringList{server.login(u"office"_s)});
}

// Who wrote a row is the login writing it, whatever a client sends: a
// change set, a week lock, its event or a report's text naming someone else
// is refused by the server (a row policy), one naming the login is stored.
TEST(PgServer, AnAuditRowNamingAnotherLoginIsRefused)
{
    Server server;
    const QString login = server.login(u"office"_s);
    Session office(server.conn, login);
    const QList<std::pair<QString, QString>> inserts = {
        {u"audit_batch"_s, u"INSERT INTO audit_batch (id, changed_at, actor, first_row, "
                           "row_count, prev_hash, batch_hash) VALUES (2, 'now', ?, 2, 1, 'h1', "
                           "'h2')"_s},
        {u"week_lock"_s, u"INSERT INTO week_lock (campaign_id, week, locked_at, locked_by) "
                         "VALUES (1, 2, 'now', ?)"_s},
        {u"week_lock_event"_s, u"INSERT INTO week_lock_event (campaign_id, week, action, actor, "
                               "at, reason) VALUES (1, 2, 'lock', ?, 'now', 'r')"_s},
        {u"report_narrative"_s, u"INSERT INTO report_narrative (campaign_id, period_from, "
                                "period_to, saved_at, saved_by) VALUES (1, '2025-03-01', "
                                "'2025-03-07', 'now', ?)"_s},
    };
    Session owner(server.conn);
    for (const auto& [table, sql] : inserts) {
        const QString count = u"SELECT count(*) FROM %1"_s.arg(table);
        const QStringList before = owner.column(count);
        const StorageError e = office.refused(sql, {u"INSERT"_s, table}, {u"someone_else"_s});
        EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(login)) << qPrintable(e.message());
        EXPECT_EQ(owner.column(count), before) << qPrintable(table);
        // Its own name, as the app writes it (Storage::actor on a server).
        QSqlQuery q(office.db());
        q.prepare(sql);
        q.addBindValue(login);
        EXPECT_TRUE(q.exec()) << qPrintable(table) << ": " << qPrintable(q.lastError().text());
    }
    EXPECT_EQ(owner.column(u"SELECT actor FROM audit_batch WHERE id = 2"_s), QStringList{login});
    // A changed lock or report text names its writer too.
    office.refused(u"UPDATE week_lock SET locked_by = 'someone_else' WHERE week = 2"_s,
                   {u"UPDATE"_s, u"week_lock"_s});
    office.exec(u"UPDATE report_narrative SET assessment = 'x'"_s);
    office.exec(u"DELETE FROM week_lock WHERE week = 2"_s);
    // A commune's login likewise; the server's login is what it names.
    Session babe(server.conn, server.login(u"babe"_s));
    babe.refused(u"INSERT INTO audit_batch (id, changed_at, actor, first_row, row_count, "
                 "prev_hash, batch_hash) VALUES (3, 'now', ?, 3, 1, 'h2', 'h3')"_s,
                 {u"INSERT"_s, u"audit_batch"_s}, {login});
    // Everyone who reads the audit still reads all of it.
    Session viewer(server.conn, server.login(u"viewer"_s));
    EXPECT_EQ(viewer.column(u"SELECT actor FROM audit_batch ORDER BY id"_s),
              (QStringList{u"seed"_s, login}));
    EXPECT_EQ(babe.column(u"SELECT count(*) FROM week_lock_event"_s), QStringList{u"2"_s});
}

// The login that ran init owns the tables, and no row policy binds it: as
// the set-up steps describe it (not a superuser: it owns the database and
// may create roles), it copies a file's whole audit in, with the actors of
// its history, and adds the users.
TEST(PgServer, TheOwnerCopiesAnAuditOfOtherActorsIn)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    test::PgConnection setup = conn;
    setup.user = conn.database + u"setup"_s;
    {
        Session super(conn);
        super.exec(u"CREATE ROLE %1 LOGIN CREATEROLE"_s.arg(setup.user));
        super.exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(conn.database, setup.user));
    }
    {
        Session owner(setup);
        EXPECT_EQ(owner.column(u"SELECT rolsuper::text FROM pg_roles WHERE rolname = "
                               "current_user"_s),
                  QStringList{u"false"_s});
        PgSchema::init(owner.db());
    }
    test::TempDir dir;
    const QString file = dir.file(u"nguon.sqlite"_s);
    QStringList actors;
    {
        auto db = Seeder::createSeeded(file, true);
        QSqlQuery q = db->exec(u"SELECT DISTINCT actor FROM audit_batch ORDER BY 1"_s);
        while (q.next())
            actors << q.value(0).toString();
    }
    ASSERT_FALSE(actors.isEmpty());
    ASSERT_FALSE(actors.contains(setup.user));
    const test::ProcessResult copied =
        test::runSigntally({u"copy"_s, u"--from"_s, file, u"--to"_s, setup.url()});
    ASSERT_EQ(copied.exitCode, 0) << qPrintable(copied.out + copied.err);
    Session owner(setup);
    EXPECT_EQ(owner.column(u"SELECT DISTINCT actor FROM audit_batch ORDER BY 1"_s), actors);
    PgSchema::addUser(owner.db(), {conn.database + u"lan"_s, PgSchema::Role::Office, {}, {}, {}});
}

TEST(PgServer, TriggersKeepTheSqliteRules)
{
    Server server;
    Session office(server.conn, server.login(u"office"_s));
    auto rejected = [&](const QString& sql, const QString& why) {
        const StorageError e = office.refused(sql, insertTally);
        EXPECT_EQ(e.kind(), StorageError::Kind::Rejected) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(why)) << qPrintable(e.message());
    };
    rejected(u"INSERT INTO tally VALUES (1, 1, '2025-03-05', 1, 1, -1, 1)"_s, u"count"_s);
    rejected(u"INSERT INTO tally VALUES (1, 1, '2025-04-05', 1, 1, 1, 1)"_s,
             u"tally date outside the campaign"_s);
    office.exec(u"INSERT INTO week_lock (campaign_id, week, locked_at) VALUES (1, 1, 'now')"_s);
    rejected(u"INSERT INTO tally VALUES (1, 1, '2025-03-06', 1, 1, 1, 1)"_s, u"week is locked"_s);
    rejected(u"DELETE FROM tally WHERE unit_id = 1"_s, u"week is locked"_s);
    // Week 2 is open.
    office.exec(u"INSERT INTO tally VALUES (1, 1, '2025-03-08', 1, 1, 1, 1)"_s);
}

// A bulk import by a login the row-level policies bind (a commune's): its
// rows reach the server by COPY into a temporary table and go on with
// INSERT … SELECT (TallyStoreBulkPg.cpp), so the policies still decide: the
// cells of its own unit are written and audited, new and changed; a cell of
// another unit refuses the whole import, which then writes nothing.
TEST(PgServer, ABulkImportByACommuneIsHeldToItsOwnUnit)
{
    Server server;
    test::PgConnection conn = server.conn;
    conn.user = server.login(u"babe"_s);
    const std::unique_ptr<PgStorage> babe = PgStorage::open(PgTarget::parse(conn.url()));
    TallyStore store(*babe, 1);
    auto import = [&](const QVector<TallyChange>& changes) {
        ApplyResult result;
        babe->bulkWriteTransaction(changes.size(), [&] {
            result = store.applyBulkInTransaction(changes, babe->actor(), u"babe.csv"_s);
        });
        return result;
    };
    QVector<TallyChange> own;
    for (int day = 10; day < 13; ++day)
        own.push_back(TallyChange::expecting({1, QDate(2025, 3, day), 1}, day, std::nullopt));
    own.push_back({{1, QDate(2025, 3, 2), 1}, 6}); // the superuser's 5
    const ApplyResult done = import(own);
    EXPECT_EQ(done.added, 3);
    EXPECT_EQ(done.changed, 1);
    Session admin(server.conn);
    EXPECT_EQ(admin.column(u"SELECT string_agg(count::text, ',' ORDER BY tally_date) FROM tally "
                           "WHERE unit_id = 1"_s),
              QStringList{u"6,10,11,12"_s});
    EXPECT_EQ(admin.column(u"SELECT string_agg(action || ':' || new_count, ',' ORDER BY id) "
                           "FROM tally_audit WHERE id > 1"_s),
              QStringList{u"insert:10,insert:11,insert:12,update:6"_s});

    EXPECT_THROW(import({TallyChange::expecting({1, QDate(2025, 3, 20), 1}, 1, std::nullopt),
                         TallyChange::expecting({2, QDate(2025, 3, 20), 1}, 1, std::nullopt)}),
                 StorageError);
    EXPECT_EQ(admin.column(u"SELECT count(*) FROM tally"_s), QStringList{u"5"_s});
    EXPECT_EQ(admin.column(u"SELECT count(*) FROM tally_audit"_s), QStringList{u"5"_s});
}

TEST(PgServer, AddUserRefusesAnUnknownUnitOrProviderNamingIt)
{
    Server server;
    Session s(server.conn);
    using R = PgSchema::Role;
    for (const PgSchema::User& user :
         {PgSchema::User{server.login(u"x"_s), R::Commune, u"Xã Không Có"_s, {}, {}},
          PgSchema::User{server.login(u"y"_s), R::Provider, {}, u"FPT"_s, {}}}) {
        try {
            PgSchema::addUser(s.db(), user);
            ADD_FAILURE() << "accepted " << qPrintable(user.unit + user.provider);
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
            EXPECT_TRUE(e.message().contains(user.unit + user.provider)) << qPrintable(e.message());
        }
        EXPECT_TRUE(s.column(u"SELECT rolname FROM pg_roles WHERE rolname = '%1'"_s.arg(user.login))
                        .isEmpty());
    }
    // A known unit by its alias; a second add-user moves the login.
    s.exec(u"INSERT INTO unit_alias VALUES (2, 'Bản Thi')"_s);
    PgSchema::addUser(s.db(), {server.login(u"babe"_s), R::Commune, u"Bản Thi"_s, {}, {}});
    EXPECT_EQ(
        s.column(u"SELECT unit_id FROM app_user WHERE login = '%1'"_s.arg(server.login(u"babe"_s))),
        QStringList{u"2"_s});
}

TEST(PgServerCli, InitCreatesTheSchemaAndRefusesASecondTime)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    const test::ProcessResult ok =
        test::runSigntally({u"server"_s, u"init"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(ok.exitCode, 0) << qPrintable(ok.err);
    EXPECT_TRUE(ok.out.contains(conn.database + u"_admin"_s)) << qPrintable(ok.out);
    {
        Session s(conn);
        EXPECT_EQ(PgSchema::version(s.db()), SqlDialect::latestVersion());
    }
    const test::ProcessResult again =
        test::runSigntally({u"server"_s, u"init"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(again.exitCode, 2) << qPrintable(again.err);
    EXPECT_TRUE(again.err.contains(u"không trống"_s)) << qPrintable(again.err);
    EXPECT_TRUE(again.err.contains(u"public.app_meta"_s)) << qPrintable(again.err);

    const test::ProcessResult bad =
        test::runSigntally({u"server"_s, u"init"_s, u"--db"_s, u"postgresql://x:pw@h/db"_s});
    EXPECT_EQ(bad.exitCode, 2) << qPrintable(bad.err);
    EXPECT_TRUE(bad.err.contains(u"PGPASSWORD"_s)) << qPrintable(bad.err);
}

// A server an earlier SignTally set up lacks later policies, the change-set
// index and a column default: `server upgrade` adds them, so its policies
// and indexes are a fresh init's, and a second run adds nothing. A database
// without SignTally's schema is refused.
TEST(PgServerCli, UpgradeAddsWhatAnOlderServerLacksAndNothingTwice)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    const test::PgConnection fresh = test::PgCluster::shared().createDatabase();
    for (const test::PgConnection& c : {conn, fresh})
        ASSERT_EQ(test::runSigntally({u"server"_s, u"init"_s, u"--db"_s, c.url()}).exitCode, 0);
    // What the server holds of the rights: policies, indexes, the actor's default.
    auto rights = [](const test::PgConnection& c) {
        Session s(c);
        return s.column(u"SELECT tablename || '.' || policyname || ' ' || cmd || ' ' || "
                        "array_to_string(roles, ',') || ' ' || coalesce(qual, '') || ' ' || "
                        "coalesce(with_check, '') FROM pg_policies ORDER BY 1"_s)
                   .replaceInStrings(c.database + u'_', u"DB_"_s) +
               s.column(u"SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY "
                        "1"_s) +
               s.column(u"SELECT column_default FROM information_schema.columns WHERE "
                        "table_name = 'audit_batch' AND column_name = 'actor'"_s);
    };
    {
        Session owner(conn);
        owner.exec(u"DROP INDEX tally_audit_by_batch"_s);
        owner.exec(u"DROP POLICY tally_provider_read ON tally"_s);
        owner.exec(u"DROP POLICY tally_audit_provider_read ON tally_audit"_s);
        owner.exec(u"DROP POLICY audit_batch_actor ON audit_batch"_s);
        owner.exec(u"ALTER TABLE audit_batch ALTER COLUMN actor DROP DEFAULT"_s);
    }
    ASSERT_NE(rights(conn), rights(fresh));

    const test::ProcessResult up =
        test::runSigntally({u"server"_s, u"upgrade"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(up.exitCode, 0) << qPrintable(up.err);
    for (const QString& item :
         {u"chỉ mục tally_audit_by_batch"_s, u"chính sách tally_provider_read của bảng tally"_s,
          u"chính sách tally_audit_provider_read của bảng tally_audit"_s,
          u"chính sách audit_batch_actor của bảng audit_batch"_s})
        EXPECT_TRUE(up.out.contains(item)) << qPrintable(up.out);
    EXPECT_TRUE(up.out.contains(u"Đã thêm 4 thứ"_s)) << qPrintable(up.out);
    EXPECT_EQ(rights(conn), rights(fresh));

    const test::ProcessResult again =
        test::runSigntally({u"server"_s, u"upgrade"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_TRUE(again.out.contains(u"không thêm gì"_s)) << qPrintable(again.out);
    EXPECT_TRUE(again.err.isEmpty()) << qPrintable(again.err);
    EXPECT_EQ(rights(conn), rights(fresh));

    const test::PgConnection empty = test::PgCluster::shared().createDatabase();
    const test::ProcessResult refused =
        test::runSigntally({u"server"_s, u"upgrade"_s, u"--db"_s, empty.url()});
    EXPECT_EQ(refused.exitCode, 2) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(u"signtally server init"_s)) << qPrintable(refused.err);
    Session s(empty);
    EXPECT_EQ(s.column(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s),
              QStringList{u"0"_s});
}

TEST(PgServerCli, AddUserGrantsTheRoleAndRefusesAnUnknownUnit)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    ASSERT_EQ(test::runSigntally({u"server"_s, u"init"_s, u"--db"_s, conn.url()}).exitCode, 0);
    const test::ProcessResult unknown =
        test::runSigntally({u"server"_s, u"add-user"_s, u"lan"_s, u"--role"_s, u"commune"_s,
                            u"--unit"_s, u"Xã Ba Bể"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(unknown.exitCode, 2) << qPrintable(unknown.err);
    EXPECT_TRUE(unknown.err.contains(u"Xã Ba Bể"_s)) << qPrintable(unknown.err);
    const QString login = conn.database + u"viewer1"_s;
    const test::ProcessResult viewer = test::runSigntally(
        {u"server"_s, u"add-user"_s, login, u"--role"_s, u"viewer"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(viewer.exitCode, 0) << qPrintable(viewer.err);
    Session s(conn);
    EXPECT_EQ(s.column(u"SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                       "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'"_s.arg(
                           login)),
              QStringList{conn.database + u"_viewer"_s});
    // Again with another role: that group only, and no server warnings.
    const test::ProcessResult office = test::runSigntally(
        {u"server"_s, u"add-user"_s, login, u"--role"_s, u"office"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(office.exitCode, 0) << qPrintable(office.err);
    EXPECT_TRUE(office.err.isEmpty()) << qPrintable(office.err);
    EXPECT_EQ(s.column(u"SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                       "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'"_s.arg(
                           login)),
              QStringList{conn.database + u"_office"_s});
    EXPECT_EQ(s.column(u"SELECT role FROM app_user WHERE login = '%1'"_s.arg(login)),
              QStringList{u"office"_s});
    const test::ProcessResult usage = test::runSigntally(
        {u"server"_s, u"add-user"_s, login, u"--role"_s, u"commune"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(usage.exitCode, 1) << qPrintable(usage.err);
}

TEST(PgServerCli, ACampaignIsPutOnTheServerAndSummarisedWithTheSameCommands)
{
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    ASSERT_EQ(test::runSigntally({u"server"_s, u"init"_s, u"--db"_s, conn.url()}).exitCode, 0);
    // The set-up goes on the server through `campaign new`, audited as the
    // server's login role.
    const test::ProcessResult made =
        test::runSigntally({u"campaign"_s, u"new"_s, u"--db"_s, conn.url(), u"--template"_s,
                            u"thai-nguyen-2025"_s, u"--code"_s, u"tn-2027"_s});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    const test::ProcessResult list =
        test::runSigntally({u"campaign"_s, u"list"_s, u"--db"_s, conn.url()});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    EXPECT_TRUE(list.out.contains(u"tn-2027"_s)) << qPrintable(list.out);
    EXPECT_TRUE(list.out.contains(u"37 đơn vị  mục tiêu 50.000"_s)) << qPrintable(list.out);
    {
        Session s(conn);
        EXPECT_EQ(s.column(u"SELECT DISTINCT actor FROM audit_batch"_s), QStringList{conn.user});
    }
    // The same summary as from a file: 37 units, the goal of 50.000, nothing counted yet.
    const test::ProcessResult summary =
        test::runSigntally({u"summary"_s, u"--db"_s, conn.url(), u"--campaign"_s, u"tn-2027"_s,
                            u"--format"_s, u"csv"_s});
    ASSERT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    EXPECT_EQ(summary.out.count(u'\n'), 1 + 37 + 1) << qPrintable(summary.out);
    EXPECT_TRUE(summary.out.contains(u"Xã Thượng Quan"_s)) << qPrintable(summary.out);
    // `check` verifies the server's audit chain and set-up as a file's.
    const test::ProcessResult check = test::runSigntally({u"check"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.out.contains(u"Máy chủ: PostgreSQL 15"_s)) << qPrintable(check.out);
    EXPECT_TRUE(check.out.contains(u"liền mạch"_s)) << qPrintable(check.out);
    // A superuser who gets past the append-only triggers to rewrite the
    // set-up's audit is caught.
    {
        Session s(conn);
        s.exec(u"SET session_replication_role = replica"_s);
        s.exec(u"UPDATE setup_audit SET new_value = '99999' WHERE id = "
               "(SELECT min(id) FROM setup_audit WHERE item LIKE 'unit.%.quota')"_s);
    }
    const test::ProcessResult caught = test::runSigntally({u"check"_s, u"--db"_s, conn.url()});
    EXPECT_EQ(caught.exitCode, 3) << qPrintable(caught.out + caught.err);
    EXPECT_TRUE(caught.out.contains(u"BỊ PHÁ VỠ"_s)) << qPrintable(caught.out);
    // A server whose audit was rewritten is not backed up: its copy is refused.
    const test::TempDir out;
    const test::ProcessResult backup = test::runSigntally(
        {u"backup"_s, u"--db"_s, conn.url(), u"--out"_s, out.file(u"x.sqlite"_s)});
    EXPECT_EQ(backup.exitCode, 3) << qPrintable(backup.err);
    EXPECT_FALSE(QFileInfo::exists(out.file(u"x.sqlite"_s)));
    // The commands that work on files only say so, naming themselves, and
    // make nothing (no file named after the address).
    for (const QStringList& args :
         {QStringList{u"init"_s, u"--db"_s, conn.url()},
          QStringList{u"demo"_s, u"--db"_s, conn.url()},
          QStringList{u"restore"_s, u"--db"_s, conn.url(), u"--from"_s, out.file(u"x.sqlite"_s)}}) {
        const test::ProcessResult refused = test::runSigntally(args);
        EXPECT_EQ(refused.exitCode, 1) << qPrintable(args.join(u' ') + refused.err);
        EXPECT_TRUE(refused.err.contains(u"chưa làm việc với máy chủ PostgreSQL"_s))
            << qPrintable(refused.err);
        EXPECT_TRUE(refused.err.contains(args.first())) << qPrintable(refused.err);
    }
    EXPECT_FALSE(QFileInfo::exists(u"postgresql:"_s));
    // A database that `server init` has not set up is refused, naming it.
    const test::PgConnection empty = test::PgCluster::shared().createDatabase();
    const test::ProcessResult bare = test::runSigntally({u"summary"_s, u"--db"_s, empty.url()});
    EXPECT_EQ(bare.exitCode, 3) << qPrintable(bare.err);
    EXPECT_TRUE(bare.err.contains(u"signtally server init"_s)) << qPrintable(bare.err);
}
