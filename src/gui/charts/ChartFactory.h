#pragma once

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChartView>
#include <QColor>
#include <QDate>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPointF>
#include <QStackedBarSeries>
#include <QString>
#include <QValueAxis>
#include <QVector>

namespace signtally::charts {

// Our own small chart interface: pages describe WHAT to draw with the plain
// structs below (series in) and get a widget that draws it (chart out). Only
// this folder knows Qt Charts, so a move to Qt Graphs touches nothing else.
// Updating with setData() replaces series data in place; the view, axes and
// legend are built once.

// The campaign's days on the horizontal axis: x = day index, 0 = first day.
struct DayAxis
{
    QDate start;
    int days = 0;
};

struct Line
{
    QString name;
    QVector<QPointF> points; // x = day index
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    qreal width = 2.5;
};

struct TimeLineData
{
    QString title;
    DayAxis axis;
    QVector<Line> lines;
    int markerDay = -1; // the "as of" day, drawn as a vertical line
    QString markerName;
};

struct Stack
{
    QString name;
    QVector<qint64> values; // one per campaign day
    QColor color;
};

struct DailyStackData
{
    QString title;
    DayAxis axis;
    QVector<Stack> stacks;
};

struct RankedBarsData
{
    struct Group
    {
        QString name;
        QColor color;
    };
    struct Bar
    {
        QString label;
        double value = 0;
        int group = 0;
    };
    struct Reference
    {
        QString name;
        double value = 0;
        QColor color;
        Qt::PenStyle style = Qt::DashLine;
    };
    QString title;
    QString subtitle; // a second, smaller title line (what the reference lines are)
    QVector<Group> groups;
    QVector<Bar> bars; // from top to bottom
    QVector<Reference> references;
};

// A chart that can be saved as PNG or SVG and copied (right-click menu).
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    QImage toImage(qreal scale = 2.0);
    // PNG or SVG by the file's suffix, written through QSaveFile.
    bool saveTo(const QString& path, QString* error = nullptr);
    void copyToClipboard();
    void saveWithDialog();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    // A chart with the project's fonts, Vietnamese numbers and a bottom legend.
    QChart* makeChart();
    void setTitle(const QString& title);
    void resizeEvent(QResizeEvent* event) override;
    // Width of the plot area in pixels (an estimate before the first layout).
    qreal plotWidth() const;
    // Called after a resize: axis labels that depend on the width.
    virtual void relayoutLabels() {}

private:
    void layoutForExport();
};

// Cumulative lines over the campaign's days (with reference lines and the "as of" day).
class TimeLineChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimeLineChart(QWidget* parent = nullptr);
    void setData(const TimeLineData& data);
    QList<QLineSeries*> lineSeries() const { return m_lines; }
    QLineSeries* markerSeries() const { return m_marker; }
    QValueAxis* valueAxis() const { return m_y; }
    QCategoryAxis* dayAxis() const { return m_x; }

private:
    void relayoutLabels() override;
    void showLineTip(QLineSeries* series, const QPointF& at, bool on);
    QList<QLineSeries*> m_lines;
    QLineSeries* m_marker = nullptr;
    QCategoryAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    DayAxis m_axis;
};

// Daily counts stacked by provider.
class DailyStackChart : public ChartView
{
    Q_OBJECT
public:
    explicit DailyStackChart(QWidget* parent = nullptr);
    void setData(const DailyStackData& data);
    QStackedBarSeries* series() const { return m_series; }
    QValueAxis* valueAxis() const { return m_y; }
    QCategoryAxis* dayAxis() const { return m_x; }

private:
    void relayoutLabels() override;
    QStackedBarSeries* m_series = nullptr;
    QCategoryAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    DayAxis m_axis;
};

// One horizontal bar per item (e.g. unit's % of quota), coloured by group,
// with vertical reference lines; tall enough for every label.
class RankedBarsChart : public ChartView
{
    Q_OBJECT
public:
    explicit RankedBarsChart(QWidget* parent = nullptr);
    void setData(const RankedBarsData& data);
    static int heightFor(int bars);
    QHorizontalStackedBarSeries* series() const { return m_series; }
    QBarCategoryAxis* labelAxis() const { return m_labels; }
    QList<QLineSeries*> referenceSeries() const { return m_references; }

private:
    QHorizontalStackedBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_labels = nullptr;
    QValueAxis* m_values = nullptr;
    QList<QLineSeries*> m_references;
};

// Axis helpers shared by the charts (and tested): a "nice" upper bound and
// tick interval for values up to max, about `ticks` ticks.
struct NiceScale
{
    double max = 1;
    double interval = 1;
};
NiceScale niceScale(double max, int ticks = 6);

} // namespace signtally::charts
