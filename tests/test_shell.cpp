// The application shell: menus and their keys, page switching, remembered
// state, opening another database through the controller, the About box,
// drag and drop, and the settings dialog.
#include "core/EntryRules.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/entry/EntryPage.h"
#include "gui/import/ImportPage.h"
#include "gui/shell/AppController.h"
#include "gui/shell/SettingsDialog.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/Seeder.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;
using test::shot;

namespace {

QStringList menuTitles(QMainWindow& w)
{
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        titles << a->text().remove(u'&');
    return titles;
}

// A window whose shortcuts are live (active, focused) in the offscreen platform.
void activate(QWidget& w)
{
    w.show();
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
}

struct ShellFixture : ::testing::Test
{
    test::TempDir dir;
    FixedClock clock{QDate(2025, 8, 10)};
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<AppController> controller;

    void SetUp() override
    {
        settings = std::make_unique<AppSettings>(dir.file(u"settings.ini"_s));
        settings->setBackupFolder(dir.file(u"backups"_s));
        controller = std::make_unique<AppController>(settings.get(), clock);
        controller->setQuiet(true);
        controller->start(Seeder::createSeeded(dir.file(u"first.sqlite"_s), true));
        controller->window()->resize(1200, 760);
    }
    void TearDown() override { EntryRules::setMedianFactor(EntryRules::MedianFactor); }
    MainWindow& window() { return *controller->window(); }
};

} // namespace

TEST_F(ShellFixture, MenusExistWithTheirShortcuts)
{
    EXPECT_EQ(menuTitles(window()),
              (QStringList{u"Tệp"_s, u"Sửa"_s, u"Xem"_s, u"Đợt"_s, u"Trợ giúp"_s}));
    const QList<std::pair<QString, QKeySequence>> expected = {
        {u"fileOpen"_s, QKeySequence(QKeySequence::Open)},
        {u"fileNew"_s, QKeySequence(QKeySequence::New)},
        {u"fileQuit"_s, QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {u"fileSettings"_s, QKeySequence::keyBindings(QKeySequence::Preferences)
                                .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma))},
        {u"editUndo"_s, QKeySequence(QKeySequence::Undo)},
        {u"editCopy"_s, QKeySequence(QKeySequence::Copy)},
        {u"editPaste"_s, QKeySequence(QKeySequence::Paste)},
        {u"viewPage1"_s, QKeySequence(Qt::CTRL | Qt::Key_1)},
        {u"viewPage5"_s, QKeySequence(Qt::CTRL | Qt::Key_5)},
        {u"viewRefresh"_s, QKeySequence(Qt::Key_F5)},
    };
    for (const auto& [name, keys] : expected) {
        QAction* a = window().action(name);
        ASSERT_NE(a, nullptr) << name.toStdString();
        EXPECT_EQ(a->shortcut(), keys) << name.toStdString();
    }
    for (const QString& name :
         {u"fileBackup"_s, u"fileRestore"_s, u"fileImport"_s, u"fileExport"_s, u"filePrint"_s,
          u"fileSettings"_s, u"helpGuide"_s, u"helpAbout"_s, u"editRedo"_s})
        EXPECT_NE(window().action(name), nullptr) << name.toStdString();
    EXPECT_TRUE(window().action(u"fileOpen"_s)->isEnabled()); // the controller carries it out
    int n = 0;
    for (QAction* top : window().menuBar()->actions()) {
        QMenu* menu = top->menu();
        menu->popup(QPoint(0, 0));
        shot(menu, u"menu-%1.png"_s.arg(++n));
        menu->hide();
    }

    // Edit follows the page: nothing to undo on the overview; the entry grid's undo stack.
    ASSERT_TRUE(window().showPage(u"dashboard"_s));
    EXPECT_FALSE(window().action(u"editCopy"_s)->isEnabled());
    EXPECT_FALSE(window().action(u"editUndo"_s)->isEnabled());
    ASSERT_TRUE(window().showPage(u"entry"_s));
    EXPECT_TRUE(window().action(u"editCopy"_s)->isEnabled());
    auto* entry = qobject_cast<EntryPage*>(window().page(u"entry"_s));
    EntryModel* model = entry->model();
    model->setWarningHandler([](const QString&) { return true; });
    const std::optional<qint64> before = model->value(0, 0);
    ASSERT_TRUE(model->setData(model->index(0, model->providerColumn(0)), u"4321"_s, Qt::EditRole));
    EXPECT_EQ(model->value(0, 0), 4321);
    QAction* undo = window().action(u"editUndo"_s);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(model->value(0, 0), before);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(window().action(u"editRedo"_s)->isEnabled());
    window().action(u"editRedo"_s)->trigger();
    EXPECT_EQ(model->value(0, 0), 4321);
    model->discard();
}

TEST_F(ShellFixture, CtrlDigitsSwitchPages)
{
    activate(window());
    const QStringList keys = window().pageKeys();
    ASSERT_EQ(keys.size(), 5);
    for (int i = keys.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        ASSERT_NE(window().currentPage(), nullptr);
        EXPECT_EQ(window().currentPage()->key(), keys[i]) << "Ctrl+" << i + 1;
    }
    EXPECT_EQ(keys, (QStringList{u"dashboard"_s, u"entry"_s, u"import"_s, u"unit"_s, u"report"_s}));
}

// The page, the geometry and the recent files survive a restart; the dates do
// not: "as of" and the entry date open on today (the fixture's clock,
// 10/08/2025), even when an older version remembered other dates.
TEST_F(ShellFixture, GeometryPageAndRecentFilesSurviveARestartDatesOpenOnToday)
{
    window().resize(1111, 707);
    ASSERT_TRUE(window().showPage(u"dashboard"_s, {QDate(2025, 8, 5), {}, {}}));
    ASSERT_TRUE(window().showPage(u"entry"_s, {{}, QDate(2025, 8, 3), {}}));
    window().showPage(u"report"_s);
    window().close();
    controller.reset();

    AppSettings reread(dir.file(u"settings.ini"_s));
    EXPECT_EQ(reread.lastPage(), u"report"_s);
    EXPECT_FALSE(reread.windowGeometry().isEmpty());
    ASSERT_EQ(reread.recentFiles().size(), 1);
    EXPECT_TRUE(reread.recentFiles().first().endsWith(u"first.sqlite"_s));

    {
        // What an older version wrote at close.
        QSettings raw(dir.file(u"settings.ini"_s), QSettings::IniFormat);
        raw.setValue(u"window/lastAsOf"_s, u"2025-08-05"_s);
        raw.setValue(u"window/lastEntryDate"_s, u"2025-08-03"_s);
    }
    settings = std::make_unique<AppSettings>(dir.file(u"settings.ini"_s));
    controller = std::make_unique<AppController>(settings.get(), clock);
    controller->start(Database::openExisting(dir.file(u"first.sqlite"_s)));
    EXPECT_EQ(window().currentPage()->key(), u"report"_s);
    EXPECT_EQ(window().size(), QSize(1111, 707));
    EXPECT_EQ(qobject_cast<DashboardPage*>(window().page(u"dashboard"_s))->asOf(),
              QDate(2025, 8, 10));
    EXPECT_EQ(qobject_cast<EntryPage*>(window().page(u"entry"_s))->model()->date(),
              QDate(2025, 8, 10));
    // The recent files menu lists the file.
    bool listed = false;
    for (QAction* a : window().recentMenu()->actions())
        listed = listed || a->data().toString().endsWith(u"first.sqlite"_s);
    EXPECT_TRUE(listed);
}

TEST(AppSettings, KeysDefaultsAndLimits)
{
    test::TempDir dir;
    const QString ini = dir.file(u"s.ini"_s);
    {
        AppSettings s(ini);
        EXPECT_EQ(s.actor(), AppPaths::loginName());
        EXPECT_EQ(s.language(), u"vi"_s);
        EXPECT_EQ(s.backupFolder(), AppSettings::defaultBackupFolder());
        EXPECT_EQ(s.backupKeep(), 14);
        EXPECT_DOUBLE_EQ(s.outlierFactor(), 5.0);
        EXPECT_EQ(s.logLevel(), u"info"_s);
        EXPECT_EQ(s.lastPage(), u"dashboard"_s);
        EXPECT_TRUE(s.recentFiles().isEmpty());
        s.setActor(u"  Nguyễn Văn A "_s);
        s.setLanguage(u"en"_s);
        s.setBackupKeep(1000);
        s.setOutlierFactor(7.5);
        s.setLogLevel(u"debug"_s);
        for (int i = 0; i < 10; ++i)
            s.addRecentFile(dir.file(u"db%1.sqlite"_s.arg(i)));
        s.addRecentFile(dir.file(u"db3.sqlite"_s)); // moves to the front, no duplicate
    }
    AppSettings s(ini);
    EXPECT_EQ(s.actor(), u"Nguyễn Văn A"_s);
    EXPECT_EQ(s.language(), u"en"_s);
    EXPECT_EQ(s.backupKeep(), AppSettings::MaxBackupKeep);
    EXPECT_DOUBLE_EQ(s.outlierFactor(), 7.5);
    EXPECT_EQ(s.logLevel(), u"debug"_s);
    const QStringList recent = s.recentFiles();
    ASSERT_EQ(recent.size(), AppSettings::MaxRecentFiles);
    EXPECT_TRUE(recent[0].endsWith(u"db3.sqlite"_s));
    EXPECT_TRUE(recent[1].endsWith(u"db9.sqlite"_s));
    EXPECT_EQ(recent.filter(u"db3.sqlite"_s).size(), 1);
    // The keys are the documented ones.
    QSettings raw(ini, QSettings::IniFormat);
    EXPECT_EQ(raw.value(u"ui/language"_s).toString(), u"en"_s);
    EXPECT_DOUBLE_EQ(raw.value(u"entry/outlierFactor"_s).toDouble(), 7.5);
    EXPECT_EQ(raw.value(u"log/level"_s).toString(), u"debug"_s);
    // Garbage falls back to the defaults.
    raw.setValue(u"ui/language"_s, u"fr"_s);
    raw.setValue(u"backup/keep"_s, u"nhiều"_s);
    raw.sync();
    AppSettings again(ini);
    EXPECT_EQ(again.language(), u"vi"_s);
    EXPECT_EQ(again.backupKeep(), 14);
}

TEST_F(ShellFixture, OpeningAnotherDatabaseSwitchesCampaignAndTitle)
{
    // A second file with another campaign name.
    const QString second = dir.file(u"second.sqlite"_s);
    {
        auto db = Seeder::createSeeded(second, false);
        db->exec(u"UPDATE campaign SET name = ?"_s, {u"Đợt thử nghiệm Mỹ Hào"_s});
    }
    const QString firstName = controller->session()->data().campaign.name;
    EXPECT_TRUE(window().windowTitle().contains(u"first.sqlite"_s));
    EXPECT_TRUE(window().windowTitle().contains(firstName));

    ASSERT_TRUE(controller->openDatabase(second)) << controller->lastError().toStdString();
    EXPECT_EQ(controller->session()->data().campaign.name, u"Đợt thử nghiệm Mỹ Hào"_s);
    EXPECT_TRUE(window().windowTitle().contains(u"second.sqlite"_s));
    EXPECT_TRUE(window().windowTitle().contains(u"Đợt thử nghiệm Mỹ Hào"_s));
    EXPECT_EQ(window().pageKeys().size(), 5);
    EXPECT_EQ(window().session(), controller->session());
    // The new pages work on the new file (no tallies in it).
    auto* dash = qobject_cast<DashboardPage*>(window().page(u"dashboard"_s));
    EXPECT_EQ(dash->snapshot().total.cumulative, 0);
    EXPECT_TRUE(settings->recentFiles().first().endsWith(u"second.sqlite"_s));

    // A file that is not a database: refused, the open one stays.
    const QString junk = dir.file(u"junk.sqlite"_s);
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    EXPECT_FALSE(controller->openDatabase(junk));
    EXPECT_FALSE(controller->lastError().isEmpty());
    EXPECT_TRUE(window().windowTitle().contains(u"second.sqlite"_s));

    // New refuses an existing file; creates a seeded one otherwise.
    EXPECT_FALSE(controller->createDatabase(second));
    EXPECT_TRUE(controller->lastError().contains(u"đã tồn tại"_s));
    ASSERT_TRUE(controller->createDatabase(dir.file(u"third.sqlite"_s)));
    EXPECT_TRUE(window().windowTitle().contains(u"third.sqlite"_s));
    EXPECT_EQ(controller->session()->data().units.size(), 37);
}

TEST_F(ShellFixture, RestoreClosesReplacesAndReopens)
{
    CampaignSession* s = controller->session();
    const CampaignData& d = s->data();
    const qint64 before = s->engine().snapshot(QDate(2025, 8, 28)).total.cumulative;
    const QString copy = dir.file(u"copy.sqlite"_s);
    Backup::write(s->database(), copy);
    s->applyChanges({{{d.units[0].id, QDate(2025, 8, 1), d.providers[0].id}, 99999}});
    ASSERT_NE(s->engine().snapshot(QDate(2025, 8, 28)).total.cumulative, before);

    ASSERT_TRUE(controller->restoreBackup(copy)) << controller->lastError().toStdString();
    EXPECT_EQ(controller->session()->engine().snapshot(QDate(2025, 8, 28)).total.cumulative,
              before);
    EXPECT_TRUE(window().windowTitle().contains(u"first.sqlite"_s));
    // Closing the changed session on the way wrote an automatic backup.
    EXPECT_EQ(Backup::automaticBackups(dir.file(u"backups"_s)).size(), 1);
}

TEST_F(ShellFixture, AboutNamesTheVersions)
{
    const QString text = window().aboutText();
    EXPECT_TRUE(text.contains(QStringLiteral(SIGNTALLY_VERSION)));
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion())));
    const QDate built = MainWindow::buildDate();
    ASSERT_TRUE(built.isValid());
    EXPECT_EQ(built,
              QLocale::c().toDate(QString::fromLatin1(__DATE__).simplified(), u"MMM d yyyy"_s));
    EXPECT_TRUE(text.contains(built.toString(u"dd/MM/yyyy"_s)));
    const QString sqlite =
        controller->session()->database().scalar(u"SELECT sqlite_version()"_s).toString();
    ASSERT_FALSE(sqlite.isEmpty());
    EXPECT_TRUE(text.contains(sqlite));
    EXPECT_TRUE(text.contains(u"first.sqlite"_s));
    // What QMessageBox::about shows.
    QMessageBox box(QMessageBox::NoIcon, u"Giới thiệu SignTally"_s, text, QMessageBox::Ok,
                    &window());
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    shot(&box, u"about.png"_s);
}

TEST_F(ShellFixture, DroppingASheetShowsTheImportPageWithIt)
{
    const QString csv = dir.file(u"viettel.csv"_s);
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Đơn vị,Ngày,Số lượng\nXã Chợ Rã,01/08/2025,12\n");
    }
    activate(window());
    window().showPage(u"dashboard"_s);
    auto* import = qobject_cast<ImportPage*>(window().page(u"import"_s));
    QSignalSpy preview(import, &ImportPage::previewReady);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    const QPoint where(600, 300);
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_EQ(window().currentPage()->key(), u"import"_s);
    for (int i = 0; i < 100 && preview.isEmpty(); ++i)
        preview.wait(100);
    ASSERT_FALSE(preview.isEmpty());
    ASSERT_EQ(import->plan().files.size(), 1);
    EXPECT_TRUE(import->plan().files.first().path.endsWith(u"viettel.csv"_s));

    // Something that is not a sheet is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.file(u"photo.png"_s))});
    QDragEnterEvent no(where, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window(), &no);
    EXPECT_FALSE(no.isAccepted());
}

TEST_F(ShellFixture, SettingsDialogAppliesThresholdsActorAndFactor)
{
    CampaignSession* s = controller->session();
    auto* dash = qobject_cast<DashboardPage*>(window().page(u"dashboard"_s));
    dash->setAsOf(QDate(2025, 8, 10));
    const ProgressSnapshot before = dash->snapshot();
    ASSERT_GT(before.behind + before.atRisk, 0);

    SettingsDialog dialog(settings.get(), s, &window());
    shot(&dialog, u"settings.png"_s);
    dialog.actorEdit()->setText(u"Trần Thị Bình"_s);
    // Invalid: at risk above on track; nothing changes.
    dialog.onTrackBox()->setValue(50);
    dialog.atRiskBox()->setValue(60);
    EXPECT_FALSE(dialog.apply());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(s->thresholds().onTrackPercent, 95);
    EXPECT_NE(s->actor(), u"Trần Thị Bình"_s);

    // Low thresholds: no unit behind (on track also needs a forecast within
    // the drive, so the units forecast too late stay at risk).
    dialog.onTrackBox()->setValue(1);
    dialog.atRiskBox()->setValue(0);
    dialog.outlierBox()->setValue(8);
    ASSERT_TRUE(dialog.apply()) << dialog.errorText().toStdString();
    EXPECT_EQ(s->thresholds(), (StatusThresholds{1, 0}));
    const ProgressSnapshot after = dash->snapshot();
    EXPECT_GT(before.behind, 0);
    EXPECT_EQ(after.behind, 0);
    EXPECT_GE(after.onTrack, before.onTrack);
    // Stored in the database.
    EXPECT_EQ(s->database().scalar(u"SELECT on_track_percent FROM campaign"_s).toInt(), 1);
    EXPECT_DOUBLE_EQ(EntryRules::medianFactor(), 8.0);
    EXPECT_DOUBLE_EQ(settings->outlierFactor(), 8.0);

    // The audit carries the name.
    EXPECT_EQ(s->actor(), u"Trần Thị Bình"_s);
    EXPECT_EQ(settings->actor(), u"Trần Thị Bình"_s);
    const CampaignData& d = s->data();
    s->applyChanges({{{d.units[2].id, QDate(2025, 8, 9), d.providers[0].id}, 321}});
    const QVector<AuditEntry> history = s->tallies().history(d.units[2].id, QDate(2025, 8, 9));
    bool found = false;
    for (const AuditEntry& e : history)
        if (e.newCount == 321) {
            found = true;
            EXPECT_EQ(e.actor, u"Trần Thị Bình"_s);
        }
    EXPECT_TRUE(found);
}

TEST_F(ShellFixture, RefreshReadsWhatAnotherConnectionWrote)
{
    CampaignSession* s = controller->session();
    auto* dash = qobject_cast<DashboardPage*>(window().page(u"dashboard"_s));
    dash->setAsOf(QDate(2025, 8, 28));
    const qint64 before = dash->snapshot().total.cumulative;
    const qint64 old = s->data().tallies.value(0, 0, 0).value_or(0); // unit 0, 28/07, provider 0
    {
        // Another PC (or the command line) writes to the same file.
        auto other = Database::openExisting(s->database().location());
        TallyStore store(*other, s->data().campaign.id);
        const CampaignData& d = s->data();
        ASSERT_TRUE(
            store.apply({{{d.units[0].id, QDate(2025, 7, 28), d.providers[0].id}, 5000}}, u"khác"_s)
                .ok());
    }
    EXPECT_EQ(dash->snapshot().total.cumulative, before); // not yet read
    window().action(u"viewRefresh"_s)->trigger();
    EXPECT_EQ(dash->snapshot().total.cumulative, before - old + 5000);
}

TEST_F(ShellFixture, ABadBackupIsRefusedAndTheFileStaysOpen)
{
    const QString junk = dir.file(u"not-a-backup.sqlite"_s);
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3 — not really");
    }
    const qint64 before =
        controller->session()->engine().snapshot(QDate(2025, 8, 28)).total.cumulative;
    EXPECT_FALSE(controller->restoreBackup(junk));
    EXPECT_FALSE(controller->lastError().isEmpty());
    ASSERT_NE(controller->session(), nullptr);
    EXPECT_EQ(controller->session()->engine().snapshot(QDate(2025, 8, 28)).total.cumulative,
              before);
    EXPECT_EQ(window().pageKeys().size(), 5);
    EXPECT_TRUE(window().windowTitle().contains(u"first.sqlite"_s));
}
