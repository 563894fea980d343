#pragma once

#include "gui/charts/ChartView.h"

#include <memory>

namespace signtally::charts {

// Cumulative lines over the campaign's days (with reference lines and the "as of" day).
class TimeLineChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimeLineChart(QWidget* parent = nullptr);
    ~TimeLineChart() override;
    void setData(const TimeLineData& data);

    // What it draws, read back: the lines in order, the "as of" marker (two
    // points, bottom and top of the day; none without a marker), the value
    // axis and the day labels.
    QList<PlottedLine> lines() const;
    PlottedLine marker() const;
    NiceScale valueScale() const;
    QStringList dayLabels() const;
    // As the pointer resting on line `line` at `at` (x = day) would: its tooltip.
    void hoverLine(int line, const QPointF& at);

private:
    struct Parts;
    void relayoutLabels() override;
    void showLineTip(int line, const QPointF& at, bool on);
    std::unique_ptr<Parts> m;
    DayAxis m_axis;
};

} // namespace signtally::charts
