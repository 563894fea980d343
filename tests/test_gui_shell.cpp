#include "cli/Cli.h"
#include "gui/GuiCommands.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/HeadlineCard.h"
#include "gui/entry/EntryPage.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/ReportSettingsStore.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace signtally;
using namespace Qt::StringLiterals;

TEST(GuiShell, ScreenshotRendersTheDashboardAtTheAskedSize)
{
    test::TempDir dir;
    const QString db = dir.file(u"demo.sqlite"_s);
    Seeder::createSeeded(db, true).reset();
    Cli cli;
    registerGuiCommands(cli);
    QString out, err;
    QTextStream o(&out), e(&err);
    const QString png = dir.file(u"dash.png"_s);
    const int code =
        cli.run({u"signtally"_s, u"screenshot"_s, u"--view"_s, u"dashboard"_s, u"--db"_s, db,
                 u"--out"_s, png, u"--size"_s, u"1024x700"_s, u"--as-of"_s, u"10/08/2025"_s},
                o, e);
    ASSERT_EQ(code, 0) << err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1024, 700));
    EXPECT_EQ(cli.run({u"signtally"_s, u"screenshot"_s, u"--view"_s, u"nowhere"_s, u"--db"_s, db,
                       u"--out"_s, dir.file(u"x.png"_s)},
                      o, e),
              1);
}

TEST(GuiShell, SavedTalliesReachTheScreens)
{
    test::TempDir dir;
    const FixedClock clock(QDate(2026, 1, 1)); // the session keeps a reference: not a temporary
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false), clock);
    EXPECT_EQ(session.defaultDate(), QDate(2025, 8, 28)); // clamped to the campaign
    MainWindow window(&session);
    QSignalSpy changed(&session, &CampaignSession::changed);
    const CampaignData& d = session.data();
    session.applyChanges({{{d.units[0].id, QDate(2025, 8, 1), d.providers[0].id}, 1605}});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(session.engine().snapshot(QDate(2025, 8, 28)).total.cumulative, 1605);
    // The overview's headline shows the new total without a restart.
    bool found = false;
    for (QLabel* l : window.findChildren<QLabel*>())
        found = found || l->text().contains(u"1.605 / 50.000"_s);
    EXPECT_TRUE(found);
}

TEST(GuiShell, ClosingAfterChangesWritesAnAutomaticBackup)
{
    test::TempDir dir;
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false));
    const QString folder = dir.file(u"backups"_s);
    EXPECT_TRUE(session.backupIfChanged(folder).isEmpty()); // nothing changed yet
    const CampaignData& d = session.data();
    session.applyChanges({{{d.units[1].id, QDate(2025, 8, 2), d.providers[1].id}, 77}});
    const QString file = session.backupIfChanged(folder);
    ASSERT_FALSE(file.isEmpty());
    auto copy = Database::openExisting(file, Database::Access::ReadOnly);
    EXPECT_EQ(copy->scalar(u"SELECT count FROM tally"_s).toInt(), 77);
    EXPECT_TRUE(session.backupIfChanged(folder).isEmpty()); // once per change
}

// Another process (or window) writes to the same file: the session notices it
// on its own, says exactly what changed, and the dashboard shows it.
TEST(GuiShell, AWriteFromAnotherConnectionReachesTheDashboard)
{
    test::TempDir dir;
    const FixedClock clock(QDate(2026, 1, 1));
    const QString path = dir.file(u"s.sqlite"_s);
    CampaignSession session(Seeder::createSeeded(path, false), clock);
    session.setOutsideChangeInterval(20);
    MainWindow window(&session);
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(u"dashboard"_s));
    ASSERT_NE(dashboard, nullptr);
    window.showPage(u"dashboard"_s);
    QSignalSpy changed(&session, &CampaignSession::changed);
    const CampaignData& d = session.data();
    {
        auto other = Database::openExisting(path);
        TallyStore(*other, d.campaign.id)
            .apply({{{d.units[3].id, QDate(2025, 8, 5), d.providers[1].id}, 2718}}, u"khác"_s);
    }
    ASSERT_TRUE(changed.wait(5000));
    const auto notice = changed.first().first().value<ChangeNotice>();
    EXPECT_EQ(notice.origin, ChangeNotice::Origin::OtherConnection);
    EXPECT_EQ(notice.parts, ChangeNotice::Parts(ChangeNotice::Tallies));
    EXPECT_EQ(notice.campaignId, d.campaign.id);
    EXPECT_EQ(notice.units, QSet<int>{3});
    EXPECT_EQ(notice.providers, QSet<int>{1});
    EXPECT_EQ(notice.from, QDate(2025, 8, 5));
    EXPECT_EQ(notice.to, QDate(2025, 8, 5));
    EXPECT_EQ(dashboard->snapshot().total.cumulative, 2718);
    bool found = false;
    for (QLabel* l : dashboard->findChildren<QLabel*>())
        found = found || l->text().contains(u"2.718 / 50.000"_s);
    EXPECT_TRUE(found);
    // Nothing more happened: no second notice for the same write.
    EXPECT_FALSE(changed.wait(200));
}

// A page behind the current one does not recompute for every save; it
// catches up, with every change it missed, when it is shown again.
TEST(GuiShell, AHiddenPageCatchesUpWhenShown)
{
    test::TempDir dir;
    const FixedClock clock(QDate(2026, 1, 1));
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false), clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(u"dashboard"_s));
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(window.showPage(u"entry"_s));
    const CampaignData& d = session.data();
    session.applyChanges({{{d.units[0].id, QDate(2025, 8, 1), d.providers[0].id}, 100}});
    session.applyChanges({{{d.units[1].id, QDate(2025, 8, 2), d.providers[1].id}, 23}});
    EXPECT_EQ(dashboard->snapshot().total.cumulative, 0); // not recomputed while hidden
    ASSERT_TRUE(window.showPage(u"dashboard"_s));
    EXPECT_EQ(dashboard->snapshot().total.cumulative, 123); // both saves
}

// Closing the window with an edit in the entry grid's undo history: the
// history signals as it is destroyed, after the window's own parts.
TEST(GuiShell, ClosingTheWindowAfterAnEditInTheGrid)
{
    test::TempDir dir;
    const FixedClock clock(QDate(2026, 1, 1));
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false), clock);
    session.setOutsideChangeInterval(0);
    auto window = std::make_unique<MainWindow>(&session);
    ASSERT_TRUE(window->showPage(u"entry"_s));
    auto* entry = qobject_cast<EntryPage*>(window->page(u"entry"_s));
    ASSERT_NE(entry, nullptr);
    entry->model()->setCount(0, 0, 12);
    ASSERT_TRUE(entry->undoStack()->canUndo());
    window.reset(); // crashed in MainWindow::updateActions
}

// Settings kept in the file are changes too: they go through the session,
// reach the screens as a notice, and count for the backup on close.
TEST(GuiShell, ThresholdsAndReportSettingsGoThroughTheSession)
{
    test::TempDir dir;
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false));
    session.setOutsideChangeInterval(0);
    QSignalSpy changed(&session, &CampaignSession::changed);
    StatusThresholds t = session.thresholds();
    t.onTrackPercent = 90;
    session.setThresholds(t);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().first().value<ChangeNotice>().parts,
              ChangeNotice::Parts(ChangeNotice::Thresholds));
    EXPECT_EQ(CampaignStore(session.database()).loadDefault().campaign.thresholds.onTrackPercent,
              90);
    // Thresholds are set-up: audited (who, old → new) and the check still passes.
    const QVector<SetupAuditEntry> h =
        SetupStore(session.database()).history(session.data().campaign.id);
    ASSERT_FALSE(h.isEmpty());
    EXPECT_EQ(h.front().item, u"campaign.on_track_percent"_s);
    EXPECT_EQ(h.front().oldValue, u"95"_s);
    EXPECT_EQ(h.front().newValue, u"90"_s);
    EXPECT_EQ(h.front().actor, session.actor());
    EXPECT_TRUE(Integrity::check(session.database()).ok());

    ReportSettings s = ReportSettingsStore::load(session.database(), session.data().campaign.id);
    s.signerName = u"Nguyễn Văn Thử"_s;
    session.saveReportSettings(s);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_TRUE(changed.last().first().value<ChangeNotice>().touches(ChangeNotice::ReportSettings));
    EXPECT_EQ(ReportSettingsStore::load(session.database(), session.data().campaign.id).signerName,
              u"Nguyễn Văn Thử"_s);
    EXPECT_FALSE(session.backupIfChanged(dir.file(u"backups"_s)).isEmpty());
}
