// The official form of the report (Decree 30/2020/NĐ-CP, Appendix I): read
// back from the PDF with pdftotext/pdffonts, from the .odt with unzip, and
// checked against figures counted by hand from the tallies.
#include "cli/Cli.h"
#include "core/ProgressEngine.h"
#include "core/VnFormat.h"
#include "gui/report/ReportPage.h"
#include "gui/report/ReportSettingsDialog.h"
#include "models/CampaignSession.h"
#include "report/OfficialDocument.h"
#include "report/ReportCommand.h"
#include "report/ReportDocument.h"
#include "report/ReportExport.h"
#include "storage/CampaignStore.h"
#include "storage/ReportSettingsStore.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <gtest/gtest.h>
#include <numeric>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString& program, const QStringList& args)
{
    return test::toolOutput(program, args);
}

// The PDF's text, all pages (page 0) or one; pdftotext ends each page with \f.
QString pdfText(const QString& pdf, int page = 0, bool layout = true)
{
    QStringList args;
    if (layout)
        args << u"-layout"_s;
    const QString all = run(u"pdftotext"_s, args << pdf << u"-"_s);
    return page > 0 ? all.split(u'\f').value(page - 1) : all;
}

int pdfPages(const QString& pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString simplified(QString s)
{
    return s.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

// The body text of the PDF as one line: the page numbers at the top and the
// fingerprint at the bottom of each page taken out, so a paragraph that runs
// over a page break reads on.
QString pdfRunningText(const QString& pdf)
{
    QString all;
    const QStringList pages = pdfText(pdf, 0, false).split(u'\f');
    for (int page = 1; page <= pages.size(); ++page) {
        QStringList lines = pages[page - 1].split(u'\n');
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        if (page > 1 && !lines.isEmpty() && lines.first().trimmed() == QString::number(page))
            lines.removeFirst();
        lines.removeIf([](const QString& l) { return l.startsWith(u"Mã dữ liệu:"_s); });
        all += lines.join(u' ') + u' ';
    }
    return simplified(all);
}

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    Cli c;
    registerReportCommands(c);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = c.run(QStringList{u"signtally"_s} + args, o, e);
    return {code, out, err};
}

// The blocks of a document that are not inside a table, as plain lines.
QStringList paragraphsOutsideTables(const QTextDocument& doc)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (!QTextCursor(b).currentTable() && !b.text().trimmed().isEmpty())
            out << simplified(b.text());
    return out;
}

class OfficialReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file(u"demo.sqlite"_s);
        Seeder::createSeeded(path, true);
        db = Database::openExisting(path);
        data = CampaignStore(*db).loadDefault();
        // The demo leaves about 4 % of unit-days unreported: a 0 from the
        // first provider makes every day reported, so weeks are complete.
        QVector<TallyChange> zeros;
        for (int u = 0; u < data.tallies.units(); ++u)
            for (int d = 0; d < data.tallies.days(); ++d)
                if (!data.tallies.reported(u, d))
                    zeros.push_back(
                        {{data.units[u].id, data.campaign.start.addDays(d), data.providers[0].id},
                         0});
        EXPECT_FALSE(zeros.isEmpty());
        TallyStore(*db, data.campaign.id).apply(zeros, u"test"_s);
        CampaignStore(*db).reloadTallies(data);
    }
    ReportOptions options(QDate madeOn) const
    {
        ReportOptions o;
        o.madeOn = madeOn;
        o.auditHash = TallyStore(*db, data.campaign.id).latestAuditHash();
        o.settings = ReportSettingsStore::load(*db, data.campaign.id);
        return o;
    }
    // Removes every provider's count of a unit on a day.
    void clearDay(int unit, QDate day)
    {
        QVector<TallyChange> changes;
        for (const Provider& p : data.providers)
            changes.push_back({{data.units[unit].id, day, p.id}, std::nullopt});
        TallyStore(*db, data.campaign.id).apply(changes, u"test"_s);
        CampaignStore(*db).reloadTallies(data);
    }
    test::TempDir dir;
    QString path;
    std::unique_ptr<Database> db;
    CampaignData data;
};

} // namespace

TEST(OfficialText, DatesAsTheDecreeWritesThem)
{
    EXPECT_EQ(OfficialDocument::dateLine(u"Thái Nguyên"_s, QDate(2025, 8, 11)),
              u"Thái Nguyên, ngày 11 tháng 8 năm 2025"_s);
    EXPECT_EQ(OfficialDocument::dateLine(u"Thái Nguyên"_s, QDate(2025, 8, 4)),
              u"Thái Nguyên, ngày 04 tháng 8 năm 2025"_s);
    EXPECT_EQ(OfficialDocument::dateLine(u"Hà Nội"_s, QDate(2026, 2, 9)),
              u"Hà Nội, ngày 09 tháng 02 năm 2026"_s);
    EXPECT_EQ(OfficialDocument::dateLine(u"Hà Nội"_s, QDate(2026, 1, 10)),
              u"Hà Nội, ngày 10 tháng 01 năm 2026"_s);
    EXPECT_EQ(OfficialDocument::dateLine(u"Hà Nội"_s, QDate(2025, 12, 31)),
              u"Hà Nội, ngày 31 tháng 12 năm 2025"_s);
    EXPECT_EQ(OfficialDocument::decreeDate(QDate(2025, 8, 4), false), u"04/8"_s);
    EXPECT_EQ(OfficialDocument::decreeDate(QDate(2025, 8, 10)), u"10/8/2025"_s);
}

TEST_F(OfficialReportTest, TheWeekReadsBackAsAnAdministrativeDocumentInOrder)
{
    ReportOptions o = options(QDate(2025, 8, 11));
    o.narrative = ReportNarrative{};
    o.narrative->number = 12;
    o.narrative->assessment = u"Các đơn vị đã vào cuộc quyết liệt."_s;
    o.narrative->difficulties = u"Một số thôn vùng cao chưa có sóng di động."_s;
    o.narrative->proposals = u"Đề nghị UBND tỉnh chỉ đạo các nhà mạng hỗ trợ."_s;
    const WeeklyReport report = ReportBuilder::buildWeek(ProgressEngine(data), 2, o);
    EXPECT_FALSE(report.isProvisional());
    const QString pdf = dir.file(u"week2.pdf"_s);
    ReportExport::write(report, ReportFormat::Pdf, pdf);

    const QString text = pdfText(pdf);
    const QStringList inOrder{
        u"UBND TỈNH THÁI NGUYÊN"_s,
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"SỞ KHOA HỌC VÀ CÔNG NGHỆ"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s,
        u"Số: 12/BC-KHCN"_s,
        u"Thái Nguyên, ngày 11 tháng 8 năm 2025"_s,
        u"BÁO CÁO"_s,
        u"Kết quả triển khai chữ ký số công cộng tuần 2 (từ ngày 04/8 đến ngày 10/8/2025)"_s,
        u"Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên."_s,
        u"I. KẾT QUẢ TRIỂN KHAI"_s,
        u"Bảng 1. Kết quả theo đơn vị cấp chữ ký số"_s,
        u"II. ĐÁNH GIÁ"_s,
        u"Các đơn vị đã vào cuộc quyết liệt."_s,
        u"III. KHÓ KHĂN, VƯỚNG MẮC"_s,
        u"Một số thôn vùng cao chưa có sóng di động."_s,
        u"IV. ĐỀ XUẤT, KIẾN NGHỊ"_s,
        u"Đề nghị UBND tỉnh chỉ đạo các nhà mạng hỗ trợ."_s,
        u"./."_s,
        u"Nơi nhận:"_s,
        u"KT. GIÁM ĐỐC"_s,
        u"PHÓ GIÁM ĐỐC"_s,
        u"- Lưu: VT, CĐS."_s,
        u"Phụ lục"_s,
        u"KẾT QUẢ TRIỂN KHAI CHỮ KÝ SỐ CÔNG CỘNG THEO ĐƠN VỊ"_s,
        u"(Kèm theo Báo cáo số 12/BC-KHCN ngày 11/8/2025"_s,
        u"Xã Ba Bể"_s,
        u"Tổng cộng"_s,
        u"Biểu đồ 1."_s,
    };
    const QString flat = simplified(text); // the subject runs over two lines
    const QStringList pageTexts = text.split(u'\f');
    qsizetype at = 0;
    for (const QString& s : inOrder) {
        const qsizetype found = flat.indexOf(s, at);
        ASSERT_GE(found, 0) << "missing or out of order: " << s.toStdString() << "\n"
                            << flat.toStdString();
        at = found + s.size();
    }
    // The header's two columns share their lines: the bodies beside the motto,
    // the number beside the place and date.
    EXPECT_TRUE(text.contains(QRegularExpression(u"UBND TỈNH THÁI NGUYÊN\\s+CỘNG HÒA XÃ HỘI"_s)));
    EXPECT_TRUE(text.contains(
        QRegularExpression(u"Số: 12/BC-KHCN\\s+Thái Nguyên, ngày 11 tháng 8 năm 2025"_s)));
    // The body ends with "./." (the closing sentence), before the signature.
    EXPECT_TRUE(pdfRunningText(pdf).contains(
        u"Trên đây là báo cáo kết quả triển khai chữ ký số công cộng tuần 2 (từ ngày 04/8 đến "
        "ngày 10/8/2025) của Sở Khoa học và Công nghệ tỉnh Thái Nguyên./."_s));
    EXPECT_FALSE(text.contains(u"tạm tính"_s));

    // Page 1 has no number; page 2 has "2" alone on its first line; the
    // fingerprint is on every page.
    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 3);
    EXPECT_EQ(pages, ReportDocument(report).pageCount());
    auto firstLine = [&](int page) {
        for (const QString& l : pageTexts.value(page - 1).split(u'\n'))
            if (!l.trimmed().isEmpty())
                return l.trimmed();
        return QString();
    };
    EXPECT_TRUE(firstLine(1).startsWith(u"UBND TỈNH THÁI NGUYÊN"_s)) << firstLine(1).toStdString();
    for (int page = 2; page <= pages; ++page)
        EXPECT_EQ(firstLine(page), QString::number(page));
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(pageTexts.value(page - 1).contains(u"Mã dữ liệu: "_s + report.fingerprint));

    // A4; the appendix table on landscape pages.
    const QString info = run(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, QString::number(pages), pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(u"Page\\s+1 size:\\s+595(\\.\\d+)? x 84[12]"_s)))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(u"size:\\s+84[12](\\.\\d+)? x 595"_s)))
        << info.toStdString();

    // Only the bundled serif, embedded (regular, bold, italic, bold italic).
    const QStringList fonts = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(fonts.size(), 2 + 3);
    for (int i = 2; i < fonts.size(); ++i) {
        EXPECT_TRUE(fonts[i].contains(u"LiberationSerif"_s)) << fonts[i].toStdString();
        const QStringList f = fonts[i].split(u' ', Qt::SkipEmptyParts);
        ASSERT_GE(f.size(), 7);
        EXPECT_EQ(f[f.size() - 5], u"yes"_s) << "not embedded: " << fonts[i].toStdString();
    }
    EXPECT_TRUE(fonts.join(u'\n').contains(u"LiberationSerif-Italic"_s));
    EXPECT_TRUE(fonts.join(u'\n').contains(u"LiberationSerif-BoldItalic"_s));
}

// The appendix is painted table by table (OfficialAppendix): every unit's
// row once, in order, never split over a page; the header on every page the
// table runs onto; a name too long for its column wrapped inside its row,
// whole, with its figures beside it.
TEST_F(OfficialReportTest, TheAppendixRowsRunOverPagesUnderARepeatedHeaderNeverSplit)
{
    WeeklyReport report =
        ReportBuilder::buildWeek(ProgressEngine(data), 2, options(QDate(2025, 8, 11)));
    ASSERT_EQ(report.rows.size(), 37);
    const QString longName =
        u"Phường Đức Xuân mở rộng gồm các tổ dân phố Nam Đức, Bắc Đức, Đông Xuân và Tây Xuân"_s;
    report.rows[2].name = longName;
    const QString pdf = dir.file(u"appendix.pdf"_s);
    ReportExport::write(report, ReportFormat::Pdf, pdf);

    const QStringList pages = pdfText(pdf, 0, false).split(u'\f');
    const Format fmt;
    int appendixPages = 0;
    int nextRow = 1;
    QString longPage;
    for (const QString& page : pages) {
        if (!page.contains(u"Trạng thái"_s) || !page.contains(u"% chỉ tiêu"_s))
            continue; // not a page of the per-unit table
        ++appendixPages;
        // The header, with the providers under "Số chữ ký số trong kỳ".
        for (const QString& title :
             {u"TT"_s, u"Đơn vị"_s, u"Chỉ tiêu"_s, u"Số chữ ký số trong kỳ"_s, u"Viettel"_s,
              u"VNPT"_s, u"Cộng"_s, u"Lũy kế"_s})
            EXPECT_TRUE(page.contains(title))
                << "page " << appendixPages << ": " << title.toStdString();
        // The rows on this page: whole, continuing from the last page's.
        const QStringList lines = page.split(u'\n');
        for (const QString& line : lines) {
            if (line.trimmed() != QString::number(nextRow))
                continue;
            const ReportRow& row = report.rows[nextRow - 1];
            if (nextRow == 3)
                longPage = page;
            else
                EXPECT_TRUE(page.contains(row.name)) << row.name.toStdString();
            EXPECT_TRUE(page.contains(fmt.count(row.cumulative)));
            ++nextRow;
        }
    }
    EXPECT_GE(appendixPages, 2);
    EXPECT_EQ(nextRow, 38) << "rows read back in order up to " << nextRow - 1;
    EXPECT_TRUE(simplified(longPage).contains(longName)) << simplified(longPage).toStdString();
    EXPECT_EQ(pdfRunningText(pdf).count(u"Tổng cộng"_s), 2); // Bảng 1's and the appendix's
}

// The progress sentence of section I counts every unit once: on track, at
// risk, behind and (when there are any) with no figures yet add up to all.
TEST_F(OfficialReportTest, TheProgressSentenceCountsEveryUnit)
{
    WeeklyReport report = ReportBuilder::buildWeek(ProgressEngine(data), 2, options({2025, 8, 11}));
    const QRegularExpression sentence(
        u"Về tiến độ: (\\d+)/(\\d+) đơn vị đúng tiến độ, (\\d+) đơn vị có nguy cơ chậm, (\\d+) "
        "đơn vị chậm tiến độ(?:, (\\d+) đơn vị chưa có số liệu)?\\."_s);
    auto addsUp = [&](const WeeklyReport& r) {
        const QString body = OfficialDocument::body(r)->toPlainText().simplified();
        const QRegularExpressionMatch m = sentence.match(body);
        EXPECT_TRUE(m.hasMatch()) << body.toStdString();
        const int sum = m.captured(1).toInt() + m.captured(3).toInt() + m.captured(4).toInt() +
                        m.captured(5).toInt();
        EXPECT_EQ(sum, m.captured(2).toInt()) << m.captured(0).toStdString();
        EXPECT_EQ(m.captured(2).toInt(), r.rows.size());
        return m.captured(5).toInt();
    };
    EXPECT_EQ(addsUp(report), report.noData);
    // One unit without a figure yet (as on the demo's first days).
    report.noData += 1;
    report.onTrack -= 1;
    EXPECT_EQ(addsUp(report), report.noData);
}

TEST_F(OfficialReportTest, PerProviderCountsAddUpToThePeriodAndMatchTheTallies)
{
    const WeeklyReport r =
        ReportBuilder::buildWeek(ProgressEngine(data), 3, options({2025, 8, 20}));
    const int np = int(data.providers.size());
    ASSERT_EQ(r.providers.size(), np);
    ASSERT_GE(np, 2);
    EXPECT_EQ(r.providers[0], u"Viettel"_s);
    EXPECT_EQ(r.providers[1], u"VNPT"_s);
    // By hand from the matrix: 11/08..17/08, and everything up to 17/08.
    const CampaignCalendar cal(data.campaign.start, data.campaign.end);
    QVector<qint64> byHand(np, 0), cumulative(np, 0);
    for (int u = 0; u < data.tallies.units(); ++u)
        for (int d = 0; d <= cal.dayIndex({2025, 8, 17}); ++d)
            for (int p = 0; p < np; ++p) {
                const qint64 v = data.tallies.value(u, d, p).value_or(0);
                cumulative[p] += v;
                if (d >= cal.dayIndex({2025, 8, 11}))
                    byHand[p] += v;
            }
    EXPECT_EQ(r.periodByProvider, byHand);
    EXPECT_EQ(r.cumulativeByProvider, cumulative);
    EXPECT_EQ(std::accumulate(byHand.begin(), byHand.end(), qint64(0)), r.periodTotal);
    EXPECT_EQ(std::accumulate(cumulative.begin(), cumulative.end(), qint64(0)), r.cumulative);
    for (const ReportRow& row : r.rows)
        EXPECT_EQ(
            std::accumulate(row.periodByProvider.begin(), row.periodByProvider.end(), qint64(0)),
            row.period)
            << row.name.toStdString();

    // Bảng 1 of the PDF says the same, and its total row adds up.
    const QString pdf = dir.file(u"w3.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    const Format fmt;
    const QString text = pdfText(pdf);
    auto esc = [&](qint64 n) { return QRegularExpression::escape(fmt.count(n)); };
    for (int p = 0; p < np; ++p)
        EXPECT_TRUE(text.contains(QRegularExpression(u"\\n\\s*%1\\s+%2\\s+%3\\s"_s.arg(
            QRegularExpression::escape(r.providers[p]), esc(byHand[p]), esc(cumulative[p])))))
            << r.providers[p].toStdString() << "\n"
            << text.toStdString();
    EXPECT_TRUE(text.contains(
        QRegularExpression(u"Tổng cộng\\s+%1\\s+%2"_s.arg(esc(r.periodTotal), esc(r.cumulative)))));

    // The spreadsheet and the CSV carry a column per provider.
    const QByteArray csv = ReportExport::csv(r);
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u'\n', Qt::SkipEmptyParts);
    QStringList titles, totals;
    for (int p = 0; p < np; ++p) {
        titles << u"Kỳ này: "_s + r.providers[p];
        totals << QString::number(byHand[p]);
    }
    EXPECT_TRUE(lines[0].endsWith(u","_s + titles.join(u','))) << lines[0].toStdString();
    EXPECT_TRUE(lines.last().endsWith(u","_s + totals.join(u','))) << lines.last().toStdString();
}

TEST_F(OfficialReportTest, ProvisionalWhenThePeriodRunsPastToday)
{
    // Week 3 made on Wednesday 13/08: every unit has reported up to today.
    const WeeklyReport r =
        ReportBuilder::buildWeek(ProgressEngine(data), 3, options({2025, 8, 13}));
    EXPECT_TRUE(r.pastToday);
    EXPECT_FALSE(r.pastLatestReport); // the demo has counts for every day
    EXPECT_EQ(r.unitsIncomplete, 0);
    EXPECT_EQ(OfficialDocument::provisionalNotice(r), u"Số liệu tạm tính đến ngày 13/8/2025."_s);
    EXPECT_EQ(ReportBuilder::suggestedBaseName(r), u"bao-cao-tuan-3-tam-tinh"_s);
    const QString pdf = dir.file(u"p1.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    EXPECT_TRUE(pdfText(pdf, 1).contains(u"Số liệu tạm tính đến ngày 13/8/2025."_s));
}

TEST_F(OfficialReportTest, ProvisionalWhenThePeriodRunsPastTheLastReportedDay)
{
    // Nothing reported after 12/08; the report is made on 20/08.
    QVector<TallyChange> changes;
    for (const Unit& u : data.units)
        for (QDate d(2025, 8, 13); d <= data.campaign.end; d = d.addDays(1))
            for (const Provider& p : data.providers)
                changes.push_back({{u.id, d, p.id}, std::nullopt});
    TallyStore(*db, data.campaign.id).apply(changes, u"test"_s);
    CampaignStore(*db).reloadTallies(data);
    const WeeklyReport r =
        ReportBuilder::buildWeek(ProgressEngine(data), 3, options({2025, 8, 20}));
    EXPECT_FALSE(r.pastToday);
    EXPECT_TRUE(r.pastLatestReport);
    EXPECT_EQ(r.latestReported, QDate(2025, 8, 12));
    EXPECT_EQ(r.unitsIncomplete, 0); // all reported 11 and 12/08
    EXPECT_EQ(OfficialDocument::provisionalNotice(r), u"Số liệu tạm tính đến ngày 12/8/2025."_s);
    EXPECT_TRUE(ReportBuilder::suggestedBaseName(r).endsWith(u"-tam-tinh"_s));
    const QString pdf = dir.file(u"p2.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    EXPECT_TRUE(pdfText(pdf, 1).contains(u"Số liệu tạm tính đến ngày 12/8/2025."_s));
    // Week 2 is complete and past: final figures.
    const WeeklyReport w2 =
        ReportBuilder::buildWeek(ProgressEngine(data), 2, options({2025, 8, 20}));
    EXPECT_FALSE(w2.isProvisional());
}

TEST_F(OfficialReportTest, ProvisionalWhenSomeUnitsHaveNotReportedEveryDay)
{
    clearDay(4, QDate(2025, 8, 6));
    clearDay(9, QDate(2025, 8, 10));
    const WeeklyReport r =
        ReportBuilder::buildWeek(ProgressEngine(data), 2, options({2025, 8, 20}));
    EXPECT_FALSE(r.pastToday);
    EXPECT_FALSE(r.pastLatestReport);
    EXPECT_EQ(r.unitsIncomplete, 2);
    EXPECT_EQ(r.rows[4].daysReported, 6);
    EXPECT_EQ(OfficialDocument::provisionalNotice(r),
              u"Số liệu tạm tính đến ngày 10/8/2025; 2 đơn vị chưa báo cáo đủ."_s);
    EXPECT_EQ(ReportBuilder::suggestedBaseName(r), u"bao-cao-tuan-2-tam-tinh"_s);
    const QString pdf = dir.file(u"p3.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    EXPECT_TRUE(simplified(pdfText(pdf, 1))
                    .contains(u"Số liệu tạm tính đến ngày 10/8/2025; 2 đơn vị chưa báo cáo đủ."_s));
    // One provider alone still counts as the unit's report for the day.
    const WeeklyReport w1 =
        ReportBuilder::buildWeek(ProgressEngine(data), 1, options({2025, 8, 20}));
    EXPECT_FALSE(w1.isProvisional());
}

TEST_F(OfficialReportTest, NeverProvisionalOnACompletePastWeek)
{
    for (int week = 1; week <= 5; ++week) {
        const WeeklyReport r =
            ReportBuilder::buildWeek(ProgressEngine(data), week, options({2025, 9, 1}));
        EXPECT_FALSE(r.isProvisional()) << week;
        EXPECT_EQ(OfficialDocument::provisionalNotice(r), QString()) << week;
        EXPECT_FALSE(ReportBuilder::suggestedBaseName(r).contains(u"tam-tinh"_s));
    }
    // The last day of the week itself is not "past today".
    const WeeklyReport r =
        ReportBuilder::buildWeek(ProgressEngine(data), 2, options({2025, 8, 10}));
    EXPECT_FALSE(r.isProvisional());
    const QString pdf = dir.file(u"final.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    EXPECT_FALSE(pdfText(pdf).contains(u"tạm tính"_s));
}

TEST(OfficialReport, WholeCampaignOnceEndedSaysMetOrNotMetWithHandCheckedCounts)
{
    test::TempDir dir;
    const QString path = dir.file(u"final.sqlite"_s);
    auto db = Seeder::createSeeded(path, false);
    CampaignData data = CampaignStore(*db).loadDefault();
    // Units 1–3 reach their quota exactly (one over), unit 4 falls one short;
    // the other 33 report zero every day so nothing is provisional.
    QVector<TallyChange> changes;
    for (int u = 0; u < data.units.size(); ++u)
        for (QDate d = data.campaign.start; d <= data.campaign.end; d = d.addDays(1))
            changes.push_back({{data.units[u].id, d, data.providers[0].id}, 0});
    auto set = [&](int u, qint64 count) {
        changes.push_back({{data.units[u].id, QDate(2025, 8, 20), data.providers[1].id}, count});
    };
    set(0, data.units[0].quota);
    set(1, data.units[1].quota + 1);
    set(2, data.units[2].quota);
    set(3, data.units[3].quota - 1);
    TallyStore(*db, data.campaign.id).apply(changes, u"test"_s);
    CampaignStore(*db).reloadTallies(data);
    ReportOptions o;
    o.settings = ReportSettingsStore::load(*db, data.campaign.id);

    // The report's day is the engine's today (as `signtally report --date`).
    o.madeOn = QDate(2025, 8, 28); // the last day: not ended yet
    const FixedClock lastDay(o.madeOn);
    const WeeklyReport open = ReportBuilder::build(ProgressEngine(data, lastDay),
                                                   data.campaign.start, data.campaign.end, o);
    EXPECT_FALSE(open.isFinal);
    EXPECT_NE(open.rows[3].status, Status::NotMet); // a pace status, not a verdict
    o.madeOn = QDate(2025, 8, 29);
    const FixedClock dayAfter(o.madeOn);
    const ProgressEngine engine(data, dayAfter);
    EXPECT_FALSE(ReportBuilder::buildWeek(engine, 5, o).isFinal); // not the whole campaign

    const WeeklyReport r = ReportBuilder::build(engine, data.campaign.start, data.campaign.end, o);
    ASSERT_TRUE(r.isFinal);
    EXPECT_FALSE(r.isProvisional());
    EXPECT_EQ(r.unitsMet, 3);
    EXPECT_FALSE(r.totalMet);
    EXPECT_TRUE(r.rows[0].quotaMet);
    EXPECT_TRUE(r.rows[1].quotaMet);
    EXPECT_TRUE(r.rows[2].quotaMet);
    EXPECT_FALSE(r.rows[3].quotaMet);
    EXPECT_FALSE(r.rows[4].quotaMet);
    EXPECT_EQ(ReportBuilder::suggestedBaseName(r), u"bao-cao-20250728-20250828-ket-qua-cuoi"_s);

    const QString pdf = dir.file(u"final.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    const QString running = pdfRunningText(pdf);
    EXPECT_TRUE(running.contains(u"Có 3/37 đơn vị đạt chỉ tiêu được giao, 34 đơn vị không đạt."_s))
        << running.toStdString();
    EXPECT_TRUE(running.contains(u": Không đạt mục tiêu."_s));
    const QString text = pdfText(pdf);
    const Format fmt;
    auto line = [&](int u) {
        const QString name = QRegularExpression::escape(data.units[u].name);
        const QRegularExpressionMatch m =
            QRegularExpression(u"^\\s*%1\\s+%2\\s.*$"_s.arg(u + 1).arg(name),
                               QRegularExpression::MultilineOption)
                .match(text);
        return m.hasMatch() ? m.captured(0) : QString();
    };
    EXPECT_TRUE(line(0).trimmed().endsWith(u" Đạt"_s)) << line(0).toStdString();
    EXPECT_TRUE(line(1).trimmed().endsWith(u" Đạt"_s)) << line(1).toStdString();
    EXPECT_TRUE(line(3).trimmed().endsWith(u"Không đạt"_s)) << line(3).toStdString();
    EXPECT_TRUE(line(36).trimmed().endsWith(u"Không đạt"_s)) << line(36).toStdString();
    EXPECT_EQ(text.count(QRegularExpression(u"\\s(?<!Không )Đạt\\s*$"_s,
                                            QRegularExpression::MultilineOption)),
              3);
    EXPECT_TRUE(text.contains(QRegularExpression(u"Tổng cộng\\s.*Không đạt"_s)));
    EXPECT_FALSE(text.contains(u"Chậm tiến độ"_s)); // no pace status once it has ended

    // Every unit at its quota: all met, and the total.
    changes.clear();
    for (int u = 0; u < data.units.size(); ++u)
        changes.push_back(
            {{data.units[u].id, QDate(2025, 8, 20), data.providers[1].id}, data.units[u].quota});
    TallyStore(*db, data.campaign.id).apply(changes, u"test"_s);
    CampaignStore(*db).reloadTallies(data);
    const WeeklyReport all = ReportBuilder::build(ProgressEngine(data, dayAfter),
                                                  data.campaign.start, data.campaign.end, o);
    EXPECT_EQ(all.unitsMet, 37);
    EXPECT_TRUE(all.totalMet);
    EXPECT_TRUE(OfficialDocument::resultParagraphs(all).join(u' ').contains(
        u"Có 37/37 đơn vị đạt chỉ tiêu được giao, 0 đơn vị không đạt."_s));
}

TEST(OfficialReport, AnEmptyCampaignSaysThereAreNoFiguresInsteadOfPagesOfZeros)
{
    test::TempDir dir;
    const QString path = dir.file(u"empty.sqlite"_s);
    {
        auto db = Seeder::createSeeded(path, false);
    }
    const QString pdf = dir.file(u"empty.pdf"_s);
    const CliRun r = cli({u"report"_s, u"--db"_s, path, u"--week"_s, u"2"_s, u"--out"_s, pdf,
                          u"--date"_s, u"11/08/2025"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = simplified(pdfText(pdf));
    EXPECT_TRUE(text.contains(u"Đến hết ngày 10/8/2025 chưa có số liệu"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Phụ lục"_s));
    EXPECT_FALSE(text.contains(u"Xã Ba Bể"_s));
    EXPECT_LE(pdfPages(pdf), 2);
    EXPECT_TRUE(r.out.contains(u"Số liệu tạm tính"_s)); // nothing reported at all yet
}

TEST_F(OfficialReportTest, TheOdtHoldsTheSameTextAsThePdf)
{
    const QString odt = dir.file(u"w2.odt"_s);
    const QString pdf = dir.file(u"w2.pdf"_s);
    for (const QString& out : {odt, pdf}) {
        const CliRun r = cli({u"report"_s, u"--db"_s, path, u"--week"_s, u"2"_s, u"--out"_s, out,
                              u"--date"_s, u"11/08/2025"_s, u"--signer-name"_s, u"Nguyễn Văn A"_s});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    ASSERT_TRUE(content.contains(u"office:document-content"_s));
    // Text of the OpenDocument: paragraphs, spaces (<text:s text:c="n"/>), no tags.
    content.replace(QRegularExpression(u"<text:s text:c=\"(\\d+)\"/>"_s), u" "_s)
        .replace(u"<text:s/>"_s, u" "_s)
        .replace(QRegularExpression(u"</text:(p|h)>"_s), u"\n"_s)
        .replace(QRegularExpression(u"<[^>]+>"_s), QString());
    content.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
    const QString odtText = simplified(content);

    const CampaignData d = CampaignStore(*db).loadDefault();
    ReportOptions o = options({2025, 8, 11});
    o.settings.signerName = u"Nguyễn Văn A"_s;
    const WeeklyReport report = ReportBuilder::buildWeek(ProgressEngine(d), 2, o);
    const auto editable = OfficialDocument::editable(report);
    const QString running = pdfRunningText(pdf);
    int compared = 0;
    for (const QString& p : paragraphsOutsideTables(*editable)) {
        EXPECT_TRUE(odtText.contains(p)) << "not in the .odt: " << p.toStdString();
        ++compared;
    }
    // (A justified line may break after "/", which pdftotext reads as a
    // space: compared without any white space.)
    const QString runningTight = QString(running).remove(u' ');
    for (const QString& p : paragraphsOutsideTables(*OfficialDocument::body(report)))
        EXPECT_TRUE(runningTight.contains(QString(p).remove(u' ')))
            << "not in the PDF: " << p.toStdString();
    EXPECT_GE(compared, 12);
    for (const QString& s : {u"Nguyễn Văn A"_s, u"- Lưu: VT, CĐS."_s, u"Xã Ba Bể"_s,
                             u"Thái Nguyên, ngày 11 tháng 8 năm 2025"_s, u"./."_s})
        EXPECT_TRUE(odtText.contains(s)) << s.toStdString();
}

TEST_F(OfficialReportTest, SettingsAndNarrativesAreKeptInTheFile)
{
    // The built-in campaign starts with its plan's values.
    ReportSettings s = ReportSettingsStore::load(*db, data.campaign.id);
    EXPECT_EQ(s.parentBody, u"UBND TỈNH THÁI NGUYÊN"_s);
    EXPECT_EQ(s.issuingBody, u"SỞ KHOA HỌC VÀ CÔNG NGHỆ"_s);
    EXPECT_EQ(s.signerAuthority, u"KT. GIÁM ĐỐC"_s);
    EXPECT_EQ(s.recipients.size(), 9);
    EXPECT_EQ(s.recipients.last(), u"Lưu: VT, CĐS."_s);
    EXPECT_EQ(s.documentNumber(std::nullopt), u"        /BC-KHCN"_s);
    EXPECT_EQ(s.documentNumber(7), u"7/BC-KHCN"_s);

    // Bad values are refused and nothing changes.
    ReportSettings bad = s;
    bad.issuingBody = u"  "_s;
    EXPECT_THROW(ReportSettingsStore::save(*db, data.campaign.id, bad), StorageError);
    bad = s;
    bad.numberPattern = u"{n}/{n}"_s;
    EXPECT_THROW(ReportSettingsStore::save(*db, data.campaign.id, bad), StorageError);
    EXPECT_EQ(ReportSettingsStore::load(*db, data.campaign.id), s);

    s.nextNumber = 41;
    s.signerName = u"Trần Thị B"_s;
    ReportSettingsStore::save(*db, data.campaign.id, s);
    EXPECT_EQ(ReportSettingsStore::load(*db, data.campaign.id), s);

    // The first save of a period takes the next number; saving it again keeps it.
    EXPECT_FALSE(
        ReportSettingsStore::narrativeFor(*db, data.campaign.id, {2025, 8, 4}, {2025, 8, 10}));
    ReportNarrative n;
    n.from = QDate(2025, 8, 4);
    n.to = QDate(2025, 8, 10);
    n.assessment = u"Đánh giá tuần 2."_s;
    n.proposals = u"Đề xuất tuần 2."_s;
    const ReportNarrative saved =
        ReportSettingsStore::saveNarrative(*db, data.campaign.id, n, u"lan"_s);
    EXPECT_EQ(saved.number, 41);
    EXPECT_EQ(ReportSettingsStore::load(*db, data.campaign.id).nextNumber, 42);
    n.assessment = u"Đánh giá tuần 2, sửa lại."_s;
    EXPECT_EQ(ReportSettingsStore::saveNarrative(*db, data.campaign.id, n, u"lan"_s).number, 41);
    EXPECT_EQ(ReportSettingsStore::load(*db, data.campaign.id).nextNumber, 42);

    // Week 3 starts from week 2's text, without its number.
    const auto prefilled =
        ReportSettingsStore::narrativeFor(*db, data.campaign.id, {2025, 8, 11}, {2025, 8, 17});
    ASSERT_TRUE(prefilled);
    EXPECT_EQ(prefilled->assessment, u"Đánh giá tuần 2, sửa lại."_s);
    EXPECT_EQ(prefilled->from, QDate(2025, 8, 11));
    EXPECT_FALSE(prefilled->number);
    EXPECT_TRUE(prefilled->savedAt.isEmpty());

    // `signtally report` prints what was saved for the period, and its number.
    const QString pdf = dir.file(u"w2.pdf"_s);
    db.reset();
    const CliRun r = cli({u"report"_s, u"--db"_s, path, u"--week"_s, u"2"_s, u"--out"_s, pdf,
                          u"--date"_s, u"11/08/2025"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"Số: 41/BC-KHCN"_s));
    EXPECT_TRUE(text.contains(u"Đánh giá tuần 2, sửa lại."_s));
    EXPECT_TRUE(text.contains(u"Trần Thị B"_s));

    // --save-settings stores options in the file; bad ones are refused.
    const CliRun saveRun = cli({u"report"_s, u"--db"_s, path, u"--week"_s, u"2"_s, u"--out"_s, pdf,
                                u"--signer-name"_s, u"Lê Văn C"_s, u"--recipient"_s, u"Như trên;"_s,
                                u"--recipient"_s, u"Lưu: VT."_s, u"--save-settings"_s});
    ASSERT_EQ(saveRun.code, 0) << saveRun.err.toStdString();
    auto reopened = Database::openExisting(path);
    const ReportSettings after = ReportSettingsStore::load(*reopened, data.campaign.id);
    EXPECT_EQ(after.signerName, u"Lê Văn C"_s);
    EXPECT_EQ(after.recipients, (QStringList{u"Như trên;"_s, u"Lưu: VT."_s}));
    reopened.reset();
    const CliRun badRun =
        cli({u"report"_s, u"--db"_s, path, u"--week"_s, u"2"_s, u"--out"_s, dir.file(u"bad.pdf"_s),
             u"--next-number"_s, u"-3"_s, u"--save-settings"_s});
    EXPECT_EQ(badRun.code, 2);
    EXPECT_TRUE(badRun.err.contains(u"--next-number"_s)) << badRun.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.file(u"bad.pdf"_s)));
}

TEST_F(OfficialReportTest, TheReportScreenKeepsTheTextAndTheSettings)
{
    db.reset();
    const FixedClock clock(QDate(2025, 8, 13));
    CampaignSession session(Database::openExisting(path), clock);
    ReportPage page(&session);
    ASSERT_NE(page.currentReport(), nullptr);
    EXPECT_EQ(page.currentReport()->week, 2);
    page.narrativeEdit(0)->setPlainText(u"Tuần 2 đạt kết quả tốt."_s);
    page.narrativeEdit(2)->setPlainText(u"Đề nghị tiếp tục hỗ trợ."_s);
    EXPECT_EQ(page.saveNarrative(), QString());
    EXPECT_EQ(page.currentReport()->assessment, u"Tuần 2 đạt kết quả tốt."_s);
    const auto stored = ReportSettingsStore::narrative(
        session.database(), session.data().campaign.id, {2025, 8, 4}, {2025, 8, 10});
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->proposals, u"Đề nghị tiếp tục hỗ trợ."_s);

    // Week 3 (not over on 13/08) opens with week 2's words, and is provisional.
    page.selectWeek(3);
    EXPECT_EQ(page.narrativeEdit(0)->toPlainText(), u"Tuần 2 đạt kết quả tốt."_s);
    ASSERT_NE(page.currentReport(), nullptr);
    EXPECT_TRUE(page.currentReport()->isProvisional());
    EXPECT_TRUE(QFileInfo(page.suggestedFileName(u"pdf"_s)).fileName() ==
                u"bao-cao-tuan-3-tam-tinh.pdf"_s);

    // The editable copy from the screen.
    const QString odt = dir.file(u"screen.odt"_s);
    EXPECT_EQ(page.exportTo(odt), QString());
    EXPECT_GT(QFileInfo(odt).size(), 1000);

    // The settings dialog saves to the file and the preview follows it.
    ReportSettingsDialog dialog(&session);
    ReportSettings s = dialog.settings();
    EXPECT_EQ(s.issuingBody, u"SỞ KHOA HỌC VÀ CÔNG NGHỆ"_s);
    s.signerName = u"Phạm Văn D"_s;
    s.issuingBody.clear();
    dialog.setSettings(s);
    EXPECT_FALSE(dialog.apply());
    EXPECT_TRUE(dialog.errorText().contains(u"Cơ quan ban hành"_s));
    s.issuingBody = u"SỞ KHOA HỌC VÀ CÔNG NGHỆ"_s;
    dialog.setSettings(s);
    EXPECT_TRUE(dialog.apply());
    page.selectWeek(2);
    EXPECT_EQ(page.currentReport()->settings.signerName, u"Phạm Văn D"_s);
}
