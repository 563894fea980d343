#include "support/PgCluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <algorithm>
#include <gtest/gtest.h>
#include <utility>

// Linux-specific on purpose (test support only, see PgCluster.h): who we are,
// the user PostgreSQL runs as, handing it the folder, signalling a postmaster.
#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace signtally::test {

namespace {

constexpr int MajorVersion = 15;
const QString UnprivilegedUser = u"signtally-pg"_s;

struct Run
{
    bool ok = false;
    QString output; // stdout and stderr together
};

QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // English messages (the log is read for "could not bind") and no
    // PG* variable of the user's steering initdb, pg_ctl or the server.
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    for (const QString& key : env.keys())
        if (key.startsWith(u"PG"_s))
            env.remove(key);
    return env;
}

// Runs program with args in folder and waits up to timeoutMs; as runAs (via
// runuser) when it is set.
Run runTool(const QString& program, const QStringList& args, const QString& folder,
            const QString& runAs, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(serverEnvironment());
    p.setWorkingDirectory(folder.isEmpty() ? QDir::rootPath() : folder);
    p.setStandardInputFile(QProcess::nullDevice());
    if (runAs.isEmpty()) {
        p.start(program, args);
    } else {
        QString runuser = QStandardPaths::findExecutable(u"runuser"_s);
        if (runuser.isEmpty())
            runuser = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s});
        if (runuser.isEmpty())
            return {false, u"runuser (util-linux) was not found: it runs PostgreSQL as %1, since "
                           u"PostgreSQL refuses to run as root"_s.arg(runAs)};
        p.start(runuser, QStringList{u"-u"_s, runAs, u"--"_s, program} + args);
    }
    if (!p.waitForStarted(30000))
        return {false, u"could not start %1: %2"_s.arg(program, p.errorString())};
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    const QString out = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (!finished)
        return {false,
                u"%1 did not finish in %2 s. %3"_s.arg(program).arg(timeoutMs / 1000).arg(out)};
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out};
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// The folder with initdb, pg_ctl and postgres of version 15, or a PgError.
QString findBindir()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("SIGNTALLY_PG_BINDIR");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    candidates << u"/usr/lib/postgresql/%1/bin"_s.arg(MajorVersion);
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        const Run r = runTool(pgConfig, {u"--bindir"_s}, {}, {}, 30000);
        if (r.ok)
            candidates << r.output;
    }
    QStringList seen;
    for (const QString& dir : std::as_const(candidates)) {
        const QString postgres = QDir(dir).filePath(u"postgres"_s);
        if (!QFileInfo(QDir(dir).filePath(u"initdb"_s)).isExecutable() ||
            !QFileInfo(postgres).isExecutable()) {
            seen << u"%1 (no initdb/postgres)"_s.arg(dir);
            continue;
        }
        const Run r = runTool(postgres, {u"--version"_s}, {}, {}, 30000);
        // "postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)"
        static const QRegularExpression version(u"\\(PostgreSQL\\) (\\d+)\\."_s);
        const auto m = version.match(r.output);
        if (m.hasMatch() && m.captured(1).toInt() == MajorVersion)
            return dir;
        seen << u"%1 (%2)"_s.arg(dir, r.output);
    }
    throw PgError(u"PostgreSQL %1's server programs were not found; looked in: %2. Install "
                  u"postgresql-%1 (scripts/deps.sh does), or set SIGNTALLY_PG_BINDIR."_s.arg(
                      QString::number(MajorVersion), seen.join(u"; "_s)));
}

// As root: the unprivileged user the server runs as (created when missing).
QString serverUser()
{
    for (const char* name : {"postgres", "signtally-pg"})
        if (::getpwnam(name) != nullptr)
            return QString::fromLatin1(name);
    const QString useradd =
        QStandardPaths::findExecutable(u"useradd"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (useradd.isEmpty())
        throw PgError(
            u"PostgreSQL refuses to run as root, there is no user `postgres` to run it as, "
            u"and useradd (package passwd) is missing to create `%1`"_s.arg(UnprivilegedUser));
    const Run r =
        runTool(useradd,
                {u"--system"_s, u"--user-group"_s, u"--no-create-home"_s, u"--home-dir"_s,
                 u"/nonexistent"_s, u"--shell"_s, u"/usr/sbin/nologin"_s, UnprivilegedUser},
                {}, {}, 60000);
    if (!r.ok || ::getpwnam(UnprivilegedUser.toLatin1().constData()) == nullptr)
        throw PgError(u"could not create the user `%1` to run PostgreSQL as (it refuses to run as "
                      u"root): %2"_s.arg(UnprivilegedUser, r.output));
    return UnprivilegedUser;
}

// A TCP port on 127.0.0.1 that nobody listens on now (a parallel test may
// still take it before the server does: start() tries again then).
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw PgError(u"no free TCP port on 127.0.0.1: %1"_s.arg(probe.errorString()));
    return probe.serverPort();
}

// Stops the server when this process dies without doing it (see PgCluster.h).
const char* const WatchdogScript = R"(
pid=$1; dir=$2; data=$2/data
alive() { [ -e "/proc/$pid" ] && ! grep -qs '^State:[[:space:]]*Z' "/proc/$pid/status"; }
while [ -d "$dir" ] && alive; do sleep 1; done
[ -d "$dir" ] || exit 0
pm=$(head -n 1 "$data/postmaster.pid" 2>/dev/null)
if [ -n "$pm" ] && kill -QUIT "$pm" 2>/dev/null; then
  i=0
  while kill -0 "$pm" 2>/dev/null && [ $i -lt 10 ]; do sleep 1; i=$((i + 1)); done
  kill -0 "$pm" 2>/dev/null && kill -KILL "$pm" 2>/dev/null
fi
rm -rf "$dir"
)";

void startWatchdog(const QString& folder)
{
    QProcess w;
    w.setProgram(u"/bin/sh"_s);
    w.setArguments({u"-c"_s, QString::fromLatin1(WatchdogScript), u"signtally-pg-watchdog"_s,
                    QString::number(QCoreApplication::applicationPid()), folder});
    // Nothing of ctest's: its output pipe held open would keep ctest waiting.
    w.setStandardInputFile(QProcess::nullDevice());
    w.setStandardOutputFile(QProcess::nullDevice());
    w.setStandardErrorFile(QProcess::nullDevice());
    w.setWorkingDirectory(QDir::rootPath());
    // Detached: a session of its own (Qt calls setsid), so neither a kill of
    // this process nor of its process group reaches it.
    if (!w.startDetached())
        throw PgError(u"could not start the watchdog that stops the server if this test dies"_s);
}

std::unique_ptr<PgCluster>& sharedCluster()
{
    static std::unique_ptr<PgCluster> cluster;
    return cluster;
}

QString& sharedError()
{
    static QString error;
    return error;
}

// Stops the shared cluster when the tests end (while QCoreApplication lives).
class SharedClusterEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { sharedCluster().reset(); }
};

[[maybe_unused]] const ::testing::Environment* const sharedEnvironment =
    ::testing::AddGlobalTestEnvironment(new SharedClusterEnvironment);

int connectionCounter = 0;

} // namespace

// A zombie does not count: where no init reaps the orphaned postmaster (in a
// container, say), its pid stays until someone does.
bool processRunning(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return true;
    static const QRegularExpression zombie(u"^State:\\s*Z"_s, QRegularExpression::MultilineOption);
    return !zombie.match(QString::fromLatin1(status.readAll())).hasMatch();
}

QString PgConnection::url() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QSqlDatabase PgConnection::open(const QString& connectionName) const
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw PgError(
            u"Qt's PostgreSQL driver (QPSQL) is not installed (drivers here: %1): install "
            u"libqt6sql6-psql (scripts/deps.sh does)"_s.arg(QSqlDatabase::drivers().join(u", "_s)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setDatabaseName(database);
        db.setConnectOptions(u"connect_timeout=10"_s);
        if (db.open())
            return db;
        const QString why = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        throw PgError(u"could not connect to %1: %2"_s.arg(url(), why));
    }
}

std::unique_ptr<PgCluster> PgCluster::start()
{
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    cluster->init();
    return cluster;
}

PgCluster& PgCluster::shared()
{
    if (!sharedCluster()) {
        if (!sharedError().isEmpty())
            throw PgError(u"the test process's PostgreSQL did not start before: "_s +
                          sharedError());
        try {
            sharedCluster() = start();
        } catch (const PgError& e) {
            sharedError() = QString::fromStdString(e.what());
            throw;
        }
    }
    return *sharedCluster();
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::dataDir() const
{
    return m_folder.isEmpty() ? QString() : m_folder + u"/data"_s;
}

void PgCluster::init()
{
    m_bindir = findBindir();
    if (isRoot())
        m_runAs = serverUser();

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/signtally-pg-XXXXXX"_s);
    if (!m_dir->isValid())
        throw PgError(u"could not create a temporary folder for PostgreSQL in %1: %2"_s.arg(
            QDir::tempPath(), m_dir->errorString()));
    m_folder = m_dir->path();
    if (!m_runAs.isEmpty()) {
        const passwd* pw = ::getpwnam(m_runAs.toLatin1().constData());
        if (pw == nullptr ||
            ::chown(QFile::encodeName(m_folder).constData(), pw->pw_uid, pw->pw_gid) != 0)
            throw PgError(u"could not hand %1 to the user %2"_s.arg(m_folder, m_runAs));
    }
    // Before anything runs in it: the folder goes when this process dies.
    startWatchdog(m_folder);

    const Run initdb =
        runTool(QDir(m_bindir).filePath(u"initdb"_s),
                {u"--pgdata"_s, dataDir(), u"--username"_s, superuser(), u"--auth=trust"_s,
                 u"--encoding=UTF8"_s, u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s},
                m_folder, m_runAs, 120000);
    if (!initdb.ok)
        throw PgError(u"initdb%1 failed in %2: %3"_s.arg(
            m_runAs.isEmpty() ? QString()
                              : u" (as %1: PostgreSQL refuses root, and that user must be able "
                                u"to reach the folder: TMPDIR=/tmp helps)"_s.arg(m_runAs),
            m_folder, initdb.output));

    // The settings every attempt shares; each attempt appends its port (the
    // last setting of a name wins).
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        throw PgError(u"could not write %1: %2"_s.arg(conf.fileName(), conf.errorString()));
    conf.write(u"\n# signtally::test::PgCluster: a throw-away cluster\n"
               u"listen_addresses = '127.0.0.1'\n"
               u"unix_socket_directories = '%1'\n"
               u"fsync = off\n"
               u"synchronous_commit = off\n"
               u"full_page_writes = off\n"
               u"max_connections = 100\n"_s.arg(m_folder)
                   .toUtf8());
    conf.close();

    // A port another process takes between freePort() and the server's bind
    // is worth another attempt; any other failure is not.
    QString failure;
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        bool portTaken = false;
        if (!tryStart(&failure, &portTaken) && !portTaken)
            throw PgError(failure);
    }
    if (!m_running)
        throw PgError(u"pg_ctl start found no free port in 5 attempts; the last: "_s + failure);

    const QString connectionName = u"pgcluster-version-%1"_s.arg(++connectionCounter);
    {
        QSqlDatabase db = connection().open(connectionName);
        QSqlQuery q(db);
        if (q.exec(u"SHOW server_version"_s) && q.next())
            m_version = u"PostgreSQL "_s + q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool PgCluster::tryStart(QString* failure, bool* portTaken, bool samePort)
{
    if (!samePort) {
        m_port = freePort();
        QFile conf(dataDir() + u"/postgresql.conf"_s);
        if (!conf.open(QIODevice::Append | QIODevice::Text))
            throw PgError(u"could not write %1: %2"_s.arg(conf.fileName(), conf.errorString()));
        conf.write(u"port = %1\n"_s.arg(m_port).toUtf8());
        conf.close();
    }
    QFile::remove(m_folder + u"/postgres.log"_s);

    const Run r =
        runTool(QDir(m_bindir).filePath(u"pg_ctl"_s),
                {u"start"_s, u"--pgdata"_s, dataDir(), u"--log"_s, m_folder + u"/postgres.log"_s,
                 u"--wait"_s, u"--timeout=60"_s, u"--silent"_s},
                m_folder, m_runAs, 90000);
    if (!r.ok) {
        const QString log = logTail();
        *portTaken = log.contains(u"could not bind"_s) ||
                     log.contains(u"could not create any TCP/IP sockets"_s);
        *failure = u"pg_ctl start failed (port %1, folder %2%3): %4\nServer log:\n%5"_s.arg(
            QString::number(m_port), m_folder,
            m_runAs.isEmpty() ? QString() : u", as %1"_s.arg(m_runAs), r.output, log);
        return false;
    }
    m_postmasterPid = readPostmasterPid();
    m_running = true;
    return true;
}

QString PgCluster::logTail() const
{
    QFile log(m_folder + u"/postgres.log"_s);
    if (!log.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"(no server log: %1)"_s.arg(log.errorString());
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(u'\n');
}

PgConnection PgCluster::connection(const QString& database) const
{
    return {u"127.0.0.1"_s, m_port, superuser(), database, m_folder};
}

PgConnection PgCluster::createDatabase(const QString& name)
{
    if (!m_running)
        throw PgError(u"createDatabase: the cluster is not running"_s);
    const QString db = name.isEmpty() ? u"t%1"_s.arg(m_nextDatabase++) : name;
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{0,62}$"_s);
    if (!valid.match(db).hasMatch())
        throw PgError(u"createDatabase: '%1' is not a plain name (a-z, 0-9, _)"_s.arg(db));
    const QString connectionName = u"pgcluster-admin-%1"_s.arg(++connectionCounter);
    QString error;
    {
        QSqlDatabase admin = connection().open(connectionName);
        QSqlQuery q(admin);
        if (!q.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(db)))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!error.isEmpty())
        throw PgError(u"CREATE DATABASE %1 failed: %2"_s.arg(db, error));
    return connection(db);
}

void PgCluster::pause()
{
    if (!m_running)
        throw PgError(u"pause(): the server is not running"_s);
    stopServer();
}

void PgCluster::resume()
{
    if (m_running || m_folder.isEmpty())
        throw PgError(u"resume(): the server is running, or its folder is gone"_s);
    QString failure;
    bool portTaken = false;
    if (!tryStart(&failure, &portTaken, true))
        throw PgError(failure);
}

void PgCluster::stop()
{
    stopServer();
    if (m_dir) {
        m_dir.reset(); // removes the folder (and so tells the watchdog to end)
        if (QFileInfo::exists(m_folder))
            QDir(m_folder).removeRecursively();
        m_folder.clear();
    }
}

void PgCluster::stopServer()
{
    // Also after a failed start: pg_ctl start may time out with the server
    // up, or leave it starting.
    const QString pidPath = m_folder.isEmpty() ? QString() : dataDir() + u"/postmaster.pid"_s;
    if (m_running || (!pidPath.isEmpty() && QFileInfo::exists(pidPath))) {
        m_running = false;
        if (m_postmasterPid == 0)
            m_postmasterPid = readPostmasterPid();
        const Run r = runTool(QDir(m_bindir).filePath(u"pg_ctl"_s),
                              {u"stop"_s, u"--pgdata"_s, dataDir(), u"--mode=immediate"_s,
                               u"--wait"_s, u"--timeout=30"_s, u"--silent"_s},
                              m_folder, m_runAs, 60000);
        // pg_ctl has waited for postmaster.pid to go; the process itself
        // follows a moment later.
        QDeadlineTimer deadline(10000);
        while (processRunning(m_postmasterPid) && !deadline.hasExpired())
            QThread::msleep(20);
        if (processRunning(m_postmasterPid)) {
            ADD_FAILURE() << "the postmaster " << m_postmasterPid
                          << " outlived pg_ctl stop -m immediate (" << qPrintable(r.output)
                          << "); killed";
            ::kill(pid_t(m_postmasterPid), SIGKILL);
        }
        m_postmasterPid = 0;
    }
}

qint64 PgCluster::readPostmasterPid() const
{
    QFile pidFile(dataDir() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong();
}

QStringList firstColumn(QSqlQuery& query)
{
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

PgSession::PgSession(PgConnection conn, const QString& user)
{
    static int count = 0;
    if (!user.isEmpty())
        conn.user = user;
    m_name = QStringLiteral("test-pg-%1").arg(++count);
    m_db = conn.open(m_name);
}

PgSession::~PgSession()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery PgSession::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db);
    if (values.isEmpty()) {
        EXPECT_TRUE(q.exec(sql)) << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
        return q;
    }
    EXPECT_TRUE(q.prepare(sql)) << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
    for (const QVariant& v : values)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec()) << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
    return q;
}

QStringList PgSession::column(const QString& sql)
{
    QSqlQuery q = exec(sql);
    return firstColumn(q);
}

} // namespace signtally::test
