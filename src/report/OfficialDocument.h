#pragma once

#include "report/OfficialText.h"
#include "report/WeeklyReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QTextFormat>
#include <memory>
#include <vector>

class QTextCursor;
class QTextDocument;

namespace signtally {

// Registers the bundled Liberation Serif (regular, bold, italic, bold italic;
// metric-compatible with Times New Roman) once and returns its family.
QString officialFontFamily();

// The report as an administrative document in the form of Decree
// 30/2020/NĐ-CP, Appendix I: the heading (issuing body, number, national motto,
// place and date), "BÁO CÁO" and its subject, "Kính gửi", sections I–IV, "./.",
// the signature beside "Nơi nhận", then "Phụ lục": the table per unit.
// The text is written once into QTextDocuments; the PDF paints their pages
// (ReportDocument) and the editable copy (.odt) is the same documents.
class OfficialDocument
{
    Q_DECLARE_TR_FUNCTIONS(OfficialDocument)
public:
    // Page geometry in points: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm.
    static constexpr double MarginTop = 56.69;
    static constexpr double MarginBottom = 56.69;
    static constexpr double MarginLeft = 85.04;
    static constexpr double MarginRight = 42.52;
    static constexpr double BodyPt = 14;

    // A block with this property (a fraction of its text's width) has a rule
    // drawn under it, centred: under the issuing body, the motto, the subject.
    static constexpr int RuleUnder = QTextFormat::UserProperty + 1;

    // "Thái Nguyên, ngày 11 tháng 8 năm 2025" (a leading zero for days below
    // 10 and months 1 and 2).
    static QString dateLine(const QString& place, QDate date);
    // "04/8/2025", "04/8": a date as the decree writes it.
    static QString decreeDate(QDate date, bool withYear = true);
    // "tuần 2 (từ ngày 04/8 đến ngày 10/8/2025)", "từ ngày … đến ngày …", "toàn đợt (…)".
    static QString periodPhrase(const WeeklyReport& r);
    // "Kết quả triển khai chữ ký số công cộng tuần 2 (từ ngày 04/8 đến ngày 10/8/2025)".
    static QString subject(const WeeklyReport& r);
    // "Số liệu tạm tính đến ngày …; … đơn vị chưa báo cáo đủ." — empty when the figures are final.
    static QString provisionalNotice(const WeeklyReport& r);
    // Section I in sentences made from the figures.
    static QStringList resultParagraphs(const WeeklyReport& r);
    // "Đạt" / "Không đạt".
    static QString verdict(bool met);
    // The target groups' results, one paragraph each after an introduction;
    // none for a campaign without groups.
    static QStringList groupParagraphs(const WeeklyReport& r);
    // Whether the report has an appendix: a per-unit table (an empty campaign
    // has none) or a target group that has counted someone.
    static bool hasAppendix(const WeeklyReport& r)
    {
        return !r.campaignEmpty || r.anyGroupCounted();
    }

    // The main text, laid out for A4 portrait pages (content box in points).
    static std::unique_ptr<QTextDocument> body(const WeeklyReport& r);
    // The appendix's tables in their order, each with what comes before
    // and after it: the per-unit table under the appendix's heading, then
    // one per target group, each on a page of its own. The PDF paints them
    // (OfficialAppendix); the editable copy holds them as text tables.
    static std::vector<official::Table> appendixTables(const WeeklyReport& r);
    // Both in one document with a page break between them: the editable copy,
    // for writing out only (not laid out, so not for painting).
    static std::unique_ptr<QTextDocument> editable(const WeeklyReport& r);
    // The editable copy as OpenDocument text (QTextDocumentWriter).
    static QByteArray odt(const WeeklyReport& r);

    static void writeBody(QTextCursor& cursor, const WeeklyReport& r);
    // The appendix as text: its tables (appendixTables) one after another.
    static void writeAppendix(QTextCursor& cursor, const WeeklyReport& r);
    // The appendix's title and scope lines.
    static QVector<official::Line> appendixHeading(const WeeklyReport& r);
    // Group `g`'s name and goal rule; with `newPage` at the top of a page.
    static QVector<official::Line> groupLead(const WeeklyReport& r, int g, bool newPage);
    // The per-unit table of the whole population: TT, unit, quota, the
    // period's count per provider and their sum, cumulative, % of quota,
    // status (or verdict once final); its total row.
    static official::Table unitTable(const WeeklyReport& r);
    // Group `g`'s table: a row per unit, its total and the note on what it sums.
    static official::Table groupTable(const WeeklyReport& r, int g);
};

} // namespace signtally
