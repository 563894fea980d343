#pragma once

#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QVector>
#include <memory>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace signtally {

class OfficialAppendix;

// Registers bundled fonts (":/fonts/FILE"); returns the family of the first,
// or `family` when it cannot be loaded.
QString addBundledFonts(const QString& family, const QStringList& files);

// Registers the bundled Noto Sans (":/fonts/…") once and returns its family.
// The report sets this font explicitly on everything it draws, so the PDF
// embeds it and every Vietnamese letter survives on a machine without fonts.
QString reportFontFamily();

// Which form the report takes.
enum class ReportLayout
{
    Official, // the administrative document (Decree 30/2020/NĐ-CP): the default
    Summary,  // "bảng tóm tắt": the one-table summary in a sans-serif font
};

// The report laid out on A4 pages. Layout is done once, in points (1/72
// inch), independent of the device; paint() then draws the same pages as
// vectors on a QPdfWriter, a QPrinter or a QImage (for the preview).
// The official form is the text of OfficialDocument on portrait pages, the
// per-unit table on landscape pages and the charts on a page of their own;
// page numbers sit in the top margin from page 2. The summary form flows the
// table's rows onto portrait pages, its header repeated on each.
// The work is shared out (src/report, namespace detail): ReportPages lays
// the pages out, ReportPainter draws text, tables and the summary form's
// blocks, ReportCharts the two charts, ReportStyle holds the geometry, colours
// and fonts; this class keeps the pages and paints them onto a device.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    explicit ReportDocument(WeeklyReport report, ReportLayout layout = ReportLayout::Official);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    const WeeklyReport& report() const { return m_report; }
    ReportLayout layoutKind() const { return m_layout; }
    int pageCount() const;
    bool isLandscape(int page) const;

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
    void layoutOfficial();
    void paintOfficialPage(QPainter& painter, int page) const;
    WeeklyReport m_report;
    ReportLayout m_layout;
    std::vector<Page> m_pages;
    std::unique_ptr<QTextDocument> m_body; // official form: the text
    // Official form: its appendix's tables, painted directly.
    std::unique_ptr<OfficialAppendix> m_appendix;
};

} // namespace signtally
