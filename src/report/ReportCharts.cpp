#include "report/ReportCharts.h"

#include "core/AxisStep.h"
#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "report/ReportDocument.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally::detail {

void ReportCharts::lineChart(double top)
{
    const Format fmt;
    m_pp.text(QRectF(m_left, top, m_width, 16), Qt::AlignLeft | Qt::AlignVCenter,
              tr("Biểu đồ 1. Lũy kế toàn đợt so với mục tiêu %1").arg(fmt.count(m_r.goal)), BodyPt,
              true);
    const QRectF plot(m_left + 46, top + 26, m_width - 56, LineChartH - 26 - 52);
    const int days = m_r.campaignDays;
    const qint64 last = m_r.cumulativeByDay.isEmpty() ? 0 : m_r.cumulativeByDay.last();
    const double maxY = std::max<double>({double(m_r.goal), double(last), 1.0}) * 1.08;
    const qint64 step = qint64(axisStep(maxY, 5)); // whole: a step of 2,5 draws 2
    auto px = [&](double day) { return plot.left() + plot.width() * day / std::max(1, days); };
    auto py = [&](double v) { return plot.bottom() - plot.height() * v / maxY; };

    // The report period, shaded.
    const int a = int(m_r.campaignStart.daysTo(m_r.from));
    const int b = int(m_r.campaignStart.daysTo(m_r.to)) + 1;
    m_p.fillRect(QRectF(QPointF(px(a), plot.top()), QPointF(px(b), plot.bottom())),
                 QColor(0xe3, 0xee, 0xf9));

    // Grid and axis labels; the goal has its own tick and label, and a grid
    // label too close to it gives way.
    for (qint64 v = 0; v <= maxY; v += step) {
        m_p.setPen(QPen(v == 0 ? Muted : QColor(0xdd, 0xe1, 0xe6), v == 0 ? 0.8 : 0.4));
        m_p.drawLine(QPointF(plot.left(), py(double(v))), QPointF(plot.right(), py(double(v))));
        if (std::abs(py(double(v)) - py(double(m_r.goal))) >= 10)
            m_pp.text(QRectF(m_left, py(double(v)) - 6, 42, 12), Qt::AlignRight | Qt::AlignVCenter,
                      fmt.count(v), 6.5, false, Muted);
    }
    m_p.setPen(QPen(Ink, 0.8));
    m_p.drawLine(QPointF(plot.left() - 4, py(double(m_r.goal))),
                 QPointF(plot.left(), py(double(m_r.goal))));
    m_pp.text(QRectF(m_left, py(double(m_r.goal)) - 6, 42, 12), Qt::AlignRight | Qt::AlignVCenter,
              fmt.count(m_r.goal), 6.5, true, Ink);
    const int weeks = (days + 6) / 7;
    for (int w = 0; w <= weeks; ++w) {
        const int d = std::min(days - 1, w * 7);
        const double x = px(d + 0.5);
        m_p.setPen(QPen(Muted, 0.5));
        m_p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        m_pp.text(QRectF(x - 20, plot.bottom() + 4, 40, 10), Qt::AlignHCenter | Qt::AlignTop,
                  fmt.shortDate(m_r.campaignStart.addDays(d)), 6.5, false, Muted);
        if (d == days - 1)
            break;
    }

    // Goal, the straight line to it, and what was reached.
    QPen goalPen(statusColor(Status::Behind), 0.9, Qt::DashLine);
    m_p.setPen(goalPen);
    m_p.drawLine(QPointF(plot.left(), py(double(m_r.goal))),
                 QPointF(plot.right(), py(double(m_r.goal))));
    m_p.setPen(QPen(Muted, 0.9, Qt::DashDotLine));
    m_p.drawLine(QPointF(px(0), py(0)), QPointF(px(days), py(double(m_r.goal))));
    if (!m_r.cumulativeByDay.isEmpty()) {
        QPainterPath path(QPointF(px(0), py(0)));
        for (int d = 0; d < m_r.cumulativeByDay.size(); ++d)
            path.lineTo(px(d + 1), py(double(m_r.cumulativeByDay[d])));
        m_p.setPen(QPen(Blue, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawPath(path);
        const QPointF end(px(m_r.cumulativeByDay.size()), py(double(last)));
        m_p.setBrush(Blue);
        m_p.setPen(Qt::NoPen);
        m_p.drawEllipse(end, 2.2, 2.2);
        m_p.setBrush(Qt::NoBrush);
        // The end value beside its point, where neither the line to the goal
        // nor the goal line runs through it: above the point when it is
        // ahead of the plan line (that line then passes below), else below.
        const QString value = fmt.count(last);
        const double w = m_pp.metrics(7, true).horizontalAdvance(value) + 4;
        auto planY = [&](double x) {
            return py(double(m_r.goal) * (x - plot.left()) / plot.width());
        };
        auto clear = [&](const QRectF& r) {
            const double goalY = py(double(m_r.goal));
            const bool onGoal = r.top() - 1 <= goalY && goalY <= r.bottom() + 1;
            const double a = planY(r.left()), b = planY(r.right());
            const bool onPlan = std::min(a, b) <= r.bottom() + 1 && std::max(a, b) >= r.top() - 1;
            return !onGoal && !onPlan && plot.adjusted(0, -12, 0, 0).contains(r);
        };
        QVector<QRectF> candidates;
        for (double dy : {-14.0, 3.0, -26.0, 15.0})
            for (double x : {end.x() - w - 3, end.x() + 3})
                candidates << QRectF(x, end.y() + dy, w, 11);
        QRectF label = candidates.first();
        for (const QRectF& r : std::as_const(candidates))
            if (clear(r)) {
                label = r;
                break;
            }
        m_p.fillRect(label, Qt::white);
        m_pp.text(label, Qt::AlignCenter, value, 7, true, Blue);
    }

    // Legend.
    const double ly = plot.bottom() + 22;
    auto legend = [&](double x, const QPen& pen, const QString& label) {
        m_p.setPen(pen);
        m_p.drawLine(QPointF(x, ly + 5), QPointF(x + 18, ly + 5));
        m_pp.text(QRectF(x + 22, ly, 150, 10), Qt::AlignLeft | Qt::AlignVCenter, label, 7, false,
                  Ink);
    };
    legend(plot.left(), QPen(Blue, 1.6), tr("Lũy kế thực tế"));
    legend(plot.left() + 120, QPen(Muted, 0.9, Qt::DashDotLine), tr("Tiến độ cần đạt"));
    legend(plot.left() + 240, goalPen, tr("Mục tiêu %1").arg(fmt.count(m_r.goal)));
    m_p.fillRect(QRectF(plot.left() + 350, ly + 1, 14, 8), QColor(0xe3, 0xee, 0xf9));
    m_pp.text(QRectF(plot.left() + 368, ly, 120, 10), Qt::AlignLeft | Qt::AlignVCenter,
              tr("Kỳ báo cáo"), 7, false, Ink);
}

void ReportCharts::barChart(double top, double height)
{
    const Format fmt;
    // Every unit when they fit, otherwise the lowest ones: those are what a
    // reader must act on.
    QVector<int> order(m_r.rows.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    auto higher = [&](int a, int b) {
        return m_r.rows[a].cumulative * m_r.rows[b].quota >
               m_r.rows[b].cumulative * m_r.rows[a].quota;
    };
    const bool all = order.size() <= ReportDocument::MaxBars;
    if (all) {
        std::stable_sort(order.begin(), order.end(), higher);
    } else {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return higher(b, a); });
        order.resize(ReportDocument::MaxBars);
    }
    const QString title =
        all ? tr("Biểu đồ 2. Tỷ lệ hoàn thành chỉ tiêu của các đơn vị đến ngày %1")
                  .arg(fmt.date(m_r.to))
            : tr("Biểu đồ 2. %1 đơn vị có tỷ lệ hoàn thành chỉ tiêu thấp nhất đến ngày %2")
                  .arg(ReportDocument::MaxBars)
                  .arg(fmt.date(m_r.to));
    m_pp.text(QRectF(m_left, top, m_width, 16), Qt::AlignLeft | Qt::AlignVCenter, title, BodyPt,
              true);

    const double nameW = 118;
    const QRectF plot(m_left + nameW + 4, top + 24, m_width - nameW - 44,
                      height - BarChartExtra + 4);
    double maxPct = 100;
    for (int i : std::as_const(order))
        maxPct = std::max(maxPct, m_r.rows[i].percentOfQuota);
    maxPct = std::ceil(maxPct / 20.0) * 20.0;
    auto px = [&](double pct) { return plot.left() + plot.width() * pct / maxPct; };

    for (double v = 0; v <= maxPct + 0.01; v += 20) {
        m_p.setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 0.4));
        m_p.drawLine(QPointF(px(v), plot.top() - 2), QPointF(px(v), plot.bottom()));
        m_pp.text(QRectF(px(v) - 20, plot.bottom() + 2, 40, 10), Qt::AlignHCenter | Qt::AlignTop,
                  fmt.percent(v, 0), 6.5, false, Muted);
    }
    const double expectedPct =
        m_r.campaignDays > 0 ? 100.0 * m_r.elapsedDays / m_r.campaignDays : 0.0;
    m_p.setPen(QPen(Muted, 0.9, Qt::DashDotLine));
    m_p.drawLine(QPointF(px(expectedPct), plot.top() - 4), QPointF(px(expectedPct), plot.bottom()));
    m_p.setPen(QPen(statusColor(Status::Behind), 0.9, Qt::DashLine));
    m_p.drawLine(QPointF(px(100), plot.top() - 4), QPointF(px(100), plot.bottom()));
    for (int k = 0; k < order.size(); ++k) {
        const ReportRow& row = m_r.rows[order[k]];
        const double y = plot.top() + k * BarH;
        m_pp.cell(QRectF(m_left, y, nameW + 2, BarH), row.name, true, 7);
        const QRectF bar(px(0), y + 2, std::max(0.0, px(row.percentOfQuota) - px(0)), BarH - 4);
        m_p.fillRect(bar, statusColor(row.status));
        const QString value = fmt.percent(row.percentOfQuota);
        const QFontMetricsF& fm = m_pp.metrics(6.5);
        const QRectF label(bar.right() + 2, y + 2, fm.horizontalAdvance(value) + 3, BarH - 4);
        m_p.fillRect(label, Qt::white); // keeps the value readable over the dashed lines
        m_pp.text(label.adjusted(1, -2, 0, 2), Qt::AlignLeft | Qt::AlignVCenter, value, 6.5, false,
                  Ink);
    }

    // Legend.
    const double ly = plot.bottom() + 16;
    double x = m_left + 8;
    for (Status s : StatusText::shown(m_r.over)) {
        if (s == Status::NoData)
            continue; // its bars are empty
        m_p.fillRect(QRectF(x, ly + 1, 10, 8), statusColor(s));
        m_pp.text(QRectF(x + 13, ly, 80, 10), Qt::AlignLeft | Qt::AlignVCenter,
                  StatusText::label(s), 7);
        x += 82;
    }
    m_p.setPen(QPen(Muted, 0.9, Qt::DashDotLine));
    m_p.drawLine(QPointF(x, ly + 5), QPointF(x + 16, ly + 5));
    m_pp.text(QRectF(x + 19, ly, 110, 10), Qt::AlignLeft | Qt::AlignVCenter,
              tr("Cần đạt đến nay (%1)").arg(fmt.percent(expectedPct)), 7);
    x += 125;
    m_p.setPen(QPen(statusColor(Status::Behind), 0.9, Qt::DashLine));
    m_p.drawLine(QPointF(x, ly + 5), QPointF(x + 16, ly + 5));
    m_pp.text(QRectF(x + 19, ly, 80, 10), Qt::AlignLeft | Qt::AlignVCenter, tr("Chỉ tiêu (100%)"),
              7);
}

} // namespace signtally::detail
