#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <stdexcept>

namespace signtally::test {

// Thrown when a throw-away PostgreSQL cannot be had (no server binaries, no
// QPSQL driver, initdb or pg_ctl failed, …). A test that meets it fails with
// its message: a PostgreSQL test is never skipped.
class PgError : public std::runtime_error
{
public:
    explicit PgError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

// Where one database of a throw-away cluster is and who may enter it: the
// cluster's superuser over TCP on 127.0.0.1 (trust authentication, no
// password). What a later PostgreSQL Storage will be handed.
struct PgConnection
{
    QString host; // "127.0.0.1"
    int port = 0;
    QString user;
    QString database;
    QString socketDir; // the same server through its Unix socket (host = socketDir)

    // postgresql://user@127.0.0.1:port/database
    QString url() const;
    // Adds and opens a QPSQL connection with this name (QSqlDatabase::database
    // finds it again); the caller removes it with QSqlDatabase::removeDatabase.
    // Throws PgError when the driver is missing or the server refuses.
    QSqlDatabase open(const QString& connectionName) const;
};

// A throw-away PostgreSQL 15 cluster for tests:
//   initdb (trust authentication, UTF8, locale C) into a fresh QTemporaryDir,
//   pg_ctl start on a free TCP port on 127.0.0.1 (chosen by the system, tried
//   again with another when a parallel test took it first), its Unix socket in
//   the same folder, fsync off (nothing here must outlive the test);
//   pg_ctl stop -m immediate and the folder removed by stop() and the
//   destructor, so also when a test fails.
//
//   auto cluster = PgCluster::start();             // a cluster of one's own
//   PgConnection a = cluster->createDatabase(u"a"_s);
//   QSqlDatabase db = a.open(u"a"_s);
//
//   PgConnection c = PgCluster::shared().createDatabase(); // one per test
//
// shared() is the cluster of this test process, started on first use and
// stopped when the tests end (a GoogleTest global Environment); ctest runs
// each test in its own process, so a test's first use costs about 1–2 s.
// createDatabase() gives each test a fresh, empty database in it.
//
// Everything that fails throws PgError with what went wrong (and the end of
// the server's log): in a test body or SetUp GoogleTest reports it as a
// failure, never as a skip.
//
// As root (CI runs as root inside a debootstrap chroot) PostgreSQL refuses to
// run: initdb and pg_ctl then run as the user `postgres` (which Debian's
// postgresql-common creates), or `signtally-pg` (created with useradd
// --system when neither exists), through `runuser -u USER --`, and the
// folder is handed to that user. SIGNTALLY_PG_BINDIR overrides where the
// server's binaries are (default /usr/lib/postgresql/15/bin, then
// `pg_config --bindir`); they must be version 15.
//
// A test process that crashes or is killed (ctest's timeout) runs no
// destructor. So start() also leaves a watchdog: a detached `sh` in a
// session of its own that checks every second whether this process is still
// alive (/proc/PID) and the folder still there; when the process is gone it
// stops the postmaster as `pg_ctl stop -m immediate` would (SIGQUIT to the
// pid in postmaster.pid; SIGKILL after 10 s) and removes the folder; when
// the folder is gone (a normal stop) it just ends. Should even that fail,
// PostgreSQL shuts itself down within about a minute of its folder's
// removal (it checks its postmaster.pid lock file once a minute).
// Linux-specific, like the rest of this file (runuser, geteuid, /proc): test
// support only, never app code.
class PgCluster
{
public:
    // Starts a new cluster; throws PgError when it cannot.
    static std::unique_ptr<PgCluster> start();
    // The test process's own cluster, started on first use (throws PgError
    // then, and again on every later call, when it could not start).
    static PgCluster& shared();

    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // Creates a new, empty database (names: lower-case letters, digits and
    // '_', starting with a letter); without a name, a new one ("t1", "t2", …).
    // Throws PgError when it cannot (a name already taken, say).
    PgConnection createDatabase(const QString& name = {});
    // The cluster's own `postgres` database, or another that exists.
    PgConnection connection(const QString& database = QStringLiteral("postgres")) const;

    // pg_ctl stop -m immediate, then the folder is removed. Safe to call twice.
    void stop();
    // The server goes away as in a crash or a power cut (pg_ctl stop -m
    // immediate: open transactions are lost, clients' connections break),
    // its data kept; resume() starts it again on the same port.
    void pause();
    void resume();
    bool running() const { return m_running; }

    int port() const { return m_port; }
    QString folder() const { return m_folder; } // empty once removed
    QString dataDir() const;
    QString superuser() const { return QStringLiteral("postgres"); }
    qint64 postmasterPid() const { return m_postmasterPid; }
    // "PostgreSQL 15.x" as the server reports it.
    QString serverVersion() const { return m_version; }

private:
    PgCluster() = default;
    void init();
    bool tryStart(QString* failure, bool* portTaken, bool samePort = false);
    void stopServer();
    QString logTail() const;
    qint64 readPostmasterPid() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_bindir;
    QString m_runAs; // empty when not root
    QString m_version;
    int m_port = 0;
    qint64 m_postmasterPid = 0;
    int m_nextDatabase = 1;
    bool m_running = false;
};

// Whether the process pid runs (a zombie does not); Linux.
bool processRunning(qint64 pid);

// The first column of every row a query (already run) returns, as text.
QStringList firstColumn(QSqlQuery& query);

// A connection to `conn` (as `user` when given: trust authentication lets any
// login role of the cluster in) under a name of its own, for as long as it
// lives.
class PgSession
{
public:
    explicit PgSession(PgConnection conn, const QString& user = {});
    ~PgSession();
    PgSession(const PgSession&) = delete;
    PgSession& operator=(const PgSession&) = delete;

    const QSqlDatabase& db() const { return m_db; }
    // Runs sql with values bound in order; fails the test when it fails.
    // QPSQL prepares with SQL's PREPARE, which takes SELECT, INSERT, UPDATE,
    // DELETE and VALUES only: DDL and SHOW without values run directly.
    QSqlQuery exec(const QString& sql, const QVariantList& values = {});
    // The first column of what sql returns, as text.
    QStringList column(const QString& sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace signtally::test
