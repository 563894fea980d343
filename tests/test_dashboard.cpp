#include "cli/Cli.h"
#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "gui/GuiCommands.h"
#include "gui/MainWindow.h"
#include "gui/charts/DailyStackChart.h"
#include "gui/charts/RankedBarsChart.h"
#include "gui/charts/TimeLineChart.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/HeadlineCard.h"
#include "gui/dashboard/UnitPage.h"
#include "models/CampaignSession.h"
#include "models/UnitProgressModel.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <gtest/gtest.h>
#include <iostream>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// A demo database (37 units, every day reported) opened in a session whose
// today is after the campaign (so the default "as of" is the last day).
struct DemoSession
{
    test::TempDir dir;
    FixedClock clock{QDate(2026, 1, 1)};
    CampaignSession session{Seeder::createSeeded(dir.file(u"demo.sqlite"_s), true), clock};
};

const QDate AsOf(2025, 8, 15);

QString plain(const QString& richText)
{
    QString out = richText;
    static const QRegularExpression tags(u"<[^>]*>"_s);
    out.remove(tags);
    return out;
}

} // namespace

TEST(Dashboard, HeadlineFiguresAreTheEngines)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    EXPECT_EQ(page.asOf(), QDate(2025, 8, 28));
    page.applyViewOptions({AsOf, {}, {}});
    ASSERT_EQ(page.asOf(), AsOf);

    const Format fmt;
    const ProgressSnapshot s = demo.session.engine().snapshot(AsOf);
    const Progress& t = s.total;
    ASSERT_GT(t.cumulative, 0);
    EXPECT_EQ(page.totalCard()->valueLabel()->text(), fmt.count(t.cumulative) + u" / 50.000"_s);
    EXPECT_TRUE(page.totalCard()->detailText().contains(fmt.percent(t.percentOfTarget)));
    EXPECT_EQ(page.totalCard()->bar()->value(), int(std::lround(t.percentOfTarget * 10)));
    EXPECT_EQ(page.daysCard()->valueLabel()->text(), u"Còn %1 ngày"_s.arg(s.daysLeft));
    EXPECT_TRUE(page.daysCard()->detailText().contains(u"%1/32"_s.arg(s.elapsedDays)));
    EXPECT_EQ(s.elapsedDays, 19);
    EXPECT_EQ(page.rateCard()->valueLabel()->text(), StatusText::rate(t.requiredDaily, fmt));
    EXPECT_TRUE(page.rateCard()->detailText().contains(StatusText::rate(t.recentPace, fmt)));
    EXPECT_EQ(page.forecastCard()->valueLabel()->text(), StatusText::forecast(t.forecast, fmt));
    // The demo's late commune has no data yet: a fourth, grey count.
    ASSERT_EQ(s.noData, 1);
    EXPECT_EQ(plain(page.statusCard()->valueLabel()->text()),
              u"%1 · %2 · %3 · 1"_s.arg(s.onTrack).arg(s.atRisk).arg(s.behind));
    EXPECT_EQ(s.onTrack + s.atRisk + s.behind + s.noData, 37);

    // Stricter thresholds: the page follows the engine at once.
    demo.session.setThresholds({100, 99});
    const ProgressSnapshot strict = demo.session.engine().snapshot(AsOf);
    // (Above the line, or less than a planned day short, stays on the line
    // whatever the thresholds; what was at risk from 80 % is now behind.)
    EXPECT_NE(strict.behind, s.behind);
    EXPECT_EQ(plain(page.statusCard()->valueLabel()->text()),
              u"%1 · %2 · %3 · 1"_s.arg(strict.onTrack).arg(strict.atRisk).arg(strict.behind));
}

// Once the drive is over (today 01/01/2026, "as of" its last day), the cards
// say met or not met instead of "no time left".
TEST(Dashboard, AfterTheDriveTheCardsSayMetOrNotMet)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    ASSERT_EQ(page.asOf(), QDate(2025, 8, 28));
    const Format fmt;
    const ProgressSnapshot s = demo.session.engine().snapshot(page.asOf());
    ASSERT_TRUE(s.over);
    const Progress& t = s.total;
    ASSERT_TRUE(t.status == Status::Met || t.status == Status::NotMet);
    EXPECT_EQ(page.daysCard()->valueLabel()->text(), u"Đã kết thúc"_s);
    EXPECT_EQ(page.rateCard()->valueLabel()->text(), StatusText::label(t.status));
    EXPECT_NE(page.rateCard()->valueLabel()->text(), StatusText::rate(std::nullopt, fmt));
    EXPECT_TRUE(page.rateCard()->detailLabel()->text().contains(u"Đợt đã kết thúc"_s));
    EXPECT_EQ(plain(page.statusCard()->valueLabel()->text()),
              u"%1 · %2"_s.arg(s.met).arg(s.notMet));
    EXPECT_EQ(s.met + s.notMet, 37);
    EXPECT_GT(s.met, 0);
    EXPECT_GT(s.notMet, 0);
    EXPECT_TRUE(page.callList()->text().contains(u"Đợt đã kết thúc"_s));
}

TEST(Dashboard, ChartSeriesAreTheEngines)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    page.applyViewOptions({AsOf, {}, {}});
    const ProgressEngine engine = demo.session.engine();
    const ProgressSnapshot s = engine.snapshot(AsOf);
    const QVector<qint64> cumulative = engine.cumulativeSeries(-1);
    const QVector<qint64> daily = engine.dailyTotals(-1);

    // 1. Cumulative to "as of", the straight line to the goal, the marker.
    const QList<charts::PlottedLine> lines = page.cumulativeChart()->lines();
    ASSERT_EQ(lines.size(), 2);
    const QList<QPointF> cum = lines[0].points;
    ASSERT_EQ(cum.size(), s.elapsedDays);
    for (int d = 0; d < cum.size(); ++d) {
        EXPECT_EQ(cum[d].x(), d);
        EXPECT_EQ(qint64(cum[d].y()), cumulative[d]);
    }
    EXPECT_EQ(qint64(cum.last().y()), s.total.cumulative);
    const QList<QPointF> plan = lines[1].points;
    ASSERT_EQ(plan.size(), 2);
    EXPECT_DOUBLE_EQ(plan.last().y(), 50000.0);
    EXPECT_EQ(plan.last().x(), 31);
    // The plan line at "as of" is the engine's expected-to-date.
    const double slope = (plan[1].y() - plan[0].y()) / (plan[1].x() - plan[0].x());
    EXPECT_NEAR(plan[0].y() + slope * (s.elapsedDays - 1 - plan[0].x()), s.total.expected, 1e-6);
    const QList<QPointF> marker = page.cumulativeChart()->marker().points;
    ASSERT_EQ(marker.size(), 2);
    EXPECT_EQ(marker[0].x(), s.elapsedDays - 1);
    EXPECT_TRUE(page.cumulativeChart()->marker().name.contains(u"15/08"_s));
    EXPECT_GE(page.cumulativeChart()->valueScale().max, double(s.total.cumulative));
    EXPECT_EQ(page.cumulativeChart()->dayLabels().first(), u"28/07"_s);
    EXPECT_EQ(page.cumulativeChart()->dayLabels().last(), u"28/08"_s);

    // 3. Daily totals stacked by provider: the stack is the engine's daily total.
    const QList<charts::PlottedStack> sets = page.dailyChart()->stacks();
    ASSERT_EQ(sets.size(), 3);
    EXPECT_EQ(sets[0].name, demo.session.data().providers[0].name);
    for (int d = 0; d < 32; ++d) {
        qint64 sum = 0;
        for (const charts::PlottedStack& set : sets)
            sum += qint64(set.values[d]);
        EXPECT_EQ(sum, d < s.elapsedDays ? daily[d] : 0) << "day " << d;
    }

    // 2. Every unit's % of quota, sorted, coloured by status, with the lines.
    const QStringList labels = page.unitsChart()->labels();
    ASSERT_EQ(labels.size(), 37);
    const QList<charts::PlottedStack> statusSets = page.unitsChart()->groups();
    ASSERT_EQ(statusSets.size(), 6); // one per Status, in its order
    EXPECT_EQ(statusSets[0].name, StatusText::label(Status::OnTrack));
    double previous = 1e9;
    for (int i = 0; i < 37; ++i) { // category 0 is at the bottom: the highest
        const int unit = UnitPage::findUnit(demo.session.data(), labels[i].section(u" · "_s, 0, 0));
        ASSERT_GE(unit, 0) << labels[i].toStdString();
        const UnitProgress& p = s.units[unit];
        EXPECT_EQ(labels[i], demo.session.data().units[unit].name + u" · "_s +
                                 Format().percent(p.percentOfTarget));
        for (int g = 0; g < 6; ++g)
            EXPECT_DOUBLE_EQ(statusSets[g].values[i], g == int(p.status) ? p.percentOfTarget : 0.0);
        EXPECT_LE(p.percentOfTarget, previous);
        previous = p.percentOfTarget;
    }
    const QList<charts::PlottedLine> refs = page.unitsChart()->references();
    ASSERT_EQ(refs.size(), 2);
    EXPECT_EQ(refs[0].points[0].x(), 100.0);
    EXPECT_DOUBLE_EQ(refs[1].points[0].x(), 100.0 * 19 / 32);
    EXPECT_TRUE(refs[1].name.contains(Format().percent(100.0 * 19 / 32)));
}

TEST(Dashboard, TableIsSortableAndOpensTheUnitPage)
{
    DemoSession demo;
    MainWindow window(&demo.session);
    auto* page = qobject_cast<DashboardPage*>(window.page(u"dashboard"_s));
    ASSERT_TRUE(page);
    EXPECT_EQ(window.pageKeys().first(), u"dashboard"_s);
    EXPECT_EQ(page->title(), u"Tổng quan"_s);
    window.showPage(u"dashboard"_s, {AsOf, {}, {}});
    QTableView* table = page->unitTable();
    QAbstractItemModel* proxy = table->model();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(proxy->rowCount(), 37);
    const ProgressSnapshot s = demo.session.engine().snapshot(AsOf);
    const Format fmt;

    // Sorted by % of quota, descending: rank 1 first, texts as the engine says.
    table->sortByColumn(UnitProgressModel::PercentOfQuota, Qt::DescendingOrder);
    double previous = 1e9;
    for (int r = 0; r < 37; ++r) {
        const int unit = proxy->index(r, 0).data(UnitProgressModel::UnitIndexRole).toInt();
        const UnitProgress& p = s.units[unit];
        EXPECT_LE(p.percentOfTarget, previous);
        previous = p.percentOfTarget;
        EXPECT_EQ(proxy->index(r, UnitProgressModel::PercentOfQuota).data().toString(),
                  fmt.percent(p.percentOfTarget));
        EXPECT_EQ(proxy->index(r, UnitProgressModel::Cumulative).data().toString(),
                  fmt.count(p.cumulative));
        EXPECT_EQ(proxy->index(r, UnitProgressModel::StatusColumn).data().toString(),
                  StatusText::label(p.status));
        EXPECT_EQ(proxy->index(r, UnitProgressModel::ForecastColumn).data().toString(),
                  StatusText::forecast(p.forecast, fmt));
        EXPECT_EQ(proxy->index(r, UnitProgressModel::RequiredDaily).data().toString(),
                  StatusText::rate(p.requiredDaily, fmt));
        // "—" for the demo's late commune, which has no reported day yet.
        EXPECT_EQ(proxy->index(r, UnitProgressModel::RecentPace).data().toString(),
                  p.paceDays > 0 ? StatusText::rate(p.recentPace, fmt) : u"—"_s);
        EXPECT_EQ(proxy->index(r, UnitProgressModel::Coverage).data().toString(),
                  fmt.percent(p.coverage));
        EXPECT_EQ(proxy->index(r, UnitProgressModel::Rank).data().toString(),
                  StatusText::rank(p.rank));
        EXPECT_EQ(proxy->index(r, UnitProgressModel::DayCount).data().toString(),
                  p.reportedOnAsOf ? fmt.count(p.dayCount) : u"—"_s);
    }
    EXPECT_EQ(proxy->index(0, UnitProgressModel::Rank).data().toString(), u"1"_s);
    // Numbers sort as numbers, not as text ("9.000" after "800").
    table->sortByColumn(UnitProgressModel::Quota, Qt::AscendingOrder);
    for (int r = 1; r < 37; ++r)
        EXPECT_LE(proxy->index(r - 1, UnitProgressModel::Quota)
                      .data(UnitProgressModel::SortRole)
                      .toLongLong(),
                  proxy->index(r, UnitProgressModel::Quota)
                      .data(UnitProgressModel::SortRole)
                      .toLongLong());

    // Enter on a row opens that unit's page as of the same date.
    const int row = 5;
    const int unit = proxy->index(row, 0).data(UnitProgressModel::UnitIndexRole).toInt();
    window.show();
    table->setFocus();
    table->setCurrentIndex(proxy->index(row, UnitProgressModel::Name));
    QTest::keyClick(table, Qt::Key_Return);
    auto* unitPage = qobject_cast<UnitPage*>(window.page(u"unit"_s));
    ASSERT_TRUE(unitPage);
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), unitPage);
    EXPECT_EQ(unitPage->unitIndex(), unit);
    EXPECT_EQ(unitPage->asOf(), AsOf);

    // A double-click does the same.
    window.showPage(u"dashboard"_s);
    const QModelIndex other = proxy->index(9, UnitProgressModel::Cumulative);
    const int otherUnit = other.data(UnitProgressModel::UnitIndexRole).toInt();
    ASSERT_NE(otherUnit, unit);
    const QPoint at = table->visualRect(other).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), unitPage);
    EXPECT_EQ(unitPage->unitIndex(), otherUnit);

    // The units to call: every unit behind schedule, lowest first, each a link.
    const QString calls = page->callList()->text();
    int behind = 0;
    int lastPos = -1;
    for (int r = 0; r < 37; ++r) { // the table sorted by % ascending
        table->sortByColumn(UnitProgressModel::PercentOfQuota, Qt::AscendingOrder);
        const int u = proxy->index(r, 0).data(UnitProgressModel::UnitIndexRole).toInt();
        const QString link = u"href=\"unit:%1\""_s.arg(u);
        if (s.units[u].status == Status::Behind) {
            ++behind;
            const int pos = int(calls.indexOf(link));
            EXPECT_GT(pos, lastPos) << r;
            lastPos = pos;
        } else {
            EXPECT_FALSE(calls.contains(link)) << r;
        }
    }
    EXPECT_EQ(behind, s.behind);
    window.showPage(u"dashboard"_s);
    emit page->callList()->linkActivated(u"unit:7"_s);
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), unitPage);
    EXPECT_EQ(unitPage->unitIndex(), 7);
}

TEST(Dashboard, RefreshesWhenTalliesAreSaved)
{
    test::TempDir dir;
    FixedClock clock(QDate(2025, 8, 2));
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false), clock);
    DashboardPage page(&session);
    EXPECT_EQ(page.totalCard()->valueLabel()->text(), u"0 / 50.000"_s);
    const CampaignData& d = session.data();
    session.applyChanges({{{d.units[2].id, QDate(2025, 8, 1), d.providers[1].id}, 1605}});
    EXPECT_EQ(page.totalCard()->valueLabel()->text(), u"1.605 / 50.000"_s);
    const QList<charts::PlottedStack> sets = page.dailyChart()->stacks();
    EXPECT_EQ(sets[1].values[4], 1605.0);
    EXPECT_EQ(page.cumulativeChart()->lines()[0].points.last().y(), 1605.0);
    // As it stood the day before: nothing yet.
    page.setAsOf(QDate(2025, 7, 31));
    EXPECT_EQ(page.totalCard()->valueLabel()->text(), u"0 / 50.000"_s);
}

TEST(Dashboard, RefreshReplacesDataInPlace)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    QAbstractItemModelTester tester(page.unitTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int cumulativeMade = page.cumulativeChart()->seriesMade();
    const int dailyMade = page.dailyChart()->seriesMade();
    const int unitsMade = page.unitsChart()->seriesMade();
    EXPECT_GT(cumulativeMade, 0);
    EXPECT_GT(dailyMade, 0);
    EXPECT_GT(unitsMade, 0);
    // (How fast a refresh is, is measured in bench/, not here.)
    for (int day = 1; day <= 28; ++day)
        page.setAsOf(QDate(2025, 8, day));
    // The same series objects (no new one made), new data.
    EXPECT_EQ(page.cumulativeChart()->seriesMade(), cumulativeMade);
    EXPECT_EQ(page.dailyChart()->seriesMade(), dailyMade);
    EXPECT_EQ(page.unitsChart()->seriesMade(), unitsMade);
    EXPECT_EQ(page.cumulativeChart()->lines()[0].points.size(), 32);
}

TEST(Dashboard, KeysMoveTheAsOfDateOfTheFocusedPage)
{
    DemoSession demo;
    MainWindow window(&demo.session);
    window.show();
    window.showPage(u"dashboard"_s, {AsOf, {}, {}});
    auto* page = qobject_cast<DashboardPage*>(window.page(u"dashboard"_s));
    auto* unitPage = qobject_cast<UnitPage*>(window.page(u"unit"_s));
    QApplication::setActiveWindow(&window);
    page->unitTable()->setFocus();
    QTest::keyClick(page->unitTable(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(page->asOf(), AsOf.addDays(-1));
    QTest::keyClick(page->unitTable(), Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(page->unitTable(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(page->asOf(), AsOf.addDays(1));
    EXPECT_EQ(unitPage->asOf(), QDate(2025, 8, 28)); // the other page is untouched

    window.showPage(u"unit"_s, {AsOf, {}, demo.session.data().units[4].name});
    unitPage->historyTable()->setFocus();
    QTest::keyClick(unitPage->historyTable(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(unitPage->unitIndex(), 5);
    QTest::keyClick(unitPage->historyTable(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(unitPage->asOf(), AsOf.addDays(-1));
    EXPECT_EQ(page->asOf(), AsOf.addDays(1));
}

TEST(UnitPage, FiguresAndChartsAreTheEngines)
{
    DemoSession demo;
    UnitPage page(&demo.session);
    const CampaignData& data = demo.session.data();
    const int unit = UnitPage::findUnit(data, u"Thượng Quan"_s);
    ASSERT_GE(unit, 0);
    EXPECT_EQ(UnitPage::findUnit(data, u"Nowhere"_s), -1);
    page.applyViewOptions({AsOf, {}, data.units[unit].name});
    EXPECT_EQ(page.unitIndex(), unit);
    const ProgressEngine engine = demo.session.engine();
    const ProgressSnapshot s = engine.snapshot(AsOf);
    const UnitProgress& p = s.units[unit];
    const Format fmt;

    EXPECT_EQ(page.card(u"unitCumulative"_s)->valueLabel()->text(),
              fmt.count(p.cumulative) + u" / "_s + fmt.count(p.target));
    EXPECT_TRUE(
        page.card(u"unitCumulative"_s)->detailText().contains(fmt.percent(p.percentOfTarget)));
    EXPECT_EQ(page.card(u"unitCoverage"_s)->valueLabel()->text(), fmt.percent(p.coverage));
    EXPECT_EQ(page.statusLabel()->text(), StatusText::label(p.status));
    EXPECT_EQ(page.card(u"unitRate"_s)->valueLabel()->text(),
              StatusText::rate(p.requiredDaily, fmt));
    EXPECT_TRUE(
        page.card(u"unitRate"_s)->detailText().contains(StatusText::rate(p.recentPace, fmt)));
    EXPECT_EQ(page.card(u"unitForecast"_s)->valueLabel()->text(),
              StatusText::forecast(p.forecast, fmt));
    EXPECT_EQ(page.card(u"unitRank"_s)->valueLabel()->text(),
              u"%1 / 37"_s.arg(StatusText::rank(p.rank)));

    const QVector<qint64> cumulative = engine.cumulativeSeries(unit);
    const QList<charts::PlottedLine> lines = page.cumulativeChart()->lines();
    ASSERT_EQ(lines.size(), 3); // cumulative, plan, quota
    ASSERT_EQ(lines[0].points.size(), 19);
    for (int d = 0; d < 19; ++d)
        EXPECT_EQ(qint64(lines[0].points[d].y()), cumulative[d]);
    EXPECT_EQ(lines[2].points[0].y(), double(data.units[unit].quota));
    EXPECT_EQ(lines[1].points.last().y(), double(data.units[unit].quota));

    const QList<charts::PlottedStack> sets = page.dailyChart()->stacks();
    ASSERT_EQ(sets.size(), 3);
    const QVector<qint64> daily = engine.dailyTotals(unit);
    for (int d = 0; d < 32; ++d) {
        qint64 sum = 0;
        for (int pr = 0; pr < 3; ++pr) {
            sum += qint64(sets[pr].values[d]);
            if (d < 19) {
                EXPECT_EQ(qint64(sets[pr].values[d]), data.tallies.value(unit, d, pr).value_or(0));
            }
        }
        EXPECT_EQ(sum, d < 19 ? daily[d] : 0);
    }

    // The audit of this unit up to the "as of" date (day 19): every demo
    // cell written once, by the demo.
    const QTableWidget* history = page.historyTable();
    qint64 cells = 0;
    for (int d = 0; d < 19; ++d)
        for (int pr = 0; pr < 3; ++pr)
            cells += data.tallies.value(unit, d, pr).has_value() ? 1 : 0;
    EXPECT_EQ(history->rowCount(), cells);
    EXPECT_EQ(history->item(0, 5)->text(), u"demo"_s);
    EXPECT_EQ(history->item(0, 6)->text(), u"Số liệu mẫu"_s);
}

TEST(UnitPage, TypingANameChoosesTheUnit)
{
    DemoSession demo;
    UnitPage page(&demo.session);
    page.show();
    auto* combo = page.findChild<QComboBox*>(u"unitChooser"_s);
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->count(), 37);
    combo->lineEdit()->setText(u"thượng quan"_s); // as typed: lower case, the plan's spelling
    emit combo->lineEdit()->editingFinished();
    const int unit = UnitPage::findUnit(demo.session.data(), u"Thượng Quan"_s);
    EXPECT_EQ(page.unitIndex(), unit);
    EXPECT_EQ(combo->currentText(), u"Xã Thượng Quan"_s);
    EXPECT_TRUE(page.cumulativeChart()->title().startsWith(u"Xã Thượng Quan:"_s));
    // An unknown name changes nothing.
    combo->lineEdit()->setText(u"Không có"_s);
    emit combo->lineEdit()->editingFinished();
    EXPECT_EQ(page.unitIndex(), unit);
    EXPECT_EQ(combo->currentText(), u"Xã Thượng Quan"_s);
}

TEST(UnitPage, HistoryShowsANewChange)
{
    DemoSession demo;
    UnitPage page(&demo.session);
    page.setUnit(3);
    const CampaignData& d = demo.session.data();
    const qint64 before = d.tallies.value(3, 2, 0).value_or(0);
    const int rows = page.historyTable()->rowCount();
    demo.session.setActor(u"tester"_s);
    demo.session.applyChanges({{{d.units[3].id, QDate(2025, 7, 30), d.providers[0].id}, 4321}});
    ASSERT_EQ(page.historyTable()->rowCount(), rows + 1);
    EXPECT_EQ(page.historyTable()->item(0, 1)->text(), u"30/07/2025"_s);
    EXPECT_EQ(page.historyTable()->item(0, 3)->text(), Format().count(before));
    EXPECT_EQ(page.historyTable()->item(0, 4)->text(), u"4.321"_s);
    EXPECT_EQ(page.historyTable()->item(0, 5)->text(), u"tester"_s);
    EXPECT_EQ(demo.session.tallies().historyForUnit(d.units[3].id).first().newCount, 4321);
}

TEST(Charts, SaveAsPngAndSvgAndCopy)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    page.resize(1366, 768);
    page.cumulativeChart()->resize(600, 340);
    const QString png = demo.dir.file(u"c.png"_s);
    const QString svg = demo.dir.file(u"c.svg"_s);
    QString error;
    ASSERT_TRUE(page.cumulativeChart()->saveTo(png, &error)) << error.toStdString();
    ASSERT_TRUE(page.cumulativeChart()->saveTo(svg, &error)) << error.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1200, 680));
    // The whole chart is drawn at twice the size, not a corner of it: there
    // is ink in every quarter of the image (title, axes, lines, legend).
    for (const QRect& quarter : {QRect(0, 0, 600, 340), QRect(600, 0, 600, 340),
                                 QRect(0, 340, 600, 340), QRect(600, 340, 600, 340)}) {
        int ink = 0;
        for (int y = quarter.top(); y <= quarter.bottom(); y += 2)
            for (int x = quarter.left(); x <= quarter.right(); x += 2)
                ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        EXPECT_GT(ink, 100) << quarter.x() << "," << quarter.y();
    }
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("<path") || text.contains("<text"));
    EXPECT_FALSE(page.cumulativeChart()->saveTo(demo.dir.file(u"c.gif"_s), &error));
    EXPECT_TRUE(error.contains(u".png"_s));
    EXPECT_FALSE(QFile::exists(demo.dir.file(u"c.gif"_s)));
    page.dailyChart()->copyToClipboard();
    EXPECT_FALSE(QGuiApplication::clipboard()->image().isNull());
}

TEST(Charts, HoverShowsTheFigures)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    page.applyViewOptions({AsOf, {}, {}});
    page.show();
    const Format fmt;
    const ProgressEngine engine = demo.session.engine();
    const charts::PlottedStack viettel = page.dailyChart()->stacks()[0];
    page.dailyChart()->hoverBar(0, 2);
    const qint64 total = engine.dailyTotals(-1)[2];
    EXPECT_EQ(QToolTip::text(), u"Viettel, 30/07/2025: %1 (cả ngày: %2)"_s.arg(
                                    fmt.count(qint64(viettel.values[2])), fmt.count(total)));
    page.cumulativeChart()->hoverLine(0, QPointF(4.2, 0));
    EXPECT_EQ(QToolTip::text(),
              u"Lũy kế, 01/08/2025: %1"_s.arg(fmt.count(engine.cumulativeSeries(-1)[4])));
    const charts::PlottedLine plan = page.cumulativeChart()->lines()[1];
    page.cumulativeChart()->hoverLine(1, QPointF(17.9, 0)); // day 18 = 15/08
    EXPECT_EQ(QToolTip::text(),
              plan.name + u", 15/08/2025: "_s +
                  fmt.count(qint64(std::llround(engine.snapshot(AsOf).total.expected))));
}

TEST(Charts, NiceScale)
{
    EXPECT_EQ(charts::niceScale(50000).max, 50000);
    EXPECT_EQ(charts::niceScale(50000).interval, 10000);
    EXPECT_EQ(charts::niceScale(23456).max, 25000);
    EXPECT_EQ(charts::niceScale(0).interval, 1);
    EXPECT_EQ(charts::niceScale(3).interval, 1);
}

TEST(Screenshot, UnitViewAndUnknownUnit)
{
    DemoSession demo;
    const QString db = demo.session.database().location();
    Cli cli;
    registerGuiCommands(cli);
    QString out, err;
    QTextStream o(&out), e(&err);
    const QString png = demo.dir.file(u"unit.png"_s);
    ASSERT_EQ(cli.run({u"signtally"_s, u"screenshot"_s, u"--view"_s, u"unit"_s, u"--unit"_s,
                       u"Xã Thượng Quan"_s, u"--as-of"_s, u"15/08/2025"_s, u"--db"_s, db,
                       u"--out"_s, png, u"--size"_s, u"1366x768"_s},
                      o, e),
              0)
        << err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1366, 768));
    err.clear();
    EXPECT_EQ(cli.run({u"signtally"_s, u"screenshot"_s, u"--view"_s, u"unit"_s, u"--unit"_s,
                       u"Xã Không Có"_s, u"--db"_s, db, u"--out"_s, demo.dir.file(u"x.png"_s)},
                      o, e),
              2);
    EXPECT_TRUE(err.contains(u"Xã Không Có"_s)) << err.toStdString();
    EXPECT_FALSE(QFile::exists(demo.dir.file(u"x.png"_s)));
}

namespace {
// Every text the chart has drawn (titles, axis labels, legend), as read back
// from its scene after it has laid out.
QStringList drawnTexts(charts::ChartView* view)
{
    view->toImage();
    return view->drawnTexts();
}
} // namespace

TEST(Charts, PercentAxisLabelsReadAsPercentages)
{
    DemoSession demo;
    DashboardPage page(&demo.session);
    page.resize(1366, 768);
    page.applyViewOptions({AsOf, {}, {}});
    charts::RankedBarsChart* chart = page.unitsChart();
    chart->resize(700, 900);
    const QStringList texts = drawnTexts(chart);
    const charts::NiceScale axis = chart->valueScale();
    for (const QString& t : texts)
        EXPECT_FALSE(t.contains(u"%%"_s)) << t.toStdString();
    // The value axis runs 0 … max in steps: each step is drawn as "N%".
    const double step = axis.interval;
    ASSERT_GT(step, 0);
    for (double v = 0; v <= axis.max + 1e-9; v += step)
        EXPECT_TRUE(texts.contains(u"%1%"_s.arg(v, 0, 'f', 0)))
            << v << " not among: " << texts.join(u" | "_s).toStdString();
}

TEST(Charts, AnEmptyDailyChartHasNoMadeUpScale)
{
    test::TempDir dir;
    FixedClock clock{QDate(2025, 8, 1)};
    CampaignSession session(Seeder::createSeeded(dir.file(u"empty.sqlite"_s), false), clock);
    DashboardPage page(&session);
    page.resize(1366, 768);
    const QStringList texts = drawnTexts(page.dailyChart());
    for (const QString& t : texts)
        EXPECT_NE(t, u"6"_s);
    EXPECT_TRUE(page.dailyChart()->title().contains(u"chưa có số liệu"_s));
}

TEST(UnitPage, SourceColumnSaysWhereAChangeCameFrom)
{
    DemoSession demo;
    UnitPage page(&demo.session);
    page.setUnit(3);
    page.setAsOf(AsOf);
    const CampaignData& d = demo.session.data();
    // The demo data, as a user reads it.
    ASSERT_GT(page.historyTable()->rowCount(), 0);
    EXPECT_EQ(page.historyTable()->item(0, 6)->text(), u"Số liệu mẫu"_s);
    demo.session.applyChanges({{{d.units[3].id, QDate(2025, 7, 30), d.providers[0].id}, 11}},
                              u"entry"_s);
    EXPECT_EQ(page.historyTable()->item(0, 6)->text(), u"Nhập tay"_s);
    demo.session.applyChanges({{{d.units[3].id, QDate(2025, 7, 31), d.providers[1].id}, 12}},
                              u"vnpt-tuan-1.xlsx"_s);
    EXPECT_EQ(page.historyTable()->item(0, 6)->text(), u"vnpt-tuan-1.xlsx"_s);
    for (int r = 0; r < page.historyTable()->rowCount(); ++r)
        EXPECT_NE(page.historyTable()->item(r, 6)->text(), u"entry"_s) << r;
}

TEST(UnitPage, HistoryStopsAtTheAsOfDate)
{
    DemoSession demo;
    UnitPage page(&demo.session);
    page.setUnit(3);
    const CampaignData& d = demo.session.data();
    demo.session.applyChanges({{{d.units[3].id, QDate(2025, 8, 20), d.providers[0].id}, 77}},
                              u"entry"_s);
    page.setAsOf(AsOf);
    const int rows = page.historyTable()->rowCount();
    ASSERT_GT(rows, 0);
    for (int r = 0; r < rows; ++r) {
        const QDate date =
            QDate::fromString(page.historyTable()->item(r, 1)->text(), u"dd/MM/yyyy"_s);
        EXPECT_LE(date, AsOf) << r;
    }
    page.setAsOf(QDate(2025, 8, 28));
    EXPECT_GT(page.historyTable()->rowCount(), rows);
    EXPECT_EQ(page.historyTable()->item(0, 1)->text(), u"20/08/2025"_s);
}
