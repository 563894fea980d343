// startup_ms: process start to the main window painted (offscreen), on the
// generated database; app_peak_rss_mb: that process's peak memory.
#include "Bench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

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
    // The app's own peak memory, through /usr/bin/time: Linux keeps a
    // process's maxrss across execve, so a child forked straight from this
    // (large) process would report ours.
    if (QFile::exists(u"/usr/bin/time"_s)) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"SIGNTALLY_QUIT_AFTER_PAINT"_s, u"1"_s);
        p.setProcessEnvironment(env);
        p.start(u"/usr/bin/time"_s, {u"-f"_s, u"maxrss_kb=%M"_s,
                                     QString::fromUtf8(SIGNTALLY_BINARY), u"--db"_s, ctx.dbPath});
        if (p.waitForFinished(60000)) {
            const QString err = QString::fromUtf8(p.readAllStandardError());
            const qsizetype at = err.lastIndexOf(u"maxrss_kb="_s);
            if (at >= 0)
                report("app_peak_rss_mb", err.mid(at + 10).trimmed().toDouble() / 1024.0, "MB");
        }
    }
}

} // namespace
SIGNTALLY_BENCH(startup, 5, run); // first: app_peak_rss_mb must not include the import child
} // namespace signtally::bench
