#pragma once

#include "report/ReportPainter.h"

#include <QCoreApplication>

namespace signtally::detail {

// The report's two charts, drawn by hand as vectors: the campaign's
// cumulative line against the goal, and the units' bars of % of quota.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    // Across the page from left, width wide (the official form has wider margins).
    ReportCharts(ReportPainter& painter, double left, double width)
        : m_pp(painter), m_p(painter.painter()), m_r(painter.report()), m_left(left), m_width(width)
    {}
    void lineChart(double top);
    // Every unit when they fit (ReportDocument::MaxBars), else the lowest ones.
    void barChart(double top, double height);

private:
    ReportPainter& m_pp;
    QPainter& m_p;
    const WeeklyReport& m_r;
    double m_left;
    double m_width;
};

} // namespace signtally::detail
