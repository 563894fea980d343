// A server that stops in the middle of a save (issue 16, "Live"): on a
// throw-away PostgreSQL cluster of this test's own, stopped as a crash or a
// power cut would stop it while a save's transaction is open. The save is
// absent (never half there), the grid keeps every edit, the window says the
// connection is lost, reconnects by itself once the server is back,
// listens to the server's announcements again, and the save tried again is
// stored whole with the audit's chain intact. A machine without PostgreSQL
// fails this; it never skips.
#include "core/CampaignFile.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/shell/AppController.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/Integrity.h"
#include "storage/OpenStorage.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "storage/pg/PgSchema.h"
#include "support/GuiSupport.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <signal.h>
#include <thread>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// A throw-away cluster of the test's own, set up with one campaign.
struct ServerWithCampaign
{
    std::unique_ptr<test::PgCluster> cluster = test::PgCluster::start();
    test::PgConnection conn = cluster->createDatabase(u"dx"_s);
    qint64 campaign = 0;

    ServerWithCampaign()
    {
        {
            test::PgSession owner(conn);
            PgSchema::init(owner.db());
        }
        auto storage = openStorage(conn.url());
        const CampaignSetup setup = test::readTemplate(u"thai-nguyen-2025"_s).setup;
        storage->writeTransaction([&] {
            campaign = SetupStore::createInTransaction(*storage, setup, storage->actor(), {});
        });
    }
};

// The cluster's postmaster stopped (SIGSTOP) for as long as this lives: the
// kernel still accepts connections, and nobody answers them, as with a
// host gone from the network. Linux, as the tests' clusters are.
class Unanswering
{
public:
    explicit Unanswering(const test::PgCluster& cluster)
    {
        QFile lock(cluster.dataDir() + u"/postmaster.pid"_s);
        if (lock.open(QIODevice::ReadOnly))
            m_pid = lock.readLine().trimmed().toLongLong();
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGSTOP);
    }
    ~Unanswering() { answer(); }
    Unanswering(const Unanswering&) = delete;
    Unanswering& operator=(const Unanswering&) = delete;
    bool stopped() const { return m_pid > 0; }
    void answer()
    {
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGCONT);
        m_pid = 0;
    }

private:
    qint64 m_pid = 0;
};

} // namespace

TEST(ServerReconnect, AServerStoppedMidSaveLosesNothingAndTheRetryIsStoredWhole)
{
    ServerWithCampaign server;
    test::PgCluster* cluster = server.cluster.get();
    const test::PgConnection& conn = server.conn;
    const qint64 campaign = server.campaign;
    test::TempDir dir;
    const FixedClock clock{QDate(2025, 8, 11)};
    AppSettings settings(dir.file(u"settings.ini"_s));
    AppController controller(&settings, clock);
    controller.setQuiet(true);
    controller.start(openStorage(conn.url()));
    MainWindow* window = controller.window();
    window->show();
    CampaignSession* session = controller.session();
    session->setOutsideChangeInterval(0); // the server's announcements only
    auto* link = window->findChild<QLabel*>(u"connectionStatus"_s);
    ASSERT_NE(link, nullptr);
    EXPECT_FALSE(link->isVisible());

    EntryModel grid(session);
    const QDate day(2025, 8, 10);
    ASSERT_TRUE(grid.setDate(day));
    auto cell = [&](int row, int provider) {
        return grid.index(row, grid.providerColumn(provider));
    };
    ASSERT_TRUE(grid.setData(cell(4, 1), u"12"_s));
    ASSERT_TRUE(grid.setData(cell(5, 1), u"7"_s));
    const CampaignData& d = session->data();
    auto stored = [&](int row) {
        test::PgSession sql(conn);
        return sql.column(u"SELECT count FROM tally WHERE unit_id = %1 AND provider_id = %2 AND "
                          "tally_date = '2025-08-10'"_s.arg(d.units[row].id)
                              .arg(d.providers[1].id));
    };
    auto auditRows = [&] {
        test::PgSession sql(conn);
        return sql.column(u"SELECT count(*) FROM tally_audit"_s).value(0).toInt();
    };
    const int auditBefore = auditRows();

    // The save's change set waits two seconds inside its transaction (its
    // tallies written, its audit row about to be): the server stops then.
    {
        test::PgSession owner(conn);
        owner.exec(u"CREATE FUNCTION slow_batch() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN PERFORM pg_sleep(2); RETURN NEW; END $$"_s);
        owner.exec(u"CREATE TRIGGER slow_batch BEFORE INSERT ON audit_batch FOR EACH ROW "
                   "EXECUTE FUNCTION slow_batch()"_s);
    }
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        cluster->pause();
    });
    QString error;
    const bool saved = grid.save(&error);
    stopper.join();
    EXPECT_FALSE(saved);
    EXPECT_FALSE(error.isEmpty());
    // Every edit is still in the grid, to be saved again.
    EXPECT_TRUE(grid.isDirty());
    EXPECT_EQ(grid.editedCount(), 2);
    EXPECT_EQ(grid.data(cell(4, 1)).toString(), u"12"_s);
    // The window says so.
    EXPECT_TRUE(session->connectionLost());
    EXPECT_TRUE(link->isVisible());
    EXPECT_TRUE(link->text().contains(u"Mất kết nối máy chủ"_s)) << qPrintable(link->text());
    window->resize(1366, 768);
    test::shot(window, u"server-link-lost.png"_s);

    // A save while the server is still down: refused at once, nothing lost.
    EXPECT_FALSE(grid.save(&error));
    EXPECT_TRUE(error.contains(u"Mất kết nối"_s)) << qPrintable(error);
    EXPECT_EQ(grid.editedCount(), 2);

    cluster->resume();
    // Absent, not half there: no tally and no audit row of that save.
    EXPECT_EQ(stored(4), QStringList{});
    EXPECT_EQ(stored(5), QStringList{});
    EXPECT_EQ(auditRows(), auditBefore);
    {
        test::PgSession owner(conn);
        owner.exec(u"DROP TRIGGER slow_batch ON audit_batch"_s);
    }

    // The back-off reconnects by itself (1, 2, 4… s after the drop).
    QSignalSpy linkChanged(session, &CampaignSession::connectionChanged);
    for (int i = 0; i < 100 && session->connectionLost(); ++i)
        linkChanged.wait(200);
    ASSERT_FALSE(session->connectionLost());
    EXPECT_FALSE(link->isVisible());
    EXPECT_GE(session->reconnectAttempts(), 1);

    // It listens again: another office's save reaches it without a poll.
    {
        auto other = openStorage(conn.url());
        TallyStore tallies(*other, campaign, clock);
        tallies.apply({{{d.units[9].id, day, d.providers[0].id}, 31}}, other->actor());
    }
    QSignalSpy followed(session, &CampaignSession::changed);
    const int dayIndex = int(d.campaign.start.daysTo(day));
    for (int i = 0; i < 30 && session->data().tallies.value(9, dayIndex, 0) != 31; ++i)
        followed.wait(100);
    EXPECT_EQ(session->data().tallies.value(9, dayIndex, 0), 31);

    // The save again: stored whole, audited, the chain one chain.
    ASSERT_TRUE(grid.save(&error)) << qPrintable(error);
    EXPECT_FALSE(grid.isDirty());
    EXPECT_EQ(stored(4), QStringList{u"12"_s});
    EXPECT_EQ(stored(5), QStringList{u"7"_s});
    EXPECT_EQ(auditRows(), auditBefore + 3); // two cells here, one of the other office
    const IntegrityReport check = Integrity::check(session->database());
    EXPECT_TRUE(check.ok()) << qPrintable(check.problems.join(u'\n'));
}

// A server that does not answer at all (its host gone from the network: a
// connection attempt waits for connect_timeout, 10 s): the window's own
// thread keeps running while the back-off tries again, since the question
// whether the server answers is asked on another thread. Once it answers,
// the session is connected again.
TEST(ServerReconnect, AServerThatDoesNotAnswerLeavesTheWindowResponsive)
{
    ServerWithCampaign server;
    const FixedClock clock{QDate(2025, 8, 11)};
    CampaignSession session(openStorage(server.conn.url()), server.campaign, clock);
    session.setOutsideChangeInterval(100);
    // The server ends the session's connection, then stops answering.
    {
        test::PgSession owner(server.conn);
        owner.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                   "application_name = 'signtally'"_s);
    }
    Unanswering silent(*server.cluster);
    ASSERT_TRUE(silent.stopped());
    QSignalSpy linkChanged(&session, &CampaignSession::connectionChanged);
    for (int i = 0; i < 50 && !session.connectionLost(); ++i)
        linkChanged.wait(100);
    ASSERT_TRUE(session.connectionLost());

    // Four seconds of the window's event loop, through the first try (after
    // 1 s, waiting 10 s for an answer): no gap between two 50 ms ticks as
    // long as 2,5 s (a try on this thread stalls it 10 s; a slow shared
    // machine, a few hundred ms).
    QElapsedTimer clockOfTicks;
    clockOfTicks.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clockOfTicks.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });
    tick.start(50);
    QTest::qWait(4000);
    tick.stop();
    // (A wait that blocked the thread ends with no tick after it.)
    longestGap = std::max(longestGap, clockOfTicks.elapsed() - last);
    EXPECT_LT(longestGap, 2500);
    EXPECT_TRUE(session.connectionLost());

    // The server answers again: the session connects by itself.
    silent.answer();
    for (int i = 0; i < 300 && session.connectionLost(); ++i)
        linkChanged.wait(100);
    EXPECT_FALSE(session.connectionLost());
    EXPECT_EQ(session.data().units.size(), 37);
}
