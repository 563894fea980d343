#include "gui/charts/ChartCanvas.h"

#include "core/AxisStep.h"
#include "core/VnFormat.h"
#include "gui/charts/ChartView.h"

#include <QApplication>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QResizeEvent>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally::charts {

NiceScale niceScale(double max, int ticks)
{
    if (!(max > 0))
        return {ticks * 1.0, 1.0};
    const double interval = axisStep(max, ticks);
    return {std::ceil(max / interval - 1e-9) * interval, interval};
}

namespace detail {

ChartCanvas::ChartCanvas(ChartView* owner) : QChartView(owner), m_owner(owner)
{
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(Format::defaultLocale()); // Vietnamese unless the interface is English
    chart->setTitleFont(chartFont(1.1, true));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(0.9));
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
}

void ChartCanvas::layoutNow()
{
    if (chart()->size() != QSizeF(size())) {
        QResizeEvent event(size(), chart()->size().toSize());
        resizeEvent(&event);
    }
    if (chart()->layout())
        chart()->layout()->activate();
}

void ChartCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    m_owner->showMenu(event->globalPos());
}

void ChartCanvas::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (chart() && chart()->layout())
        chart()->layout()->activate();
    m_owner->relayoutLabels();
}

QFont chartFont(qreal scale, bool bold)
{
    QFont f = QApplication::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

void styleValueAxis(QValueAxis* axis, double max, const QString& format)
{
    const NiceScale s = niceScale(max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(s.interval);
    axis->setRange(0, s.max);
    axis->setLabelFormat(format);
    axis->setMinorTickCount(0);
}

void setDayLabels(QCategoryAxis* axis, const DayAxis& days, qreal plotWidth)
{
    // Labels at least a label's width apart: a week start too close to the
    // last day (in pixels, at this width) is left out.
    const Format fmt;
    const qreal perDay = days.days > 0 ? plotWidth / days.days : 0;
    const qreal labelWidth = QFontMetricsF(axis->labelsFont()).horizontalAdvance(u"00/00"_s) + 10;
    // A long campaign (months) labels every 2nd, 3rd… week so labels never touch.
    const int stepDays =
        7 * std::max(1, perDay > 0 ? int(std::ceil(labelWidth / (7 * perDay))) : 1);
    QList<std::pair<QString, int>> wanted;
    for (int d = 0; d < days.days; d += stepDays) {
        const int toLast = days.days - 1 - d;
        if (d > 0 && toLast > 0 && (toLast < 3 || toLast * perDay < labelWidth))
            continue;
        wanted.push_back({fmt.shortDate(days.start.addDays(d)), d});
    }
    if ((days.days - 1) % stepDays != 0)
        wanted.push_back({fmt.shortDate(days.start.addDays(days.days - 1)), days.days - 1});
    QStringList labels;
    for (const auto& w : wanted)
        labels << w.first;
    if (labels == axis->categoriesLabels())
        return;
    for (const QString& l : axis->categoriesLabels())
        axis->remove(l);
    axis->setStartValue(-0.5);
    for (const auto& w : wanted)
        axis->append(w.first, w.second);
    axis->setRange(-0.5, std::max(0, days.days - 1) + 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

QCategoryAxis* makeDayAxis()
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsFont(chartFont(0.9));
    axis->setGridLineVisible(true);
    return axis;
}

QValueAxis* makeValueAxis()
{
    auto* axis = new QValueAxis;
    axis->setLabelsFont(chartFont(0.9));
    return axis;
}

NiceScale scaleOf(const QValueAxis* axis)
{
    return {axis->max(), axis->tickInterval()};
}

PlottedLine plotted(const QLineSeries* series)
{
    return {series->name(), series->points()};
}

PlottedStack plotted(const QBarSet* set)
{
    PlottedStack s{set->label(), {}};
    for (int i = 0; i < set->count(); ++i)
        s.values.push_back(set->at(i));
    return s;
}

} // namespace detail
} // namespace signtally::charts
