#pragma once

#include "core/ProgressEngine.h"
#include "gui/charts/ChartData.h"

#include <QCoreApplication>

namespace signtally {

// Turns the engine's figures into chart descriptions for the dashboard and
// the unit page. Only days up to "as of" carry data: the rest of the campaign
// stays on the axis, empty, so the time left is visible.
struct ChartBuilders
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilders)
public:
    static QColor providerColor(const Provider& p, int index);
    // Daily totals of one unit (or all units for -1), stacked by provider.
    static charts::DailyStackData dailyByProvider(const CampaignData& data, int unitIndex,
                                                  QDate asOf, const QString& title);
    // Cumulative of one unit (or all for -1) against the straight line from the
    // first day to the target on the last day; the "as of" day marked.
    static charts::TimeLineData cumulative(const ProgressEngine& engine, int unitIndex, QDate asOf,
                                           const QString& title, bool withTargetLine);
};

} // namespace signtally
