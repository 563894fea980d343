#include "cli/Cli.h"
#include "gui/GuiCommands.h"
#include "gui/MainWindow.h"
#include "models/CampaignSession.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <gtest/gtest.h>

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
    QSignalSpy changed(&session, &CampaignSession::talliesChanged);
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
