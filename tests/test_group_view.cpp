// Target groups in the window: CampaignSession::viewGroup (the group's view of
// the campaign: its tallies, sizes and goals), the "Nhóm đối tượng" selector
// above the navigation, and the dashboard and entry grid following it. Real
// SQLite files made from the bundled Mỹ Hào template, real windows.
#include "core/CampaignFile.h"
#include "core/Language.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/entry/EntryPage.h"
#include "gui/entry/EntryTableView.h"
#include "gui/shell/GroupSelector.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "models/EntryModel.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;
using test::answerNextBox;
using test::shot;

namespace {

// The Mỹ Hào template with every population filled (10.000, 11.000, …) and
// the officials' group (100 % of its size) known in two wards only:
// Bần Yên Nhân 120, Phan Đình Phùng 85.
qint64 createMyHao(Database& db)
{
    CampaignFileContent t;
    for (const CampaignFile::Template& tpl : CampaignFile::templates())
        if (tpl.code == u"my-hao-2023"_s) {
            QFile f(tpl.resource);
            EXPECT_TRUE(f.open(QIODevice::ReadOnly));
            t = CampaignFile::fromBytes(f.readAll());
        }
    CampaignSetup& s = t.setup;
    EXPECT_EQ(s.units.size(), 13);
    for (int i = 0; i < s.units.size(); ++i)
        s.units[i].population = 10000 + 1000 * i;
    s.units[0].groups[u"officials"_s].size = 120;
    s.units[1].groups[u"officials"_s].size = 85;
    s.completeQuotas();
    qint64 id = 0;
    db.writeTransaction([&] { id = SetupStore::createInTransaction(db, s, u"lan"_s, {}); });
    return id;
}

struct MyHaoFile : ::testing::Test
{
    test::TempDir dir;
    QString path = dir.file(u"my-hao.sqlite"_s);
    qint64 id = 0;
    QDate start;
    // During the drive, a month in: every day so far can be entered.
    std::unique_ptr<FixedClock> clock;

    void SetUp() override
    {
        auto db = Database::createNew(path);
        id = createMyHao(*db);
        start = CampaignStore(*db).load(id).campaign.start;
        clock = std::make_unique<FixedClock>(start.addDays(30));
    }
};

std::optional<qint32> stored(const TallyMatrix& m, int unit, int day, int provider)
{
    return m.value(unit, day, provider);
}

} // namespace

TEST_F(MyHaoFile, AGroupsViewHasItsSizesGoalsAndTalliesAndSavesGoToIt)
{
    CampaignSession session(Database::openExisting(path), *clock);
    session.setOutsideChangeInterval(0);
    ASSERT_EQ(session.viewedGroup(), -1);
    ASSERT_EQ(session.data().groups.size(), 5);
    const qint64 wholeGoal = session.data().goal();
    const qint64 population0 = session.data().units[2].adults; // Nhân Hòa: 12.000

    session.viewGroup(0); // the officials
    EXPECT_EQ(session.viewedGroup(), 0);
    const CampaignData& v = session.data();
    EXPECT_EQ(session.viewedGroupId(), v.groups[0].id);
    // Size as population, 100 % of it as quota; without a size: the population.
    EXPECT_EQ(v.units[0].adults, 120);
    EXPECT_EQ(v.units[0].quota, 120);
    EXPECT_EQ(v.units[1].quota, 85);
    EXPECT_EQ(v.units[2].quota, population0);
    EXPECT_EQ(v.units[2].adults, population0);
    qint64 sum = 0;
    for (const Unit& u : v.units)
        sum += u.quota;
    EXPECT_EQ(v.goal(), sum);
    EXPECT_NE(v.goal(), wholeGoal);

    // A save while the group is shown is the group's, not the population's.
    const ApplyResult r =
        session.applyChanges({{{v.units[0].id, start, v.providers[0].id}, 30},
                              {{v.units[1].id, start.addDays(1), v.providers[1].id}, 17}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(session.engine().snapshot(start.addDays(1)).total.cumulative, 47);
    EXPECT_EQ(session.data().groups[0].tallies->value(0, 0, 0), 30);
    // The report's whole campaign has them under the group only.
    EXPECT_EQ(session.completeEngine().snapshot(start.addDays(1)).total.cumulative, 0);
    EXPECT_EQ(session.completeEngine().groupProgress(0, start.addDays(1)).cumulative, 47);
    {
        auto other = Database::openExisting(path);
        const CampaignData fresh = CampaignStore(*other).load(id);
        EXPECT_EQ(stored(fresh.tallies, 0, 0, 0), std::nullopt);
        EXPECT_EQ(stored(*fresh.groups[0].tallies, 0, 0, 0), 30);
        EXPECT_EQ(stored(*fresh.groups[0].tallies, 1, 1, 1), 17);
    }

    // Back to the whole population: its own tallies, the group's kept beside.
    session.viewGroup(-1);
    EXPECT_EQ(session.viewedGroupId(), 0);
    EXPECT_EQ(session.data().goal(), wholeGoal);
    EXPECT_EQ(session.engine().snapshot(start.addDays(1)).total.cumulative, 0);
    // The other groups' tallies are read only when a report wants them.
    for (const GroupData& g : session.data().groups)
        EXPECT_FALSE(g.tallies.has_value()) << g.code.toStdString();
    EXPECT_THROW(session.engine().groupProgress(0, start), std::logic_error);
    EXPECT_EQ(session.completeData().groups[0].tallies->value(1, 1, 1), 17);
    EXPECT_EQ(session.completeEngine().groupProgress(0, start.addDays(1)).cumulative, 47);
    session.applyChanges({{{v.units[0].id, start, v.providers[0].id}, 500}});
    // A cell's history is its group's: the population's 500, not the officials' 30.
    const QVector<AuditEntry> h = session.tallies().history(v.units[0].id, start);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].newCount, 500);
    ASSERT_EQ(session.tallies().historyForUnit(v.units[0].id).size(), 1);
    session.viewGroup(0);
    const QVector<AuditEntry> g = session.tallies().historyForUnit(v.units[0].id);
    ASSERT_EQ(g.size(), 1);
    EXPECT_EQ(g[0].newCount, 30);
    auto other = Database::openExisting(path);
    const CampaignData fresh = CampaignStore(*other).load(id);
    EXPECT_EQ(stored(fresh.tallies, 0, 0, 0), 500);
    EXPECT_EQ(stored(*fresh.groups[0].tallies, 0, 0, 0), 30);
}

TEST_F(MyHaoFile, AGroupsCountsWrittenByAnotherProcessAreReadIn)
{
    CampaignSession session(Database::openExisting(path), *clock);
    session.setOutsideChangeInterval(0);
    const CampaignData data = session.data();
    auto other = Database::openExisting(path);

    // Shown: the whole population (the report has read every group's
    // counts). Another connection files officials' counts.
    EXPECT_EQ(session.completeData().groups[0].tallies->value(0, 0, 0), std::nullopt);
    TallyStore(*other, id, data.groups[0].id, *clock)
        .apply({{{data.units[0].id, start, data.providers[0].id}, 12}}, u"an"_s);
    session.reloadFromFile();
    EXPECT_EQ(session.completeData().groups[0].tallies->value(0, 0, 0), 12);
    EXPECT_EQ(session.data().tallies.value(0, 0, 0), std::nullopt);

    // Shown: the officials. Their counts come in with a notice of the cell.
    session.viewGroup(0);
    TallyStore(*other, id, data.groups[0].id, *clock)
        .apply({{{data.units[1].id, start, data.providers[2].id}, 7}}, u"an"_s);
    const ChangeNotice n = session.reloadFromFile();
    EXPECT_TRUE(n.touches(ChangeNotice::Tallies));
    EXPECT_TRUE(n.touchesUnit(1));
    EXPECT_EQ(session.data().tallies.value(1, 0, 2), 7);
    EXPECT_EQ(session.wholeData().groups[0].tallies->value(1, 0, 2), 7);
    EXPECT_EQ(session.engine().snapshot(start).total.cumulative, 19);
}

TEST_F(MyHaoFile, AGroupRemovedInTheSetUpFallsBackToTheWholePopulation)
{
    CampaignSession session(Database::openExisting(path), *clock);
    session.setOutsideChangeInterval(0);
    session.viewGroup(4); // the last group, without tallies
    ASSERT_EQ(session.viewedGroup(), 4);
    {
        auto other = Database::openExisting(path);
        CampaignSetup s = SetupStore(*other).load(id);
        s.groups.removeLast();
        other->writeTransaction([&] { SetupStore::updateInTransaction(*other, s, u"an"_s, {}); });
    }
    const ChangeNotice n = session.reloadFromFile();
    EXPECT_TRUE(n.touches(ChangeNotice::Setup));
    EXPECT_EQ(session.viewedGroup(), -1);
    EXPECT_EQ(session.data().groups.size(), 4);
    // Saves go to the whole population again.
    const CampaignData& d = session.data();
    session.applyChanges({{{d.units[0].id, start, d.providers[0].id}, 9}});
    auto check = Database::openExisting(path);
    EXPECT_EQ(stored(CampaignStore(*check).load(id).tallies, 0, 0, 0), 9);
}

TEST_F(MyHaoFile, TheWindowsGroupFilterDrivesTheDashboardAndTheGrid)
{
    CampaignSession session(Database::openExisting(path), *clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    GroupSelector* selector = window.groupSelector();
    ASSERT_TRUE(selector->isVisible());
    QComboBox* combo = selector->combo();
    ASSERT_EQ(combo->count(), 6);
    EXPECT_EQ(combo->itemText(0), u"Toàn bộ dân số"_s);
    EXPECT_EQ(combo->itemText(1), session.data().groups[0].name);
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(u"dashboard"_s));
    auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    ASSERT_TRUE(dashboard && entry);
    EXPECT_TRUE(dashboard->groupNotice()->isHidden());
    EXPECT_TRUE(entry->groupBanner()->isHidden());

    // Ctrl+Shift+G lists the groups; choosing one is every screen's.
    QAction* chooseGroup = window.action(u"campaignGroup"_s);
    ASSERT_NE(chooseGroup, nullptr);
    EXPECT_EQ(chooseGroup->shortcut(), QKeySequence(u"Ctrl+Shift+G"_s));
    EXPECT_TRUE(chooseGroup->isEnabled());
    ASSERT_TRUE(selector->choose(0));
    EXPECT_EQ(combo->currentIndex(), 1);
    const QString officials = session.data().groups[0].name;
    EXPECT_TRUE(window.windowTitle().endsWith(officials)) << window.windowTitle().toStdString();
    EXPECT_FALSE(dashboard->groupNotice()->isHidden());
    const QString notice = dashboard->groupNotice()->text();
    EXPECT_TRUE(notice.contains(officials)) << notice.toStdString();
    EXPECT_TRUE(notice.contains(u"100 %"_s) || notice.contains(u"100%"_s)) << notice.toStdString();
    EXPECT_TRUE(notice.contains(u"11 đơn vị chưa có quy mô"_s)) << notice.toStdString();
    EXPECT_EQ(dashboard->snapshot().units[0].target, 120);
    EXPECT_FALSE(entry->groupBanner()->isHidden());
    EXPECT_TRUE(entry->groupBanner()->text().contains(officials));

    // A count typed in the grid and saved is the officials'.
    ASSERT_TRUE(window.showPage(u"entry"_s));
    ASSERT_TRUE(entry->model()->setDate(start));
    ASSERT_TRUE(entry->model()->setCount(0, 0, 2));
    ASSERT_TRUE(entry->model()->save());
    dashboard->setAsOf(start);
    EXPECT_EQ(dashboard->snapshot().total.cumulative, 2);
    EXPECT_DOUBLE_EQ(dashboard->snapshot().units[0].percentOfTarget, 100.0 * 2 / 120);
    {
        auto check = Database::openExisting(path);
        const CampaignData fresh = CampaignStore(*check).load(id);
        EXPECT_EQ(stored(*fresh.groups[0].tallies, 0, 0, 0), 2);
        EXPECT_EQ(stored(fresh.tallies, 0, 0, 0), std::nullopt);
    }
    EXPECT_TRUE(entry->groupBanner()->text().contains(officials));

    // An unsaved edit: choosing another group asks, and "stay" keeps it all.
    ASSERT_TRUE(entry->model()->setCount(1, 0, 1));
    answerNextBox(QMessageBox::Cancel);
    EXPECT_FALSE(selector->choose(-1));
    EXPECT_EQ(session.viewedGroup(), 0);
    EXPECT_EQ(combo->currentIndex(), 1);
    EXPECT_TRUE(entry->model()->isDirty());
    answerNextBox(QMessageBox::Discard);
    EXPECT_TRUE(selector->choose(-1));
    EXPECT_EQ(session.viewedGroup(), -1);
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_TRUE(entry->groupBanner()->isHidden());
    ASSERT_TRUE(window.showPage(u"dashboard"_s)); // a hidden page catches up when shown
    EXPECT_TRUE(dashboard->groupNotice()->isHidden());
    EXPECT_EQ(dashboard->snapshot().total.cumulative, 0);
}

namespace {

// Keys into the entry grid as a clerk presses them: into the cell being typed
// into when there is one (typing opens it), else into the grid.
void press(EntryTableView* view, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget* editor = view->isEditing() ? view->indexWidget(view->currentIndex()) : nullptr;
    QTest::keyClick(editor ? editor : view, key, mods);
    QApplication::processEvents(); // Enter commits the cell queued
}

void typeText(EntryTableView* view, const QString& text)
{
    for (const QChar c : text) {
        QWidget* editor = view->isEditing() ? view->indexWidget(view->currentIndex()) : nullptr;
        QTest::keyClick(editor ? editor : view, c.toLatin1());
    }
}

} // namespace

// "Mọi nhóm theo khối cột": a block of provider columns per population; what
// is typed in a group's block is saved into that group's tallies (the one
// change path), undone like any edit, and its conflicts settled the same way.
TEST_F(MyHaoFile, ColumnBlocksSaveEachBlockIntoItsOwnGroup)
{
    CampaignSession session(Database::openExisting(path), *clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    ASSERT_TRUE(entry && window.showPage(u"entry"_s));
    EntryModel* model = entry->model();
    ASSERT_TRUE(model->setDate(start));
    ASSERT_EQ(model->blockCount(), 1);

    // Toggled from a group's grid: the whole population with every block.
    ASSERT_TRUE(window.groupSelector()->choose(2));
    QAction* blocks = entry->blocksAction();
    EXPECT_EQ(blocks->shortcut(), QKeySequence(u"Ctrl+Shift+K"_s));
    EXPECT_TRUE(blocks->isVisible());
    EXPECT_TRUE(entry->findChild<QWidget*>(u"entryBlocksButton"_s)->isVisible());
    blocks->trigger();
    EXPECT_TRUE(blocks->isChecked());
    EXPECT_EQ(session.viewedGroup(), -1);
    const int providers = int(session.data().providers.size());
    ASSERT_EQ(model->blockCount(), 6);
    EXPECT_EQ(model->columnCount(), 1 + 6 * providers + 3);
    const QString officials = session.data().groups[0].name;
    const int firstOfficials = model->providerColumn(providers); // block 1: the officials
    const QString header = model->headerData(firstOfficials, Qt::Horizontal).toString();
    EXPECT_TRUE(header.startsWith(u"Cán bộ, công ch…\n"_s)) << header.toStdString();
    EXPECT_TRUE(header.endsWith(providerDisplayName(session.data().providers[0])))
        << header.toStdString();
    EXPECT_TRUE(model->headerData(firstOfficials, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(officials));
    EXPECT_TRUE(model->headerData(1, Qt::Horizontal).toString().startsWith(u"Toàn bộ dân số\n"_s));
    EXPECT_FALSE(entry->groupBanner()->isHidden());

    // Typed into the officials' block: Tab goes along the block, then to the
    // next row's first cell of the same block. (A unit's first day is an
    // unusual value: the warning is accepted.)
    QStringList warnings;
    model->setWarningHandler([&](const QString& text) {
        warnings << text;
        return true;
    });
    ASSERT_TRUE(model->setDate(start));
    EntryTableView* view = entry->view();
    view->setFocus();
    view->setCurrentIndex(entry->proxy()->index(0, firstOfficials));
    for (const QString& n : {u"7"_s, u"5"_s, u"3"_s}) {
        typeText(view, n);
        press(view, Qt::Key_Tab);
    }
    EXPECT_EQ(view->currentIndex().row(), 1);
    EXPECT_EQ(view->currentIndex().column(), firstOfficials);
    EXPECT_EQ(model->value(0, providers), 7);
    EXPECT_EQ(warnings.size(), 3) << warnings.join(u'\n').toStdString();
    EXPECT_EQ(model->value(0, 0), std::nullopt);
    auto* summary = entry->findChild<QLabel*>(u"completenessSummary"_s);
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(u"Theo nhóm"_s)) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(u"<b>1/13</b>"_s)) << summary->text().toStdString();
    ASSERT_TRUE(model->save());
    auto fresh = [&] {
        auto check = Database::openExisting(path);
        return CampaignStore(*check).load(id);
    };
    {
        const CampaignData d = fresh();
        EXPECT_EQ(stored(*d.groups[0].tallies, 0, 0, 0), 7);
        EXPECT_EQ(stored(*d.groups[0].tallies, 0, 0, 1), 5);
        EXPECT_EQ(stored(*d.groups[0].tallies, 0, 0, 2), 3);
        EXPECT_EQ(stored(d.tallies, 0, 0, 0), std::nullopt);
        EXPECT_EQ(stored(*d.groups[1].tallies, 0, 0, 0), std::nullopt);
    }
    EXPECT_EQ(session.data().groups[0].tallies->value(0, 0, 2), 3);

    // Undo takes the last one back; saved again, the file has it back too.
    entry->undoStack()->undo();
    EXPECT_EQ(model->value(0, providers + 2), std::nullopt);
    EXPECT_TRUE(model->isDirty());
    ASSERT_TRUE(model->save());
    EXPECT_EQ(stored(*fresh().groups[0].tallies, 0, 0, 2), std::nullopt);
    entry->undoStack()->redo();
    EXPECT_EQ(model->value(0, providers + 2), 3);
    model->discard();

    // Someone else files the same officials' cell meanwhile: a conflict, as in one group's grid.
    {
        auto other = Database::openExisting(path);
        const CampaignData d = CampaignStore(*other).load(id);
        TallyStore(*other, id, d.groups[0].id, *clock)
            .apply({{{d.units[1].id, start, d.providers[0].id}, 4}}, u"an"_s);
    }
    typeText(view, u"9"_s);
    press(view, Qt::Key_Return);
    EXPECT_EQ(model->value(1, providers), 9);
    EXPECT_FALSE(model->save());
    ASSERT_EQ(model->conflicts().size(), 1);
    EXPECT_EQ(model->conflicts()[0].provider, providers);
    EXPECT_EQ(model->conflicts()[0].theirs, 4);
    EXPECT_EQ(model->savedValue(1, providers), 4);
    EXPECT_TRUE(model->columnName(providers).startsWith(officials));
    ASSERT_TRUE(model->resolveConflicts(true));
    EXPECT_EQ(stored(*fresh().groups[0].tallies, 1, 0, 0), 9);

    // Another window's counts of a group come into its block when the file is re-read.
    {
        auto other = Database::openExisting(path);
        const CampaignData d = CampaignStore(*other).load(id);
        TallyStore(*other, id, d.groups[1].id, *clock)
            .apply({{{d.units[2].id, start, d.providers[1].id}, 6}}, u"an"_s);
    }
    session.reloadFromFile();
    EXPECT_EQ(model->value(2, 2 * providers + 1), 6);

    // Off again: one population's grid.
    blocks->trigger();
    EXPECT_FALSE(blocks->isChecked());
    EXPECT_EQ(model->blockCount(), 1);
    EXPECT_TRUE(entry->groupBanner()->isHidden());
}

// docs/images/group-filter-{vi,en}.png and group-entry-{vi,en}.png, with
// SIGNTALLY_TEST_SHOTS=DIR: the officials' figures on the dashboard and in the
// grid, in each language; the translated notice names the group either way.
TEST_F(MyHaoFile, ScreenshotsOfTheGroupFilterInBothLanguages)
{
    {
        auto db = Database::openExisting(path);
        // Every ward and commune's officials known, as an office would have them.
        CampaignSetup s = SetupStore(*db).load(id);
        for (int u = 0; u < s.units.size(); ++u)
            s.units[u].groups[u"officials"_s].size = 60 + 10 * u;
        db->writeTransaction([&] { SetupStore::updateInTransaction(*db, s, u"lan"_s, {}); });
        const CampaignData d = CampaignStore(*db).load(id);
        TallyStore store(*db, id, d.groups[0].id, *clock);
        QVector<TallyChange> changes;
        for (int day = 0; day < 20; ++day)
            for (int u = 0; u < d.units.size(); u += 1 + day % 2)
                changes.push_back(
                    {{d.units[u].id, start.addDays(day), d.providers[(day + u) % 3].id},
                     (day + u) % 4});
        store.apply(changes, u"lan"_s);
    }
    for (const QString& lang : {u"vi"_s, u"en"_s}) {
        ASSERT_TRUE(Language::apply(*qApp, lang));
        CampaignSession session(Database::openExisting(path), *clock);
        session.setOutsideChangeInterval(0);
        MainWindow window(&session);
        window.show();
        ASSERT_TRUE(window.groupSelector()->choose(0));
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(u"dashboard"_s));
        const QString notice = dashboard->groupNotice()->text();
        EXPECT_TRUE(notice.contains(session.data().groups[0].name)) << notice.toStdString();
        EXPECT_EQ(notice.startsWith(u"Target group"_s), lang == u"en"_s) << notice.toStdString();
        EXPECT_EQ(window.groupSelector()->combo()->itemText(0),
                  lang == u"en"_s ? u"Whole population"_s : u"Toàn bộ dân số"_s);
        shot(&window, u"group-filter-%1.png"_s.arg(lang));
        ASSERT_TRUE(window.showPage(u"entry"_s));
        shot(&window, u"group-entry-%1.png"_s.arg(lang));
        // docs/images/entry-blocks-{vi,en}.png: every group's block, a sheet begun in one.
        auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
        entry->blocksAction()->trigger();
        entry->model()->setWarningHandler([](const QString&) { return true; });
        EXPECT_EQ(entry->model()->blockCount(), 6);
        EntryTableView* view = entry->view();
        view->setFocus();
        view->setCurrentIndex(entry->proxy()->index(0, entry->model()->providerColumn(3)));
        for (const QString& n : {u"4"_s, u"2"_s, u"0"_s, u"3"_s, u"1"_s}) {
            typeText(view, n);
            press(view, Qt::Key_Tab);
        }
        window.resize(1366, 768);
        shot(&window, u"entry-blocks-%1.png"_s.arg(lang));
        entry->model()->discard();
        entry->setBlocks(false);
    }
    ASSERT_TRUE(Language::apply(*qApp, u"vi"_s));
}

TEST(GroupView, ACampaignWithoutGroupsHasNoSelector)
{
    test::TempDir dir;
    const QString path = dir.file(u"tn.sqlite"_s);
    Seeder::createSeeded(path, false);
    const FixedClock clock(QDate(2025, 8, 10));
    CampaignSession session(Database::openExisting(path), clock);
    session.setOutsideChangeInterval(0);
    MainWindow window(&session);
    window.show();
    EXPECT_FALSE(window.groupSelector()->isVisible());
    EXPECT_FALSE(window.action(u"campaignGroup"_s)->isEnabled());
    EXPECT_TRUE(groupViewText(session.data(), -1).isEmpty());
    auto* entry = qobject_cast<EntryPage*>(window.page(u"entry"_s));
    EXPECT_FALSE(entry->blocksAction()->isVisible());
    EXPECT_TRUE(entry->findChild<QWidget*>(u"entryBlocksButton"_s)->isHidden());
}
