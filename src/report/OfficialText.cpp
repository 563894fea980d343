#include "report/OfficialText.h"

#include "report/OfficialDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace signtally::official {

// Layout is done on a 72 dpi device: one unit is one point on the page.
QImage& layoutDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(2835);
        i.setDotsPerMeterY(2835);
        return i;
    }();
    return image;
}

QTextCharFormat chars(double pt, bool bold, bool italic)
{
    QTextCharFormat f;
    f.setFontFamilies({officialFontFamily()});
    // The single family too: QTextDocumentWriter's ODF output names that one.
    f.setProperty(QTextFormat::OldFontFamily, officialFontFamily());
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    // No shaping: no ligatures, so the text reads back letter for letter
    // (the data fingerprint is hex); Vietnamese is precomposed (NFC).
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    f.setFontHintingPreference(QFont::PreferNoHinting);
    f.setForeground(Qt::black);
    return f;
}

QTextBlockFormat block(Qt::Alignment align, double top, double bottom, double indent)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTopMargin(top);
    b.setBottomMargin(bottom);
    b.setTextIndent(indent);
    return b;
}

// Body paragraphs: justified, first line indented 1 cm, 6 pt apart.
QTextBlockFormat paragraph()
{
    QTextBlockFormat b = block(Qt::AlignJustify, 6, 0, 28.35);
    b.setLineHeight(105, QTextBlockFormat::ProportionalHeight);
    return b;
}

// Appends a block (the first one reuses the document's empty first block).
void add(QTextCursor& c, const QTextBlockFormat& b, const QTextCharFormat& f, const QString& text)
{
    if (c.document()->isEmpty()) {
        c.setBlockFormat(b);
        c.setBlockCharFormat(f);
    } else {
        c.insertBlock(b, f);
    }
    c.insertText(text, f);
}

// Text typed by the office: one paragraph per line.
void addParagraphs(QTextCursor& c, const QString& text, const QString& placeholder)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    bool any = false;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        add(c, paragraph(), chars(OfficialDocument::BodyPt), line.trimmed());
        any = true;
    }
    if (!any)
        add(c, paragraph(), chars(OfficialDocument::BodyPt, false, true), placeholder);
}

QTextTableFormat plainTable(const QVector<double>& percents)
{
    QTextTableFormat t;
    t.setBorder(0);
    t.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    t.setCellPadding(0);
    t.setCellSpacing(0);
    t.setMargin(0);
    t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    for (double p : percents)
        widths << QTextLength(QTextLength::PercentageLength, p);
    t.setColumnWidthConstraints(widths);
    return t;
}

QTextTableFormat gridTable(const QVector<double>& percents, int headerRows)
{
    QTextTableFormat t = plainTable(percents);
    t.setBorder(1);
    t.setBorderCollapse(true);
    t.setBorderBrush(Qt::black);
    t.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    t.setCellPadding(2.5);
    t.setHeaderRowCount(headerRows);
    t.setTopMargin(6);
    return t;
}

void cellText(QTextTable* t, int row, int col, const QString& text, Qt::Alignment align, double pt,
              bool bold, bool italic)
{
    QTextCursor c = t->cellAt(row, col).firstCursorPosition();
    c.setBlockFormat(block(align | Qt::AlignVCenter));
    c.insertText(text, chars(pt, bold, italic));
}

void addLines(QTextCursor& c, const QVector<Line>& lines)
{
    for (const Line& line : lines) {
        QTextBlockFormat b = block(line.align, line.top, line.bottom);
        if (line.newPage && !c.document()->isEmpty())
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        add(c, b, chars(line.pt, line.bold, line.italic), line.text);
    }
}

void writeTable(QTextCursor& c, const Table& table)
{
    addLines(c, table.lead);
    const int totalRows = table.total.isEmpty() ? 0 : 1;
    const int rows = table.headerRows + table.rows + totalRows;
    QTextTable* t =
        c.insertTable(rows, int(table.widths.size()), gridTable(table.widths, table.headerRows));
    auto spanned = [&](int rowOffset, const Cell& cell) {
        const int row = rowOffset + cell.row;
        if (cell.rowSpan > 1 || cell.colSpan > 1)
            t->mergeCells(row, cell.col, cell.rowSpan, cell.colSpan);
        cellText(t, row, cell.col, cell.text, cell.align, TablePt, true);
    };
    for (const Cell& cell : table.header)
        spanned(0, cell);
    for (int i = 0; i < table.rows; ++i) {
        const QStringList texts = table.cells(i);
        for (int col = 0; col < texts.size(); ++col)
            cellText(t, table.headerRows + i, col, texts[col], table.align.value(col), TablePt);
    }
    for (const Cell& cell : table.total)
        spanned(table.headerRows + table.rows, cell);
    c.movePosition(QTextCursor::End);
    addLines(c, table.after);
}

namespace {

std::unique_ptr<QTextDocument> newDocument(double pageW, double pageH, Use use)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    // The document makes its layout when first asked for it, and from then
    // on lays out every change.
    if (use == Use::Paint)
        doc->documentLayout()->setPaintDevice(&layoutDevice());
    QFont f(officialFontFamily());
    f.setPointSizeF(OfficialDocument::BodyPt);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    doc->setDefaultFont(f);
    doc->setDocumentMargin(0);
    doc->setUseDesignMetrics(true);
    doc->setPageSize(QSizeF(pageW - OfficialDocument::MarginLeft - OfficialDocument::MarginRight,
                            pageH - OfficialDocument::MarginTop - OfficialDocument::MarginBottom));
    return doc;
}

} // namespace

std::unique_ptr<QTextDocument>
buildDocument(double pageW, double pageH, const std::function<void(QTextCursor&)>& write, Use use)
{
    auto doc = newDocument(pageW, pageH, use);
    QTextCursor c(doc.get());
    // One edit block: the layout runs once at its end, not after every cell
    // (which made a 37-unit report take ~20 s of CPU).
    c.beginEditBlock();
    write(c);
    c.endEditBlock();
    return doc;
}

} // namespace signtally::official
