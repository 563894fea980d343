#pragma once

#include "gui/charts/ChartView.h"

#include <memory>

namespace signtally::charts {

// Daily counts stacked by provider.
class DailyStackChart : public ChartView
{
    Q_OBJECT
public:
    explicit DailyStackChart(QWidget* parent = nullptr);
    ~DailyStackChart() override;
    void setData(const DailyStackData& data);

    // What it draws, read back: one stack per provider (a value per day), the
    // value axis and the day labels.
    QList<PlottedStack> stacks() const;
    NiceScale valueScale() const;
    QStringList dayLabels() const;
    // As the pointer resting on stack `stack` of day `day` would: its tooltip.
    void hoverBar(int stack, int day);

private:
    struct Parts;
    void relayoutLabels() override;
    std::unique_ptr<Parts> m;
    DayAxis m_axis;
};

} // namespace signtally::charts
