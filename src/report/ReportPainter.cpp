#include "report/ReportPainter.h"

#include "core/StatusText.h"
#include "core/VnFormat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally::detail {

namespace {

QString signedCount(const Format& fmt, qint64 n)
{
    return n > 0 ? u'+' + fmt.count(n) : fmt.count(n);
}

} // namespace

QVector<Column> unitColumns()
{
    return {
        {ReportDocument::tr("TT"), 19, true},         {ReportDocument::tr("Đơn vị"), 109, false},
        {ReportDocument::tr("Dân số TT"), 47, true},  {ReportDocument::tr("Chỉ tiêu"), 42, true},
        {ReportDocument::tr("Kỳ này"), 40, true},     {ReportDocument::tr("Lũy kế"), 43, true},
        {ReportDocument::tr("% chỉ tiêu"), 49, true}, {ReportDocument::tr("Trạng thái"), 79, false},
        {ReportDocument::tr("± kỳ trước"), 52, true}, {ReportDocument::tr("Hạng"), 31, true}};
}

QVector<Column> behindColumns()
{
    return {
        {ReportDocument::tr("TT"), 24, true},           {ReportDocument::tr("Đơn vị"), 140, false},
        {ReportDocument::tr("Lũy kế"), 56, true},       {ReportDocument::tr("Chỉ tiêu"), 56, true},
        {ReportDocument::tr("% chỉ tiêu"), 56, true},   {ReportDocument::tr("Còn thiếu"), 64, true},
        {ReportDocument::tr("Cần mỗi ngày"), 115, true}};
}

QVector<Column> groupColumns()
{
    const QStringList t = ReportBuilder::groupColumnTitles();
    return {{t[0], 24, true}, {t[1], 187, false}, {t[2], 75, true},
            {t[3], 75, true}, {t[4], 75, true},   {t[5], 75, true}};
}

ReportPainter::ReportPainter(QPainter& p, const WeeklyReport& r) : m_p(p), m_r(r)
{
    m_dpi = p.device() ? p.device()->logicalDpiY() : 72;
}

const QFont& ReportPainter::font(double pt, bool bold)
{
    return fontEntry(pt, bold).first;
}

const QFontMetricsF& ReportPainter::metrics(double pt, bool bold)
{
    return fontEntry(pt, bold).second;
}

void ReportPainter::text(const QRectF& rect, int flags, const QString& s, double pt, bool bold,
                         const QColor& color)
{
    m_p.setFont(font(pt, bold));
    m_p.setPen(color);
    m_p.drawText(rect, flags, s);
}

void ReportPainter::cell(const QRectF& rect, const QString& s, bool right, double pt, bool bold,
                         const QColor& color)
{
    const QFont& f = font(pt, bold);
    const QFontMetricsF& fm = metrics(pt, bold);
    const QString shown = fm.horizontalAdvance(s) <= rect.width() - 5
                              ? s
                              : fm.elidedText(s, Qt::ElideRight, rect.width() - 5);
    m_p.setFont(f);
    m_p.setPen(color);
    m_p.drawText(rect.adjusted(2.5, 0, -2.5, 0),
                 Qt::AlignVCenter | (right ? Qt::AlignRight : Qt::AlignLeft), shown);
}

void ReportPainter::cells(double y, double h, const QVector<Column>& cols,
                          const QStringList& values, double pt, bool bold, const QColor& color,
                          const QVector<QColor>& colors)
{
    double x = MarginL;
    for (int c = 0; c < cols.size(); ++c) {
        cell(QRectF(x, y, cols[c].width, h), values.value(c), cols[c].right, pt, bold,
             colors.value(c, color));
        x += cols[c].width;
    }
}

void ReportPainter::headerRow(double y, const QVector<Column>& cols)
{
    double w = 0;
    for (const Column& c : cols)
        w += c.width;
    m_p.fillRect(QRectF(MarginL, y, w, HeaderRowH), HeaderFill);
    QStringList titles;
    for (const Column& c : cols)
        titles << c.title;
    cells(y, HeaderRowH, cols, titles, TablePt, true, Qt::white);
}

void ReportPainter::rule(double y, double width, const QColor& color, double pen)
{
    m_p.setPen(QPen(color, pen));
    m_p.drawLine(QPointF(MarginL, y), QPointF(MarginL + width, y));
}

void ReportPainter::heading(double y)
{
    const Format fmt;
    text(QRectF(MarginL, y, ContentW * 0.7, 14), Qt::AlignLeft | Qt::AlignVCenter, m_r.organisation,
         10, true);
    text(QRectF(MarginL + ContentW * 0.6, y, ContentW * 0.4, 14), Qt::AlignRight | Qt::AlignVCenter,
         tr("Ngày lập: %1").arg(fmt.date(m_r.madeOn)), BodyPt);
    y += 18;
    rule(y, ContentW, HeaderFill, 1);
    y += 10;
    const double titleH = wrappedHeight(m_r.title, 13, true, ContentW);
    text(QRectF(MarginL, y, ContentW, titleH + 2), Qt::AlignHCenter | Qt::TextWordWrap, m_r.title,
         13, true, HeaderFill);
    y += titleH + 6;
    const double nameH = wrappedHeight(m_r.campaignName, 9.5, false, ContentW);
    text(QRectF(MarginL, y, ContentW, nameH + 2), Qt::AlignHCenter | Qt::TextWordWrap,
         m_r.campaignName, 9.5);
    y += nameH + 3;
    const double planH = wrappedHeight(m_r.planReference, 8, false, ContentW);
    text(QRectF(MarginL, y, ContentW, planH + 2), Qt::AlignHCenter | Qt::TextWordWrap,
         m_r.planReference, 8, false, Muted);
}

double ReportPainter::headingHeight(const WeeklyReport& r)
{
    return 18 + 10 + wrappedHeight(r.title, 13, true, ContentW) + 6 +
           wrappedHeight(r.campaignName, 9.5, false, ContentW) + 3 +
           wrappedHeight(r.planReference, 8, false, ContentW) + 10;
}

QVector<std::pair<QString, QString>> ReportPainter::summaryLines(const WeeklyReport& r)
{
    const Format fmt;
    QVector<std::pair<QString, QString>> lines;
    lines.push_back({tr("Số chữ ký số trong kỳ"), fmt.count(r.periodTotal)});
    if (r.hasPrevious) {
        const QString prev =
            r.previousFrom == r.previousTo
                ? fmt.date(r.previousTo)
                : fmt.shortDate(r.previousFrom) + u'\u2013' + fmt.date(r.previousTo);
        lines.push_back({tr("So với kỳ trước (%1)").arg(prev),
                         tr("%1 (kỳ trước: %2)")
                             .arg(signedCount(fmt, r.periodTotal - *r.previousTotal),
                                  fmt.count(*r.previousTotal))});
    } else {
        lines.push_back({tr("So với kỳ trước"),
                         r.isWeek() ? tr("Không có kỳ trước (tuần đầu tiên của đợt)")
                                    : tr("Không có kỳ trước (kỳ bắt đầu từ ngày đầu đợt)")});
    }
    lines.push_back(
        {tr("Lũy kế đến ngày %1").arg(fmt.date(r.to)),
         tr("%1 / %2 (%3 mục tiêu)")
             .arg(fmt.count(r.cumulative), fmt.count(r.goal), fmt.percent(r.percentOfGoal))});
    lines.push_back(
        {tr("Số ngày còn lại của đợt"),
         tr("%1 ngày (đã qua %2/%3 ngày)").arg(r.daysLeft).arg(r.elapsedDays).arg(r.campaignDays)});
    lines.push_back({tr("Tốc độ cần đạt để về đích"),
                     r.over ? StatusText::label(r.totalStatus) + u" · "_s +
                                  StatusText::overDetail(std::max<qint64>(0, r.goal - r.cumulative),
                                                         r.percentOfGoal, fmt)
                            : StatusText::rate(r.requiredDaily, fmt)});
    if (r.paceDays > 0)
        lines.push_back({tr("Tốc độ gần đây (%1 ngày có báo cáo)").arg(r.paceDays),
                         fmt.count(qint64(std::llround(r.recentPace))) + tr("/ngày")});
    else
        lines.push_back({tr("Tốc độ gần đây"), tr("Chưa có ngày nào được báo cáo")});
    lines.push_back({tr("Dự báo đạt mục tiêu"), StatusText::forecast(r.forecast, fmt)});
    lines.push_back({tr("Tình hình các đơn vị"),
                     StatusText::countsLine(r.over, [&](Status s) { return r.statusCount(s); })});
    return lines;
}

void ReportPainter::summary(double y)
{
    const auto lines = summaryLines(m_r);
    const double keyW = 205;
    for (int i = 0; i < lines.size(); ++i) {
        const double ly = y + i * SummaryLineH;
        if (i % 2 == 0)
            m_p.fillRect(QRectF(MarginL, ly, ContentW, SummaryLineH), Zebra);
        cell(QRectF(MarginL, ly, keyW, SummaryLineH), lines[i].first, false, BodyPt, false, Muted);
        cell(QRectF(MarginL + keyW, ly, ContentW - keyW, SummaryLineH), lines[i].second, false,
             BodyPt, true);
    }
}

void ReportPainter::section(double y, const QString& title)
{
    text(QRectF(MarginL, y + 6, ContentW, SectionH - 8), Qt::AlignLeft | Qt::AlignVCenter, title,
         10.5, true, HeaderFill);
}

void ReportPainter::unitRow(double y, int index)
{
    const Format fmt;
    const ReportRow& row = m_r.rows[index];
    if (index % 2 == 1)
        m_p.fillRect(QRectF(MarginL, y, ContentW, RowH), Zebra);
    row_(y,
         {QString::number(row.number), row.name, fmt.count(row.adults), fmt.count(row.quota),
          fmt.count(row.period), fmt.count(row.cumulative), fmt.percent(row.percentOfQuota),
          StatusText::label(row.status), row.change ? signedCount(fmt, *row.change) : u"–"_s,
          StatusText::rank(row.rank)},
         false, statusColor(row.status));
}

void ReportPainter::unitTotal(double y)
{
    const Format fmt;
    rule(y, ContentW, Ink, 0.8);
    QStringList v{QString(),
                  tr("Tổng cộng"),
                  fmt.count(m_r.adults),
                  fmt.count(m_r.goal),
                  fmt.count(m_r.periodTotal),
                  fmt.count(m_r.cumulative),
                  fmt.percent(m_r.percentOfGoal),
                  StatusText::label(m_r.totalStatus),
                  m_r.previousTotal ? signedCount(fmt, m_r.periodTotal - *m_r.previousTotal)
                                    : u"–"_s,
                  QString()};
    row_(y, v, true, statusColor(m_r.totalStatus));
}

void ReportPainter::behindRow(double y, int index)
{
    const Format fmt;
    const ReportRow& row = m_r.rows[m_r.behindRows[index]];
    if (index % 2 == 1)
        m_p.fillRect(QRectF(MarginL, y, ContentW, RowH), Zebra);
    cells(y, RowH, behindColumns(),
          {QString::number(row.number), row.name, fmt.count(row.cumulative), fmt.count(row.quota),
           fmt.percent(row.percentOfQuota), fmt.count(row.remaining),
           m_r.over ? StatusText::label(row.status) : StatusText::rate(row.requiredDaily, fmt)},
          TablePt, false, Ink);
}

void ReportPainter::groupTitle(double y, double h, const QString& title)
{
    text(QRectF(MarginL, y + 6, ContentW, h - 6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
         title, SectionPt, true, HeaderFill);
}

void ReportPainter::groupRow(double y, int group, int index)
{
    if (index % 2 == 1)
        m_p.fillRect(QRectF(MarginL, y, ContentW, RowH), Zebra);
    cells(y, RowH, groupColumns(), ReportBuilder::groupRowCells(m_r, group, index), TablePt, false,
          Ink);
}

void ReportPainter::groupTotal(double y, int group)
{
    rule(y, ContentW, Ink, 0.8);
    cells(y, RowH, groupColumns(), ReportBuilder::groupTotalCells(m_r, group), TablePt, true, Ink);
}

void ReportPainter::note(double y, double h, const QString& s)
{
    text(QRectF(MarginL, y, ContentW, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, s,
         BodyPt, false, Muted);
}

void ReportPainter::footer(int page, int pages)
{
    rule(FooterY - 6, ContentW);
    QString left = tr("Kỳ báo cáo: %1").arg(m_r.periodLabel);
    left += u"  ·  "_s + m_r.dataLine();
    text(QRectF(MarginL, FooterY - 4, ContentW - 80, 14), Qt::AlignLeft | Qt::AlignVCenter, left,
         7.5, false, Muted);
    text(QRectF(MarginL + ContentW - 80, FooterY - 4, 80, 14), Qt::AlignRight | Qt::AlignVCenter,
         tr("Trang %1/%2").arg(page).arg(pages), 7.5, false, Muted);
}

void ReportPainter::row_(double y, const QStringList& values, bool bold, const QColor& statusInk)
{
    QVector<QColor> colors(values.size(), Ink);
    colors[7] = statusInk;
    cells(y, RowH, unitColumns(), values, TablePt, bold, Ink, colors);
}

const std::pair<QFont, QFontMetricsF>& ReportPainter::fontEntry(double pt, bool bold)
{
    const int key = int(std::lround(pt * 20)) * 2 + (bold ? 1 : 0);
    auto it = m_fonts.find(key);
    if (it == m_fonts.end()) {
        QFont f = pageFont(pt, bold, m_dpi, m_family);
        it =
            m_fonts.emplace(key, std::pair<QFont, QFontMetricsF>(f, QFontMetricsF(f, m_p.device())))
                .first;
    }
    return it->second;
}

} // namespace signtally::detail
