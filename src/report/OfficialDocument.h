#pragma once

#include "report/WeeklyReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QTextFormat>
#include <memory>
#include <vector>

class QTextCursor;
class QTextDocument;
class QTextTable;

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
    // The per-unit table for A4 landscape pages.
    static std::unique_ptr<QTextDocument> appendix(const WeeklyReport& r);
    // The same pages as appendix()'s, made as a run of small documents: each
    // holds a table's rows from where the previous one stopped (header
    // repeated) and gives its first page; a table's last one, with its total,
    // gives all of its pages. The per-unit table and each target group's
    // table are split so. One document of a 3.000-row table costs Qt time in
    // proportion to the rows for every page painted.
    struct AppendixPart
    {
        std::unique_ptr<QTextDocument> doc;
        int pages = 1; // the pages of `doc` that are the appendix's
    };
    static std::vector<AppendixPart> appendixParts(const WeeklyReport& r);
    // Both in one document with a page break between them: the editable copy,
    // for writing out only (not laid out, so not for painting).
    static std::unique_ptr<QTextDocument> editable(const WeeklyReport& r);
    // The editable copy as OpenDocument text (QTextDocumentWriter).
    static QByteArray odt(const WeeklyReport& r);

    static void writeBody(QTextCursor& cursor, const WeeklyReport& r);
    static void writeAppendix(QTextCursor& cursor, const WeeklyReport& r);
    // The appendix's title and scope lines.
    static void writeAppendixHeading(QTextCursor& cursor, const WeeklyReport& r);
    // The per-unit table of the whole population.
    static void writeUnitTable(QTextCursor& cursor, const WeeklyReport& r);
    // Its header, units [from, to) and, with `total`, its total row.
    static QTextTable* writeUnitTable(QTextCursor& cursor, const WeeklyReport& r, int from, int to,
                                      bool total);
    // One section per target group, each on a page of its own: its name, its
    // goal rule, a table per unit and the group's total.
    static void writeGroupSections(QTextCursor& cursor, const WeeklyReport& r, bool breakFirst);
    // Group `g`'s name and goal rule; with `newPage` at the top of a page
    // (a page break before it unless it begins the document).
    static void writeGroupLead(QTextCursor& cursor, const WeeklyReport& r, int g, bool newPage);
    // Group `g`'s table: its header, units [from, to) and, with `total`, its
    // total row and the note on what it sums.
    static QTextTable* writeGroupTable(QTextCursor& cursor, const WeeklyReport& r, int g, int from,
                                       int to, bool total);
};

} // namespace signtally
