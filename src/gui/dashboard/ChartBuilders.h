#pragma once

#include "core/ProgressEngine.h"
#include "gui/charts/ChartData.h"

#include <QCoreApplication>

namespace signtally {

// Turns the engine's series (ProgressSeries) into chart descriptions for the dashboard and
// the unit page. Only days up to "as of" carry data: the rest of the campaign
// stays on the axis, empty, so the time left is visible.
struct ChartBuilders
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilders)
public:
    static QColor providerColor(const Provider& p, int index);
    // The series' daily counts, stacked by provider.
    static charts::DailyStackData
    dailyByProvider(const CampaignData& data, const ProgressSeries& series, const QString& title);
    // The series' cumulative against the engine's plan (a straight line from
    // the first day to the target on the last day); the "as of" day marked.
    static charts::TimeLineData cumulative(const CampaignData& data, const ProgressSeries& series,
                                           const QString& title, bool withTargetLine);
};

} // namespace signtally
