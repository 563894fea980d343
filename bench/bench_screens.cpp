// The screens themselves at this size, offscreen: dashboard_refresh_ms (the
// whole dashboard page re-laid out for a new "as of": cards, three charts,
// table), unit_page_refresh_ms (the unit page switching unit), entry_day_ms
// (the entry grid switching day). What a person waits for after a click.
#include "Bench.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/UnitPage.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

void run(const BenchContext& ctx)
{
    CampaignSession session(Database::openExisting(ctx.dbPath, Database::Access::ReadOnly));
    const QDate start = session.data().campaign.start;
    const int days = session.data().campaign.days();

    DashboardPage dashboard(&session);
    dashboard.resize(1366, 768);
    dashboard.setAttribute(Qt::WA_DontShowOnScreen);
    dashboard.show();
    QApplication::processEvents();
    int step = 0;
    report("dashboard_refresh_ms",
           bestOfMs(5,
                    [&] {
                        dashboard.setAsOf(start.addDays((days / 2 + 3 * ++step) % days));
                        QApplication::processEvents();
                    }),
           "ms");

    UnitPage unit(&session);
    unit.resize(1366, 768);
    unit.setAttribute(Qt::WA_DontShowOnScreen);
    unit.show();
    QApplication::processEvents();
    const int units = int(session.data().units.size());
    report("unit_page_refresh_ms",
           bestOfMs(5,
                    [&] {
                        unit.setUnit((units / 2 + 7 * ++step) % units);
                        QApplication::processEvents();
                    }),
           "ms");

    EntryModel entry(&session);
    report("entry_day_ms", bestOfMs(5, [&] { entry.setDate(start.addDays((3 * ++step) % days)); }),
           "ms");
}

} // namespace
SIGNTALLY_BENCH(screens, 20, run);
} // namespace signtally::bench
