#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

namespace signtally::charts {

// Our own small chart interface: pages describe WHAT to draw with the plain
// structs below (series in) and get a widget that draws it (chart out):
// TimeLineChart, DailyStackChart, RankedBarsChart, all ChartViews. Only the
// .cpp files of this folder know Qt Charts (ChartCanvas.h), so a move to Qt
// Graphs touches nothing else; what a chart draws reads back as plain data
// too (PlottedLine, PlottedStack). Updating with setData() replaces series
// data in place; the view, axes and legend are built once.

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

// What a chart has drawn, read back: a line with its points as plotted.
struct PlottedLine
{
    QString name;
    QList<QPointF> points;
};

// A set of bars as plotted: one value per category (day, or bar from the bottom).
struct PlottedStack
{
    QString name;
    QList<qreal> values;
};

// Axis helpers shared by the charts (and tested): a "nice" upper bound and
// tick interval for values up to max, about `ticks` ticks. A value axis reads
// back as one too.
struct NiceScale
{
    double max = 1;
    double interval = 1;
};
NiceScale niceScale(double max, int ticks = 6);

} // namespace signtally::charts
