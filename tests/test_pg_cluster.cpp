// The throw-away PostgreSQL 15 the server tests run on (issue 16,
// tests/support/PgCluster.h): it starts, Qt's QPSQL driver reaches it, text
// keeps its Vietnamese, databases and clusters are separate, and nothing is
// left running or on disk after a stop or after a killed test process.
#include "support/PgCluster.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

using Session = test::PgSession;

bool portOpen(int port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(port));
    return socket.waitForConnected(2000);
}

// Waits until the postmaster has ended and its folder is gone.
bool goneWithin(qint64 pid, const QString& folder, int ms)
{
    QDeadlineTimer deadline(ms);
    while ((test::processRunning(pid) || QFileInfo::exists(folder)) && !deadline.hasExpired())
        QThread::msleep(100);
    return !test::processRunning(pid) && !QFileInfo::exists(folder);
}

// The same table in two databases: each sees only the row written to it.
void expectSeparate(const test::PgConnection& first, const test::PgConnection& second)
{
    Session a(first);
    Session b(second);
    for (Session* s : {&a, &b})
        s->exec(u"CREATE TABLE unit (name text)"_s);
    a.exec(u"INSERT INTO unit VALUES (?)"_s, {u"Phường Phan Đình Phùng"_s});
    b.exec(u"INSERT INTO unit VALUES (?)"_s, {u"Xã Bản Thi"_s});
    EXPECT_EQ(a.column(u"SELECT name FROM unit"_s), QStringList{u"Phường Phan Đình Phùng"_s});
    EXPECT_EQ(b.column(u"SELECT name FROM unit"_s), QStringList{u"Xã Bản Thi"_s});
}

} // namespace

TEST(PgCluster, StartsAPostgreSql15OfItsOwn)
{
    test::PgCluster& cluster = test::PgCluster::shared();
    EXPECT_TRUE(cluster.running());
    EXPECT_TRUE(cluster.serverVersion().startsWith(u"PostgreSQL 15."_s))
        << qPrintable(cluster.serverVersion());
    EXPECT_GT(cluster.port(), 0);
    EXPECT_TRUE(test::processRunning(cluster.postmasterPid()));
    EXPECT_TRUE(portOpen(cluster.port()));
    // Its data and its Unix socket are in its own folder, not the system's.
    QFile version(cluster.dataDir() + u"/PG_VERSION"_s);
    ASSERT_TRUE(version.open(QIODevice::ReadOnly));
    EXPECT_EQ(version.readAll().trimmed(), "15");
    EXPECT_TRUE(QFileInfo::exists(cluster.folder() + u"/.s.PGSQL.%1"_s.arg(cluster.port())));
}

TEST(PgCluster, QtsPostgreSqlDriverConnectsToIt)
{
    ASSERT_TRUE(QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        << "Qt's PostgreSQL driver is missing (libqt6sql6-psql); drivers here: "
        << qPrintable(QSqlDatabase::drivers().join(u", "_s));
    const test::PgConnection conn = test::PgCluster::shared().createDatabase();
    EXPECT_EQ(conn.url(),
              u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(conn.port).arg(conn.database));
    Session tcp(conn);
    EXPECT_EQ(tcp.column(u"SELECT current_database()"_s), QStringList{conn.database});
    EXPECT_EQ(tcp.column(u"SHOW server_encoding"_s), QStringList{u"UTF8"_s});
    // The same server through its Unix socket.
    test::PgConnection viaSocket = conn;
    viaSocket.host = conn.socketDir;
    Session socket(viaSocket);
    EXPECT_EQ(socket.column(u"SELECT current_database()"_s), QStringList{conn.database});
}

TEST(PgCluster, KeepsVietnameseTextThroughBoundValues)
{
    Session s(test::PgCluster::shared().createDatabase());
    s.exec(u"CREATE TABLE unit (id integer PRIMARY KEY, name text NOT NULL)"_s);
    const QString name = u"Xã Bản Thi"_s;
    s.exec(u"INSERT INTO unit (id, name) VALUES (?, ?)"_s, {1, name});
    QSqlQuery q = s.exec(u"SELECT name, char_length(name), octet_length(name) FROM unit "
                         u"WHERE name = ?"_s,
                         {name});
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), name);
    EXPECT_EQ(q.value(1).toInt(), 10); // characters, as the server counts them
    EXPECT_EQ(q.value(2).toInt(), name.toUtf8().size());
}

TEST(PgCluster, EachDatabaseOfAClusterHasItsOwnRows)
{
    test::PgCluster& cluster = test::PgCluster::shared();
    expectSeparate(cluster.createDatabase(u"town_a"_s), cluster.createDatabase(u"town_b"_s));
    // A name is given once; an unnamed database gets a new name each time.
    EXPECT_THROW(cluster.createDatabase(u"town_a"_s), test::PgError);
    EXPECT_THROW(cluster.createDatabase(u"Town; DROP"_s), test::PgError);
    EXPECT_NE(cluster.createDatabase().database, cluster.createDatabase().database);
}

TEST(PgCluster, TwoClustersDoNotSeeEachOther)
{
    auto one = test::PgCluster::start();
    auto two = test::PgCluster::start();
    EXPECT_NE(one->port(), two->port());
    EXPECT_NE(one->folder(), two->folder());
    // The same database name in both.
    expectSeparate(one->createDatabase(u"signtally"_s), two->createDatabase(u"signtally"_s));
}

TEST(PgCluster, IsGoneAfterStop)
{
    auto cluster = test::PgCluster::start();
    const int port = cluster->port();
    const QString folder = cluster->folder();
    const qint64 pid = cluster->postmasterPid();
    const test::PgConnection conn = cluster->createDatabase();
    ASSERT_TRUE(portOpen(port));
    ASSERT_TRUE(QFileInfo::exists(folder));

    cluster->stop();
    EXPECT_FALSE(cluster->running());
    EXPECT_FALSE(test::processRunning(pid)) << "postmaster " << pid;
    EXPECT_FALSE(QFileInfo::exists(folder)) << qPrintable(folder);
    EXPECT_FALSE(portOpen(port)) << "port " << port;
    EXPECT_THROW(Session{conn}, test::PgError);
    cluster->stop(); // a second stop (the destructor's) does nothing
}

// ctest kills a test that runs over its time: no destructor runs then, and the
// watchdog must stop the server and remove its folder.
TEST(PgCluster, AKilledTestProcessLeavesNoServerBehind)
{
    QProcess helper;
    helper.start(QString::fromUtf8(SIGNTALLY_PG_CLUSTER_HELPER), {});
    ASSERT_TRUE(helper.waitForStarted());
    QDeadlineTimer deadline(120000);
    while (!helper.canReadLine() && helper.state() == QProcess::Running && !deadline.hasExpired())
        helper.waitForReadyRead(1000);
    const QStringList started = QString::fromUtf8(helper.readLine()).trimmed().split(u' ');
    ASSERT_EQ(started.size(), 3) << "the helper said: " << qPrintable(started.join(u' '))
                                 << qPrintable(QString::fromUtf8(helper.readAllStandardError()));
    const QString folder = started[0];
    const int port = started[1].toInt();
    const qint64 pid = started[2].toLongLong();
    ASSERT_TRUE(test::processRunning(pid));
    ASSERT_TRUE(portOpen(port));

    helper.kill(); // SIGKILL, as ctest's timeout
    ASSERT_TRUE(helper.waitForFinished(10000));
    EXPECT_TRUE(goneWithin(pid, folder, 30000))
        << "postmaster " << pid << (test::processRunning(pid) ? " still runs" : " ended")
        << ", folder " << qPrintable(folder)
        << (QFileInfo::exists(folder) ? " still there" : " removed");
    EXPECT_FALSE(portOpen(port));
}
