// startup_ms: process start to the main window painted (offscreen), on the
// generated database; app_peak_rss_mb: that process's peak memory.
#include "Bench.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

void run(const BenchContext& ctx)
{
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"SIGNTALLY_QUIT_AFTER_PAINT"_s, u"1"_s);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QString::fromUtf8(SIGNTALLY_BINARY), {u"--db"_s, ctx.dbPath});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "signtally-bench: the app did not start: %s\n",
                         p.readAllStandardError().constData());
            return;
        }
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    report("startup_ms", best, "ms");
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        report("app_peak_rss_mb", usage.ru_maxrss / 1024.0, "MB");
#endif
}

} // namespace
SIGNTALLY_BENCH(startup, 90, run);
} // namespace signtally::bench
