// Issue 16's server figures, on a throw-away PostgreSQL 15 cluster on
// loopback (tests/support/PgCluster) holding the generated campaign (copied
// in with StorageCopy, as `signtally copy` does):
//   pg_load_ms        loading the campaign from the server (best of 3)
//   pg_dashboard_ms   the dashboard's figures once loaded (best of 5)
//   pg_save_alone_*   p50/p99 time of a save (a grid as below) by one
//                     client alone on the server, before the others start;
//                     and the same saves written cell by cell (_cell_by_cell)
//   pg_clients_*      40 client processes (this program again, --pg-client),
//                     each saving 500 single-day grids (a unit × every
//                     provider, the values its grid read expected, as the
//                     entry grid saves): saves stored and conflicts counted,
//                     lost = saves neither stored nor reported as a conflict
//                     plus audit rows missing for stored cells; p50/p99 save
//                     latency; the audit chain checked after (Integrity)
//   pg_visible_*      a probe save every 100 ms from another connection while
//                     the clients run: the time until a window's session
//                     (CampaignSession, listening for the server's
//                     announcements) holds the new value
// Only when asked: --only pg_clients (it starts a server and copies the
// campaign in first: about a minute at national size).
#include "Bench.h"
#include "core/ProgressEngine.h"
#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/StorageCopy.h"
#include "storage/TallyStore.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgStorage.h"
#include "support/PgCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace signtally::bench {

namespace {

constexpr int Clients = 40;
constexpr int SavesPerClient = 500;
constexpr int AloneSaves = 300;

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v[i];
}

struct Shape
{
    qint64 campaign = 0;
    QVector<qint64> units, providers;
    QDate start, end;
};

Shape shapeOf(const Storage& db, qint64 campaign)
{
    Shape s;
    s.campaign = campaign;
    for (QSqlQuery q = db.exec(
             u"SELECT unit_id FROM campaign_unit WHERE campaign_id = ? ORDER BY seq"_s, {campaign});
         q.next();)
        s.units << q.value(0).toLongLong();
    for (QSqlQuery q = db.exec(
             u"SELECT provider_id FROM campaign_provider WHERE campaign_id = ? ORDER BY seq"_s,
             {campaign});
         q.next();)
        s.providers << q.value(0).toLongLong();
    QSqlQuery q = db.exec(u"SELECT start_date, end_date FROM campaign WHERE id = ?"_s, {campaign});
    if (q.next()) {
        s.start = q.value(0).toDate();
        s.end = q.value(1).toDate();
    }
    return s;
}

// A single-day grid of a unit (from a pool smaller than the campaign, so
// that clients sometimes meet) and every provider, with the values read
// now expected, as the entry grid saves.
QVector<TallyChange> gridToSave(const TallyStore& store, const Shape& shape, QRandomGenerator& rng)
{
    const int days = int(shape.start.daysTo(shape.end)) + 1;
    const qint64 unit = shape.units[rng.bounded(int(std::min<qsizetype>(shape.units.size(), 400)))];
    const QDate day = shape.start.addDays(rng.bounded(days));
    QVector<TallyChange> grid;
    for (qint64 provider : shape.providers) {
        const TallyKey key{unit, day, provider};
        grid << TallyChange::expecting(key, qint64(rng.bounded(500)), store.value(key));
    }
    return grid;
}

} // namespace

// One client process: `saves` grids of one unit and day, each read then
// saved expecting what was read. Prints "save_us N" per stored or refused
// save and, last, "result stored conflicts refused cells".
int runPgClient(const QString& url, qint64 campaign, int client, int saves)
{
    try {
        auto db = PgStorage::open(PgTarget::parse(url));
        const Shape shape = shapeOf(*db, campaign);
        const FixedClock clock(shape.end);
        TallyStore store(*db, campaign, clock);
        QRandomGenerator rng(quint32(1000 + client));
        // SIGNTALLY_BENCH_CELL_BY_CELL=1: the clients write cell by cell
        // (TallyStore::applyInTransaction), for comparison.
        const bool cellByCell = qEnvironmentVariableIntValue("SIGNTALLY_BENCH_CELL_BY_CELL") == 1;
        int stored = 0, conflicts = 0, refused = 0;
        qint64 cells = 0;
        for (int i = 0; i < saves; ++i) {
            const QVector<TallyChange> grid = gridToSave(store, shape, rng);
            const auto t0 = std::chrono::steady_clock::now();
            try {
                ApplyResult r;
                if (cellByCell)
                    db->writeTransaction(
                        [&] { r = store.applyInTransaction(grid, db->actor(), QString()); });
                else
                    r = store.apply(grid, db->actor());
                if (r.ok()) {
                    ++stored;
                    cells += r.added + r.changed + r.removed;
                } else {
                    ++conflicts;
                }
            } catch (const StorageError&) {
                ++refused; // a locked week, say: nothing written
            }
            const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                                std::chrono::steady_clock::now() - t0)
                                .count();
            std::printf("save_us %lld\n", static_cast<long long>(us));
        }
        std::printf("result %d %d %d %lld\n", stored, conflicts, refused,
                    static_cast<long long>(cells));
        return 0;
    } catch (const StorageError& e) {
        std::fprintf(stderr, "client %d: %s\n", client, qPrintable(e.message()));
        return 3;
    }
}

namespace {

void run(const BenchContext& ctx)
{
    auto cluster = test::PgCluster::start();
    const test::PgConnection conn = cluster->createDatabase(u"bench"_s);
    {
        test::PgSession owner(conn);
        PgSchema::init(owner.db());
    }
    auto server = PgStorage::open(PgTarget::parse(conn.url()));
    {
        auto file = StorageCopy::openSourceFile(ctx.dbPath);
        QElapsedTimer t;
        t.start();
        StorageCopy::copyInto(*file, *server);
        report("pg_copy_in_s", t.nsecsElapsed() / 1e9, "s");
    }
    CampaignStore store(*server);
    CampaignData data;
    report("pg_load_ms", bestOfMs(3, [&] { data = store.loadDefault(); }), "ms");
    const ProgressEngine engine(data);
    const QDate asOf = data.campaign.start.addDays(data.campaign.days() * 3 / 4);
    volatile qint64 sink = 0;
    report("pg_dashboard_ms",
           bestOfMs(5,
                    [&] {
                        const ProgressSnapshot s = engine.snapshot(asOf);
                        sink = sink + s.total.cumulative + engine.cumulativeSeries(-1).last();
                    }),
           "ms");
    const qint64 campaign = data.campaign.id;
    {
        // One client alone on the server: its save's own time; and the same
        // saves cell by cell (TallyStore::applyInTransaction, as every save
        // was written before TallyStorePg.cpp).
        auto db = PgStorage::open(PgTarget::parse(conn.url()));
        const Shape shape = shapeOf(*db, campaign);
        const FixedClock clock(shape.end);
        TallyStore alone(*db, campaign, clock);
        // (Taken in turns, so that both meet the same server: autovacuum
        // after the copy, other load.)
        QRandomGenerator rng(7);
        QVector<double> ms[2];
        for (int i = 0; i < 2 * AloneSaves; ++i) {
            const bool cellByCell = i % 2;
            const QVector<TallyChange> grid = gridToSave(alone, shape, rng);
            QElapsedTimer t;
            t.start();
            if (cellByCell)
                db->writeTransaction(
                    [&] { alone.applyInTransaction(grid, db->actor(), QString()); });
            else
                alone.apply(grid, db->actor());
            ms[cellByCell] << t.nsecsElapsed() / 1e6;
        }
        report("pg_save_alone_p50_ms", percentile(ms[0], 0.50), "ms");
        report("pg_save_alone_p99_ms", percentile(ms[0], 0.99), "ms");
        report("pg_save_alone_cell_by_cell_p50_ms", percentile(ms[1], 0.50), "ms");
        report("pg_save_alone_cell_by_cell_p99_ms", percentile(ms[1], 0.99), "ms");
    }
    const qint64 auditBefore = server->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong();

    // A window on the server, and a probe writing from elsewhere.
    CampaignSession window(PgStorage::open(PgTarget::parse(conn.url())), campaign, Clock::system());
    auto probeDb = PgStorage::open(PgTarget::parse(conn.url()));
    const Shape shape = shapeOf(*probeDb, campaign);
    const FixedClock probeClock(shape.end);
    TallyStore probe(*probeDb, campaign, probeClock);
    const TallyKey probeKey{shape.units.last(), shape.start, shape.providers.first()};
    qint64 probeValue = 1'000'000;
    std::chrono::steady_clock::time_point probeAt;
    bool probeSeen = true;
    QVector<double> visibleMs;
    QObject::connect(&window, &CampaignSession::changed, [&] {
        if (probeSeen || window.data().tallies.value(int(shape.units.size()) - 1, 0, 0) !=
                             std::optional<qint64>(probeValue))
            return;
        probeSeen = true;
        visibleMs << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               probeAt)
                         .count();
    });
    QTimer probeTimer;
    probeTimer.setInterval(100);
    QObject::connect(&probeTimer, &QTimer::timeout, [&] {
        if (!probeSeen)
            return; // the last one is not on screen yet: wait for it
        ++probeValue;
        probe.apply({{probeKey, probeValue}}, probeDb->actor());
        probeAt = std::chrono::steady_clock::now();
        probeSeen = false;
    });

    // The clients.
    QVector<QProcess*> clients;
    QVector<double> saveMs;
    int finished = 0, stored = 0, conflicts = 0, refused = 0, failed = 0;
    qint64 cells = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < Clients; ++i) {
        auto* p = new QProcess;
        p->setProgram(QCoreApplication::applicationFilePath());
        p->setArguments({u"--pg-client"_s, conn.url(), u"--pg-campaign"_s,
                         QString::number(campaign), u"--pg-index"_s, QString::number(i),
                         u"--pg-saves"_s, QString::number(SavesPerClient)});
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(p, &QProcess::finished, [&, p](int code) {
            for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.value(0) == "save_us")
                    saveMs << f.value(1).toDouble() / 1000.0;
                else if (f.value(0) == "result" && f.size() == 5) {
                    stored += f[1].toInt();
                    conflicts += f[2].toInt();
                    refused += f[3].toInt();
                    cells += f[4].toLongLong();
                }
            }
            if (code != 0)
                ++failed;
            if (++finished == Clients)
                loop.quit();
        });
        clients << p;
        p->start();
    }
    probeTimer.start();
    loop.exec();
    probeTimer.stop();
    const double seconds = wall.nsecsElapsed() / 1e9;
    qDeleteAll(clients);

    const qint64 saves = qint64(Clients) * SavesPerClient;
    const qint64 auditAfter = server->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong();
    const qint64 probeRows = probeValue - 1'000'000; // one audit row each
    // Every cell a client says it stored has its audit row; every save is
    // stored, a conflict or refused.
    const qint64 lost =
        (saves - stored - conflicts - refused) + (cells - (auditAfter - auditBefore - probeRows));
    report("pg_clients", Clients, "processes");
    report("pg_clients_saves", double(saves), "saves");
    report("pg_clients_stored", stored, "saves");
    report("pg_clients_conflicts", conflicts, "saves");
    report("pg_clients_refused", refused, "saves");
    report("pg_clients_failed", failed, "processes");
    report("pg_clients_lost", double(lost), "saves");
    report("pg_clients_saves_per_s", double(saves) / seconds, "saves/s");
    report("pg_clients_save_p50_ms", percentile(saveMs, 0.50), "ms");
    report("pg_clients_save_p99_ms", percentile(saveMs, 0.99), "ms");
    report("pg_visible_probes", visibleMs.size(), "saves");
    report("pg_visible_p50_ms", percentile(visibleMs, 0.50), "ms");
    report("pg_visible_p99_ms", percentile(visibleMs, 0.99), "ms");
    const IntegrityReport check = Integrity::check(*server);
    report("pg_chain_ok", check.ok() ? 1 : 0, "flag");
    for (const QString& problem : check.problems)
        std::fprintf(stderr, "check: %s\n", qPrintable(problem));
}

} // namespace

SIGNTALLY_BENCH_ON_REQUEST(pg_clients, 90, run);

} // namespace signtally::bench
