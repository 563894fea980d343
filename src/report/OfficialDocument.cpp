#include "report/OfficialDocument.h"

#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "report/OfficialText.h"
#include "report/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;

namespace signtally {

QString officialFontFamily()
{
    static const QString family =
        addBundledFonts(u"Liberation Serif"_s,
                        {u"LiberationSerif-Regular.ttf"_s, u"LiberationSerif-Bold.ttf"_s,
                         u"LiberationSerif-Italic.ttf"_s, u"LiberationSerif-BoldItalic.ttf"_s});
    return family;
}

using namespace official;

namespace {

constexpr double PageW = 595.28;
constexpr double PageH = 841.89;

QString orgName(const WeeklyReport& r)
{
    return r.organisation.isEmpty() ? r.settings.issuingBody : r.organisation;
}

} // namespace

QString OfficialDocument::decreeDate(QDate d, bool withYear)
{
    const QString day = d.day() < 10 ? u"0"_s + QString::number(d.day()) : QString::number(d.day());
    const QString month =
        d.month() <= 2 ? u"0"_s + QString::number(d.month()) : QString::number(d.month());
    return withYear ? u"%1/%2/%3"_s.arg(day, month).arg(d.year()) : u"%1/%2"_s.arg(day, month);
}

QString OfficialDocument::dateLine(const QString& place, QDate d)
{
    const QString day = d.day() < 10 ? u"0"_s + QString::number(d.day()) : QString::number(d.day());
    const QString month =
        d.month() <= 2 ? u"0"_s + QString::number(d.month()) : QString::number(d.month());
    const QString when = tr("ngày %1 tháng %2 năm %3").arg(day, month).arg(d.year());
    return place.trimmed().isEmpty() ? when : tr("%1, %2").arg(place.trimmed(), when);
}

QString OfficialDocument::periodPhrase(const WeeklyReport& r)
{
    const bool sameYear = r.from.year() == r.to.year();
    const QString from = decreeDate(r.from, !sameYear);
    const QString to = decreeDate(r.to);
    if (r.isWholeCampaign())
        return tr("toàn đợt (từ ngày %1 đến ngày %2)").arg(from, to);
    if (r.isWeek())
        return tr("tuần %1 (từ ngày %2 đến ngày %3)").arg(r.week).arg(from, to);
    if (r.from == r.to)
        return tr("ngày %1").arg(to);
    return tr("từ ngày %1 đến ngày %2").arg(from, to);
}

QString OfficialDocument::subject(const WeeklyReport& r)
{
    return tr("Kết quả triển khai chữ ký số công cộng %1").arg(periodPhrase(r));
}

QString OfficialDocument::verdict(bool met)
{
    return met ? tr("Đạt") : tr("Không đạt");
}

QString OfficialDocument::provisionalNotice(const WeeklyReport& r)
{
    if (!r.isProvisional())
        return {};
    if (!r.dataUntil.isValid() || r.dataUntil < r.from)
        return tr("Số liệu tạm tính: kỳ báo cáo chưa có số liệu.");
    if (r.unitsIncomplete == 0)
        return tr("Số liệu tạm tính đến ngày %1.").arg(decreeDate(r.dataUntil));
    return tr("Số liệu tạm tính đến ngày %1; %2 đơn vị chưa báo cáo đủ.")
        .arg(decreeDate(r.dataUntil))
        .arg(r.unitsIncomplete);
}

QStringList OfficialDocument::resultParagraphs(const WeeklyReport& r)
{
    const Format fmt;
    QStringList out;
    if (r.campaignEmpty) {
        out << tr("Đến hết ngày %1 chưa có số liệu: chưa đơn vị nào báo cáo kết quả triển khai "
                  "chữ ký số công cộng.")
                   .arg(decreeDate(r.to));
        return out;
    }
    const QString period = periodPhrase(r);
    const int units = int(r.rows.size());

    // The period, and who issued its signatures.
    if (r.periodEmpty) {
        out << tr("Trong %1 chưa có số liệu: chưa đơn vị nào báo cáo.").arg(period);
    } else {
        QString s = tr("Trong %1, các đơn vị đã triển khai được %2 chữ ký số công cộng.")
                        .arg(period, fmt.count(r.periodTotal));
        if (r.previousTotal) {
            const qint64 diff = r.periodTotal - *r.previousTotal;
            s += u' ' + (diff > 0   ? tr("Số này tăng %1 so với kỳ trước (%2).")
                         : diff < 0 ? tr("Số này giảm %1 so với kỳ trước (%2).")
                                    : tr("Số này bằng kỳ trước (%2)."))
                            .arg(fmt.count(std::abs(diff)), fmt.count(*r.previousTotal));
        }
        if (!r.providers.isEmpty()) {
            QStringList parts;
            for (int p = 0; p < r.providers.size(); ++p)
                parts << tr("%1 %2 (%3)")
                             .arg(r.providers[p], fmt.count(r.periodByProvider[p]),
                                  fmt.percent(r.periodTotal > 0
                                                  ? 100.0 * r.periodByProvider[p] / r.periodTotal
                                                  : 0.0));
            s += u' ' + tr("Theo đơn vị cấp: %1.").arg(parts.join(u", "_s));
        }
        out << s;
    }

    // The campaign so far.
    if (r.isFinal) {
        out << tr("Kết thúc đợt (từ ngày %1 đến ngày %2), toàn khu vực triển khai được %3 chữ "
                  "ký số công cộng, bằng %4 mục tiêu %5 chữ ký số: %6 mục tiêu.")
                   .arg(decreeDate(r.campaignStart), decreeDate(r.campaignEnd),
                        fmt.count(r.cumulative), fmt.percent(r.percentOfGoal), fmt.count(r.goal),
                        verdict(r.totalMet));
        QString s = tr("Có %1/%2 đơn vị đạt chỉ tiêu được giao, %3 đơn vị không đạt.")
                        .arg(r.unitsMet)
                        .arg(units)
                        .arg(units - r.unitsMet);
        QStringList missed;
        for (const ReportRow& row : r.rows)
            if (!row.quotaMet)
                missed << tr("%1 (%2)").arg(row.name, fmt.percent(row.percentOfQuota));
        if (!missed.isEmpty())
            s += u' ' + tr("Các đơn vị không đạt: %1.").arg(missed.join(u", "_s));
        out << s;
    } else {
        out << (r.cumulative >= r.goal
                    ? tr("Lũy kế từ ngày %1 đến hết ngày %2, toàn khu vực đạt %3 chữ ký số công "
                         "cộng, bằng %4 mục tiêu %5 của đợt, đã vượt mục tiêu.")
                          .arg(decreeDate(r.campaignStart), decreeDate(r.to),
                               fmt.count(r.cumulative), fmt.percent(r.percentOfGoal),
                               fmt.count(r.goal))
                    : tr("Lũy kế từ ngày %1 đến hết ngày %2, toàn khu vực đạt %3/%4 chữ ký số "
                         "công cộng, bằng %5 mục tiêu của đợt; còn thiếu %6.")
                          .arg(decreeDate(r.campaignStart), decreeDate(r.to),
                               fmt.count(r.cumulative), fmt.count(r.goal),
                               fmt.percent(r.percentOfGoal), fmt.count(r.goal - r.cumulative)));

        // Units ahead and behind, by name.
        // Every unit is counted once: the ones with no figure yet too.
        QString s = r.noData > 0 ? tr("Về tiến độ: %1/%2 đơn vị đúng tiến độ, %3 đơn vị có nguy "
                                      "cơ chậm, %4 đơn vị chậm tiến độ, %5 đơn vị chưa có số liệu.")
                                       .arg(r.onTrack)
                                       .arg(units)
                                       .arg(r.atRisk)
                                       .arg(r.behind)
                                       .arg(r.noData)
                                 : tr("Về tiến độ: %1/%2 đơn vị đúng tiến độ, %3 đơn vị có nguy "
                                      "cơ chậm, %4 đơn vị chậm tiến độ.")
                                       .arg(r.onTrack)
                                       .arg(units)
                                       .arg(r.atRisk)
                                       .arg(r.behind);
        QVector<int> order(units);
        for (int i = 0; i < units; ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return r.rows[a].cumulative * r.rows[b].quota > r.rows[b].cumulative * r.rows[a].quota;
        });
        QStringList ahead;
        for (int i = 0; i < std::min(3, units); ++i)
            if (r.rows[order[i]].cumulative > 0)
                ahead << tr("%1 (%2)").arg(r.rows[order[i]].name,
                                           fmt.percent(r.rows[order[i]].percentOfQuota));
        if (!ahead.isEmpty())
            s += u' ' + tr("Dẫn đầu: %1.").arg(ahead.join(u", "_s));
        constexpr int MaxNamed = 5;
        QStringList behind;
        for (int i = 0; i < std::min<int>(MaxNamed, int(r.behindRows.size())); ++i) {
            const ReportRow& row = r.rows[r.behindRows[i]];
            behind << tr("%1 (%2)").arg(row.name, fmt.percent(row.percentOfQuota));
        }
        if (r.behindRows.size() > MaxNamed)
            s += u' ' + tr("Chậm nhất: %1 và %2 đơn vị chậm tiến độ khác.")
                            .arg(behind.join(u", "_s))
                            .arg(r.behindRows.size() - MaxNamed);
        else if (!behind.isEmpty())
            s += u' ' + tr("Các đơn vị chậm tiến độ: %1.").arg(behind.join(u", "_s));
        out << s;

        // Pace needed against pace achieved, and the forecast.
        const QString achieved =
            r.paceDays > 0 ? tr("tốc độ bình quân %1 ngày có báo cáo gần nhất là %2 chữ ký số/ngày")
                                 .arg(r.paceDays)
                                 .arg(fmt.count(qint64(std::llround(r.recentPace))))
                           : tr("chưa có ngày nào được báo cáo để tính tốc độ");
        if (r.cumulative >= r.goal)
            s = tr("Mục tiêu đã đạt; %1.").arg(achieved);
        else if (r.requiredDaily && r.daysLeft > 0)
            s = tr("Để đạt mục tiêu, trong %1 ngày còn lại của đợt cần bình quân %2 chữ ký "
                   "số/ngày; %3.")
                    .arg(r.daysLeft)
                    .arg(fmt.count(qint64(std::ceil(*r.requiredDaily))), achieved);
        else
            s = tr("Đợt đã hết thời gian, còn thiếu %1 chữ ký số so với mục tiêu; %2.")
                    .arg(fmt.count(r.goal - r.cumulative), achieved);
        switch (r.forecast.kind) {
        case Forecast::Kind::Reached:
            s += u' ' + tr("Mục tiêu của đợt đạt ngày %1.").arg(decreeDate(r.forecast.date));
            break;
        case Forecast::Kind::WithinCampaign:
            s += u' ' + tr("Với tốc độ này, dự báo đạt mục tiêu ngày %1, trong thời gian của "
                           "đợt (kết thúc ngày %2).")
                            .arg(decreeDate(r.forecast.date), decreeDate(r.campaignEnd));
            break;
        case Forecast::Kind::NotWithinCampaign:
            s += u' ' + tr("Với tốc độ này, dự báo không đạt mục tiêu trong thời gian của đợt "
                           "(kết thúc ngày %1).")
                            .arg(decreeDate(r.campaignEnd));
            break;
        case Forecast::Kind::NoPace:
            s += u' ' + tr("Chưa có số liệu để dự báo.");
            break;
        }
        out << s;
    }
    out << tr("Kết quả theo đơn vị cấp tại Bảng 1; chi tiết từng đơn vị tại Phụ lục kèm theo.");
    return out;
}

QStringList OfficialDocument::groupParagraphs(const WeeklyReport& r)
{
    if (r.groups.isEmpty())
        return {};
    const Format fmt;
    QStringList out{tr("Kết quả theo nhóm đối tượng, lũy kế đến hết ngày %1 (chi tiết từng đơn vị "
                       "tại Phụ lục):")
                        .arg(decreeDate(r.to))};
    for (int g = 0; g < r.groups.size(); ++g) {
        const GroupProgress& group = r.groups[g];
        const QString head =
            tr("%1 (%2)").arg(ReportBuilder::groupTitle(r, g), ReportBuilder::groupGoalRule(group));
        const int units = int(group.units.size());
        if (group.unitsWithoutGoal == units) {
            out << tr("%1: đã cấp %2; chưa đơn vị nào có mục tiêu của nhóm.")
                       .arg(head, fmt.count(group.cumulative));
            continue;
        }
        QString s = tr("%1: đã cấp %2/%3 (%4 mục tiêu).")
                        .arg(head, fmt.count(group.cumulative), fmt.count(group.goal),
                             fmt.percent(group.percentOfGoal.value_or(0)));
        if (group.unitsWithoutGoal > 0)
            s += u' ' + tr("%1/%2 đơn vị chưa có mục tiêu của nhóm.")
                            .arg(group.unitsWithoutGoal)
                            .arg(units);
        out << s;
    }
    return out;
}

void OfficialDocument::writeBody(QTextCursor& c, const WeeklyReport& r)
{
    const ReportSettings& st = r.settings;
    const Qt::Alignment centre = Qt::AlignHCenter;

    // The heading: issuing body and number | national motto, place and date.
    {
        QTextTable* t = c.insertTable(2, 2, plainTable({42, 58}));
        QTextCursor left = t->cellAt(0, 0).firstCursorPosition();
        left.setBlockFormat(block(centre));
        left.insertText(st.parentBody.toUpper(), chars(12));
        QTextBlockFormat body = block(centre);
        body.setProperty(RuleUnder, 0.4);
        left.insertBlock(body, chars(12, true));
        left.insertText(st.issuingBody.toUpper(), chars(12, true));
        QTextCursor right = t->cellAt(0, 1).firstCursorPosition();
        right.setBlockFormat(block(centre));
        right.insertText(tr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), chars(12, true));
        QTextBlockFormat motto = block(centre);
        motto.setProperty(RuleUnder, 1.0);
        right.insertBlock(motto, chars(13, true));
        right.insertText(tr("Độc lập - Tự do - Hạnh phúc"), chars(13, true));
        QTextCursor number = t->cellAt(1, 0).firstCursorPosition();
        number.setBlockFormat(block(centre, 10));
        number.insertText(tr("Số: %1").arg(st.documentNumber(r.documentNumber)), chars(13));
        QTextCursor date = t->cellAt(1, 1).firstCursorPosition();
        date.setBlockFormat(block(centre, 10));
        date.insertText(dateLine(st.place, r.madeOn), chars(13.5, false, true));
        c.movePosition(QTextCursor::End);
    }

    // Title, subject, addressee.
    add(c, block(centre, 22), chars(14, true), tr("BÁO CÁO"));
    QTextBlockFormat subjectBlock = block(centre, 0);
    subjectBlock.setProperty(RuleUnder, 0.3);
    add(c, subjectBlock, chars(14, true), subject(r));
    if (!st.addressee.trimmed().isEmpty())
        add(c, block(centre, 14), chars(14), tr("Kính gửi: %1.").arg(st.addressee.trimmed()));
    const QString notice = provisionalNotice(r);
    if (!notice.isEmpty())
        add(c, block(centre, 8), chars(13, true, true), notice);

    // I. results; the table per provider.
    const QTextBlockFormat heading = block(Qt::AlignJustify, 10, 0, 28.35);
    add(c, heading, chars(BodyPt, true), tr("I. KẾT QUẢ TRIỂN KHAI"));
    for (const QString& p : resultParagraphs(r))
        add(c, paragraph(), chars(BodyPt), p);
    if (!r.campaignEmpty && !r.providers.isEmpty()) {
        const Format fmt;
        add(c, block(centre, 8), chars(13, true), tr("Bảng 1. Kết quả theo đơn vị cấp chữ ký số"));
        const int rows = int(r.providers.size()) + 2;
        QTextTable* t = c.insertTable(rows, 4, gridTable({37, 21, 21, 21}, 1));
        const double pt = 13;
        cellText(t, 0, 0, tr("Đơn vị cấp"), Qt::AlignHCenter, pt, true);
        cellText(t, 0, 1, tr("Trong kỳ"), Qt::AlignHCenter, pt, true);
        cellText(t, 0, 2, tr("Lũy kế"), Qt::AlignHCenter, pt, true);
        cellText(t, 0, 3, tr("Tỷ lệ lũy kế"), Qt::AlignHCenter, pt, true);
        for (int p = 0; p < r.providers.size(); ++p) {
            cellText(t, p + 1, 0, r.providers[p], Qt::AlignLeft, pt);
            cellText(t, p + 1, 1, fmt.count(r.periodByProvider[p]), Qt::AlignRight, pt);
            cellText(t, p + 1, 2, fmt.count(r.cumulativeByProvider[p]), Qt::AlignRight, pt);
            cellText(t, p + 1, 3,
                     fmt.percent(r.cumulative > 0 ? 100.0 * r.cumulativeByProvider[p] / r.cumulative
                                                  : 0.0),
                     Qt::AlignRight, pt);
        }
        cellText(t, rows - 1, 0, tr("Tổng cộng"), Qt::AlignLeft, pt, true);
        cellText(t, rows - 1, 1, fmt.count(r.periodTotal), Qt::AlignRight, pt, true);
        cellText(t, rows - 1, 2, fmt.count(r.cumulative), Qt::AlignRight, pt, true);
        cellText(t, rows - 1, 3, fmt.percent(r.cumulative > 0 ? 100.0 : 0.0), Qt::AlignRight, pt,
                 true);
        c.movePosition(QTextCursor::End);
    }
    // The target groups, after the whole population's figures.
    for (const QString& p : groupParagraphs(r))
        add(c, paragraph(), chars(BodyPt), p);

    // II–IV: the office's own words.
    const QString placeholder = tr("(Chưa có nội dung: nhập ở màn hình Báo cáo.)");
    add(c, heading, chars(BodyPt, true), tr("II. ĐÁNH GIÁ"));
    addParagraphs(c, r.assessment, placeholder);
    add(c, heading, chars(BodyPt, true), tr("III. KHÓ KHĂN, VƯỚNG MẮC"));
    addParagraphs(c, r.difficulties, placeholder);
    add(c, heading, chars(BodyPt, true), tr("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
    addParagraphs(c, r.proposals, placeholder);
    add(c, paragraph(), chars(BodyPt),
        tr("Trên đây là báo cáo kết quả triển khai chữ ký số công cộng %1 của %2./.")
            .arg(periodPhrase(r), orgName(r)));

    // Recipients | signature.
    {
        QTextTableFormat tf = plainTable({48, 52});
        tf.setTopMargin(12);
        tf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        QTextTable* t = c.insertTable(1, 2, tf);
        QTextCursor left = t->cellAt(0, 0).firstCursorPosition();
        left.setBlockFormat(block(Qt::AlignLeft));
        left.insertText(tr("Nơi nhận:"), chars(12, true, true));
        for (const QString& item : st.recipients) {
            left.insertBlock(block(Qt::AlignLeft), chars(11));
            left.insertText(u"- "_s + item, chars(11));
        }
        QTextCursor right = t->cellAt(0, 1).firstCursorPosition();
        right.setBlockFormat(block(centre));
        bool first = true;
        for (const QString& line : {st.signerAuthority, st.signerTitle}) {
            if (line.trimmed().isEmpty())
                continue;
            if (!first)
                right.insertBlock(block(centre), chars(14, true));
            right.insertText(line.trimmed().toUpper(), chars(14, true));
            first = false;
        }
        // Room for the signature and the seal.
        right.insertBlock(block(centre, 72), chars(14, true));
        right.insertText(st.signerName.trimmed(), chars(14, true));
        c.movePosition(QTextCursor::End);
    }
}

void OfficialDocument::writeAppendix(QTextCursor& c, const WeeklyReport& r)
{
    for (const Table& table : appendixTables(r))
        writeTable(c, table);
}

QVector<Line> OfficialDocument::appendixHeading(const WeeklyReport& r)
{
    QString scope =
        tr("Số chữ ký số %1; lũy kế đến hết ngày %2.").arg(periodPhrase(r), decreeDate(r.to));
    const QString notice = provisionalNotice(r);
    if (!notice.isEmpty())
        scope += u' ' + notice;
    return {
        {tr("Phụ lục"), 14, true},
        {tr("KẾT QUẢ TRIỂN KHAI CHỮ KÝ SỐ CÔNG CỘNG THEO ĐƠN VỊ"), 13, true, false, 2},
        {tr("(Kèm theo Báo cáo số %1 ngày %2 của %3)")
             .arg(r.settings.documentNumber(r.documentNumber), decreeDate(r.madeOn), orgName(r)),
         13, false, true, 2},
        {scope, 12, false, true, 4, 2},
    };
}

QVector<Line> OfficialDocument::groupLead(const WeeklyReport& r, int g, bool newPage)
{
    // Right under the appendix's heading when the page is not a new one.
    Line title{ReportBuilder::groupTitle(r, g), 13, true, false, newPage ? 0.0 : 10.0};
    title.newPage = newPage;
    return {title,
            {tr("%1; lũy kế đến hết ngày %2.")
                 .arg(ReportBuilder::groupGoalRule(r.groups[g], true), decreeDate(r.to)),
             12, false, true, 2, 2}};
}

Table OfficialDocument::unitTable(const WeeklyReport& r)
{
    const Qt::Alignment centre = Qt::AlignHCenter;
    const int np = int(r.providers.size());
    Table t;
    // TT, unit, quota, one per provider, period total, cumulative, %, status.
    t.widths = {5, 22, 9};
    for (int p = 0; p <= np; ++p)
        t.widths << 30.0 / (np + 1);
    t.widths << 10 << 9 << 15;
    t.headerRows = 2;
    t.header = {{tr("TT"), 0, 0, 2}, {tr("Đơn vị"), 0, 1, 2}, {tr("Chỉ tiêu"), 0, 2, 2}};
    t.header.push_back({tr("Số chữ ký số trong kỳ"), 0, 3, 1, np + 1});
    for (int p = 0; p < np; ++p)
        t.header.push_back({r.providers[p], 1, 3 + p});
    t.header.push_back({tr("Cộng"), 1, 3 + np});
    t.header.push_back({tr("Lũy kế"), 0, 4 + np, 2});
    t.header.push_back({tr("% chỉ tiêu"), 0, 5 + np, 2});
    t.header.push_back({r.isFinal ? tr("Kết quả") : tr("Trạng thái"), 0, 6 + np, 2});
    t.rows = int(r.rows.size());
    t.align = {centre, Qt::AlignLeft, Qt::AlignRight};
    for (int p = 0; p <= np + 2; ++p)
        t.align << Qt::AlignRight;
    t.align << Qt::AlignLeft;
    t.cells = [&r, np](int i) {
        const Format fmt;
        const ReportRow& row = r.rows[i];
        QStringList cells{QString::number(row.number), row.name, fmt.count(row.quota)};
        for (int p = 0; p < np; ++p)
            cells << fmt.count(row.periodByProvider[p]);
        cells << fmt.count(row.period) << fmt.count(row.cumulative)
              << fmt.percent(row.percentOfQuota)
              << (r.isFinal ? verdict(row.quotaMet) : StatusText::label(row.status));
        return cells;
    };
    const Format fmt;
    t.total = {{tr("Tổng cộng"), 0, 0, 1, 2}, {fmt.count(r.goal), 0, 2, 1, 1, Qt::AlignRight}};
    for (int p = 0; p < np; ++p)
        t.total.push_back({fmt.count(r.periodByProvider[p]), 0, 3 + p, 1, 1, Qt::AlignRight});
    t.total.push_back({fmt.count(r.periodTotal), 0, 3 + np, 1, 1, Qt::AlignRight});
    t.total.push_back({fmt.count(r.cumulative), 0, 4 + np, 1, 1, Qt::AlignRight});
    t.total.push_back({fmt.percent(r.percentOfGoal), 0, 5 + np, 1, 1, Qt::AlignRight});
    t.total.push_back({r.isFinal ? verdict(r.totalMet) : StatusText::label(r.totalStatus), 0,
                       6 + np, 1, 1, Qt::AlignLeft});
    return t;
}

Table OfficialDocument::groupTable(const WeeklyReport& r, int g)
{
    const Qt::Alignment centre = Qt::AlignHCenter;
    Table t;
    t.widths = {6, 38, 14, 14, 14, 14};
    const QStringList titles = ReportBuilder::groupColumnTitles();
    for (int col = 0; col < titles.size(); ++col)
        t.header.push_back({titles[col], 0, col});
    t.rows = int(r.groups[g].units.size());
    t.align = {centre,         Qt::AlignLeft,  Qt::AlignRight,
               Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    t.cells = [&r, g](int i) { return ReportBuilder::groupRowCells(r, g, i); };
    const QStringList totals = ReportBuilder::groupTotalCells(r, g);
    t.total = {{totals[1], 0, 0, 1, 2}};
    for (int col = 2; col < totals.size(); ++col)
        t.total.push_back({totals[col], 0, col, 1, 1, t.align[col]});
    t.after = {{ReportBuilder::groupTotalNote(r.groups[g]), 11, false, true, 4, 0, Qt::AlignLeft}};
    return t;
}

std::vector<Table> OfficialDocument::appendixTables(const WeeklyReport& r)
{
    // The heading, then the per-unit table; each group's table begins a page
    // (the first one under the heading when there is no per-unit table).
    std::vector<Table> tables;
    if (!r.campaignEmpty) {
        tables.push_back(unitTable(r));
        tables.back().lead = appendixHeading(r);
    }
    for (int g = 0; g < r.groups.size(); ++g) {
        Table t = groupTable(r, g);
        const bool underHeading = tables.empty();
        t.lead = underHeading ? appendixHeading(r) : QVector<Line>{};
        t.lead << groupLead(r, g, !underHeading);
        tables.push_back(std::move(t));
    }
    return tables;
}

std::unique_ptr<QTextDocument> OfficialDocument::body(const WeeklyReport& r)
{
    return official::buildDocument(PageW, PageH, [&](QTextCursor& c) { writeBody(c, r); });
}

std::unique_ptr<QTextDocument> OfficialDocument::editable(const WeeklyReport& r)
{
    auto doc = official::buildDocument(
        PageW, PageH,
        [&](QTextCursor& c) {
            writeBody(c, r);
            if (hasAppendix(r)) {
                QTextBlockFormat b = block(Qt::AlignHCenter);
                b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.insertBlock(b, chars(BodyPt));
                writeAppendix(c, r);
            }
        },
        official::Use::Write);
    doc->setMetaInformation(QTextDocument::DocumentTitle, subject(r));
    return doc;
}

QByteArray OfficialDocument::odt(const WeeklyReport& r)
{
    const auto doc = editable(r);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        throw ReportError(tr("Không tạo được tệp văn bản OpenDocument."));
    return bytes;
}

} // namespace signtally
