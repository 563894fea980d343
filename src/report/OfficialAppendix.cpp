#include "report/OfficialAppendix.h"

#include "report/OfficialDocument.h"
#include "report/ReportStyle.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>
#include <map>

namespace signtally {

using official::Cell;
using official::Line;
using official::Table;

namespace {

constexpr double Pad = 2.5;      // inside a cell, every side
constexpr double RulePen = 0.75; // the tables' rules
constexpr double TableTop = 6;   // between a table and the text above it

// The official serif at `pt` points on a device of `dpi`, with its metrics
// there, made once per style.
class Fonts
{
public:
    explicit Fonts(const QPaintDevice* device)
        : m_device(device), m_dpi(device ? device->logicalDpiY() : 72)
    {}
    const std::pair<QFont, QFontMetricsF>& get(double pt, bool bold, bool italic)
    {
        const int key = int(std::lround(pt * 20)) * 4 + (bold ? 1 : 0) + (italic ? 2 : 0);
        auto it = m_fonts.find(key);
        if (it == m_fonts.end()) {
            QFont f = detail::pageFont(pt, bold, m_dpi, officialFontFamily());
            f.setItalic(italic);
            it = m_fonts.emplace(key, std::pair(f, QFontMetricsF(f, m_device))).first;
        }
        return it->second;
    }

private:
    const QPaintDevice* m_device;
    int m_dpi;
    std::map<int, std::pair<QFont, QFontMetricsF>> m_fonts;
};

double wrapped(const QFontMetricsF& fm, const QString& text, double width)
{
    if (fm.horizontalAdvance(text) <= width)
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

// The height of a table cell of `text` in `width` points, and of a line of
// text across the page.
double cellHeight(Fonts& fonts, const QString& text, double width, bool bold)
{
    const QFontMetricsF& fm = fonts.get(official::TablePt, bold, false).second;
    return (text.isEmpty() ? fm.height() : wrapped(fm, text, width)) + 2 * Pad;
}

double lineHeight(Fonts& fonts, const Line& line, double width)
{
    return wrapped(fonts.get(line.pt, line.bold, line.italic).second, line.text, width);
}

} // namespace

double OfficialAppendix::Laid::headerH() const
{
    double h = 0;
    for (double r : headerRowH)
        h += r;
    return h;
}

OfficialAppendix::OfficialAppendix(std::vector<Table> tables, double contentW, double contentH)
    : m_width(contentW)
{
    Fonts measuring(&detail::metricsDevice());
    m_tables.reserve(tables.size());
    for (Table& table : tables) {
        Laid t;
        t.table = std::move(table);
        double sum = 0;
        for (double w : t.table.widths)
            sum += w;
        t.x << 0;
        for (double w : t.table.widths)
            t.x << t.x.last() + contentW * w / sum;
        auto width = [&](const Cell& c) { return t.x[c.col + c.colSpan] - t.x[c.col] - 2 * Pad; };

        // The header: each row as tall as its tallest cell, and a cell over
        // several rows gets the room it needs in the last of them.
        t.headerRowH.fill(0, t.table.headerRows);
        for (const Cell& c : t.table.header)
            if (c.rowSpan == 1)
                t.headerRowH[c.row] =
                    std::max(t.headerRowH[c.row], cellHeight(measuring, c.text, width(c), true));
        for (double& h : t.headerRowH)
            h = std::max(h, cellHeight(measuring, QString(), 1, true));
        for (const Cell& c : t.table.header) {
            double spanned = 0;
            for (int r = c.row; r < c.row + c.rowSpan; ++r)
                spanned += t.headerRowH[r];
            const double need = cellHeight(measuring, c.text, width(c), true);
            if (need > spanned)
                t.headerRowH[c.row + c.rowSpan - 1] += need - spanned;
        }

        t.cells.reserve(t.table.rows);
        t.rowH.reserve(t.table.rows);
        const double oneLine = cellHeight(measuring, QString(), 1, false);
        for (int i = 0; i < t.table.rows; ++i) {
            QStringList texts = t.table.cells(i);
            double h = oneLine;
            for (int col = 0; col < texts.size() && col + 1 < t.x.size(); ++col)
                h = std::max(
                    h, cellHeight(measuring, texts[col], t.x[col + 1] - t.x[col] - 2 * Pad, false));
            t.rowH << h;
            t.cells << std::move(texts);
        }
        if (!t.table.total.isEmpty()) {
            t.totalH = cellHeight(measuring, QString(), 1, true);
            for (const Cell& c : t.table.total)
                t.totalH = std::max(t.totalH, cellHeight(measuring, c.text, width(c), true));
        }
        for (const Line& l : t.table.lead)
            t.leadH << lineHeight(measuring, l, contentW);
        for (const Line& l : t.table.after)
            t.afterH << lineHeight(measuring, l, contentW);
        m_tables.push_back(std::move(t));
    }
    layOut(contentH);
}

void OfficialAppendix::layOut(double contentH)
{
    m_pages.emplace_back();
    double y = 0;
    auto empty = [&] { return m_pages.back().empty(); };
    auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
    };
    auto place = [&](Placed p) {
        p.y = y;
        m_pages.back().push_back(p);
    };
    for (int ti = 0; ti < int(m_tables.size()); ++ti) {
        const Laid& t = m_tables[size_t(ti)];
        auto lines = [&](const QVector<Line>& ls, const QVector<double>& heights, bool after) {
            for (int i = 0; i < ls.size(); ++i) {
                if (!empty() && (ls[i].newPage || y + ls[i].top + heights[i] > contentH))
                    newPage();
                y += ls[i].top;
                place({Placed::Text, ti, i, 0, 0, after});
                y += heights[i] + ls[i].bottom;
            }
        };
        lines(t.table.lead, t.leadH, false);

        // The header and a first row (or the total) together.
        const double headerH = t.headerH();
        if (!empty())
            y += TableTop;
        if (!empty() && y + headerH + t.rowH.value(0, t.totalH) > contentH)
            newPage();
        auto header = [&] {
            place({Placed::Header, ti});
            y += headerH;
        };
        header();
        for (int i = 0; i < t.table.rows; ++i) {
            if (y + t.rowH[i] > contentH) {
                newPage();
                header();
            }
            if (m_pages.back().back().kind != Placed::Rows)
                place({Placed::Rows, ti, i, i});
            m_pages.back().back().end = i + 1;
            y += t.rowH[i];
        }
        if (!t.table.total.isEmpty()) {
            if (y + t.totalH > contentH) {
                newPage();
                header();
            }
            place({Placed::Total, ti});
            y += t.totalH;
        }
        lines(t.table.after, t.afterH, true);
    }
}

void OfficialAppendix::paintSpanned(QPainter& p, const Laid& t, const QVector<Cell>& cells,
                                    const QVector<double>& rowTops, QVector<QLineF>& rules) const
{
    for (const Cell& c : cells) {
        const QRectF rect(QPointF(t.x[c.col], rowTops[c.row]),
                          QPointF(t.x[c.col + c.colSpan], rowTops[c.row + c.rowSpan]));
        p.drawText(rect.adjusted(Pad, Pad, -Pad, -Pad),
                   int(c.align | Qt::AlignVCenter) | Qt::TextWordWrap, c.text);
        rules << QLineF(rect.topLeft(), rect.topRight())
              << QLineF(rect.bottomLeft(), rect.bottomRight())
              << QLineF(rect.topLeft(), rect.bottomLeft())
              << QLineF(rect.topRight(), rect.bottomRight());
    }
}

void OfficialAppendix::paintPage(QPainter& p, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    Fonts fonts(p.device());
    QVector<QLineF> rules;
    p.save();
    p.setPen(Qt::black);
    for (const Placed& b : m_pages[size_t(page)]) {
        const Laid& t = m_tables[size_t(b.table)];
        switch (b.kind) {
        case Placed::Text: {
            const QVector<Line>& lines = b.after ? t.table.after : t.table.lead;
            const QVector<double>& heights = b.after ? t.afterH : t.leadH;
            const Line& line = lines[b.index];
            p.setFont(fonts.get(line.pt, line.bold, line.italic).first);
            p.drawText(QRectF(0, b.y, m_width, heights[b.index] + 1),
                       int(line.align | Qt::AlignTop) | Qt::TextWordWrap, line.text);
            break;
        }
        case Placed::Header: {
            QVector<double> tops{b.y};
            for (double h : t.headerRowH)
                tops << tops.last() + h;
            p.setFont(fonts.get(official::TablePt, true, false).first);
            paintSpanned(p, t, t.table.header, tops, rules);
            break;
        }
        case Placed::Rows: {
            p.setFont(fonts.get(official::TablePt, false, false).first);
            double y = b.y;
            for (int i = b.index; i < b.end; ++i) {
                const QStringList& texts = t.cells[i];
                const double h = t.rowH[i];
                for (int col = 0; col < texts.size() && col + 1 < t.x.size(); ++col) {
                    const QRectF rect(t.x[col] + Pad, y + Pad, t.x[col + 1] - t.x[col] - 2 * Pad,
                                      h - 2 * Pad);
                    p.drawText(rect,
                               int(t.table.align.value(col) | Qt::AlignVCenter) | Qt::TextWordWrap,
                               texts[col]);
                }
                y += h;
                rules << QLineF(t.x.first(), y, t.x.last(), y);
            }
            for (double x : t.x)
                rules << QLineF(x, b.y, x, y);
            break;
        }
        case Placed::Total: {
            p.setFont(fonts.get(official::TablePt, true, false).first);
            paintSpanned(p, t, t.table.total, {b.y, b.y + t.totalH}, rules);
            break;
        }
        }
    }
    p.setPen(QPen(Qt::black, RulePen));
    p.drawLines(rules);
    p.restore();
}

} // namespace signtally
