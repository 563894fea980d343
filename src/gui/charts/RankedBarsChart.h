#pragma once

#include "gui/charts/ChartView.h"

#include <memory>

namespace signtally::charts {

// One horizontal bar per item (e.g. unit's % of quota), coloured by group,
// with vertical reference lines; tall enough for every label.
class RankedBarsChart : public ChartView
{
    Q_OBJECT
public:
    explicit RankedBarsChart(QWidget* parent = nullptr);
    ~RankedBarsChart() override;
    void setData(const RankedBarsData& data);
    static int heightFor(int bars);

    // What it draws, read back. Category 0 is drawn at the bottom: the labels
    // and each group's values run from the last bar up.
    QStringList labels() const;
    QList<PlottedStack> groups() const; // one per group, a value per label (0 if not its group)
    QList<PlottedLine> references() const;
    NiceScale valueScale() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace signtally::charts
