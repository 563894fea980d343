#pragma once

#include "report/ReportDocument.h"

#include <QString>
#include <QVector>
#include <vector>

namespace signtally {

// One block the layout placed on a page: its kind, its height and where it
// starts (points from the page's top).
struct ReportDocument::Item
{
    enum Kind
    {
        Heading,
        Summary,
        Section,
        UnitHeader,
        UnitRow,
        UnitTotal,
        BehindHeader,
        BehindRow,
        Note,
        LineChart,
        BarChart,
        GroupTitle,  // a target group's name (text), wrapped
        GroupHeader, // the group table's header row
        GroupRow,    // unit `index` of group `group`
        GroupTotal,  // group `group`'s total line
    };
    Kind kind = Note;
    int index = -1; // row for UnitRow/BehindRow/GroupRow
    double height = 0;
    QString text; // Section, Note, GroupTitle
    double y = 0;
    int group = -1; // GroupRow, GroupTotal: the index into WeeklyReport::groups
};

// A page: items placed by the layout, or a page of the official text.
struct ReportDocument::Page
{
    enum Source
    {
        Items,    // drawn from items (the summary form; the official form's charts)
        Body,     // page `sub` of the official text
        Appendix, // page `sub` of the official appendix (OfficialAppendix)
    };
    QVector<Item> items;
    Source source = Items;
    int sub = 0; // the page of the text or the appendix
    bool landscape = false;
};

namespace detail {

// The summary form's pages: heading, summary, the unit table (its header
// repeated on every page it runs onto), a table per target group, the units
// behind, the two charts, each kept whole on a page.
std::vector<ReportDocument::Page> summaryPages(const WeeklyReport& r);
// The official form's chart page(s), after its text and appendix pages.
void addOfficialChartPages(const WeeklyReport& r, std::vector<ReportDocument::Page>& pages);

} // namespace detail

} // namespace signtally
