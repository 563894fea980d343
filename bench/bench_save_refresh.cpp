// save_refresh_ms: what a person waits for after Ctrl+S on the entry grid.
// The whole main window (every page built, the entry page in front), three
// cells edited, then the save and every screen it touches brought up to date,
// until the event loop is idle again. dashboard_after_save_ms: then switching
// to the dashboard (what a page that was hidden during the save still owes).
#include "Bench.h"
#include "gui/MainWindow.h"
#include "gui/entry/EntryPage.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/CampaignStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <limits>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

void run(const BenchContext& ctx)
{
    auto db = openCopy(ctx, u"save-refresh.sqlite"_s);
    const QDate end = CampaignStore(*db).loadDefault().campaign.end;
    const FixedClock clock(end);
    CampaignSession session(std::move(db), clock);
    MainWindow window(&session);
    window.resize(1366, 768);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.showPage(u"entry"_s);
    QApplication::processEvents();
    auto* entryPage = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    EntryModel* model = entryPage->model();
    model->setWarningHandler([](const QString&) { return true; }); // no dialog
    model->setDate(session.data().campaign.start.addDays(ctx.days / 2));
    QApplication::processEvents();

    double best = std::numeric_limits<double>::max();
    double bestSwitch = std::numeric_limits<double>::max();
    const int rows = model->rowCount();
    for (int run = 0; run < 5; ++run) {
        for (int i = 0; i < 3; ++i)
            model->setCount((rows / 3 * i + run) % rows, i % model->providerCount(),
                            20 + run * 3 + i);
        QElapsedTimer t;
        t.start();
        model->save();
        QApplication::processEvents();
        best = std::min(best, t.nsecsElapsed() / 1e6);

        t.restart();
        window.showPage(u"dashboard"_s);
        QApplication::processEvents();
        bestSwitch = std::min(bestSwitch, t.nsecsElapsed() / 1e6);
        window.showPage(u"entry"_s);
        QApplication::processEvents();
    }
    report("save_refresh_ms", best, "ms");
    report("dashboard_after_save_ms", bestSwitch, "ms");
}

} // namespace
SIGNTALLY_BENCH(save_refresh, 25, run);
} // namespace signtally::bench
