#include "gui/charts/TimeLineChart.h"

#include "core/VnFormat.h"
#include "gui/charts/ChartCanvas.h"

#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally::charts {

using namespace detail;

struct TimeLineChart::Parts
{
    QList<QLineSeries*> lines;
    QLineSeries* marker = nullptr;
    QCategoryAxis* x = nullptr;
    QValueAxis* y = nullptr;
};

TimeLineChart::TimeLineChart(QWidget* parent) : ChartView(parent), m(std::make_unique<Parts>())
{
    QChart* chart = canvas()->chart();
    m->x = makeDayAxis();
    m->y = makeValueAxis();
    chart->addAxis(m->x, Qt::AlignBottom);
    chart->addAxis(m->y, Qt::AlignLeft);
    m->marker = new QLineSeries;
    countSeriesMade();
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setStyle(Qt::DotLine);
    pen.setWidthF(1.5);
    m->marker->setPen(pen);
    chart->addSeries(m->marker);
    m->marker->attachAxis(m->x);
    m->marker->attachAxis(m->y);
}

TimeLineChart::~TimeLineChart() = default;

void TimeLineChart::setData(const TimeLineData& data)
{
    QChart* chart = canvas()->chart();
    setTitle(data.title);
    if (data.axis.start != m_axis.start || data.axis.days != m_axis.days) {
        m_axis = data.axis;
        setDayLabels(m->x, m_axis, plotWidth());
    }
    bool sameLines = m->lines.size() == data.lines.size();
    for (int i = 0; sameLines && i < m->lines.size(); ++i)
        sameLines = m->lines[i]->name() == data.lines[i].name;
    if (!sameLines) {
        for (QLineSeries* s : std::as_const(m->lines)) {
            chart->removeSeries(s);
            delete s;
        }
        m->lines.clear();
        for (const Line& l : data.lines) {
            auto* s = new QLineSeries;
            countSeriesMade();
            s->setName(l.name);
            const int index = int(m->lines.size());
            connect(s, &QLineSeries::hovered, this,
                    [this, index](const QPointF& at, bool on) { showLineTip(index, at, on); });
            chart->addSeries(s);
            s->attachAxis(m->x);
            s->attachAxis(m->y);
            m->lines.push_back(s);
        }
        // The "as of" marker last in the legend.
        chart->removeSeries(m->marker);
        chart->addSeries(m->marker);
        m->marker->attachAxis(m->x);
        m->marker->attachAxis(m->y);
    }
    double max = 0;
    for (int i = 0; i < data.lines.size(); ++i) {
        const Line& l = data.lines[i];
        QPen pen(l.color);
        pen.setStyle(l.style);
        pen.setWidthF(l.width);
        m->lines[i]->setPen(pen);
        m->lines[i]->replace(QList<QPointF>(l.points.begin(), l.points.end()));
        // A line of one point (the first day) is drawn as a dot.
        m->lines[i]->setPointsVisible(l.points.size() == 1);
        for (const QPointF& p : l.points)
            max = std::max(max, p.y());
    }
    styleValueAxis(m->y, max, u"%.0f"_s);
    const double top = m->y->max();
    if (data.markerDay >= 0) {
        m->marker->setName(data.markerName);
        m->marker->replace({QPointF(data.markerDay, 0), QPointF(data.markerDay, top)});
    } else {
        m->marker->clear();
    }
    const auto markers = chart->legend()->markers(m->marker);
    for (QLegendMarker* lm : markers)
        lm->setVisible(data.markerDay >= 0);
}

QList<PlottedLine> TimeLineChart::lines() const
{
    return plotted(m->lines);
}

PlottedLine TimeLineChart::marker() const
{
    return plotted(m->marker);
}

NiceScale TimeLineChart::valueScale() const
{
    return scaleOf(m->y);
}

QStringList TimeLineChart::dayLabels() const
{
    return m->x->categoriesLabels();
}

void TimeLineChart::hoverLine(int line, const QPointF& at)
{
    emit m->lines.at(line)->hovered(at, true);
}

void TimeLineChart::showLineTip(int line, const QPointF& at, bool on)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    // The series' value at the day nearest to the cursor (straight lines
    // have two points: interpolate).
    const QLineSeries* series = m->lines.at(line);
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return;
    const double day = std::round(at.x());
    double value = points.first().y();
    for (int i = 1; i < points.size(); ++i) {
        const QPointF& a = points[i - 1];
        const QPointF& b = points[i];
        if (day >= a.x() && day <= b.x()) {
            value =
                b.x() > a.x() ? a.y() + (b.y() - a.y()) * (day - a.x()) / (b.x() - a.x()) : b.y();
            break;
        }
        value = b.y();
    }
    const Format fmt;
    QToolTip::showText(QCursor::pos(),
                       tr("%1, %2: %3")
                           .arg(series->name(), fmt.date(m_axis.start.addDays(qint64(day))),
                                fmt.count(qint64(std::llround(value)))),
                       canvas());
}

void TimeLineChart::relayoutLabels()
{
    if (m_axis.days > 0)
        setDayLabels(m->x, m_axis, plotWidth());
}

} // namespace signtally::charts
