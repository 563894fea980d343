// One file, several campaigns: the default rule, --campaign on the commands,
// CampaignSession::switchCampaign, and the window's Đợt menu, switcher and the
// dashboard's "campaign over" line. Real SQLite files, the real binary.
#include "core/Language.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/HeadlineCard.h"
#include "gui/entry/EntryPage.h"
#include "gui/shell/AppController.h"
#include "gui/shell/CampaignSwitcher.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;
using test::answerNextBox;

namespace {

const QString Code2025 = u"tn-2025-30ngay"_s;
const QString Code2026 = u"tn-2026"_s;
const QString Name2026 = u"Đợt chữ ký số năm 2026"_s;

// The seeded campaign again, with another code and dates: the same 37 units.
QJsonObject otherCampaign(const QString& code, const QString& name, QDate start, QDate end)
{
    QJsonObject doc = Seeder::defaultCampaign();
    QJsonObject c = doc.value(u"campaign"_s).toObject();
    c[u"code"_s] = code;
    c[u"name"_s] = name;
    c[u"start"_s] = start.toString(Qt::ISODate);
    c[u"end"_s] = end.toString(Qt::ISODate);
    doc[u"campaign"_s] = c;
    return doc;
}

// The 2025 drive (seeded) and a 2026 drive, 02/03/2026–02/04/2026.
std::unique_ptr<Database> twoCampaigns(const QString& path)
{
    auto db = Seeder::createSeeded(path, false);
    Seeder::seedCampaign(*db,
                         otherCampaign(Code2026, Name2026, QDate(2026, 3, 2), QDate(2026, 4, 2)));
    return db;
}

qint64 idOf(const Storage& db, const QString& code)
{
    return CampaignStore(db).campaignIdByCode(code).value_or(0);
}

// One count of the first unit (Xã Ba Bể) by the first provider.
void writeCount(Database& db, const QString& code, QDate date, qint64 count)
{
    const CampaignData d = CampaignStore(db).load(idOf(db, code));
    const FixedClock clock(d.campaign.end);
    TallyStore(db, d.campaign.id, clock)
        .apply({TallyChange({d.units[0].id, date, d.providers[0].id}, count)}, u"test"_s);
}

qint64 cumulative(const CampaignData& d)
{
    qint64 sum = 0;
    for (int u = 0; u < d.units.size(); ++u)
        for (int day = 0; day < d.campaign.days(); ++day)
            for (int p = 0; p < d.providers.size(); ++p)
                sum += d.tallies.value(u, day, p).value_or(0);
    return sum;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeText(const QString& path, const QString& text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

// With SIGNTALLY_TEST_SHOTS=DIR, saves what the widget looks like (to look at
// it); with `over`, drawn in the middle of that window, as a dialog opens.
void shot(QWidget* w, const QString& name, QWidget* over = nullptr)
{
    if (!qEnvironmentVariableIsSet("SIGNTALLY_TEST_SHOTS"))
        return;
    w->show();
    QApplication::processEvents();
    QPixmap image = w->grab();
    if (over) {
        image = over->grab();
        const QPixmap dialog = w->grab();
        QPainter p(&image);
        p.fillRect(image.rect(), QColor(0, 0, 0, 40));
        const QPoint at((image.width() - dialog.width()) / 2,
                        (image.height() - dialog.height()) / 3);
        p.setPen(QColor(0x80, 0x80, 0x80));
        p.drawRect(QRect(at, dialog.size()).adjusted(-1, -1, 0, 0));
        p.drawPixmap(at, dialog);
    }
    image.save(qEnvironmentVariable("SIGNTALLY_TEST_SHOTS") + u'/' + name);
}

} // namespace

TEST(CampaignChoice, TwoCampaignsWithTheSameUnitNeverMixTallies)
{
    test::TempDir dir;
    auto db = twoCampaigns(dir.file(u"two.sqlite"_s));
    writeCount(*db, Code2025, QDate(2025, 8, 1), 11);
    writeCount(*db, Code2026, QDate(2026, 3, 5), 22);
    writeCount(*db, Code2026, QDate(2026, 3, 6), 33);

    const CampaignData a = CampaignStore(*db).load(idOf(*db, Code2025));
    const CampaignData b = CampaignStore(*db).load(idOf(*db, Code2026));
    ASSERT_NE(a.campaign.id, b.campaign.id);
    EXPECT_EQ(a.units[0].id, b.units[0].id); // the same unit in both
    EXPECT_EQ(a.units[0].name, u"Xã Ba Bể"_s);
    EXPECT_EQ(cumulative(a), 11);
    EXPECT_EQ(cumulative(b), 22 + 33);
    EXPECT_EQ(a.tallies.value(0, 4, 0), 11); // 01/08/2025 is day 5 of 2025
    EXPECT_EQ(b.tallies.value(0, 3, 0), 22); // 05/03/2026 is day 4 of 2026
    // Each audit and history keeps to its campaign.
    EXPECT_EQ(TallyStore(*db, a.campaign.id).historyForUnit(a.units[0].id).size(), 1);
    EXPECT_EQ(TallyStore(*db, b.campaign.id).historyForUnit(b.units[0].id).size(), 2);
}

TEST(CampaignChoice, DefaultIsTheLatestRunningElseTheLatest)
{
    test::TempDir dir;
    auto db = twoCampaigns(dir.file(u"two.sqlite"_s));
    const qint64 a = idOf(*db, Code2025);
    const qint64 b = idOf(*db, Code2026);
    const CampaignStore store(*db);
    EXPECT_EQ(store.defaultCampaignId(QDate(2025, 8, 10)), a); // 2025 is running
    EXPECT_EQ(store.defaultCampaignId(QDate(2025, 7, 28)), a); // its first day
    EXPECT_EQ(store.defaultCampaignId(QDate(2025, 8, 28)), a); // its last day
    EXPECT_EQ(store.defaultCampaignId(QDate(2026, 3, 10)), b); // 2026 is running
    EXPECT_EQ(store.defaultCampaignId(QDate(2025, 12, 1)), b); // none: the latest start
    EXPECT_EQ(store.defaultCampaignId(QDate(2024, 1, 1)), b);  // none yet: the latest start
    EXPECT_EQ(store.defaultCampaignId(QDate(2027, 1, 1)), b);  // all over: the latest start
    EXPECT_EQ(store.campaignIdByCode(u"no-such-code"_s), std::nullopt);

    // Same start: the one added last; one running inside another: the later start.
    Seeder::seedCampaign(
        *db, otherCampaign(u"tn-2026-b"_s, u"Đợt B"_s, QDate(2026, 3, 2), QDate(2026, 3, 20)));
    Seeder::seedCampaign(
        *db, otherCampaign(u"tn-2026-c"_s, u"Đợt C"_s, QDate(2026, 3, 16), QDate(2026, 3, 18)));
    const qint64 c2 = idOf(*db, u"tn-2026-b"_s);
    const qint64 c3 = idOf(*db, u"tn-2026-c"_s);
    EXPECT_EQ(store.defaultCampaignId(QDate(2026, 3, 10)), c2); // same start as b, higher id
    EXPECT_EQ(store.defaultCampaignId(QDate(2026, 3, 17)), c3); // the latest start running
    EXPECT_EQ(store.defaultCampaignId(QDate(2026, 3, 25)), b);  // only b still runs
    EXPECT_EQ(store.defaultCampaignId(QDate(2026, 5, 1)), c3);  // all over: the latest start

    // The session takes the rule with its clock.
    const FixedClock in2025(QDate(2025, 8, 10));
    CampaignSession session(Database::openExisting(db->path()), in2025);
    EXPECT_EQ(session.campaignId(), a);
    const QVector<CampaignInfo> all = store.campaigns();
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all.first().code, u"tn-2026-c"_s);
    EXPECT_EQ(all.last().code, Code2025);
    EXPECT_EQ(all.last().phase(QDate(2025, 8, 10)), CampaignInfo::Phase::Running);
    EXPECT_EQ(all.last().phase(QDate(2025, 8, 29)), CampaignInfo::Phase::Over);
    EXPECT_EQ(all.last().phase(QDate(2025, 7, 27)), CampaignInfo::Phase::Upcoming);
}

TEST(CampaignChoice, SummaryTakesTheChosenCampaign)
{
    test::TempDir dir;
    const QString path = dir.file(u"two.sqlite"_s);
    {
        auto db = twoCampaigns(path);
        writeCount(*db, Code2025, QDate(2025, 8, 1), 1111);
        writeCount(*db, Code2026, QDate(2026, 3, 2), 2222); // its first day: in every "as of"
    }
    const QStringList csv = {u"summary"_s, u"--db"_s, path, u"--format"_s, u"csv"_s};
    auto totalOf = [](const QString& out) {
        return out.split(u'\n', Qt::SkipEmptyParts).last().split(u',').value(4).toLongLong();
    };
    // By code, whatever today is.
    test::ProcessResult r = test::runSigntally(csv + QStringList{u"--campaign"_s, Code2025});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(totalOf(r.out), 1111);
    r = test::runSigntally(csv + QStringList{u"--campaign"_s, Code2026});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(totalOf(r.out), 2222);
    // Without --campaign: the one running on SIGNTALLY_TODAY, else the latest.
    r = test::runSigntally(csv, {}, {u"SIGNTALLY_TODAY=2025-08-10"_s});
    EXPECT_EQ(totalOf(r.out), 1111);
    r = test::runSigntally(csv, {}, {u"SIGNTALLY_TODAY=2025-12-01"_s});
    EXPECT_EQ(totalOf(r.out), 2222);
    // The text form names the campaign.
    r = test::runSigntally({u"summary"_s, u"--db"_s, path, u"--campaign"_s, Code2026});
    EXPECT_TRUE(r.out.startsWith(Name2026)) << r.out.toStdString();
    // --help lists the option.
    r = test::runSigntally({u"summary"_s, u"--help"_s});
    EXPECT_TRUE(r.out.contains(u"--campaign"_s)) << r.out.toStdString();
}

TEST(CampaignChoice, AnUnknownCodeExitsTwoAndChangesNothing)
{
    test::TempDir dir;
    const QString path = dir.file(u"two.sqlite"_s);
    twoCampaigns(path).reset();
    const QString csv = dir.file(u"counts.csv"_s);
    writeText(csv, u"Đơn vị,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,05/03/2026,Viettel,7\n"_s);
    const QByteArray before = bytesOf(path);
    const QList<QStringList> commands = {
        {u"summary"_s, u"--db"_s, path},
        {u"import"_s, csv, u"--db"_s, path},
        {u"template"_s, u"--week"_s, u"1"_s, u"--out"_s, dir.file(u"t.xlsx"_s), u"--db"_s, path},
        {u"report"_s, u"--week"_s, u"1"_s, u"--out"_s, dir.file(u"r.csv"_s), u"--db"_s, path},
    };
    for (const QStringList& args : commands) {
        const test::ProcessResult r =
            test::runSigntally(args + QStringList{u"--campaign"_s, u"tn-2099"_s});
        EXPECT_EQ(r.exitCode, 2) << args.first().toStdString() << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(u"tn-2099"_s)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(Code2025)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(Code2026)) << r.err.toStdString();
    }
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_FALSE(QFile::exists(dir.file(u"t.xlsx"_s)));
    EXPECT_FALSE(QFile::exists(dir.file(u"r.csv"_s)));
}

TEST(CampaignChoice, ImportWritesIntoTheChosenCampaignOnly)
{
    test::TempDir dir;
    const QString path = dir.file(u"two.sqlite"_s);
    twoCampaigns(path).reset();
    const QString csv = dir.file(u"counts.csv"_s);
    writeText(csv, u"Đơn vị,Ngày,Nhà mạng,Số lượng\n"
                   "Xã Ba Bể,05/03/2026,Viettel,7\n"
                   "Xã Chợ Rã,06/03/2026,VNPT,9\n"_s);
    const QStringList today = {u"SIGNTALLY_TODAY=2026-03-10"_s};
    // Dates of 2026 do not belong to the 2025 drive: refused, nothing written.
    test::ProcessResult r = test::runSigntally(
        {u"import"_s, csv, u"--db"_s, path, u"--campaign"_s, Code2025}, {}, today);
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    r = test::runSigntally({u"import"_s, csv, u"--db"_s, path, u"--campaign"_s, Code2026}, {},
                           today);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    auto db = Database::openExisting(path);
    EXPECT_EQ(cumulative(CampaignStore(*db).load(idOf(*db, Code2026))), 16);
    EXPECT_EQ(cumulative(CampaignStore(*db).load(idOf(*db, Code2025))), 0);
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 2);
}

TEST(CampaignChoice, SwitchCampaignSendsASetupNoticeAndReadsTheOther)
{
    test::TempDir dir;
    const QString path = dir.file(u"two.sqlite"_s);
    {
        auto db = twoCampaigns(path);
        writeCount(*db, Code2025, QDate(2025, 8, 1), 11);
        writeCount(*db, Code2026, QDate(2026, 3, 5), 22);
        TallyStore(*db, idOf(*db, Code2026)).lockWeek(2, u"test"_s, u"đã gửi"_s);
        CampaignStore::saveThresholds(*db, idOf(*db, Code2026), {90, 70});
    }
    // Today the 2026 drive runs; the session is opened on the 2025 one by its id.
    const FixedClock clock(QDate(2026, 3, 10));
    auto db = Database::openExisting(path);
    const qint64 a = idOf(*db, Code2025);
    CampaignSession session(std::move(db), a, clock);
    session.setOutsideChangeInterval(0);
    ASSERT_EQ(session.data().campaign.code, Code2025);
    EXPECT_EQ(cumulative(session.data()), 11);
    EXPECT_TRUE(session.tallies().lockedWeeks().isEmpty());

    QSignalSpy spy(&session, &CampaignSession::changed);
    const qint64 b = idOf(session.database(), Code2026);
    session.switchCampaign(b);
    ASSERT_EQ(spy.size(), 1);
    const auto notice = spy.at(0).at(0).value<ChangeNotice>();
    EXPECT_TRUE(notice.touches(ChangeNotice::Setup));
    EXPECT_EQ(notice.campaignId, b);
    EXPECT_EQ(session.campaignId(), b);
    EXPECT_EQ(session.data().campaign.name, Name2026);
    EXPECT_EQ(session.calendar().start(), QDate(2026, 3, 2));
    EXPECT_EQ(cumulative(session.data()), 22);
    EXPECT_EQ(session.tallies().lockedWeeks(), QVector<int>{2});
    EXPECT_EQ(session.thresholds(), (StatusThresholds{90, 70}));
    EXPECT_EQ(session.defaultDate(), QDate(2026, 3, 10));

    // Another connection writes to both: the session keeps to its campaign.
    {
        auto other = Database::openExisting(path);
        writeCount(*other, Code2025, QDate(2025, 8, 2), 100);
        writeCount(*other, Code2026, QDate(2026, 3, 6), 5);
    }
    session.reloadFromFile();
    EXPECT_EQ(session.campaignId(), b);
    EXPECT_EQ(cumulative(session.data()), 27);

    // A campaign the file does not have: refused, the session as it was.
    spy.clear();
    EXPECT_THROW(session.switchCampaign(9999), StorageError);
    EXPECT_EQ(session.campaignId(), b);
    EXPECT_TRUE(spy.isEmpty());

    // Writes go to the campaign shown.
    const CampaignData& d = session.data();
    session.applyChanges({TallyChange({d.units[1].id, QDate(2026, 3, 2), d.providers[1].id}, 4)},
                         u"test"_s);
    auto check = Database::openExisting(path);
    EXPECT_EQ(cumulative(CampaignStore(*check).load(b)), 31);
    EXPECT_EQ(cumulative(CampaignStore(*check).load(idOf(*check, Code2025))), 111);

    // Another program changes the campaign's set-up: the re-read says Setup.
    spy.clear();
    check->writeTransaction([&] {
        check->exec(u"UPDATE campaign SET name = ? WHERE id = ?"_s, {u"Đợt mới"_s, b});
    });
    session.reloadFromFile();
    ASSERT_EQ(spy.size(), 1);
    EXPECT_TRUE(spy.at(0).at(0).value<ChangeNotice>().touches(ChangeNotice::Setup));
    EXPECT_EQ(session.data().campaign.name, u"Đợt mới"_s);
    EXPECT_EQ(cumulative(session.data()), 31);
}

namespace {

struct WindowFixture : ::testing::Test
{
    test::TempDir dir;
    QString path;
    void SetUp() override
    {
        path = dir.file(u"two.sqlite"_s);
        auto db = twoCampaigns(path);
        writeCount(*db, Code2025, QDate(2025, 8, 1), 1111);
        writeCount(*db, Code2026, QDate(2026, 3, 5), 2222);
    }
    static QList<QAction*> campaignActions(MainWindow& w)
    {
        w.rebuildCampaignMenu();
        QList<QAction*> out;
        for (QAction* a : w.campaignMenu()->actions())
            if (a->isCheckable())
                out << a;
        return out;
    }
    static DashboardPage* dashboard(MainWindow& w)
    {
        return qobject_cast<DashboardPage*>(w.page(u"dashboard"_s));
    }
};

} // namespace

TEST_F(WindowFixture, TheMenuListsBothAndSwitchingChangesTheDashboard)
{
    const FixedClock clock(QDate(2026, 3, 10)); // the 2026 drive is running
    CampaignSession session(Database::openExisting(path), clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    ASSERT_EQ(session.data().campaign.code, Code2026);
    EXPECT_TRUE(window.windowTitle().contains(Name2026));

    const QList<QAction*> actions = campaignActions(window);
    ASSERT_EQ(actions.size(), 2);
    EXPECT_TRUE(actions[0]->text().contains(Name2026));
    EXPECT_TRUE(actions[0]->text().contains(u"02/03/2026–02/04/2026"_s));
    EXPECT_TRUE(actions[0]->text().contains(u"đang diễn ra"_s));
    EXPECT_TRUE(actions[0]->isChecked());
    EXPECT_TRUE(actions[1]->text().contains(u"28/07/2025–28/08/2025"_s));
    EXPECT_TRUE(actions[1]->text().contains(u"đã kết thúc"_s));
    EXPECT_FALSE(actions[1]->isChecked());
    EXPECT_EQ(window.action(u"campaignChoose"_s)->shortcut(),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    DashboardPage* dash = dashboard(window);
    EXPECT_TRUE(dash->totalCard()->valueLabel()->text().startsWith(u"2.222 /"_s));
    EXPECT_FALSE(dash->endedBar()->isVisibleTo(&window)); // running: no notice
    EXPECT_EQ(dash->asOf(), QDate(2026, 3, 10));

    actions[1]->trigger(); // the 2025 drive
    EXPECT_EQ(session.data().campaign.code, Code2025);
    EXPECT_TRUE(dash->totalCard()->valueLabel()->text().startsWith(u"1.111 / 50.000"_s))
        << dash->totalCard()->valueLabel()->text().toStdString();
    EXPECT_EQ(dash->asOf(), QDate(2025, 8, 28)); // today clamped into the campaign
    EXPECT_TRUE(window.windowTitle().contains(u"30 ngày, đêm"_s));
    EXPECT_TRUE(actions[1]->isChecked()); // the same actions, the check moved
    EXPECT_FALSE(actions[0]->isChecked());
    EXPECT_TRUE(campaignActions(window)[1]->isChecked());
    // Over: the notice, and the other campaign offered.
    EXPECT_TRUE(dash->endedBar()->isVisibleTo(&window));
    EXPECT_EQ(dash->endedNotice()->text(),
              u"Đợt cao điểm “30 ngày, đêm” triển khai chữ ký số công cộng đã kết thúc ngày "
              "28/08/2025."_s);
    EXPECT_TRUE(dash->otherCampaignButton()->isVisibleTo(&window));
    // …and a new one: the button opens Đợt mới… (the set-up editor).
    EXPECT_TRUE(dash->newCampaignButton()->isVisibleTo(&window));
    window.resize(1366, 768);
    shot(&window, u"campaign-ended-dashboard.png"_s);
    CampaignSwitcher switcher(CampaignStore(session.database()).campaigns(), session.campaignId(),
                              clock.today(), &window);
    shot(&switcher, u"campaign-switcher-alone.png"_s);
    shot(&switcher, u"campaign-switcher.png"_s, &window);

    // Every page follows: the entry grid's dates and the report's weeks.
    auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    EXPECT_EQ(entry->model()->date(), QDate(2025, 8, 28));
    EXPECT_EQ(entry->model()->rowCount(), 37);
    ASSERT_TRUE(window.switchCampaign(idOf(session.database(), Code2026)));
    EXPECT_EQ(entry->model()->date(), QDate(2026, 3, 10));
    EXPECT_FALSE(dash->endedBar()->isVisibleTo(&window));
}

// docs/images/campaign-switcher-{vi,en}.png, with SIGNTALLY_TEST_SHOTS=DIR:
// the switcher over the finished 2025 drive, in each language (its states
// and dates translated and formatted for it).
TEST_F(WindowFixture, TheSwitcherInBothLanguages)
{
    const FixedClock clock(QDate(2026, 3, 10));
    for (const QString& lang : {u"vi"_s, u"en"_s}) {
        ASSERT_TRUE(Language::apply(*qApp, lang));
        CampaignSession session(Database::openExisting(path), clock);
        session.setOutsideChangeInterval(0);
        MainWindow window(&session);
        window.resize(1366, 768);
        window.show();
        ASSERT_TRUE(window.switchCampaign(idOf(session.database(), Code2025)));
        CampaignSwitcher switcher(CampaignStore(session.database()).campaigns(),
                                  session.campaignId(), clock.today(), &window);
        QTableWidget* t = switcher.table();
        ASSERT_EQ(t->rowCount(), 2);
        const bool en = lang == u"en"_s;
        EXPECT_EQ(t->item(0, 3)->text(), en ? u"running"_s : u"đang diễn ra"_s);
        EXPECT_EQ(t->item(1, 3)->text(), en ? u"over"_s : u"đã kết thúc"_s);
        EXPECT_EQ(t->item(1, 2)->text(), u"28/07/2025–28/08/2025"_s); // dd/MM/yyyy in both
        shot(&switcher, u"campaign-switcher-%1.png"_s.arg(lang), &window);
    }
    ASSERT_TRUE(Language::apply(*qApp, u"vi"_s));
}

TEST_F(WindowFixture, UnsavedEditsAreAskedAboutBeforeSwitching)
{
    const FixedClock clock(QDate(2026, 3, 10));
    CampaignSession session(Database::openExisting(path), clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    ASSERT_TRUE(window.showPage(u"entry"_s));
    auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    ASSERT_TRUE(entry->model()->setCount(2, 0, 5));
    ASSERT_TRUE(entry->model()->isDirty());
    const qint64 a = idOf(session.database(), Code2025);

    answerNextBox(QMessageBox::Cancel); // "Ở lại"
    EXPECT_FALSE(window.switchCampaign(a));
    EXPECT_EQ(session.data().campaign.code, Code2026);
    EXPECT_TRUE(entry->model()->isDirty());
    // The same from the menu: the check stays on the open campaign.
    const QList<QAction*> actions = campaignActions(window);
    ASSERT_EQ(actions.size(), 2);
    answerNextBox(QMessageBox::Cancel);
    actions[1]->trigger();
    EXPECT_EQ(session.data().campaign.code, Code2026);
    EXPECT_TRUE(actions[0]->isChecked());
    EXPECT_FALSE(actions[1]->isChecked());
    EXPECT_TRUE(entry->model()->isDirty());

    answerNextBox(QMessageBox::Save);
    EXPECT_TRUE(window.switchCampaign(a));
    EXPECT_EQ(session.data().campaign.code, Code2025);
    EXPECT_FALSE(entry->model()->isDirty());
    auto check = Database::openExisting(path);
    EXPECT_EQ(cumulative(CampaignStore(*check).load(idOf(*check, Code2026))), 2222 + 5);
}

TEST_F(WindowFixture, TheSwitcherListsTheCampaignsAndEnterPicks)
{
    const FixedClock clock(QDate(2025, 12, 1)); // between the two: 2026 not started
    CampaignSession session(Database::openExisting(path), clock);
    session.setOutsideChangeInterval(0);
    ASSERT_EQ(session.data().campaign.code, Code2026); // none running: the latest
    CampaignSwitcher dialog(CampaignStore(session.database()).campaigns(), session.campaignId(),
                            clock.today());
    QTableWidget* t = dialog.table();
    ASSERT_EQ(t->rowCount(), 2);
    EXPECT_EQ(t->item(0, 0)->text(), Name2026);
    EXPECT_EQ(t->item(0, 1)->text(), Code2026);
    EXPECT_EQ(t->item(0, 2)->text(), u"02/03/2026–02/04/2026"_s);
    EXPECT_EQ(t->item(0, 3)->text(), u"chưa bắt đầu"_s);
    EXPECT_EQ(t->item(1, 3)->text(), u"đã kết thúc"_s);
    EXPECT_EQ(dialog.chosenId(), session.campaignId()); // the current one selected
    dialog.show();
    t->setCurrentCell(1, 0);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    emit t->activated(t->currentIndex()); // Enter (or a double click) on the row
    EXPECT_EQ(accepted.size(), 1);
    EXPECT_EQ(dialog.chosenId(), idOf(session.database(), Code2025));
}

TEST_F(WindowFixture, TheEndedNoticeOffersNoOtherCampaignWhenThereIsNone)
{
    test::TempDir other;
    const FixedClock clock(QDate(2025, 9, 15));
    CampaignSession session(Seeder::createSeeded(other.file(u"one.sqlite"_s), false), clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    DashboardPage* dash = dashboard(window);
    EXPECT_TRUE(dash->endedBar()->isVisibleTo(&window));
    EXPECT_TRUE(dash->endedNotice()->text().endsWith(u"đã kết thúc ngày 28/08/2025."_s));
    EXPECT_FALSE(dash->otherCampaignButton()->isVisibleTo(&window));
    EXPECT_EQ(campaignActions(window).size(), 1);

    // On its last day it is not over yet.
    const FixedClock lastDay(QDate(2025, 8, 28));
    CampaignSession running(Database::openExisting(session.database().location()), lastDay);
    running.setOutsideChangeInterval(0);
    DashboardPage page(&running);
    EXPECT_TRUE(page.endedBar()->isHidden());
}

TEST_F(WindowFixture, TheWindowReopensTheCampaignLastUsedWithTheFile)
{
    const FixedClock clock(QDate(2026, 3, 10)); // the default would be 2026
    AppSettings settings(dir.file(u"settings.ini"_s));
    settings.setBackupFolder(dir.file(u"backups"_s));
    {
        AppController controller(&settings, clock);
        controller.setQuiet(true);
        controller.start(Database::openExisting(path));
        ASSERT_EQ(controller.session()->data().campaign.code, Code2026);
        ASSERT_TRUE(
            controller.window()->switchCampaign(idOf(controller.session()->database(), Code2025)));
        controller.window()->saveSettings();
    }
    EXPECT_EQ(settings.lastCampaign(path), Code2025);
    AppController again(&settings, clock);
    again.setQuiet(true);
    again.start(Database::openExisting(path));
    EXPECT_EQ(again.session()->data().campaign.code, Code2025);
    // A code the file no longer has: the default rule.
    settings.setLastCampaign(path, u"gone"_s);
    AppController third(&settings, clock);
    third.setQuiet(true);
    third.start(Database::openExisting(path));
    EXPECT_EQ(third.session()->data().campaign.code, Code2026);
}

#include "gui/dashboard/UnitPage.h"
#include "gui/report/ReportPage.h"
#include "models/ChangeCommands.h"
#include "storage/SetupStore.h"

#include <QComboBox>

TEST_F(WindowFixture, TrialSetupEditedWhileTheWindowIsOpen)
{
    const FixedClock clock(QDate(2025, 8, 10));
    CampaignSession session(Database::openExisting(path), clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    for (const QString& k : window.pageKeys())
        window.showPage(k);
    window.showPage(u"dashboard"_s);
    CampaignSetup setup = SetupStore(session.database()).load(session.campaignId());
    setup.campaign.end = QDate(2025, 8, 20);
    setup.units.removeLast();
    SaveCampaignSetup save(setup, u"test"_s);
    session.execute(save);
    ASSERT_FALSE(save.changedItems().isEmpty());
    auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    EXPECT_EQ(entry->model()->rowCount(), 36);
    EXPECT_EQ(dashboard(window)->statusCard()->caption(), u"Đơn vị theo tiến độ (36)"_s);
    window.showPage(u"unit"_s);
    auto* unit = window.page(u"unit"_s);
    EXPECT_EQ(unit->findChild<QComboBox*>(u"unitChooser"_s)->count(), 36);
    window.showPage(u"report"_s);
    EXPECT_EQ(window.page(u"report"_s)->findChild<QComboBox*>(u"reportPeriod"_s)->count(), 4 + 1);
    window.showPage(u"entry"_s);
    EXPECT_EQ(entry->model()->date(), QDate(2025, 8, 10));
    EXPECT_TRUE(entry->model()->setCount(3, 0, 5));
    EXPECT_TRUE(entry->model()->save());
    EXPECT_EQ(cumulative(session.data()), 1111 + 5);

    CampaignSetup fresh = setup;
    fresh.campaign.id = 0;
    fresh.campaign.code = u"tn-2027"_s;
    fresh.campaign.start = QDate(2027, 1, 4);
    fresh.campaign.end = QDate(2027, 2, 4);
    for (SetupGroup& g : fresh.groups)
        g.id = 0;
    CreateCampaign create(fresh, u"test"_s);
    session.execute(create);
    EXPECT_GT(create.createdId(), 0);
    EXPECT_EQ(campaignActions(window).size(), 3);
    ASSERT_TRUE(window.switchCampaign(create.createdId()));
    EXPECT_EQ(entry->model()->rowCount(), 36);
    EXPECT_EQ(session.data().campaign.code, u"tn-2027"_s);
}
