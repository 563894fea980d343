#pragma once

#include "report/ReportStyle.h"
#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QVector>
#include <map>
#include <utility>

namespace signtally::detail {

// A column of the summary form's tables.
struct Column
{
    QString title;
    double width;
    bool right;
};
QVector<Column> unitColumns();
QVector<Column> behindColumns();
// A target group's table: TT, unit, size, goal, counted, % of goal.
QVector<Column> groupColumns();

// Draws what the layout placed on a page: text and table cells in the report's
// fonts, and the summary form's blocks (heading, summary, tables, footer).
// One instance per painted page; ReportCharts draws the charts through it.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportPainter(QPainter& p, const WeeklyReport& r);

    QPainter& painter() { return m_p; }
    const WeeklyReport& report() const { return m_r; }
    // The official form draws its charts in its serif.
    void setFontFamily(const QString& family) { m_family = family; }

    // Fonts and their metrics, made once per size: a 3.000-unit table draws
    // tens of thousands of cells.
    const QFont& font(double pt, bool bold = false);
    const QFontMetricsF& metrics(double pt, bool bold = false);

    void text(const QRectF& rect, int flags, const QString& s, double pt, bool bold = false,
              const QColor& color = Ink);
    // One line, elided to the width when it does not fit.
    void cell(const QRectF& rect, const QString& s, bool right, double pt, bool bold = false,
              const QColor& color = Ink);
    void cells(double y, double h, const QVector<Column>& cols, const QStringList& values,
               double pt, bool bold, const QColor& color, const QVector<QColor>& colors = {});
    void headerRow(double y, const QVector<Column>& cols);
    void rule(double y, double width, const QColor& color = Rule, double pen = 0.5);

    // The summary form's blocks, each at the y the layout gave it.
    void heading(double y);
    static double headingHeight(const WeeklyReport& r);
    static QVector<std::pair<QString, QString>> summaryLines(const WeeklyReport& r);
    void summary(double y);
    void section(double y, const QString& title);
    void unitRow(double y, int index);
    void unitTotal(double y);
    void behindRow(double y, int index);
    // A target group's name, wrapped to the width; its rows and total line.
    void groupTitle(double y, double h, const QString& title);
    void groupRow(double y, int group, int index);
    void groupTotal(double y, int group);
    void note(double y, double h, const QString& s);
    void footer(int page, int pages);

private:
    // Unit table row with the status column coloured.
    void row_(double y, const QStringList& values, bool bold, const QColor& statusInk);
    const std::pair<QFont, QFontMetricsF>& fontEntry(double pt, bool bold);

    QString m_family = reportFontFamily();
    QPainter& m_p;
    const WeeklyReport& m_r;
    int m_dpi = 72;
    std::map<int, std::pair<QFont, QFontMetricsF>> m_fonts;
};

} // namespace signtally::detail
