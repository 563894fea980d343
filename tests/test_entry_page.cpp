#include "cli/Cli.h"
#include "gui/GuiCommands.h"
#include "gui/MainWindow.h"
#include "gui/entry/EntryPage.h"
#include "gui/entry/EntryTableView.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "models/EntryTotalsModel.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

struct EntryPageFixture : ::testing::Test
{
    test::TempDir dir;
    FixedClock clock{QDate(2025, 8, 10)};
    std::unique_ptr<CampaignSession> session;
    std::unique_ptr<MainWindow> window;
    EntryPage* page = nullptr;
    EntryModel* model = nullptr;
    EntryTableView* view = nullptr;

    void SetUp() override
    {
        session = std::make_unique<CampaignSession>(
            Seeder::createSeeded(dir.file(u"page.sqlite"_s), false), clock);
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->showPage(u"entry"_s));
        page = qobject_cast<EntryPage*>(window->page(u"entry"_s));
        ASSERT_NE(page, nullptr);
        model = page->model();
        view = page->view();
        view->setFocus();
    }
    void TearDown() override
    {
        if (model)
            model->discard(); // no "unsaved" question when the window goes
    }
    void setCurrent(int row, int provider)
    {
        view->setCurrentIndex(
            page->proxy()->mapFromSource(model->index(row, model->providerColumn(provider))));
    }
    QModelIndex current() const { return page->proxy()->mapToSource(view->currentIndex()); }
    // Keys go where a real keyboard's would: to the focused widget.
    QWidget* focused() const
    {
        QWidget* w = QApplication::focusWidget();
        return w ? w : view;
    }
    void type(const QString& text) const
    {
        for (QChar c : text)
            QTest::keyClick(focused(), c.toLatin1());
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) const
    {
        QTest::keyClick(focused(), k, m);
        QApplication::processEvents(); // the delegate commits on a queued call
    }
    // After a dialog: the window is active again, the grid has the focus.
    void refocus() const
    {
        QApplication::setActiveWindow(window.get());
        view->setFocus();
    }
    // Acts on the next modal dialog as soon as it is shown (the grid commits
    // on a queued call, so a dialog may open a few events later).
    static void whenDialogShown(std::function<void(QWidget*)> act)
    {
        auto* timer = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal || ++*tries > 200) {
                timer->stop();
                timer->deleteLater();
                ASSERT_NE(modal, nullptr) << "no dialog was shown";
                act(modal);
            }
        });
        timer->start(10);
    }
    // Answers the next message box with the given button.
    static void answerNextBox(QMessageBox::StandardButton button)
    {
        whenDialogShown([button](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            ASSERT_NE(box, nullptr);
            box->button(button)->click();
        });
    }
};

} // namespace

TEST_F(EntryPageFixture, TypingEditsEnterMovesDownTabMovesRight)
{
    // 1.605 on a unit with no history is warned now (5 × 85 a day needed);
    // this test is about keys, so every warning is accepted without a dialog.
    model->setWarningHandler([](const QString&) { return true; });
    setCurrent(0, 0);
    type(u"1605"_s);
    key(Qt::Key_Return);
    EXPECT_EQ(model->value(0, 0), 1605);
    EXPECT_EQ(current().row(), 1);
    EXPECT_EQ(current().column(), model->providerColumn(0));
    type(u"1.234"_s);
    key(Qt::Key_Tab);
    EXPECT_EQ(model->value(1, 0), 1234);
    EXPECT_EQ(current().row(), 1);
    EXPECT_EQ(current().column(), model->providerColumn(1));
    // Tab from the last provider goes on to the next row's first.
    type(u"2"_s);
    key(Qt::Key_Tab);
    type(u"3"_s);
    key(Qt::Key_Tab);
    EXPECT_EQ(model->value(1, 1), 2);
    EXPECT_EQ(model->value(1, 2), 3);
    EXPECT_EQ(current().row(), 2);
    EXPECT_EQ(current().column(), model->providerColumn(0));
    // Typing over a cell replaces what was there.
    key(Qt::Key_Escape);
    setCurrent(0, 0);
    type(u"7"_s);
    key(Qt::Key_Return);
    EXPECT_EQ(model->value(0, 0), 7);
    // Enter on a cell that is not being edited only moves down.
    key(Qt::Key_Return);
    EXPECT_EQ(current().row(), 2);
    // Delete clears back to "not reported".
    setCurrent(0, 0);
    key(Qt::Key_Delete);
    EXPECT_EQ(model->value(0, 0), std::nullopt);
    // A bad value is refused and said.
    setCurrent(2, 0);
    type(u"abc"_s);
    key(Qt::Key_Return);
    EXPECT_EQ(model->value(2, 0), std::nullopt);
    EXPECT_FALSE(model->cellError(2, 0).isEmpty());
    bool said = false;
    for (QLabel* l : page->findChildren<QLabel*>())
        said = said || l->text().contains(u"\"abc\""_s);
    EXPECT_TRUE(said);
}

TEST_F(EntryPageFixture, ShortcutsSaveUndoAndPaste)
{
    setCurrent(3, 0);
    type(u"12"_s);
    key(Qt::Key_Return);
    ASSERT_EQ(model->value(3, 0), 12);
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(model->value(3, 0), std::nullopt);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(model->value(3, 0), 12);

    QGuiApplication::clipboard()->setText(u"5\t6\n7\t8\n"_s);
    setCurrent(4, 1);
    key(Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(model->value(4, 1), 5);
    EXPECT_EQ(model->value(4, 2), 6);
    EXPECT_EQ(model->value(5, 1), 7);
    EXPECT_EQ(model->value(5, 2), 8);

    // The edited cells are marked on screen until saved.
    const QRect r = view->visualRect(view->model()->index(5, model->providerColumn(2)));
    const QImage shot = view->viewport()->grab().toImage();
    const QColor marked = shot.pixelColor(r.left() + 3, r.top() + 3);
    EXPECT_GT(marked.red(), 240);
    EXPECT_LT(marked.blue(), 200) << "edited cell background " << marked.name().toStdString();
    if (qEnvironmentVariableIsSet("SIGNTALLY_TEST_SHOTS"))
        window->grab().save(qEnvironmentVariable("SIGNTALLY_TEST_SHOTS") + u"/entry-unsaved.png"_s);

    key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(model->isDirty());
    const CampaignData& d = session->data();
    EXPECT_EQ(session->tallies().value({d.units[5].id, QDate(2025, 8, 10), d.providers[2].id}), 8);
    EXPECT_EQ(session->engine().snapshot(QDate(2025, 8, 10)).total.cumulative, 12 + 5 + 6 + 7 + 8);
    // The history panel shows the unit's changes.
    setCurrent(5, 0);
    auto* history = page->findChild<QTreeWidget*>();
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(history->topLevelItemCount(), 2);
}

TEST_F(EntryPageFixture, ChangingTheDateWithUnsavedEditsAsks)
{
    setCurrent(0, 0);
    type(u"9"_s);
    key(Qt::Key_Return);
    ASSERT_TRUE(model->isDirty());
    // A value still being typed is not lost when the date changes.
    setCurrent(1, 0);
    type(u"8"_s);
    ASSERT_TRUE(view->isEditing());
    answerNextBox(QMessageBox::Cancel);
    key(Qt::Key_Right, Qt::AltModifier);
    refocus();
    EXPECT_EQ(model->date(), QDate(2025, 8, 10));
    EXPECT_EQ(page->findChild<QDateEdit*>()->date(), QDate(2025, 8, 10));
    EXPECT_EQ(model->value(0, 0), 9);
    EXPECT_EQ(model->value(1, 0), 8);

    answerNextBox(QMessageBox::Save);
    key(Qt::Key_PageUp, Qt::ControlModifier);
    refocus();
    EXPECT_EQ(model->date(), QDate(2025, 8, 9));
    EXPECT_EQ(page->findChild<QDateEdit*>()->date(), QDate(2025, 8, 9));
    const CampaignData& d = session->data();
    EXPECT_EQ(session->tallies().value({d.units[0].id, QDate(2025, 8, 10), d.providers[0].id}), 9);

    setCurrent(0, 0);
    type(u"4"_s);
    key(Qt::Key_Return);
    answerNextBox(QMessageBox::Discard);
    EXPECT_TRUE(page->maybeLeave());
    EXPECT_FALSE(model->isDirty());
    EXPECT_EQ(session->tallies().value({d.units[0].id, QDate(2025, 8, 9), d.providers[0].id}),
              std::nullopt);
}

TEST_F(EntryPageFixture, UnusualValuesAskInVietnamese)
{
    const CampaignData& d = session->data();
    QVector<TallyChange> usual;
    for (int i = 0; i < 3; ++i)
        usual.push_back({{d.units[0].id, QDate(2025, 8, 1 + i), d.providers[0].id}, 10});
    session->applyChanges(usual);
    QString asked;
    auto answer = [&asked](const QString& button) {
        whenDialogShown([&asked, button](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            ASSERT_NE(box, nullptr);
            asked = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
    };
    setCurrent(0, 0);
    answer(u"Không nhập"_s);
    type(u"256"_s); // more than 5 × 51, the planned day (the median, 10, is less)
    key(Qt::Key_Return);
    EXPECT_TRUE(asked.contains(u"trung vị"_s)) << asked.toStdString();
    EXPECT_EQ(model->value(0, 0), std::nullopt);
    refocus();
    setCurrent(0, 0);
    asked.clear();
    answer(u"Vẫn nhập"_s);
    type(u"256"_s);
    key(Qt::Key_Return);
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(model->value(0, 0), 256);
}

TEST_F(EntryPageFixture, LockAndUnlockTheWeekFromThePage)
{
    auto* lock = page->findChild<QAction*>(u"lockWeek"_s);
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(lock->text(), u"Khóa tuần 2"_s);
    auto reply = [](const QString& text) {
        whenDialogShown([text](QWidget* w) {
            auto* dialog = qobject_cast<QInputDialog*>(w);
            ASSERT_NE(dialog, nullptr);
            dialog->setTextValue(text);
            dialog->accept();
        });
    };
    reply(u"Đã gửi báo cáo tuần 2 ngày 11/08"_s);
    lock->trigger();
    EXPECT_TRUE(model->isLocked());
    EXPECT_EQ(lock->text(), u"Mở khóa tuần 2"_s);
    // No reason, no unlock (and a message box says so).
    QString refusal;
    whenDialogShown([&refusal](QWidget* w) {
        auto* dialog = qobject_cast<QInputDialog*>(w);
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(u"   "_s);
        dialog->accept();
        whenDialogShown([&refusal](QWidget* w2) {
            auto* box = qobject_cast<QMessageBox*>(w2);
            ASSERT_NE(box, nullptr);
            refusal = box->text();
            box->accept();
        });
    });
    lock->trigger();
    EXPECT_TRUE(refusal.contains(u"lý do"_s)) << refusal.toStdString();
    EXPECT_TRUE(model->isLocked());
    reply(u"Viettel gửi lại số liệu"_s);
    lock->trigger();
    EXPECT_FALSE(model->isLocked());
    EXPECT_EQ(session->database()
                  .scalar(u"SELECT count(*) FROM week_lock_event WHERE week = 2"_s)
                  .toInt(),
              2);
}

TEST_F(EntryPageFixture, FilterCompletenessAndViewOptions)
{
    auto* filter = page->findChild<QLineEdit*>(u"unitFilter"_s);
    ASSERT_NE(filter, nullptr);
    filter->setText(u"cho ra"_s);
    ASSERT_EQ(page->proxy()->rowCount(), 1);
    EXPECT_EQ(page->proxy()->index(0, 0).data().toString(), u"Xã Chợ Rã"_s);
    // Pasting follows the visible rows.
    view->setCurrentIndex(page->proxy()->index(0, model->providerColumn(0)));
    QGuiApplication::clipboard()->setText(u"3\n"_s);
    key(Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(model->value(1, 0), 3);
    filter->clear();
    EXPECT_EQ(page->proxy()->rowCount(), 37);

    auto* missing = page->findChild<QListWidget*>();
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->count(), 36);
    bool counted = false;
    for (QLabel* l : page->findChildren<QLabel*>())
        counted = counted || l->text().contains(u"1/37"_s);
    EXPECT_TRUE(counted);
    model->discard();

    ViewOptions options;
    options.date = QDate(2025, 8, 3);
    options.unit = u"Chợ Đồn"_s;
    page->applyViewOptions(options);
    EXPECT_EQ(model->date(), QDate(2025, 8, 3));
    EXPECT_EQ(session->data().units[current().row()].name, u"Xã Chợ Đồn"_s);
}

TEST(EntryPageScreenshot, RendersTheEntryScreenForADate)
{
    test::TempDir dir;
    const QString db = dir.file(u"demo.sqlite"_s);
    Seeder::createSeeded(db, true).reset();
    Cli cli;
    registerGuiCommands(cli);
    QString out, err;
    QTextStream o(&out), e(&err);
    const QString png = dir.file(u"entry.png"_s);
    ASSERT_EQ(cli.run({u"signtally"_s, u"screenshot"_s, u"--view"_s, u"entry"_s, u"--db"_s, db,
                       u"--out"_s, png, u"--date"_s, u"10/08/2025"_s},
                      o, e),
              0)
        << err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1366, 768));
}

namespace {
// The demo campaign on 10/08/2025, as the office sees it at 1366×768.
struct DemoPageFixture : ::testing::Test
{
    test::TempDir dir;
    FixedClock clock{QDate(2025, 8, 10)};
    std::unique_ptr<CampaignSession> session;
    std::unique_ptr<MainWindow> window;
    EntryPage* page = nullptr;
    EntryModel* model = nullptr;

    void SetUp() override
    {
        session = std::make_unique<CampaignSession>(
            Seeder::createSeeded(dir.file(u"demo.sqlite"_s), true), clock);
        session->setActor(u"pcds.nhap"_s);
        window = std::make_unique<MainWindow>(session.get());
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(window->showPage(u"entry"_s));
        page = qobject_cast<EntryPage*>(window->page(u"entry"_s));
        model = page->model();
        // The page's handler would ask in a dialog; here the answer is yes.
        model->setWarningHandler([this](const QString& text) {
            warnings << text;
            return true;
        });
    }
    void TearDown() override { model->discard(); }
    QStringList warnings;
    QColor background(int row, int column) const
    {
        QApplication::processEvents();
        const QRect r = page->view()->visualRect(page->proxy()->index(row, column));
        return page->view()->viewport()->grab().toImage().pixelColor(r.left() + 3, r.top() + 3);
    }
    void shot(const QString& name) const
    {
        QApplication::processEvents(); // pending layout requests
        if (qEnvironmentVariableIsSet("SIGNTALLY_TEST_SHOTS"))
            window->grab()
                .toImage()
                .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither)
                .save(qEnvironmentVariable("SIGNTALLY_TEST_SHOTS") + u'/' + name);
    }
};
} // namespace

TEST_F(DemoPageFixture, UnsavedRefusedAndNotReportedCellsLookDifferent)
{
    ASSERT_EQ(model->date(), QDate(2025, 8, 10));
    // Yên Bình (row 20) has not reported on the demo's 10/08; Khác of Ba Bể neither.
    ASSERT_FALSE(model->reported(20));
    ASSERT_EQ(model->value(0, 2), std::nullopt);
    ASSERT_TRUE(model->setCount(0, 2, 0)); // reported zero
    ASSERT_TRUE(model->setCellText(20, 0, u"14"_s));
    ASSERT_TRUE(model->setCellText(20, 1, u"1.605"_s)); // unusual: accepted
    EXPECT_EQ(warnings.size(), 1);
    EXPECT_FALSE(model->setCellText(21, 0, u"9O"_s)); // a letter O: refused
    page->view()->setCurrentIndex(page->proxy()->index(3, model->providerColumn(1)));
    shot(u"entry-demo-unsaved.png"_s);

    const QColor edited = background(0, model->providerColumn(2));
    const QColor refused = background(21, model->providerColumn(0));
    const QColor notReported = background(20, model->providerColumn(2));
    const QColor reported = background(1, model->providerColumn(0));
    EXPECT_GT(edited.red(), 240);
    EXPECT_LT(edited.blue(), 200); // yellow
    EXPECT_GT(refused.red(), 200);
    EXPECT_LT(refused.green(), 210);  // red
    EXPECT_NE(notReported, reported); // grey tint vs white
    EXPECT_EQ(page->proxy()->index(0, model->providerColumn(2)).data().toString(), u"0"_s);
}

TEST_F(DemoPageFixture, ALockedDayShowsWhyAndCannotBeTypedInto)
{
    ASSERT_TRUE(model->lockWeek(u"Đã gửi báo cáo tuần 2"_s));
    QApplication::processEvents();
    bool notice = false;
    for (QLabel* l : page->findChildren<QLabel*>())
        notice = notice || (l->isVisible() && l->text().contains(u"Tuần 2 (04/08–10/08/2025)"_s));
    EXPECT_TRUE(notice);
    EntryTableView* view = page->view();
    view->setFocus();
    view->setCurrentIndex(page->proxy()->index(0, model->providerColumn(0)));
    const std::optional<qint64> before = model->value(0, 0);
    QTest::keyClicks(view, u"5"_s);
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(model->value(0, 0), before);
    EXPECT_FALSE(view->isEditing());
    EXPECT_EQ(page->proxy()->mapToSource(view->currentIndex()).row(), 1); // Enter: down, no jump
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"không sửa được"_s))
        << window->statusBar()->currentMessage().toStdString();
    shot(u"entry-demo-locked.png"_s);
}

// The row of daily totals under the grid: each provider's column summed over
// every unit (saved, unsaved and filtered-out rows alike), and it follows edits.
TEST_F(EntryPageFixture, TotalsRowIsTheSumOfEachColumn)
{
    EntryTotalsModel* totals = page->totals();
    ASSERT_NE(totals, nullptr);
    ASSERT_EQ(page->totalsView()->model(), totals);
    const auto columnSum = [&](int column) {
        qint64 sum = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            QString text = model->data(model->index(r, column)).toString();
            if (text != u"—"_s)
                sum += text.remove(u'.').toLongLong();
        }
        return sum;
    };
    const auto shown = [&](int column) {
        return totals->data(totals->index(0, column)).toString();
    };
    model->setWarningHandler([](const QString&) { return true; }); // no dialog for big figures
    // Nothing reported yet: a dash, not a zero.
    EXPECT_EQ(shown(model->providerColumn(0)), u"—"_s);
    ASSERT_TRUE(model->setCount(0, 0, 1605));
    ASSERT_TRUE(model->setCount(5, 0, 20));
    ASSERT_TRUE(model->setCount(36, 1, 7));
    ASSERT_TRUE(model->setCount(12, 2, 0));
    page->findChild<QLineEdit*>(u"unitFilter"_s)->setText(u"Ba Bể"_s); // the filter hides rows
    for (int p = 0; p < model->providerCount(); ++p) {
        const int c = model->providerColumn(p);
        EXPECT_EQ(totals->data(totals->index(0, c), EntryTotalsModel::ValueRole).toLongLong(),
                  columnSum(c))
            << p;
    }
    EXPECT_EQ(shown(model->providerColumn(0)), u"1.625"_s);
    EXPECT_EQ(shown(model->providerColumn(1)), u"7"_s);
    EXPECT_EQ(shown(model->providerColumn(2)), u"0"_s);
    EXPECT_EQ(shown(model->dayTotalColumn()), u"1.632"_s);
    EXPECT_EQ(totals->data(totals->index(0, model->dayTotalColumn()), EntryTotalsModel::ValueRole)
                  .toLongLong(),
              columnSum(model->dayTotalColumn()));
    EXPECT_EQ(shown(EntryModel::UnitColumn), u"Tổng 37 đơn vị"_s);
    // An undo changes the total too.
    model->undoStack()->undo();
    model->undoStack()->undo();
    EXPECT_EQ(shown(model->providerColumn(1)), u"—"_s);
    EXPECT_EQ(shown(model->providerColumn(2)), u"—"_s);
    // Column for column under the grid.
    QApplication::processEvents();
    for (int c = 0; c < model->columnCount(); ++c)
        EXPECT_EQ(page->totalsView()->columnWidth(c), view->columnWidth(c)) << c;
}

TEST_F(EntryPageFixture, TodayButtonGoesToTheSessionsToday)
{
    ASSERT_TRUE(page->goToDate(QDate(2025, 7, 30)));
    auto* today = page->findChild<QPushButton*>(u"entryToday"_s);
    ASSERT_NE(today, nullptr);
    today->click();
    EXPECT_EQ(model->date(), QDate(2025, 8, 10)); // the fixture's clock
}
