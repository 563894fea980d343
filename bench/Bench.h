#pragma once

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace signtally::bench {

// What every benchmark gets: the synthetic database (already generated) and
// its shape. Benchmarks print figures with report(); nothing else goes to stdout.
struct BenchContext
{
    QString dbPath;  // the generated campaign (do not modify it; copy it first)
    QString workDir; // a scratch folder, removed afterwards
    int units = 0;
    int days = 0;
    int providers = 0;
    int groups = 0; // target groups besides the whole population (--groups)
    quint32 seed = 0;
};

using BenchFunction = std::function<void(const BenchContext&)>;

// A writable copy of the generated database, `name` in the scratch folder.
std::unique_ptr<Database> openCopy(const BenchContext& ctx, const QString& name);
// Prints "name value unit" on stdout.
void report(const char* name, double value, const char* unit);
// Best (lowest) wall time of `runs` calls, in milliseconds.
double bestOfMs(int runs, const std::function<void()>& body);
// The wall time of each of `runs` calls, in milliseconds, in the order run.
QVector<double> timesMs(int runs, const std::function<void()>& body);
// CPU seconds of this process, all threads: the machine may be shared, so
// a figure without waiting for a core is reported too. (std::clock is
// process CPU time on Linux and macOS; on Windows it is wall time.)
double cpuSeconds();
// The median of some times (the mean of the middle two for an even count).
double median(QVector<double> values);

struct Registration
{
    // onRequest: runs only when named in --only (not in the default set).
    Registration(const char* name, int order, BenchFunction fn, bool onRequest = false);
};

// A client process of pg_clients (this program with --pg-client URL): saves
// `saves` single-day grids into the campaign on that server, printing each
// save's time and what happened (bench_pg_clients.cpp).
int runPgClient(const QString& url, qint64 campaign, int client, int saves);

} // namespace signtally::bench

// Registers a benchmark; lower order runs first. Use once per .cpp file.
#define SIGNTALLY_BENCH(name, order, fn)                                                           \
    static const ::signtally::bench::Registration signtally_bench_registration_##name(#name,       \
                                                                                      order, fn)
// Registers a benchmark that runs only when --only names it.
#define SIGNTALLY_BENCH_ON_REQUEST(name, order, fn)                                                \
    static const ::signtally::bench::Registration signtally_bench_registration_##name(             \
        #name, order, fn, true)
