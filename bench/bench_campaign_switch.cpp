// campaign_switch_ms: a file of ten campaigns of the generated size (the
// generated one and nine copies made through the set-up path, SetupStore,
// each with its own demo tallies, and with --groups its groups' too), the
// main window open on the dashboard of one; then Đợt → another campaign
// (MainWindow::switchCampaign) until every page has re-read it and the event
// loop is idle with the dashboard painted. Median and max of nine switches,
// each to a campaign not open before; campaign_switch_load_ms, of that the
// reading of the campaign (CampaignStore::load, as the session reads it).
// campaign_switch_generate_s: making the nine copies and their tallies (once).
#include "Bench.h"
#include "SyntheticCampaign.h"
#include "gui/MainWindow.h"
#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

constexpr int Campaigns = 10;

// Counts the paint events of a page and the widgets on it (the page itself
// is not painted where its children cover it): a switch is timed until the
// dashboard has been painted again.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* page) : m_page(page) { qApp->installEventFilter(this); }
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            if (auto* w = qobject_cast<QWidget*>(watched); w && m_page->isAncestorOf(w))
                ++paints;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_page;
};

void run(const BenchContext& ctx)
{
    auto db = openCopy(ctx, u"campaigns.sqlite"_s);
    const qint64 first = CampaignStore(*db).defaultCampaignId();
    const CampaignSetup setup = SetupStore(*db).load(first);
    QVector<qint64> ids{first};
    QElapsedTimer t;
    t.start();
    for (int k = 1; k < Campaigns; ++k) {
        const CampaignSetup copy = copyOfSetup(setup, u"bench-%1"_s.arg(k + 1));
        qint64 id = 0;
        db->writeTransaction(
            [&] { id = SetupStore::createInTransaction(*db, copy, u"bench"_s, {}); });
        const quint32 seed = ctx.seed + 100 * quint32(k);
        Seeder::addDemoTallies(*db, id, seed);
        for (int g = 0; g < ctx.groups; ++g)
            Seeder::addDemoTallies(*db, id, seed + 1 + quint32(g), g);
        ids << id;
    }
    report("campaign_switch_generate_s", t.nsecsElapsed() / 1e9, "s");

    const FixedClock clock(setup.campaign.end);
    CampaignSession session(std::move(db), first, clock);
    MainWindow window(&session);
    window.resize(1366, 768);
    window.show();
    window.showPage(u"dashboard"_s);
    QApplication::processEvents();
    PaintCounter counter(window.page(u"dashboard"_s));

    QVector<double> times;
    for (int i = 1; i < Campaigns; ++i) {
        counter.paints = 0;
        t.restart();
        if (!window.switchCampaign(ids[i])) {
            std::fprintf(stderr, "signtally-bench: could not switch to campaign %lld\n",
                         static_cast<long long>(ids[i]));
            return;
        }
        QApplication::processEvents();
        times << t.nsecsElapsed() / 1e6;
        if (counter.paints == 0 || session.campaignId() != ids[i])
            std::fprintf(stderr, "signtally-bench: the dashboard was not repainted\n");
    }
    report("campaign_switch_ms", median(times), "ms");
    report("campaign_switch_max_ms", *std::max_element(times.begin(), times.end()), "ms");
    // Of which reading the campaign as the session does (set-up, the whole
    // population's tallies; a group's only when it is shown), the same nine
    // campaigns again on the session's connection: the rest is the screens.
    int k = 0;
    report("campaign_switch_load_ms",
           median(timesMs(Campaigns - 1,
                          [&] {
                              const CampaignData d =
                                  CampaignStore(session.database())
                                      .load(ids[++k], CampaignStore::GroupTallies::Skip);
                          })),
           "ms");
}

} // namespace
SIGNTALLY_BENCH(campaign_switch, 75, run);
} // namespace signtally::bench
