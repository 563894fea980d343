#include "report/ReportDocument.h"

#include "report/OfficialAppendix.h"
#include "report/OfficialDocument.h"
#include "report/ReportCharts.h"
#include "report/ReportPages.h"
#include "report/ReportPainter.h"
#include "report/ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace signtally {

using namespace detail;

ReportDocument::ReportDocument(WeeklyReport report, ReportLayout layout)
    : m_report(std::move(report)), m_layout(layout)
{
    if (m_layout == ReportLayout::Official)
        layoutOfficial();
    else
        m_pages = summaryPages(m_report);
}

bool ReportDocument::isLandscape(int page) const
{
    return page >= 0 && page < pageCount() && m_pages[size_t(page)].landscape;
}

namespace {

constexpr double OfficialContentW =
    PageW - OfficialDocument::MarginLeft - OfficialDocument::MarginRight;

// The rules the official text asks for (OfficialDocument::RuleUnder): under
// the issuing body, the motto and the subject, centred on their text.
void drawRules(QPainter& p, const QTextDocument& doc, const QRectF& clip)
{
    p.setPen(QPen(Qt::black, 0.7));
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QVariant fraction = b.blockFormat().property(OfficialDocument::RuleUnder);
        if (!fraction.isValid() || !b.layout() || b.layout()->lineCount() == 0)
            continue;
        const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
        if (!clip.intersects(rect))
            continue;
        const QTextLine line = b.layout()->lineAt(b.layout()->lineCount() - 1);
        const double width = line.naturalTextWidth() * fraction.toDouble();
        const double y = rect.top() + line.y() + line.height() + 1.5;
        // The rules go under centred text: the middle of the line's box.
        const double x = rect.left() + line.x() + line.width() / 2;
        p.drawLine(QPointF(x - width / 2, y), QPointF(x + width / 2, y));
    }
}

} // namespace

void ReportDocument::layoutOfficial()
{
    const WeeklyReport& r = m_report;
    m_pages.clear();
    m_body = OfficialDocument::body(r);
    for (int i = 0; i < m_body->pageCount(); ++i)
        m_pages.push_back({{}, Page::Body, i, false});
    if (!OfficialDocument::hasAppendix(r))
        return;
    m_appendix = std::make_unique<OfficialAppendix>(
        OfficialDocument::appendixTables(r),
        PageH - OfficialDocument::MarginLeft - OfficialDocument::MarginRight,
        PageW - OfficialDocument::MarginTop - OfficialDocument::MarginBottom);
    for (int i = 0; i < m_appendix->pageCount(); ++i)
        m_pages.push_back({{}, Page::Appendix, i, true});

    // The charts are the whole population's: none when it has no figures.
    if (!r.campaignEmpty)
        addOfficialChartPages(r, m_pages);
}

void ReportDocument::paintOfficialPage(QPainter& painter, int index) const
{
    const Page& page = m_pages[size_t(index)];
    const double pageW = page.landscape ? PageH : PageW;
    const double pageH = page.landscape ? PageW : PageH;
    const double contentW = pageW - OfficialDocument::MarginLeft - OfficialDocument::MarginRight;
    const double contentH = pageH - OfficialDocument::MarginTop - OfficialDocument::MarginBottom;
    if (page.source == Page::Items) {
        ReportPainter pp(painter, m_report);
        pp.setFontFamily(officialFontFamily());
        ReportCharts charts(pp, OfficialDocument::MarginLeft, OfficialContentW);
        for (const Item& item : page.items) {
            if (item.kind == Item::LineChart)
                charts.lineChart(item.y);
            else if (item.kind == Item::BarChart)
                charts.barChart(item.y, item.height);
        }
    } else if (page.source == Page::Appendix) {
        painter.save();
        painter.translate(OfficialDocument::MarginLeft, OfficialDocument::MarginTop);
        m_appendix->paintPage(painter, page.sub);
        painter.restore();
    } else {
        const QTextDocument& doc = *m_body;
        const QRectF clip(0, page.sub * contentH, contentW, contentH);
        painter.save();
        painter.translate(OfficialDocument::MarginLeft, OfficialDocument::MarginTop - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        drawRules(painter, doc, clip);
        painter.restore();
    }

    // The page number in the top margin, centred, from page 2; the data
    // fingerprint small in the bottom margin.
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 72;
    painter.setPen(Qt::black);
    if (index > 0) {
        painter.setFont(pageFont(13, false, dpi, officialFontFamily()));
        painter.drawText(QRectF(OfficialDocument::MarginLeft, OfficialDocument::MarginTop * 0.3,
                                contentW, OfficialDocument::MarginTop * 0.5),
                         Qt::AlignHCenter | Qt::AlignVCenter, QString::number(index + 1));
    }
    painter.setFont(pageFont(8, false, dpi, officialFontFamily()));
    painter.drawText(QRectF(OfficialDocument::MarginLeft,
                            pageH - OfficialDocument::MarginBottom * 0.6, contentW, 12),
                     Qt::AlignRight | Qt::AlignVCenter, m_report.dataLine());
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::pageCount() const
{
    return int(m_pages.size());
}

void ReportDocument::paintPage(QPainter& painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (m_layout == ReportLayout::Official) {
        paintOfficialPage(painter, page);
        painter.restore();
        return;
    }
    ReportPainter pp(painter, m_report);
    ReportCharts charts(pp, MarginL, ContentW);
    for (const Item& item : m_pages[size_t(page)].items) {
        switch (item.kind) {
        case Item::Heading:
            pp.heading(item.y);
            break;
        case Item::Summary:
            pp.summary(item.y);
            break;
        case Item::Section:
            pp.section(item.y, item.text);
            break;
        case Item::UnitHeader:
            pp.headerRow(item.y, unitColumns());
            break;
        case Item::UnitRow:
            pp.unitRow(item.y, item.index);
            break;
        case Item::UnitTotal:
            pp.unitTotal(item.y + 2);
            break;
        case Item::BehindHeader:
            pp.headerRow(item.y, behindColumns());
            break;
        case Item::BehindRow:
            pp.behindRow(item.y, item.index);
            break;
        case Item::Note:
            pp.note(item.y, item.height, item.text);
            break;
        case Item::LineChart:
            charts.lineChart(item.y);
            break;
        case Item::BarChart:
            charts.barChart(item.y, item.height);
            break;
        case Item::GroupTitle:
            pp.groupTitle(item.y, item.height, item.text);
            break;
        case Item::GroupHeader:
            pp.headerRow(item.y, groupColumns());
            break;
        case Item::GroupRow:
            pp.groupRow(item.y, item.group, item.index);
            break;
        case Item::GroupTotal:
            pp.groupTotal(item.y + 2, item.group);
            break;
        }
    }
    pp.footer(page + 1, pageCount());
    painter.restore();
}

void ReportDocument::paint(QPagedPaintDevice& device) const
{
    auto orientation = [&](int i) {
        return isLandscape(i) ? QPageLayout::Landscape : QPageLayout::Portrait;
    };
    device.setPageOrientation(orientation(0));
    QPainter painter;
    if (!painter.begin(&device))
        throw ReportError(tr("Không vẽ được báo cáo lên thiết bị in."));
    const double scale = device.logicalDpiX() / 72.0;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0) {
            device.setPageOrientation(orientation(i));
            device.newPage();
        }
        painter.save();
        painter.scale(scale, device.logicalDpiY() / 72.0);
        paintPage(painter, i);
        painter.restore();
    }
    painter.end();
}

void ReportDocument::writePdf(QIODevice& out) const
{
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(1200);
    writer.setTitle(m_layout == ReportLayout::Official ? OfficialDocument::subject(m_report)
                                                       : m_report.title);
    writer.setCreator(u"SignTally " SIGNTALLY_VERSION ""_s);
    paint(writer);
}

QImage ReportDocument::renderPage(int page, double dpi) const
{
    const bool landscape = isLandscape(page);
    QImage image(qRound((landscape ? PageH : PageW) * dpi / 72.0),
                 qRound((landscape ? PageW : PageH) * dpi / 72.0),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(image.logicalDpiX() / 72.0, image.logicalDpiY() / 72.0);
    paintPage(painter, page);
    return image;
}

} // namespace signtally
