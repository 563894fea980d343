#pragma once

// The Qt Charts side of the chart widgets, for this folder's .cpp files only:
// no public header includes this, so nothing outside src/gui/charts sees a
// Qt Charts type.

#include "gui/charts/ChartData.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QLineSeries>
#include <QValueAxis>

class QBarSet;

namespace signtally::charts {

class ChartView;

namespace detail {

// The Qt Charts view inside a ChartView, filling it: a chart with the
// project's fonts, Vietnamese numbers and a bottom legend. Its right-click
// menu and resizes go to the ChartView.
class ChartCanvas : public QChartView
{
    Q_OBJECT
public:
    explicit ChartCanvas(ChartView* owner);
    // Lays the chart out for the view's size now, as showing it would (for a
    // chart never shown, or resized while hidden).
    void layoutNow();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    ChartView* m_owner;
};

QFont chartFont(qreal scale = 1.0, bool bold = false);
QCategoryAxis* makeDayAxis();
QValueAxis* makeValueAxis();
void styleValueAxis(QValueAxis* axis, double max, const QString& format);
// Labels on week starts (week 1 starts on the first day) and the last day,
// each at its day: "28/07", "04/08", …, "28/08".
void setDayLabels(QCategoryAxis* axis, const DayAxis& days, qreal plotWidth);

// What the charts plotted, as plain data.
NiceScale scaleOf(const QValueAxis* axis);
PlottedLine plotted(const QLineSeries* series);
PlottedStack plotted(const QBarSet* set);
template <typename Series> auto plotted(const QList<Series*>& all)
{
    QList<decltype(plotted(all.value(0)))> out;
    for (const Series* s : all)
        out.push_back(plotted(s));
    return out;
}

} // namespace detail
} // namespace signtally::charts
