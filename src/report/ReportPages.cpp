#include "report/ReportPages.h"

#include "core/VnFormat.h"
#include "report/OfficialDocument.h"
#include "report/ReportPainter.h"
#include "report/ReportStyle.h"

#include <algorithm>

namespace signtally::detail {

namespace {

constexpr double OfficialContentTop = OfficialDocument::MarginTop;
constexpr double OfficialContentBottom = PageH - OfficialDocument::MarginBottom;

using Item = ReportDocument::Item;
using Page = ReportDocument::Page;

// The bar chart's height: a bar for each unit it shows.
double barChartHeight(const WeeklyReport& r)
{
    const int bars = int(std::min<qsizetype>(r.rows.size(), ReportDocument::MaxBars));
    return BarChartExtra + bars * BarH;
}

} // namespace

std::vector<Page> summaryPages(const WeeklyReport& r)
{
    std::vector<Page> pages;
    pages.emplace_back();
    double y = MarginT;
    auto newPage = [&] {
        pages.emplace_back();
        y = MarginT;
    };
    auto place = [&](Item item) {
        item.y = y;
        y += item.height;
        pages.back().items.push_back(std::move(item));
    };
    auto fits = [&](double h) { return y + h <= ContentBottom; };
    // A table's header and rows, the header repeated on every page it runs onto.
    auto table = [&](Item::Kind header, Item::Kind row, qsizetype rows, int group = -1) {
        place({header, -1, HeaderRowH, {}});
        for (int i = 0; i < rows; ++i) {
            if (!fits(RowH)) {
                newPage();
                place({header, -1, HeaderRowH, {}});
            }
            place({row, i, RowH, {}, 0, group});
        }
    };

    place({Item::Heading, -1, ReportPainter::headingHeight(r), {}});
    place({Item::Section, -1, SectionH, ReportDocument::tr("I. Tình hình chung")});
    place({Item::Summary, -1, SummaryLineH * ReportPainter::summaryLines(r).size() + 4, {}});

    // The unit table.
    if (!fits(SectionH + HeaderRowH + RowH * 3))
        newPage();
    place({Item::Section, -1, SectionH, ReportDocument::tr("II. Kết quả theo đơn vị")});
    table(Item::UnitHeader, Item::UnitRow, r.rows.size());
    if (!fits(RowH + 2)) {
        newPage();
        place({Item::UnitHeader, -1, HeaderRowH, {}});
    }
    place({Item::UnitTotal, -1, RowH + 2, {}});

    // A table per target group, after the whole population's.
    for (int g = 0; g < r.groups.size(); ++g) {
        const QString title = ReportBuilder::groupTitle(r, g);
        const double titleH = wrappedHeight(title, SectionPt, true, ContentW) + 10;
        const QString rule =
            ReportDocument::tr("%1; lũy kế đến ngày %2.")
                .arg(ReportBuilder::groupGoalRule(r.groups[g], true), Format().date(r.to));
        if (!fits(titleH + NoteH + HeaderRowH + RowH * 3))
            newPage();
        place({Item::GroupTitle, -1, titleH, title});
        place({Item::Note, -1, NoteH, rule});
        table(Item::GroupHeader, Item::GroupRow, r.groups[g].units.size(), g);
        // The total line and the note on what it sums stay together.
        const QString note = ReportBuilder::groupTotalNote(r.groups[g]);
        const double noteH = wrappedHeight(note, BodyPt, false, ContentW) + 6;
        if (!fits(RowH + 2 + noteH)) {
            newPage();
            place({Item::GroupHeader, -1, HeaderRowH, {}});
        }
        place({Item::GroupTotal, -1, RowH + 2, {}, 0, g});
        place({Item::Note, -1, noteH, note});
    }

    // The units behind and what they still need per day.
    const QString behindTitle =
        r.over
            ? ReportDocument::tr("III. Các đơn vị không đạt chỉ tiêu (%1)").arg(r.behindRows.size())
            : ReportDocument::tr("III. Các đơn vị chậm tiến độ (%1)").arg(r.behindRows.size());
    if (r.behindRows.isEmpty()) {
        if (!fits(SectionH + 18))
            newPage();
        place({Item::Section, -1, SectionH, behindTitle});
        place({Item::Note, -1, 18,
               r.over ? ReportDocument::tr("Mọi đơn vị đều đạt chỉ tiêu.")
                      : ReportDocument::tr("Không có đơn vị nào chậm tiến độ.")});
    } else {
        if (!fits(SectionH + HeaderRowH + RowH * 3))
            newPage();
        place({Item::Section, -1, SectionH, behindTitle});
        table(Item::BehindHeader, Item::BehindRow, r.behindRows.size());
    }

    // The two charts, each kept whole on a page.
    if (!fits(SectionH + LineChartH))
        newPage();
    place({Item::Section, -1, SectionH, ReportDocument::tr("IV. Biểu đồ")});
    place({Item::LineChart, -1, LineChartH, {}});
    const double barChartH = barChartHeight(r);
    if (!fits(barChartH))
        newPage();
    place({Item::BarChart, -1, barChartH, {}});
    return pages;
}

void addOfficialChartPages(const WeeklyReport& r, std::vector<Page>& pages)
{
    // The charts on their own page(s), each kept whole.
    pages.emplace_back();
    double y = OfficialContentTop;
    auto place = [&](Item item) {
        item.y = y;
        y += item.height;
        pages.back().items.push_back(std::move(item));
    };
    place({Item::LineChart, -1, LineChartH, {}});
    const double barChartH = barChartHeight(r);
    if (y + 20 + barChartH > OfficialContentBottom) {
        pages.emplace_back();
        y = OfficialContentTop;
    } else {
        y += 20;
    }
    place({Item::BarChart, -1, barChartH, {}});
}

} // namespace signtally::detail
