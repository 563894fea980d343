#include "gui/dashboard/ChartBuilders.h"

#include "core/StatusColors.h"
#include "core/VnFormat.h"
#include "models/DisplayNames.h"

using namespace Qt::StringLiterals;

namespace signtally {

QColor ChartBuilders::providerColor(const Provider& p, int index)
{
    if (p.code == u"viettel"_s)
        return {0xd6, 0x33, 0x4a};
    if (p.code == u"vnpt"_s)
        return {0x1f, 0x6f, 0xb5};
    if (p.code == u"other"_s)
        return {0x8a, 0x96, 0xa3};
    static const QColor palette[] = {
        {0x6a, 0x4c, 0x93}, {0x2a, 0x9d, 0x8f}, {0xe9, 0xa8, 0x20}, {0x55, 0x55, 0x55}};
    return palette[index % 4];
}

charts::DailyStackData ChartBuilders::dailyByProvider(const CampaignData& data,
                                                      const ProgressSeries& series,
                                                      const QString& title)
{
    const CampaignCalendar cal(data.campaign.start, data.campaign.end);
    charts::DailyStackData out;
    out.title = title;
    out.axis = {cal.start(), cal.days()};
    for (int p = 0; p < data.providers.size() && p < series.dailyByProvider.size(); ++p) {
        charts::Stack s;
        s.name = providerDisplayName(data.providers[p]);
        s.color = providerColor(data.providers[p], p);
        s.values = series.dailyByProvider[p];
        out.stacks.push_back(s);
    }
    return out;
}

charts::TimeLineData ChartBuilders::cumulative(const CampaignData& data,
                                               const ProgressSeries& series, const QString& title,
                                               bool withTargetLine)
{
    const Format fmt;
    const CampaignCalendar cal(data.campaign.start, data.campaign.end);
    const int days = cal.days();
    const qint64 target = series.target;

    charts::TimeLineData out;
    out.title = title;
    out.axis = {cal.start(), days};

    charts::Line cumulative;
    cumulative.name = tr("Lũy kế");
    cumulative.color = QColor(0x17, 0x32, 0x4d);
    cumulative.width = 3;
    for (int d = 0; d < series.cumulative.size(); ++d)
        cumulative.points.push_back(QPointF(d, double(series.cumulative[d])));

    // The engine's plan: a straight line to the target on the last day.
    charts::Line plan;
    plan.name = tr("Kế hoạch: %1 đến %2").arg(fmt.count(target), fmt.shortDate(cal.end()));
    plan.color = QColor(statusRgb(Status::OnTrack));
    plan.style = Qt::DashLine;
    plan.width = 2;
    if (!series.planned.isEmpty())
        plan.points = {QPointF(0, series.planned.front()),
                       QPointF(series.planned.size() - 1, series.planned.back())};

    out.lines = {cumulative, plan};
    if (withTargetLine) {
        charts::Line quota;
        quota.name = tr("Chỉ tiêu %1").arg(fmt.count(target));
        quota.color = QColor(statusRgb(Status::Behind));
        quota.style = Qt::SolidLine;
        quota.width = 1.5;
        quota.points = {QPointF(0, double(target)), QPointF(days - 1, double(target))};
        out.lines.push_back(quota);
    }
    const int elapsed = int(series.cumulative.size());
    if (elapsed > 0) {
        out.markerDay = elapsed - 1;
        out.markerName = tr("Tính đến %1").arg(fmt.shortDate(cal.date(elapsed - 1)));
    }
    return out;
}

} // namespace signtally
