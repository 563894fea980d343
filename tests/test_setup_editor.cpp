// The set-up editor (src/gui/setup): undo and redo over every kind of edit,
// pastes all or nothing, a save that is audited and shown in the history,
// creating a campaign from a template or a copy. Real widgets on a real file.
#include "core/CampaignFile.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/VnFormat.h"
#include "gui/MainWindow.h"
#include "gui/setup/CampaignSetupDialog.h"
#include "gui/setup/GeneralTab.h"
#include "gui/setup/GroupsTab.h"
#include "gui/setup/HistoryTab.h"
#include "gui/setup/NewCampaignDialog.h"
#include "gui/setup/ProvidersTab.h"
#include "gui/setup/SetupActions.h"
#include "gui/setup/SetupEditor.h"
#include "gui/setup/SetupEdits.h"
#include "gui/setup/SetupTable.h"
#include "gui/setup/UnitsTab.h"
#include "models/CampaignSession.h"
#include "storage/Integrity.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

struct SetupEditorFixture : ::testing::Test
{
    test::TempDir dir;
    FixedClock clock{QDate(2025, 8, 10)};
    std::unique_ptr<CampaignSession> session;
    QStringList messages;

    void open(bool withTallies = false)
    {
        session = std::make_unique<CampaignSession>(
            Seeder::createSeeded(dir.file(u"setup.sqlite"_s), withTallies), clock);
    }
    void SetUp() override { open(); }
    // A dialog whose problems are collected instead of shown.
    std::unique_ptr<CampaignSetupDialog> editDialog()
    {
        auto d = std::make_unique<CampaignSetupDialog>(session.get(), nullptr);
        d->setMessageHandler([this](const QString& m) { messages << m; });
        return d;
    }
    std::unique_ptr<CampaignSetupDialog> createDialog(const CampaignFileContent& content)
    {
        auto d = std::make_unique<CampaignSetupDialog>(session.get(), content.setup, content.report,
                                                       nullptr);
        d->setMessageHandler([this](const QString& m) { messages << m; });
        return d;
    }
    // Types into a cell as the user does (the table's item changes).
    static void type(SetupTable* table, int row, int column, const QString& text)
    {
        table->item(row, column)->setText(text);
    }
    static qint64 quotaSum(const CampaignSetup& s)
    {
        qint64 sum = 0;
        for (const SetupUnit& u : s.units)
            sum += u.quota.value_or(0);
        return sum;
    }
};

} // namespace

TEST_F(SetupEditorFixture, EveryEditIsOneUndoStepAndUndoingAllGivesTheOriginalBack)
{
    auto dialog = editDialog();
    SetupEditor* editor = dialog->editor();
    const CampaignSetup original = editor->setup();
    ASSERT_EQ(original.units.size(), 37);
    SetupTable* table = dialog->unitsTab()->table();

    type(table, 0, SetupEdits::UnitPopulation, u"9.000"_s);
    EXPECT_EQ(editor->setup().units[0].population, 9000);
    EXPECT_EQ(dialog->unitsTab()->pasteText(1, SetupEdits::UnitPopulation,
                                            u"11.200\t2.100\r\n9.100\t1.500\r\n"_s),
              QString());
    EXPECT_EQ(editor->setup().units[1].population, 11200);
    EXPECT_EQ(editor->setup().units[1].quota, 2100);
    EXPECT_TRUE(editor->setup().units[1].quotaManual);
    EXPECT_EQ(editor->setup().units[2].population, 9100);
    EXPECT_TRUE(table->item(1, SetupEdits::UnitQuota)->font().bold()); // typed by hand

    QString why;
    const QVector<UnitsTab::QuotaChange> preview = dialog->unitsTab()->apportionPreview(&why);
    EXPECT_TRUE(why.isEmpty());
    EXPECT_FALSE(preview.isEmpty());
    EXPECT_TRUE(dialog->unitsTab()->applyApportion());
    EXPECT_EQ(quotaSum(editor->setup()), 50000);
    EXPECT_EQ(editor->setup().units[1].quota, 2100); // kept: typed by hand
    EXPECT_TRUE(dialog->unitsTab()->totals()->text().contains(u"50.000"_s));
    const CampaignSetup edited = editor->setup();

    QUndoStack* stack = editor->undoStack();
    EXPECT_EQ(stack->count(), 3);
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(editor->setup(), original);
    EXPECT_FALSE(editor->modified());
    EXPECT_EQ(table->item(0, SetupEdits::UnitPopulation)->text(), u"8.912"_s);
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(editor->setup(), edited);

    // A general field and a row move are steps too.
    auto* goal = dialog->findChild<QSpinBox*>(u"goalCountValue"_s);
    ASSERT_NE(goal, nullptr);
    goal->setValue(40000);
    EXPECT_EQ(editor->setup().campaign.goalValue, 40000);
    table->setCurrentCell(3, 1);
    emit table->moveRequested(3, 2);
    EXPECT_EQ(editor->setup().units[2].name, original.units[3].name);
    EXPECT_EQ(stack->count(), 5);
    stack->undo();
    stack->undo();
    EXPECT_EQ(editor->setup(), edited);
    editor->resetTo(editor->setup()); // nothing to ask about on close
}

TEST_F(SetupEditorFixture, TheApportionButtonPreviewsTheChangesAndTheGoalCanBeAShare)
{
    auto dialog = editDialog();
    SetupEditor* editor = dialog->editor();
    type(dialog->unitsTab()->table(), 0, SetupEdits::UnitPopulation, u"18.912"_s);
    int rows = -1;
    QString total;
    QTimer::singleShot(0, [&] {
        auto* preview = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(preview, nullptr);
        EXPECT_EQ(preview->objectName(), u"apportionPreview"_s);
        rows = preview->findChild<QTableWidget*>()->rowCount();
        for (QLabel* l : preview->findChildren<QLabel*>())
            total += l->text();
        preview->accept();
    });
    dialog->findChild<QPushButton*>(u"apportion"_s)->click();
    EXPECT_GT(rows, 30); // every unit's share moved
    EXPECT_TRUE(total.contains(u"→ "_s)) << total.toStdString();
    EXPECT_EQ(quotaSum(editor->setup()), 50000);
    EXPECT_EQ(editor->undoStack()->count(), 2);

    // 65 % of the population: the number of people is shown as it is typed.
    dialog->findChild<QRadioButton*>(u"goalPercent"_s)->click();
    EXPECT_EQ(editor->setup().campaign.goalKind, GoalKind::PercentOfPopulation);
    dialog->findChild<QDoubleSpinBox*>(u"goalPercentValue"_s)->setValue(65);
    EXPECT_EQ(editor->setup().campaign.goalValue, 6500);
    const qint64 people = (editor->setup().totalPopulation() * 65 + 99) / 100;
    EXPECT_TRUE(
        dialog->findChild<QLabel*>(u"goalResult"_s)->text().contains(Format().count(people)));
    editor->resetTo(editor->setup());
}

TEST_F(SetupEditorFixture, ABadPasteChangesNothingAndNamesTheCell)
{
    auto dialog = editDialog();
    SetupEditor* editor = dialog->editor();
    const CampaignSetup original = editor->setup();
    const QString negative = dialog->unitsTab()->pasteText(0, SetupEdits::UnitPopulation,
                                                           u"9.000\t1.600\n-5\t1.700\n"_s);
    EXPECT_TRUE(negative.contains(u"Dòng 2"_s)) << negative.toStdString();
    EXPECT_TRUE(negative.contains(u"Dân số"_s)) << negative.toStdString();
    const QString word =
        dialog->unitsTab()->pasteText(0, SetupEdits::UnitQuota, u"1.600\nmột nghìn\n"_s);
    EXPECT_TRUE(word.contains(u"Dòng 2, cột “Chỉ tiêu”"_s)) << word.toStdString();
    EXPECT_TRUE(word.contains(u"một nghìn"_s));
    EXPECT_EQ(editor->setup(), original);
    EXPECT_EQ(editor->undoStack()->count(), 0);

    // Typed in a cell: refused, the cell shows the stored value again.
    SetupTable* table = dialog->unitsTab()->table();
    type(table, 4, SetupEdits::UnitPopulation, u"abc"_s);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(u"Dòng 5"_s)) << messages[0].toStdString();
    EXPECT_EQ(table->item(4, SetupEdits::UnitPopulation)->text(),
              SetupEdits::countText(original.units[4].population));
    EXPECT_EQ(editor->setup(), original);
}

TEST_F(SetupEditorFixture, SavingAQuotaWritesItAuditedAndShowsItInTheHistory)
{
    auto dialog = editDialog();
    const qint64 id = session->data().campaign.id;
    SetupTable* table = dialog->unitsTab()->table();
    ASSERT_EQ(table->item(0, SetupEdits::UnitName)->text(), u"Xã Ba Bể"_s);

    // A problem is refused before anything is written, the edits kept.
    type(table, 1, SetupEdits::UnitName, u"Xã Ba Bể"_s);
    EXPECT_FALSE(dialog->save());
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(u"trùng"_s)) << messages[0].toStdString();
    EXPECT_TRUE(dialog->editor()->modified());
    dialog->editor()->undoStack()->undo();

    type(table, 0, SetupEdits::UnitQuota, u"1.700"_s);
    EXPECT_TRUE(dialog->save()) << messages.join(u'\n').toStdString();
    EXPECT_FALSE(dialog->editor()->modified());
    const CampaignSetup stored = SetupStore(session->database()).load(id);
    EXPECT_EQ(stored.units[0].quota, 1700);
    EXPECT_TRUE(stored.units[0].quotaManual);
    EXPECT_EQ(session->data().units[0].quota, 1700);
    EXPECT_TRUE(Integrity::check(session->database()).ok());

    QTableWidget* history = dialog->historyTab()->table();
    bool found = false;
    for (int r = 0; r < history->rowCount() && !found; ++r)
        found = history->item(r, 2)->text() == u"Xã Ba Bể: chỉ tiêu"_s &&
                history->item(r, 3)->text() == u"1.605"_s &&
                history->item(r, 4)->text() == u"1.700"_s;
    EXPECT_TRUE(found);
    EXPECT_EQ(history->item(0, 2)->text().left(8), u"Xã Ba Bể"_s); // newest first
}

TEST_F(SetupEditorFixture, SaveTakesTheFieldStillBeingTypedIn)
{
    auto dialog = editDialog();
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    auto* name = dialog->findChild<QLineEdit*>(u"campaignName"_s);
    ASSERT_NE(name, nullptr);
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" (2)"_s);
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(SetupStore(session->database())
                    .load(session->data().campaign.id)
                    .campaign.name.endsWith(u" (2)"_s));
    EXPECT_FALSE(dialog->editor()->modified());
    EXPECT_EQ(session->data().campaign.name, dialog->editor()->setup().campaign.name);
}

TEST_F(SetupEditorFixture, KeysPasteUndoRedoAndClosingAsksAboutUnsavedEdits)
{
    auto dialog = editDialog();
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    dialog->tabs()->setCurrentWidget(dialog->unitsTab());
    SetupTable* table = dialog->unitsTab()->table();
    SetupEditor* editor = dialog->editor();
    const CampaignSetup original = editor->setup();
    table->setFocus();
    table->setCurrentCell(0, SetupEdits::UnitPopulation);
    QGuiApplication::clipboard()->setText(u"9.500\t1.800\n"_s);
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(editor->setup().units[0].population, 9500);
    EXPECT_EQ(editor->setup().units[0].quota, 1800);
    EXPECT_TRUE(editor->setup().units[0].quotaManual);
    dialog->unitsTab()->clearManual(); // the current row: Bỏ nhập tay
    EXPECT_FALSE(editor->setup().units[0].quotaManual);
    EXPECT_FALSE(table->item(0, SetupEdits::UnitQuota)->font().bold());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(editor->setup().units[0].quotaManual);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(editor->setup(), original);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(editor->setup().units[0].population, 9500);

    // Closing with that edit asks; Hủy keeps the dialog and the edit.
    bool asked = false;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = true;
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    dialog->reject();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(editor->modified());
    asked = false;
    answer(QMessageBox::Discard);
    dialog->reject();
    EXPECT_TRUE(asked);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(SetupStore(session->database()).load(session->data().campaign.id), original);
}

TEST_F(SetupEditorFixture, AUnitsSheetReplacesTheUnitsInOneStepKeepingTheMatchedOnes)
{
    auto dialog = editDialog();
    SetupEditor* editor = dialog->editor();
    const CampaignSetup original = editor->setup();
    auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    // A bad row: nothing changes, the row is named.
    const QStringList bad = dialog->unitsTab()->importSheet(
        write(u"bad.csv"_s, "TT,Tên đơn vị,Loại,Dân số\r\n1,Xã Ba Bể,xã,8.912\r\n"
                            "2,Xã Mới,xã,-4\r\n"));
    ASSERT_FALSE(bad.isEmpty());
    EXPECT_TRUE(bad.join(u' ').contains(u"Xã Mới"_s)) << bad.join(u' ').toStdString();
    EXPECT_EQ(editor->setup(), original);

    const QStringList none = dialog->unitsTab()->importSheet(
        write(u"units.csv"_s, "TT,Tên đơn vị,Loại,Dân số\r\n1,Xã Ba Bể,xã,9.000\r\n"
                              "2,Xã Mới,xã,1.000\r\n"));
    EXPECT_TRUE(none.isEmpty()) << none.join(u'\n').toStdString();
    ASSERT_EQ(editor->setup().units.size(), 2);
    EXPECT_EQ(editor->setup().units[0].id, original.units[0].id); // matched by name
    EXPECT_EQ(editor->setup().units[0].population, 9000);
    EXPECT_EQ(editor->setup().units[1].id, 0);
    EXPECT_EQ(quotaSum(editor->setup()), 50000); // apportioned again
    EXPECT_EQ(editor->undoStack()->count(), 1);
    editor->undoStack()->undo();
    EXPECT_EQ(editor->setup(), original);
}

TEST_F(SetupEditorFixture, AUnitWithTalliesIsHiddenNotRemoved)
{
    session.reset();
    QFile::remove(dir.file(u"setup.sqlite"_s));
    open(true);
    auto dialog = editDialog();
    SetupTable* table = dialog->unitsTab()->table();
    table->setCurrentCell(0, 1);
    emit table->removeRequested(0);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(u"Ẩn khi nhập"_s)) << messages[0].toStdString();
    EXPECT_EQ(dialog->editor()->setup().units.size(), 37);
    // A units sheet without the counted units is refused the same way.
    QFile f(dir.file(u"one.csv"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("TT,Tên đơn vị,Loại,Dân số\r\n1,Xã Ba Bể,xã,9.000\r\n");
    f.close();
    const QStringList refused = dialog->unitsTab()->importSheet(f.fileName());
    EXPECT_EQ(refused.size(), 36);
    EXPECT_EQ(dialog->editor()->setup().units.size(), 37);
}

TEST_F(SetupEditorFixture, ProvidersAndGroupsAreEditedAndUndoneLikeUnits)
{
    auto dialog = editDialog();
    SetupEditor* editor = dialog->editor();
    const CampaignSetup original = editor->setup();

    SetupTable* providers = dialog->providersTab()->table();
    providers->setCurrentCell(original.providers.size() - 1, 1);
    emit providers->addRequested();
    ASSERT_EQ(editor->setup().providers.size(), original.providers.size() + 1);
    const int added = int(original.providers.size());
    type(providers, added, 1, u"Bưu điện"_s);
    type(providers, added, 0, u"vnpost"_s);
    EXPECT_EQ(editor->setup().providers[added].name, u"Bưu điện"_s);
    EXPECT_EQ(editor->setup().providers[added].code, u"vnpost"_s);
    emit providers->moveRequested(added, 0);
    EXPECT_EQ(editor->setup().providers[0].code, u"vnpost"_s);

    SetupTable* groups = dialog->groupsTab()->groupsTable();
    emit groups->removeRequested(0); // the whole population stays
    ASSERT_EQ(messages.size(), 1);
    groups->setCurrentCell(int(original.groups.size()) - 1, 1);
    emit groups->addRequested();
    const int group = int(original.groups.size());
    ASSERT_EQ(editor->setup().groups.size(), group + 1);
    EXPECT_EQ(editor->setup().groups[group].goalPercentBp, 10000);
    type(groups, group, 2, QString()); // goals typed per unit
    EXPECT_FALSE(editor->setup().groups[group].goalPercentBp);
    SetupTable* sizes = dialog->groupsTab()->sizesTable();
    ASSERT_EQ(sizes->columnCount(), 3); // unit, size, goal
    type(sizes, 0, 1, u"1.200"_s);
    type(sizes, 0, 2, u"1.000"_s);
    const SetupUnitGroup figures =
        editor->setup().units[0].groups.value(editor->setup().groups[group].code);
    EXPECT_EQ(figures.size, 1200);
    EXPECT_EQ(figures.goal, 1000);
    EXPECT_TRUE(editor->setup().problems().isEmpty())
        << editor->setup().problems().join(u'\n').toStdString();
    type(groups, group, 2, u"90 %"_s);
    EXPECT_EQ(editor->setup().groups[group].goalPercentBp, 9000);
    EXPECT_FALSE(editor->setup().units[0].groups.value(editor->setup().groups[group].code).goal);

    while (editor->undoStack()->canUndo())
        editor->undoStack()->undo();
    EXPECT_EQ(editor->setup(), original);
}

TEST_F(SetupEditorFixture, TheMyHaoTemplateNeedsItsPopulationsThenGetsQuotasOf65Percent)
{
    const CampaignFileContent content =
        NewCampaignDialog::fromTemplate(CampaignFile::templates()[1].resource);
    ASSERT_TRUE(content.problems.isEmpty());
    ASSERT_EQ(content.setup.units.size(), 13);
    auto dialog = createDialog(content);
    EXPECT_EQ(dialog->mode(), CampaignSetupDialog::Mode::Create);
    QSignalSpy created(dialog.get(), &CampaignSetupDialog::campaignCreated);
    EXPECT_FALSE(dialog->save());
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].startsWith(u"Chưa tạo được đợt: thiếu dân số của Phường Bần Yên "
                                       "Nhân, Phường Phan Đình Phùng"_s))
        << messages[0].toStdString();
    EXPECT_EQ(created.count(), 0);

    QStringList column;
    qint64 total = 0;
    for (int i = 0; i < 13; ++i) {
        column << QString::number(5000 + 137 * i);
        total += 5000 + 137 * i;
    }
    EXPECT_EQ(dialog->unitsTab()->pasteText(0, SetupEdits::UnitPopulation, column.join(u'\n')),
              QString());
    EXPECT_TRUE(dialog->save()) << messages.join(u'\n').toStdString();
    ASSERT_EQ(created.count(), 1);
    const qint64 id = created[0][0].toLongLong();
    EXPECT_EQ(id, dialog->createdId());
    const CampaignSetup stored = SetupStore(session->database()).load(id);
    EXPECT_EQ(stored.units.size(), 13);
    EXPECT_EQ(quotaSum(stored), (total * 65 + 99) / 100); // 65 %, rounded up
    EXPECT_TRUE(Integrity::check(session->database()).ok());
}

TEST_F(SetupEditorFixture, ACopyWithAGoalOf40000GetsQuotasAddingUpTo40000)
{
    CampaignFileContent content;
    content.setup = NewCampaignDialog::copyOf(session->database(), session->data().campaign.id);
    EXPECT_EQ(content.setup.units.size(), 37);
    content.setup.campaign.code =
        NewCampaignDialog::freeCampaignCode(session->database(), content.setup.campaign.code);
    EXPECT_EQ(content.setup.campaign.code, u"tn-2025-30ngay-2"_s);
    auto dialog = createDialog(content);
    auto* goal = dialog->findChild<QSpinBox*>(u"goalCountValue"_s);
    ASSERT_NE(goal, nullptr);
    goal->setValue(40000);
    EXPECT_TRUE(dialog->save()) << messages.join(u'\n').toStdString();
    const CampaignSetup stored = SetupStore(session->database()).load(dialog->createdId());
    EXPECT_EQ(quotaSum(stored), 40000);
    EXPECT_EQ(stored.totalPopulation(), 277566);
    // The campaign on screen is the old one, its quotas unchanged.
    EXPECT_EQ(session->data().totalQuota(), 50000);
}

TEST_F(SetupEditorFixture, TheNewCampaignDialogOffersEmptyACopyAndTheTemplates)
{
    NewCampaignDialog start(session.get());
    CampaignFileContent c = start.content(); // a copy of the campaign in the file
    EXPECT_EQ(c.setup.campaign.code, u"tn-2025-30ngay-2"_s);
    EXPECT_TRUE(c.setup.campaign.name.endsWith(u"(bản sao)"_s));
    EXPECT_EQ(c.setup.units.size(), 37);
    EXPECT_EQ(quotaSum(c.setup), 50000);
    EXPECT_FALSE(c.setup.units[0].quotaManual);
    start.choose(NewCampaignDialog::Start::Template, 1);
    c = start.content();
    EXPECT_EQ(c.setup.campaign.code, u"mh-2023-cts"_s);
    EXPECT_EQ(c.setup.units.size(), 13);
    EXPECT_EQ(c.setup.groups.size(), 6);
    EXPECT_FALSE(c.report.isEmpty());
    start.choose(NewCampaignDialog::Start::Template, 0);
    EXPECT_EQ(start.content().setup.campaign.code, u"tn-2025-30ngay-2"_s); // taken: another
    start.choose(NewCampaignDialog::Start::Empty);
    c = start.content();
    EXPECT_TRUE(c.setup.units.isEmpty());
    ASSERT_EQ(c.setup.providers.size(), 3);
    EXPECT_EQ(c.setup.providers[2].name, u"Khác"_s);
    ASSERT_EQ(c.setup.groups.size(), 1);
    EXPECT_EQ(c.setup.groups[0].name, u"Dân số trưởng thành"_s);
}

TEST_F(SetupEditorFixture, TheMenuHasBothActionsWithTheirKeys)
{
    MainWindow window(session.get());
    QAction* edit = window.action(u"campaignSetup"_s);
    QAction* create = window.action(u"campaignNew"_s);
    ASSERT_NE(edit, nullptr);
    ASSERT_NE(create, nullptr);
    EXPECT_EQ(edit->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
    EXPECT_EQ(create->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));
    EXPECT_TRUE(edit->isEnabled());
    window.onCampaignCreated(session->data().campaign.id);
}

TEST_F(SetupEditorFixture, TheWindowShowsASavedSetupWithOtherUnitsAndProviders)
{
    MainWindow window(session.get());
    window.show();
    for (const QString& key : window.pageKeys())
        ASSERT_TRUE(window.showPage(key));
    ASSERT_TRUE(window.showPage(u"entry"_s));
    // The pages stay while the editor saves: the Setup notice makes each one
    // read the campaign's units and providers again.
    auto dialog = editDialog();
    SetupTable* units = dialog->unitsTab()->table();
    units->setCurrentCell(36, 1);
    emit units->removeRequested(36);
    emit units->removeRequested(35);
    SetupTable* providers = dialog->providersTab()->table();
    providers->setCurrentCell(0, 1);
    emit providers->addRequested();
    EXPECT_TRUE(dialog->save()) << messages.join(u'\n').toStdString();
    EXPECT_EQ(session->data().units.size(), 35);
    EXPECT_EQ(session->data().providers.size(), 4);
    QApplication::processEvents();
    EXPECT_EQ(window.currentPage()->key(), u"entry"_s);
    for (const QString& key : window.pageKeys())
        EXPECT_TRUE(window.showPage(key));
    QApplication::processEvents();
}

TEST_F(SetupEditorFixture, AReadOnlyFileDisablesTheActionsAndTheSave)
{
    const QString path = session->database().location();
    session.reset();
    session = std::make_unique<CampaignSession>(
        Database::openExisting(path, Database::Access::ReadOnly), clock);
    ASSERT_TRUE(session->readOnly());
    MainWindow window(session.get());
    EXPECT_FALSE(window.action(u"campaignSetup"_s)->isEnabled());
    EXPECT_FALSE(window.action(u"campaignNew"_s)->isEnabled());
    auto dialog = editDialog();
    type(dialog->unitsTab()->table(), 0, SetupEdits::UnitPopulation, u"9.000"_s);
    EXPECT_FALSE(dialog->save());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(u"setupSave"_s)->isEnabled());
}

// Pictures of every tab at 1280×800, in both languages: in
// SIGNTALLY_SETUP_SHOTS (a folder) when set, else only drawn.
TEST_F(SetupEditorFixture, ScreenshotsInBothLanguages)
{
    const QString out = qEnvironmentVariable("SIGNTALLY_SETUP_SHOTS");
    const QStringList names = {u"general"_s, u"units"_s, u"providers"_s, u"groups"_s, u"history"_s};
    for (const QString& lang : {u"vi"_s, u"en"_s}) {
        ASSERT_TRUE(Language::apply(*qApp, lang));
        auto dialog = editDialog();
        dialog->resize(1280, 800);
        dialog->show();
        for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
            dialog->tabs()->setCurrentIndex(tab);
            if (tab == 1) // a quota typed by hand shows bold, the totals say they differ
                type(dialog->unitsTab()->table(), 1, SetupEdits::UnitQuota, u"2100"_s);
            QApplication::processEvents();
            const QImage image = dialog->grab().toImage();
            EXPECT_EQ(image.width(), 1280 * image.devicePixelRatio());
            if (!out.isEmpty())
                image.save(QDir(out).filePath(u"setup-%1-%2.png"_s.arg(names[tab], lang)));
        }
        dialog->editor()->resetTo(dialog->editor()->setup()); // nothing to ask on close
        dialog->hide();
    }
    ASSERT_TRUE(Language::apply(*qApp, u"vi"_s));
}
