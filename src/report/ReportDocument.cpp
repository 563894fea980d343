#include "report/ReportDocument.h"

#include "cli/StatusText.h"
#include "core/AxisStep.h"
#include "core/StatusColors.h"
#include "core/VnFormat.h"
#include "report/OfficialDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace signtally {

QString addBundledFonts(const QString& family, const QStringList& files)
{
    QString name = family;
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(u":/fonts/"_s + file);
        if (file == files.first() && id >= 0 &&
            !QFontDatabase::applicationFontFamilies(id).isEmpty())
            name = QFontDatabase::applicationFontFamilies(id).first();
    }
    return name;
}

QString reportFontFamily()
{
    static const QString family =
        addBundledFonts(u"Noto Sans"_s, {u"NotoSans-Regular.ttf"_s, u"NotoSans-Bold.ttf"_s});
    return family;
}

namespace {

// Page geometry in points.
constexpr double PageW = 595.28;
constexpr double PageH = 841.89;
constexpr double MarginL = 42;
constexpr double MarginR = 42;
constexpr double MarginT = 40;
constexpr double ContentW = PageW - MarginL - MarginR;
constexpr double ContentBottom = PageH - 56;
constexpr double FooterY = PageH - 40;

constexpr double BodyPt = 9;
constexpr double TablePt = 7.5;
constexpr double RowH = 13;
constexpr double HeaderRowH = 16;
constexpr double SectionH = 24;
constexpr double SummaryLineH = 14;
constexpr double LineChartH = 260;
constexpr double BarH = 14;
constexpr double BarChartExtra = 62; // title, axis labels and legend

const QColor Ink(0x1b, 0x1b, 0x1b);
const QColor Muted(0x5f, 0x63, 0x68);
const QColor Rule(0xb8, 0xbd, 0xc4);
const QColor Zebra(0xf3, 0xf5, 0xf8);
const QColor HeaderFill(0x1f, 0x4e, 0x79);
const QColor Blue(0x1f, 0x6f, 0xb5);

// As on the dashboard (core/StatusColors.h).
QColor statusColor(Status s)
{
    return QColor(statusRgb(s));
}

// A 72 dpi device: font sizes in points are then lengths in points, so text
// can be measured for the layout before any real device exists.
const QImage& metricsDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(2835);
        i.setDotsPerMeterY(2835);
        return i;
    }();
    return image;
}

// A font whose size is `pt` points on the page, for a painter that draws in
// points on a device of the given dpi (the painter is scaled by dpi / 72).
QFont pageFont(double pt, bool bold, int deviceDpi, const QString& family = reportFontFamily())
{
    QFont f(family);
    f.setPointSizeF(pt * 72.0 / deviceDpi);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping: Qt 6.4 has no switch for ligatures alone, and "ff" drawn as
    // one ligature glyph would read back from the PDF as U+FB00 (the data
    // fingerprint is hex). Vietnamese text is precomposed (NFC), so the plain
    // character-to-glyph mapping renders every letter.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont measureFont(double pt, bool bold)
{
    return pageFont(pt, bold, metricsDevice().logicalDpiY());
}

double wrappedHeight(const QString& text, double pt, bool bold, double width)
{
    const QFontMetricsF fm(measureFont(pt, bold), &metricsDevice());
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QString signedCount(const Format& fmt, qint64 n)
{
    return n > 0 ? u'+' + fmt.count(n) : fmt.count(n);
}

struct Column
{
    QString title;
    double width;
    bool right;
};

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

} // namespace

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
    };
    Kind kind = Note;
    int index = -1; // row for UnitRow/BehindRow
    double height = 0;
    QString text; // Section, Note
    double y = 0;
};

struct ReportDocument::Page
{
    enum Source
    {
        Items,    // drawn from items (the summary form; the official form's charts)
        Body,     // page `sub` of the official text
        Appendix, // page `sub` of the official per-unit table
    };
    QVector<Item> items;
    Source source = Items;
    int sub = 0;
    bool landscape = false;
};

namespace {

// Draws what the layout placed: one instance per painted page.
class PagePainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    PagePainter(QPainter& p, const WeeklyReport& r) : m_p(p), m_r(r)
    {
        m_dpi = p.device() ? p.device()->logicalDpiY() : 72;
    }

    // Fonts and their metrics, made once per size: a 3.000-unit table draws
    // tens of thousands of cells.
    const QFont& font(double pt, bool bold = false) { return fontEntry(pt, bold).first; }
    const QFontMetricsF& metrics(double pt, bool bold = false)
    {
        return fontEntry(pt, bold).second;
    }

    void text(const QRectF& rect, int flags, const QString& s, double pt, bool bold = false,
              const QColor& color = Ink)
    {
        m_p.setFont(font(pt, bold));
        m_p.setPen(color);
        m_p.drawText(rect, flags, s);
    }

    // One line, elided to the width when it does not fit.
    void cell(const QRectF& rect, const QString& s, bool right, double pt, bool bold = false,
              const QColor& color = Ink)
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

    void cells(double y, double h, const QVector<Column>& cols, const QStringList& values,
               double pt, bool bold, const QColor& color, const QVector<QColor>& colors = {})
    {
        double x = MarginL;
        for (int c = 0; c < cols.size(); ++c) {
            cell(QRectF(x, y, cols[c].width, h), values.value(c), cols[c].right, pt, bold,
                 colors.value(c, color));
            x += cols[c].width;
        }
    }

    void headerRow(double y, const QVector<Column>& cols)
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

    void rule(double y, double width, const QColor& color = Rule, double pen = 0.5)
    {
        m_p.setPen(QPen(color, pen));
        m_p.drawLine(QPointF(MarginL, y), QPointF(MarginL + width, y));
    }

    void heading(double y)
    {
        const Format fmt;
        text(QRectF(MarginL, y, ContentW * 0.7, 14), Qt::AlignLeft | Qt::AlignVCenter,
             m_r.organisation, 10, true);
        text(QRectF(MarginL + ContentW * 0.6, y, ContentW * 0.4, 14),
             Qt::AlignRight | Qt::AlignVCenter, tr("Ngày lập: %1").arg(fmt.date(m_r.madeOn)),
             BodyPt);
        y += 18;
        rule(y, ContentW, HeaderFill, 1);
        y += 10;
        const double titleH = wrappedHeight(m_r.title, 13, true, ContentW);
        text(QRectF(MarginL, y, ContentW, titleH + 2), Qt::AlignHCenter | Qt::TextWordWrap,
             m_r.title, 13, true, HeaderFill);
        y += titleH + 6;
        const double nameH = wrappedHeight(m_r.campaignName, 9.5, false, ContentW);
        text(QRectF(MarginL, y, ContentW, nameH + 2), Qt::AlignHCenter | Qt::TextWordWrap,
             m_r.campaignName, 9.5);
        y += nameH + 3;
        const double planH = wrappedHeight(m_r.planReference, 8, false, ContentW);
        text(QRectF(MarginL, y, ContentW, planH + 2), Qt::AlignHCenter | Qt::TextWordWrap,
             m_r.planReference, 8, false, Muted);
    }

    static double headingHeight(const WeeklyReport& r)
    {
        return 18 + 10 + wrappedHeight(r.title, 13, true, ContentW) + 6 +
               wrappedHeight(r.campaignName, 9.5, false, ContentW) + 3 +
               wrappedHeight(r.planReference, 8, false, ContentW) + 10;
    }

    static QVector<std::pair<QString, QString>> summaryLines(const WeeklyReport& r)
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
        lines.push_back({tr("Số ngày còn lại của đợt"), tr("%1 ngày (đã qua %2/%3 ngày)")
                                                            .arg(r.daysLeft)
                                                            .arg(r.elapsedDays)
                                                            .arg(r.campaignDays)});
        lines.push_back(
            {tr("Tốc độ cần đạt để về đích"),
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
        lines.push_back({tr("Tình hình các đơn vị"), StatusText::countsLine(r.over, [&](Status s) {
                             return r.statusCount(s);
                         })});
        return lines;
    }

    void summary(double y)
    {
        const auto lines = summaryLines(m_r);
        const double keyW = 205;
        for (int i = 0; i < lines.size(); ++i) {
            const double ly = y + i * SummaryLineH;
            if (i % 2 == 0)
                m_p.fillRect(QRectF(MarginL, ly, ContentW, SummaryLineH), Zebra);
            cell(QRectF(MarginL, ly, keyW, SummaryLineH), lines[i].first, false, BodyPt, false,
                 Muted);
            cell(QRectF(MarginL + keyW, ly, ContentW - keyW, SummaryLineH), lines[i].second, false,
                 BodyPt, true);
        }
    }

    void section(double y, const QString& title)
    {
        text(QRectF(MarginL, y + 6, ContentW, SectionH - 8), Qt::AlignLeft | Qt::AlignVCenter,
             title, 10.5, true, HeaderFill);
    }

    void unitRow(double y, int index)
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

    void unitTotal(double y)
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

    void behindRow(double y, int index)
    {
        const Format fmt;
        const ReportRow& row = m_r.rows[m_r.behindRows[index]];
        if (index % 2 == 1)
            m_p.fillRect(QRectF(MarginL, y, ContentW, RowH), Zebra);
        cells(y, RowH, behindColumns(),
              {QString::number(row.number), row.name, fmt.count(row.cumulative),
               fmt.count(row.quota), fmt.percent(row.percentOfQuota), fmt.count(row.remaining),
               m_r.over ? StatusText::label(row.status) : StatusText::rate(row.requiredDaily, fmt)},
              TablePt, false, Ink);
    }

    void note(double y, double h, const QString& s)
    {
        text(QRectF(MarginL, y, ContentW, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
             s, BodyPt, false, Muted);
    }

    void lineChart(double top);
    void barChart(double top, double height);

    void footer(int page, int pages)
    {
        rule(FooterY - 6, ContentW);
        QString left = tr("Kỳ báo cáo: %1").arg(m_r.periodLabel);
        left += u"  ·  "_s + tr("Mã dữ liệu: %1").arg(m_r.fingerprint);
        text(QRectF(MarginL, FooterY - 4, ContentW - 80, 14), Qt::AlignLeft | Qt::AlignVCenter,
             left, 7.5, false, Muted);
        text(QRectF(MarginL + ContentW - 80, FooterY - 4, 80, 14),
             Qt::AlignRight | Qt::AlignVCenter, tr("Trang %1/%2").arg(page).arg(pages), 7.5, false,
             Muted);
    }

private:
    // Unit table row with the status column coloured.
    void row_(double y, const QStringList& values, bool bold, const QColor& statusInk)
    {
        QVector<QColor> colors(values.size(), Ink);
        colors[7] = statusInk;
        cells(y, RowH, unitColumns(), values, TablePt, bold, Ink, colors);
    }

    const std::pair<QFont, QFontMetricsF>& fontEntry(double pt, bool bold)
    {
        const int key = int(std::lround(pt * 20)) * 2 + (bold ? 1 : 0);
        auto it = m_fonts.find(key);
        if (it == m_fonts.end()) {
            QFont f = pageFont(pt, bold, m_dpi, m_family);
            it = m_fonts
                     .emplace(key,
                              std::pair<QFont, QFontMetricsF>(f, QFontMetricsF(f, m_p.device())))
                     .first;
        }
        return it->second;
    }

public:
    // Where the charts go across the page (the official form has wider margins).
    double m_left = MarginL;
    double m_width = ContentW;
    QString m_family = reportFontFamily(); // the official form draws its charts in its serif

private:
    QPainter& m_p;
    const WeeklyReport& m_r;
    int m_dpi = 72;
    std::map<int, std::pair<QFont, QFontMetricsF>> m_fonts;
};

void PagePainter::lineChart(double top)
{
    const Format fmt;
    text(QRectF(m_left, top, m_width, 16), Qt::AlignLeft | Qt::AlignVCenter,
         tr("Biểu đồ 1. Lũy kế toàn đợt so với mục tiêu %1").arg(fmt.count(m_r.goal)), BodyPt,
         true);
    const QRectF plot(m_left + 46, top + 26, m_width - 56, LineChartH - 26 - 52);
    const int days = m_r.campaignDays;
    const qint64 last = m_r.cumulativeByDay.isEmpty() ? 0 : m_r.cumulativeByDay.last();
    const double maxY = std::max<double>({double(m_r.goal), double(last), 1.0}) * 1.08;
    const qint64 step = qint64(axisStep(maxY, 5)); // whole: a step of 2,5 draws 2
    auto px = [&](double day) { return plot.left() + plot.width() * day / std::max(1, days); };
    auto py = [&](double v) { return plot.bottom() - plot.height() * v / maxY; };

    // The report period, shaded.
    const int a = int(m_r.campaignStart.daysTo(m_r.from));
    const int b = int(m_r.campaignStart.daysTo(m_r.to)) + 1;
    m_p.fillRect(QRectF(QPointF(px(a), plot.top()), QPointF(px(b), plot.bottom())),
                 QColor(0xe3, 0xee, 0xf9));

    // Grid and axis labels; the goal has its own tick and label, and a grid
    // label too close to it gives way.
    for (qint64 v = 0; v <= maxY; v += step) {
        m_p.setPen(QPen(v == 0 ? Muted : QColor(0xdd, 0xe1, 0xe6), v == 0 ? 0.8 : 0.4));
        m_p.drawLine(QPointF(plot.left(), py(double(v))), QPointF(plot.right(), py(double(v))));
        if (std::abs(py(double(v)) - py(double(m_r.goal))) >= 10)
            text(QRectF(m_left, py(double(v)) - 6, 42, 12), Qt::AlignRight | Qt::AlignVCenter,
                 fmt.count(v), 6.5, false, Muted);
    }
    m_p.setPen(QPen(Ink, 0.8));
    m_p.drawLine(QPointF(plot.left() - 4, py(double(m_r.goal))),
                 QPointF(plot.left(), py(double(m_r.goal))));
    text(QRectF(m_left, py(double(m_r.goal)) - 6, 42, 12), Qt::AlignRight | Qt::AlignVCenter,
         fmt.count(m_r.goal), 6.5, true, Ink);
    const int weeks = (days + 6) / 7;
    for (int w = 0; w <= weeks; ++w) {
        const int d = std::min(days - 1, w * 7);
        const double x = px(d + 0.5);
        m_p.setPen(QPen(Muted, 0.5));
        m_p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        text(QRectF(x - 20, plot.bottom() + 4, 40, 10), Qt::AlignHCenter | Qt::AlignTop,
             fmt.shortDate(m_r.campaignStart.addDays(d)), 6.5, false, Muted);
        if (d == days - 1)
            break;
    }

    // Goal, the straight line to it, and what was reached.
    QPen goalPen(statusColor(Status::Behind), 0.9, Qt::DashLine);
    m_p.setPen(goalPen);
    m_p.drawLine(QPointF(plot.left(), py(double(m_r.goal))),
                 QPointF(plot.right(), py(double(m_r.goal))));
    m_p.setPen(QPen(Muted, 0.9, Qt::DashDotLine));
    m_p.drawLine(QPointF(px(0), py(0)), QPointF(px(days), py(double(m_r.goal))));
    if (!m_r.cumulativeByDay.isEmpty()) {
        QPainterPath path(QPointF(px(0), py(0)));
        for (int d = 0; d < m_r.cumulativeByDay.size(); ++d)
            path.lineTo(px(d + 1), py(double(m_r.cumulativeByDay[d])));
        m_p.setPen(QPen(Blue, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawPath(path);
        const QPointF end(px(m_r.cumulativeByDay.size()), py(double(last)));
        m_p.setBrush(Blue);
        m_p.setPen(Qt::NoPen);
        m_p.drawEllipse(end, 2.2, 2.2);
        m_p.setBrush(Qt::NoBrush);
        // The end value beside its point, where neither the line to the goal
        // nor the goal line runs through it: above the point when it is
        // ahead of the plan line (that line then passes below), else below.
        const QString value = fmt.count(last);
        const double w = metrics(7, true).horizontalAdvance(value) + 4;
        auto planY = [&](double x) {
            return py(double(m_r.goal) * (x - plot.left()) / plot.width());
        };
        auto clear = [&](const QRectF& r) {
            const double goalY = py(double(m_r.goal));
            const bool onGoal = r.top() - 1 <= goalY && goalY <= r.bottom() + 1;
            const double a = planY(r.left()), b = planY(r.right());
            const bool onPlan = std::min(a, b) <= r.bottom() + 1 && std::max(a, b) >= r.top() - 1;
            return !onGoal && !onPlan && plot.adjusted(0, -12, 0, 0).contains(r);
        };
        QVector<QRectF> candidates;
        for (double dy : {-14.0, 3.0, -26.0, 15.0})
            for (double x : {end.x() - w - 3, end.x() + 3})
                candidates << QRectF(x, end.y() + dy, w, 11);
        QRectF label = candidates.first();
        for (const QRectF& r : std::as_const(candidates))
            if (clear(r)) {
                label = r;
                break;
            }
        m_p.fillRect(label, Qt::white);
        text(label, Qt::AlignCenter, value, 7, true, Blue);
    }

    // Legend.
    const double ly = plot.bottom() + 22;
    auto legend = [&](double x, const QPen& pen, const QString& label) {
        m_p.setPen(pen);
        m_p.drawLine(QPointF(x, ly + 5), QPointF(x + 18, ly + 5));
        text(QRectF(x + 22, ly, 150, 10), Qt::AlignLeft | Qt::AlignVCenter, label, 7, false, Ink);
    };
    legend(plot.left(), QPen(Blue, 1.6), tr("Lũy kế thực tế"));
    legend(plot.left() + 120, QPen(Muted, 0.9, Qt::DashDotLine), tr("Tiến độ cần đạt"));
    legend(plot.left() + 240, goalPen, tr("Mục tiêu %1").arg(fmt.count(m_r.goal)));
    m_p.fillRect(QRectF(plot.left() + 350, ly + 1, 14, 8), QColor(0xe3, 0xee, 0xf9));
    text(QRectF(plot.left() + 368, ly, 120, 10), Qt::AlignLeft | Qt::AlignVCenter, tr("Kỳ báo cáo"),
         7, false, Ink);
}

void PagePainter::barChart(double top, double height)
{
    const Format fmt;
    // Every unit when they fit, otherwise the lowest ones: those are what a
    // reader must act on.
    QVector<int> order(m_r.rows.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    auto higher = [&](int a, int b) {
        return m_r.rows[a].cumulative * m_r.rows[b].quota >
               m_r.rows[b].cumulative * m_r.rows[a].quota;
    };
    const bool all = order.size() <= ReportDocument::MaxBars;
    if (all) {
        std::stable_sort(order.begin(), order.end(), higher);
    } else {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return higher(b, a); });
        order.resize(ReportDocument::MaxBars);
    }
    const QString title =
        all ? tr("Biểu đồ 2. Tỷ lệ hoàn thành chỉ tiêu của các đơn vị đến ngày %1")
                  .arg(fmt.date(m_r.to))
            : tr("Biểu đồ 2. %1 đơn vị có tỷ lệ hoàn thành chỉ tiêu thấp nhất đến ngày %2")
                  .arg(ReportDocument::MaxBars)
                  .arg(fmt.date(m_r.to));
    text(QRectF(m_left, top, m_width, 16), Qt::AlignLeft | Qt::AlignVCenter, title, BodyPt, true);

    const double nameW = 118;
    const QRectF plot(m_left + nameW + 4, top + 24, m_width - nameW - 44,
                      height - BarChartExtra + 4);
    double maxPct = 100;
    for (int i : std::as_const(order))
        maxPct = std::max(maxPct, m_r.rows[i].percentOfQuota);
    maxPct = std::ceil(maxPct / 20.0) * 20.0;
    auto px = [&](double pct) { return plot.left() + plot.width() * pct / maxPct; };

    for (double v = 0; v <= maxPct + 0.01; v += 20) {
        m_p.setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 0.4));
        m_p.drawLine(QPointF(px(v), plot.top() - 2), QPointF(px(v), plot.bottom()));
        text(QRectF(px(v) - 20, plot.bottom() + 2, 40, 10), Qt::AlignHCenter | Qt::AlignTop,
             fmt.percent(v, 0), 6.5, false, Muted);
    }
    const double expectedPct =
        m_r.campaignDays > 0 ? 100.0 * m_r.elapsedDays / m_r.campaignDays : 0.0;
    m_p.setPen(QPen(Muted, 0.9, Qt::DashDotLine));
    m_p.drawLine(QPointF(px(expectedPct), plot.top() - 4), QPointF(px(expectedPct), plot.bottom()));
    m_p.setPen(QPen(statusColor(Status::Behind), 0.9, Qt::DashLine));
    m_p.drawLine(QPointF(px(100), plot.top() - 4), QPointF(px(100), plot.bottom()));
    for (int k = 0; k < order.size(); ++k) {
        const ReportRow& row = m_r.rows[order[k]];
        const double y = plot.top() + k * BarH;
        cell(QRectF(m_left, y, nameW + 2, BarH), row.name, true, 7);
        const QRectF bar(px(0), y + 2, std::max(0.0, px(row.percentOfQuota) - px(0)), BarH - 4);
        m_p.fillRect(bar, statusColor(row.status));
        const QString value = fmt.percent(row.percentOfQuota);
        const QFontMetricsF& fm = metrics(6.5);
        const QRectF label(bar.right() + 2, y + 2, fm.horizontalAdvance(value) + 3, BarH - 4);
        m_p.fillRect(label, Qt::white); // keeps the value readable over the dashed lines
        text(label.adjusted(1, -2, 0, 2), Qt::AlignLeft | Qt::AlignVCenter, value, 6.5, false, Ink);
    }

    // Legend.
    const double ly = plot.bottom() + 16;
    double x = m_left + 8;
    for (Status s : StatusText::shown(m_r.over)) {
        if (s == Status::NoData)
            continue; // its bars are empty
        m_p.fillRect(QRectF(x, ly + 1, 10, 8), statusColor(s));
        text(QRectF(x + 13, ly, 80, 10), Qt::AlignLeft | Qt::AlignVCenter, StatusText::label(s), 7);
        x += 82;
    }
    m_p.setPen(QPen(Muted, 0.9, Qt::DashDotLine));
    m_p.drawLine(QPointF(x, ly + 5), QPointF(x + 16, ly + 5));
    text(QRectF(x + 19, ly, 110, 10), Qt::AlignLeft | Qt::AlignVCenter,
         tr("Cần đạt đến nay (%1)").arg(fmt.percent(expectedPct)), 7);
    x += 125;
    m_p.setPen(QPen(statusColor(Status::Behind), 0.9, Qt::DashLine));
    m_p.drawLine(QPointF(x, ly + 5), QPointF(x + 16, ly + 5));
    text(QRectF(x + 19, ly, 80, 10), Qt::AlignLeft | Qt::AlignVCenter, tr("Chỉ tiêu (100%)"), 7);
}

} // namespace

ReportDocument::ReportDocument(WeeklyReport report, ReportLayout layout)
    : m_report(std::move(report)), m_layout(layout)
{
    if (m_layout == ReportLayout::Official)
        layoutOfficial();
    else
        this->layout();
}

bool ReportDocument::isLandscape(int page) const
{
    return page >= 0 && page < pageCount() && m_pages[size_t(page)].landscape;
}

namespace {

constexpr double OfficialContentTop = OfficialDocument::MarginTop;
constexpr double OfficialContentBottom = PageH - OfficialDocument::MarginBottom;
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
    m_appendix = OfficialDocument::appendix(r);
    for (int i = 0; i < m_appendix->pageCount(); ++i)
        m_pages.push_back({{}, Page::Appendix, i, true});

    // The charts on their own page(s), each kept whole.
    m_pages.emplace_back();
    double y = OfficialContentTop;
    auto place = [&](Item item) {
        item.y = y;
        y += item.height;
        m_pages.back().items.push_back(std::move(item));
    };
    place({Item::LineChart, -1, LineChartH, {}});
    const int bars = int(std::min<qsizetype>(r.rows.size(), MaxBars));
    const double barChartH = BarChartExtra + bars * BarH;
    if (y + 20 + barChartH > OfficialContentBottom) {
        m_pages.emplace_back();
        y = OfficialContentTop;
    } else {
        y += 20;
    }
    place({Item::BarChart, -1, barChartH, {}});
}

void ReportDocument::paintOfficialPage(QPainter& painter, int index) const
{
    const Page& page = m_pages[size_t(index)];
    const double pageW = page.landscape ? PageH : PageW;
    const double pageH = page.landscape ? PageW : PageH;
    const double contentW = pageW - OfficialDocument::MarginLeft - OfficialDocument::MarginRight;
    const double contentH = pageH - OfficialDocument::MarginTop - OfficialDocument::MarginBottom;
    if (page.source == Page::Items) {
        PagePainter pp(painter, m_report);
        pp.m_left = OfficialDocument::MarginLeft;
        pp.m_width = OfficialContentW;
        pp.m_family = officialFontFamily();
        for (const Item& item : page.items) {
            if (item.kind == Item::LineChart)
                pp.lineChart(item.y);
            else if (item.kind == Item::BarChart)
                pp.barChart(item.y, item.height);
        }
    } else {
        const QTextDocument& doc = page.source == Page::Body ? *m_body : *m_appendix;
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
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("Mã dữ liệu: %1").arg(m_report.fingerprint));
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::pageCount() const
{
    return int(m_pages.size());
}

void ReportDocument::layout()
{
    const WeeklyReport& r = m_report;
    m_pages.clear();
    m_pages.emplace_back();
    double y = MarginT;
    auto newPage = [&] {
        m_pages.emplace_back();
        y = MarginT;
    };
    auto place = [&](Item item) {
        item.y = y;
        y += item.height;
        m_pages.back().items.push_back(std::move(item));
    };
    auto fits = [&](double h) { return y + h <= ContentBottom; };

    place({Item::Heading, -1, PagePainter::headingHeight(r), {}});
    place({Item::Section, -1, SectionH, tr("I. Tình hình chung")});
    place({Item::Summary, -1, SummaryLineH * PagePainter::summaryLines(r).size() + 4, {}});

    // The unit table: header repeated on every page it runs onto.
    if (!fits(SectionH + HeaderRowH + RowH * 3))
        newPage();
    place({Item::Section, -1, SectionH, tr("II. Kết quả theo đơn vị")});
    place({Item::UnitHeader, -1, HeaderRowH, {}});
    for (int i = 0; i < r.rows.size(); ++i) {
        if (!fits(RowH)) {
            newPage();
            place({Item::UnitHeader, -1, HeaderRowH, {}});
        }
        place({Item::UnitRow, i, RowH, {}});
    }
    if (!fits(RowH + 2)) {
        newPage();
        place({Item::UnitHeader, -1, HeaderRowH, {}});
    }
    place({Item::UnitTotal, -1, RowH + 2, {}});

    // The units behind and what they still need per day.
    const QString behindTitle =
        r.over ? tr("III. Các đơn vị không đạt chỉ tiêu (%1)").arg(r.behindRows.size())
               : tr("III. Các đơn vị chậm tiến độ (%1)").arg(r.behindRows.size());
    if (r.behindRows.isEmpty()) {
        if (!fits(SectionH + 18))
            newPage();
        place({Item::Section, -1, SectionH, behindTitle});
        place({Item::Note, -1, 18,
               r.over ? tr("Mọi đơn vị đều đạt chỉ tiêu.")
                      : tr("Không có đơn vị nào chậm tiến độ.")});
    } else {
        if (!fits(SectionH + HeaderRowH + RowH * 3))
            newPage();
        place({Item::Section, -1, SectionH, behindTitle});
        place({Item::BehindHeader, -1, HeaderRowH, {}});
        for (int i = 0; i < r.behindRows.size(); ++i) {
            if (!fits(RowH)) {
                newPage();
                place({Item::BehindHeader, -1, HeaderRowH, {}});
            }
            place({Item::BehindRow, i, RowH, {}});
        }
    }

    // The two charts, each kept whole on a page.
    if (!fits(SectionH + LineChartH))
        newPage();
    place({Item::Section, -1, SectionH, tr("IV. Biểu đồ")});
    place({Item::LineChart, -1, LineChartH, {}});
    const int bars = int(std::min<qsizetype>(r.rows.size(), MaxBars));
    const double barChartH = BarChartExtra + bars * BarH;
    if (!fits(barChartH))
        newPage();
    place({Item::BarChart, -1, barChartH, {}});
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
    PagePainter pp(painter, m_report);
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
            pp.lineChart(item.y);
            break;
        case Item::BarChart:
            pp.barChart(item.y, item.height);
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
