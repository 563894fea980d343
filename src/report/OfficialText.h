#pragma once

#include <QString>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTableFormat>
#include <QVector>
#include <functional>
#include <memory>

class QImage;
class QTextCursor;
class QTextDocument;
class QTextTable;

// The building blocks of the official document's text (OfficialDocument):
// Liberation Serif characters, block and table formats of Decree 30/2020's
// layout, and a document laid out once on a 72 dpi device (one unit = one
// point on the page).
namespace signtally::official {

// The appendix's tables are set in 11 pt.
constexpr double TablePt = 11;

// A line of the appendix outside its tables (its title, a group's name and
// goal rule, the note under a group's table): wrapped in the official serif.
struct Line
{
    QString text;
    double pt = 13;
    bool bold = false;
    bool italic = false;
    double top = 0;    // space above, points
    double bottom = 0; // space below
    Qt::Alignment align = Qt::AlignHCenter;
    // Begins a page (the page it is on is left for it unless it is empty).
    bool newPage = false;
};

// A cell of a table's header or total row: it may span columns, and header
// rows. Bold.
struct Cell
{
    QString text;
    int row = 0;
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
    Qt::Alignment align = Qt::AlignHCenter;
};

// A ruled table of the appendix, as both forms show it: the PDF paints it
// (OfficialAppendix) and the editable copy holds it as a QTextTable
// (writeTable). Its header is repeated on every page it runs onto.
struct Table
{
    QVector<Line> lead;     // what comes before it on its first page
    QVector<double> widths; // the columns, in percent of the width
    int headerRows = 1;
    QVector<Cell> header;
    int rows = 0;
    QVector<Qt::Alignment> align;          // the body's columns
    std::function<QStringList(int)> cells; // body row i, one text per column
    QVector<Cell> total;                   // the total row (row 0); none when empty
    QVector<Line> after;                   // under the table, on its last page
};

// The 72 dpi device every official document is laid out on.
QImage& layoutDevice();
// Characters in the official serif at `pt` points.
QTextCharFormat chars(double pt, bool bold = false, bool italic = false);
QTextBlockFormat block(Qt::Alignment align, double top = 0, double bottom = 0, double indent = 0);
// Body paragraphs: justified, first line indented 1 cm, 6 pt apart.
QTextBlockFormat paragraph();
// Appends a block (the first one reuses the document's empty first block).
void add(QTextCursor& c, const QTextBlockFormat& b, const QTextCharFormat& f, const QString& text);
// Text typed by the office: one paragraph per line; the placeholder in
// italics when there is none.
void addParagraphs(QTextCursor& c, const QString& text, const QString& placeholder);
// A borderless table of columns in percent of the width (the heading, the signature).
QTextTableFormat plainTable(const QVector<double>& percents);
// A ruled table with `headerRows` repeated on every page.
QTextTableFormat gridTable(const QVector<double>& percents, int headerRows);
void cellText(QTextTable* t, int row, int col, const QString& text, Qt::Alignment align, double pt,
              bool bold = false, bool italic = false);
// Appends the lines (a page break before a line that asks for one, unless
// the document is empty).
void addLines(QTextCursor& c, const QVector<Line>& lines);
// Appends the table (its lead, its rows, its total, what comes after it) as a
// QTextTable ruled like the painted one.
void writeTable(QTextCursor& c, const Table& table);
// How a document is used: painted (laid out on the 72 dpi device) or only
// written out as text (.odt), which needs no layout.
enum class Use
{
    Paint,
    Write,
};
// A new A4 document (pageW × pageH points, the official margins) whose text
// `write` puts in, in one edit block so it is laid out once (not at all for
// Use::Write: a 3.321-unit table with five groups took 10 s to lay out).
std::unique_ptr<QTextDocument> buildDocument(double pageW, double pageH,
                                             const std::function<void(QTextCursor&)>& write,
                                             Use use = Use::Paint);

} // namespace signtally::official
