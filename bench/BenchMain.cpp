// signtally-bench --units 3321 --days 120 --providers 3 [--groups N] [--seed N] [--only a,b]
// Generates a synthetic campaign database, then runs every registered
// benchmark on it. Prints "name value unit" lines on stdout and nothing else.
#include "Bench.h"
#include "SyntheticCampaign.h"
#include "gui/GuiSetup.h"
#include "storage/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace signtally::bench {

namespace {
struct Entry
{
    QString name;
    int order;
    BenchFunction fn;
    bool onRequest;
};
std::vector<Entry>& registry()
{
    static std::vector<Entry> entries;
    return entries;
}
} // namespace

Registration::Registration(const char* name, int order, BenchFunction fn, bool onRequest)
{
    registry().push_back({QString::fromLatin1(name), order, std::move(fn), onRequest});
}

std::unique_ptr<Database> openCopy(const BenchContext& ctx, const QString& name)
{
    const QString path = QDir(ctx.workDir).filePath(name);
    QFile::remove(path);
    QFile::copy(ctx.dbPath, path);
    return Database::openExisting(path);
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void report(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double bestOfMs(int runs, const std::function<void()>& body)
{
    const QVector<double> times = timesMs(runs, body);
    return *std::min_element(times.begin(), times.end());
}

QVector<double> timesMs(int runs, const std::function<void()>& body)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    return times;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace signtally::bench

int main(int argc, char** argv)
{
    using namespace signtally;
    using namespace signtally::bench;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installBundledFonts();
    spdlog::set_level(spdlog::level::warn);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"units"_s, u"Number of units."_s, u"N"_s, u"3321"_s});
    parser.addOption({u"days"_s, u"Campaign days."_s, u"N"_s, u"120"_s});
    parser.addOption({u"providers"_s, u"Providers."_s, u"N"_s, u"3"_s});
    parser.addOption({u"groups"_s,
                      u"Target groups besides the whole population, each with sizes, goals "
                      "and tallies of its own (every figure then has them present)."_s,
                      u"N"_s, u"0"_s});
    parser.addOption({u"seed"_s, u"Random seed."_s, u"N"_s, u"7"_s});
    parser.addOption({u"only"_s, u"Comma-separated benchmarks to run."_s, u"NAMES"_s});
    parser.addOption({u"list"_s, u"List the benchmarks."_s});
    // pg_clients runs this program again as each of its client processes.
    parser.addOption({u"pg-client"_s, u"(pg_clients) Be one client of this server."_s, u"URL"_s});
    parser.addOption({u"pg-campaign"_s, u"(pg_clients) The campaign's id."_s, u"ID"_s});
    parser.addOption({u"pg-index"_s, u"(pg_clients) This client's number."_s, u"N"_s});
    parser.addOption({u"pg-saves"_s, u"(pg_clients) Saves to make."_s, u"N"_s});
    parser.process(app);
#ifdef SIGNTALLY_BENCH_PG
    if (parser.isSet(u"pg-client"_s))
        return runPgClient(
            parser.value(u"pg-client"_s), parser.value(u"pg-campaign"_s).toLongLong(),
            parser.value(u"pg-index"_s).toInt(), parser.value(u"pg-saves"_s).toInt());
#endif

    std::stable_sort(registry().begin(), registry().end(),
                     [](const Entry& a, const Entry& b) { return a.order < b.order; });
    if (parser.isSet(u"list"_s)) {
        for (const Entry& e : registry())
            std::printf("%s%s\n", qPrintable(e.name), e.onRequest ? " (only with --only)" : "");
        return 0;
    }
    const QStringList only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);

    QTemporaryDir dir;
    BenchContext ctx;
    ctx.units = parser.value(u"units"_s).toInt();
    ctx.days = parser.value(u"days"_s).toInt();
    ctx.providers = parser.value(u"providers"_s).toInt();
    ctx.groups = parser.value(u"groups"_s).toInt();
    ctx.seed = parser.value(u"seed"_s).toUInt();
    ctx.workDir = dir.path();
    ctx.dbPath = dir.filePath(u"bench.sqlite"_s);
    if (ctx.units < 1 || ctx.days < 1 || ctx.providers < 1 || ctx.groups < 0) {
        std::fprintf(stderr, "signtally-bench: --units, --days and --providers must be positive, "
                             "--groups at least 0\n");
        return 1;
    }

    QElapsedTimer t;
    t.start();
    generateSyntheticCampaign(ctx.dbPath, ctx.units, ctx.days, ctx.providers, ctx.seed, true,
                              ctx.groups);
    report("generate_s", t.nsecsElapsed() / 1e9, "s");

    for (const Entry& e : registry())
        if (only.isEmpty() ? !e.onRequest : only.contains(e.name))
            e.fn(ctx);

    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                report("peak_rss_mb", line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0,
                       "MB");
    }
    return 0;
}
