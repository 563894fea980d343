#pragma once

#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QVector>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace signtally {

// Registers the bundled Noto Sans (":/fonts/…") once and returns its family.
// The report sets this font explicitly on everything it draws, so the PDF
// embeds it and every Vietnamese letter survives on a machine without fonts.
QString reportFontFamily();

// The report laid out on A4 portrait pages. Layout is done once, in points
// (1/72 inch), independent of the device; paint() then draws the same pages
// as vectors on a QPdfWriter, a QPrinter or a QImage (for the preview).
// The layout is linear in the number of units: rows flow onto pages and the
// table header repeats on every page.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    explicit ReportDocument(WeeklyReport report);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    const WeeklyReport& report() const { return m_report; }
    int pageCount() const;

    // Every page onto a paged device whose painter origin is the paper's
    // corner (QPdfWriter without margins, QPrinter with fullPage).
    void paint(QPagedPaintDevice& device) const;
    // The PDF file's bytes; throws ReportError when it cannot be made.
    void writePdf(QIODevice& out) const;
    // One page as an image at dpi dots per inch (white background).
    QImage renderPage(int page, double dpi) const;
    // One page onto a painter whose coordinates are points on the A4 page.
    void paintPage(QPainter& painter, int page) const;

    // The most unit bars the chart shows; more units → the lowest ones.
    static constexpr int MaxBars = 40;

    struct Item;
    struct Page;

private:
    void layout();
    WeeklyReport m_report;
    std::vector<Page> m_pages;
};

} // namespace signtally
