// pg_import_rows_per_s: import_rows_per_s on a PostgreSQL 15 server over
// loopback (issue 16). The synthetic campaign (no tallies) is put on a
// throw-away server started as the tests start theirs
// (tests/support/PgCluster.h, but with fsync on, as a real server has it),
// by its superuser through the set-up path; then an office login imports the
// same 1.000.000-row CSV through ImportApplier. The CPU-time rate counts this
// process and the server process serving its connection. Runs only when
// asked (--only pg_import): it needs PostgreSQL 15 on the machine.
#include "Bench.h"
#include "ImportBench.h"
#include "SyntheticCampaign.h"
#include "core/CampaignFile.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/SetupStore.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgStorage.h"
#include "support/PgCluster.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

// CPU seconds a process has used (Linux: /proc/PID/stat, user + system).
double processCpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // After the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

void run(const BenchContext& ctx)
{
    const QString filePath = QDir(ctx.workDir).filePath(u"pg-import.sqlite"_s);
    generateSyntheticCampaign(filePath, ctx.units, ctx.days, ctx.providers, ctx.seed, false,
                              ctx.groups);
    CampaignSetup setup;
    {
        auto file = Database::openExisting(filePath);
        // Through the campaign file, which has no ids: everything is new to the server.
        setup = CampaignFile::fromJson(CampaignFile::toJson(SetupStore(*file).load(
                                           CampaignStore(*file).loadDefault().campaign.id)))
                    .setup;
    }

    try {
        auto cluster = test::PgCluster::start();
        test::PgConnection conn = cluster->createDatabase(u"bench"_s);
        {
            test::PgSession owner(conn);
            // A real server keeps its data: fsync on (the tests' clusters run without).
            QSqlQuery q(owner.db());
            q.exec(u"ALTER SYSTEM SET fsync = on"_s);
            q.exec(u"SELECT pg_reload_conf()"_s);
            PgSchema::init(owner.db());
            PgSchema::addUser(owner.db(), {u"office1"_s, PgSchema::Role::Office, {}, {}, {}});
        }
        qint64 id = 0;
        {
            auto admin = PgStorage::open(PgTarget::parse(conn.url()));
            admin->writeTransaction(
                [&] { id = SetupStore::createInTransaction(*admin, setup, u"bench"_s, {}); });
        }
        conn.user = u"office1"_s;
        auto pg = PgStorage::open(PgTarget::parse(conn.url()));
        const qint64 backend = pg->scalar(u"SELECT pg_backend_pid()"_s).toLongLong();
        benchImport(*pg, CampaignStore(*pg).load(id), ctx.workDir, "pg_",
                    [&] { return processCpuSeconds(backend); });
    } catch (const test::PgError& e) {
        std::fprintf(stderr, "bench_pg_import: no PostgreSQL server: %s\n", e.what());
    } catch (const StorageError& e) {
        std::fprintf(stderr, "bench_pg_import: %s\n", qPrintable(e.message()));
    }
}

} // namespace
SIGNTALLY_BENCH_ON_REQUEST(pg_import, 31, run);
} // namespace signtally::bench
