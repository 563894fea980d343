#pragma once

#include "report/OfficialText.h"

#include <QVector>
#include <vector>

class QPainter;

namespace signtally {

// The official form's appendix as it is painted: its tables (the per-unit
// one, then one per target group) ruled and laid out onto A4 landscape pages
// directly, in points, the header repeated on every page a table runs onto,
// a row never split between pages. Laid out once when made; each page is
// painted when asked for.
// Qt's text tables did this at ~110 µs per ruled cell, which made a
// five-group report at national size take 16 s (docs/performance.md).
class OfficialAppendix
{
public:
    // `tables` in the order they are printed; `contentW` × `contentH` points
    // is the page's content box.
    OfficialAppendix(std::vector<official::Table> tables, double contentW, double contentH);

    int pageCount() const { return int(m_pages.size()); }
    // Page `page` onto a painter whose origin is the content box's top left
    // corner, one unit a point.
    void paintPage(QPainter& painter, int page) const;

private:
    // What a page holds, top to bottom.
    struct Placed
    {
        enum Kind
        {
            Text,   // line `index` of the table's lead or after-lines
            Header, // the table's header rows
            Rows,   // body rows [index, end)
            Total,  // the total row
        };
        Kind kind = Text;
        int table = 0;
        int index = 0;
        int end = 0;
        double y = 0;
        bool after = false; // Text: from `after`, not `lead`
    };
    struct Laid
    {
        official::Table table;
        QVector<QStringList> cells; // the body's texts, formatted once
        QVector<double> x;          // the column edges
        QVector<double> headerRowH; // each header row's height
        QVector<double> rowH;       // each body row's height
        double totalH = 0;
        QVector<double> leadH, afterH;
        double headerH() const;
    };

    void layOut(double contentH);
    void paintSpanned(QPainter& p, const Laid& t, const QVector<official::Cell>& cells,
                      const QVector<double>& rowTops, QVector<QLineF>& rules) const;

    std::vector<Laid> m_tables;
    double m_width = 0;
    std::vector<std::vector<Placed>> m_pages;
};

} // namespace signtally
