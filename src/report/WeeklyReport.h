#pragma once

#include "core/ProgressEngine.h"
#include "storage/ReportSettingsStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>
#include <optional>
#include <stdexcept>

namespace signtally {

// A report that cannot be made (bad week, dates outside the campaign…) or
// written; message() is one translated sentence for the user.
class ReportError : public std::runtime_error
{
public:
    explicit ReportError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// One unit's line of the report. Cumulative figures are as of the period's
// last day, exactly as ProgressEngine::snapshot gives them.
struct ReportRow
{
    int unitIndex = -1;
    int number = 0;
    QString name;
    qint64 adults = 0;
    qint64 quota = 0;
    qint64 period = 0;     // counted in the period
    qint64 cumulative = 0; // up to and including the period's last day
    double percentOfQuota = 0;
    Status status = Status::OnTrack;
    std::optional<qint64> change; // period − previous period; none without a previous period
    int rank = 0;
    qint64 remaining = 0;
    std::optional<double> requiredDaily;
    QVector<qint64> periodByProvider; // in the campaign's provider order; sums to `period`
    int daysReported = 0;  // days of the period (up to the data's cut-off) the unit reported
    bool quotaMet = false; // status == Status::Met (the campaign is over)
};

struct ReportOptions
{
    QDate madeOn; // "Ngày lập" and "today" for the provisional notice; today when invalid
    // Integrity::fingerprint(): chain head + set-up, printed as the data fingerprint
    QString auditHash;
    int setupRevision = 0;   // SetupStore::revision: which set-up the report was made with
    ReportSettings settings; // the official heading and signature
    std::optional<ReportNarrative> narrative; // sections II–IV and the document number
};

// What the weekly (or any date range) report says, computed once from the
// engine; the PDF, the spreadsheet and the CSV are renderings of this.
struct WeeklyReport
{
    // The period
    int week = 0; // 1-based when the period is a campaign week, else 0
    QDate from;
    QDate to;
    bool hasPrevious = false; // week 1 (or a range from the first day) has none
    QDate previousFrom;
    QDate previousTo;

    // Heading
    QString organisation;
    QString campaignName;
    QString planReference;
    QString title;       // "Báo cáo tiến độ … — Tuần 2 (04/08–10/08/2025)"
    QString periodLabel; // "Tuần 2 (04/08–10/08/2025)" or "Từ 04/08/2025 đến 12/08/2025"
    QString sheetName;   // "Tuần 2" or "04.08–12.08" (no '/': not allowed in sheet names)
    QDate madeOn;
    QString fingerprint; // first 16 hex characters of auditHash (Integrity::fingerprint)
    int setupRevision = 0;
    // "Mã dữ liệu: 1a2b… · Thiết lập lần 2": what a footer prints
    QString dataLine() const;

    // Summary (campaign as a whole, as of `to`)
    QDate campaignStart;
    QDate campaignEnd;
    qint64 goal = 0;
    qint64 adults = 0;
    qint64 quotaTotal = 0;
    qint64 periodTotal = 0;
    std::optional<qint64> previousTotal;
    qint64 cumulative = 0;
    double percentOfGoal = 0;
    int elapsedDays = 0;
    int campaignDays = 0;
    int daysLeft = 0;
    std::optional<double> requiredDaily;
    double recentPace = 0;
    int paceDays = 0;
    Forecast forecast;
    Status totalStatus = Status::OnTrack;
    int onTrack = 0;
    int atRisk = 0;
    int behind = 0;
    int noData = 0;
    int met = 0;
    int notMet = 0;
    bool over = false; // the drive is over as of `to`: statuses are met / not met
    int statusCount(Status s) const { return statusCountOf(*this, s); }

    // Who issued the signatures: the campaign's providers, the period's and
    // the cumulative count of each (they add up to periodTotal and cumulative).
    QStringList providers;
    QVector<qint64> periodByProvider;
    QVector<qint64> cumulativeByProvider;

    // Provisional: the period runs past `madeOn` or past the last day anyone
    // reported, or some unit has not reported every day of it (up to that
    // cut-off). dataUntil is the last day the figures cover.
    bool pastToday = false;
    bool pastLatestReport = false;
    QDate latestReported; // the campaign's last day with any report; invalid when none
    QDate dataUntil;
    int unitsIncomplete = 0;
    bool isProvisional() const { return pastToday || pastLatestReport || unitsIncomplete > 0; }
    // The whole campaign, after its end: each unit and the total Đạt / Không đạt.
    bool isFinal = false;
    bool totalMet = false;
    int unitsMet = 0;
    // Nothing reported in the period; nothing reported in the campaign up to `to`.
    bool periodEmpty = false;
    bool campaignEmpty = false;

    // The official form: heading, number, signature; sections II–IV.
    ReportSettings settings;
    std::optional<int> documentNumber;
    QString assessment;
    QString difficulties;
    QString proposals;

    QVector<ReportRow> rows; // every unit, in the campaign's order
    // indices into rows of the units behind (not met once over), lowest % first
    QVector<int> behindRows;
    QVector<qint64> cumulativeByDay; // whole campaign, per day up to `to`

    // The campaign's target groups as of `to` (ProgressEngine::groupProgress),
    // in the campaign's group order; each group's units in the rows' order.
    // Empty for a campaign without groups: the report then has no group section.
    QVector<GroupProgress> groups;
    // Whether any group has counted anyone up to `to`.
    bool anyGroupCounted() const;

    bool isWeek() const { return week > 0; }
    bool isWholeCampaign() const { return from == campaignStart && to == campaignEnd; }
    int periodDays() const { return int(from.daysTo(to)) + 1; }
};

class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    // The report for a date range; throws ReportError when from > to or the
    // range is not inside the campaign.
    static WeeklyReport build(const ProgressEngine& engine, QDate from, QDate to,
                              const ReportOptions& options = {});
    // The report for campaign week `week` (1-based); throws ReportError for a
    // week the campaign does not have.
    static WeeklyReport buildWeek(const ProgressEngine& engine, int week,
                                  const ReportOptions& options = {});

    // The name a saved copy is offered under, without extension:
    // "bao-cao-tuan-2", "bao-cao-20250804-20250812", "…-tam-tinh" when provisional.
    static QString suggestedBaseName(const WeeklyReport& report);

    // "Tuần 2 (04/08–10/08/2025)": for lists of weeks.
    static QString weekLabel(const CampaignCalendar& calendar, int week);

    // The words every form of the report uses for target group `g` of r.groups.
    // "Nhóm đối tượng 1: Chi hội trưởng phụ nữ".
    static QString groupTitle(const WeeklyReport& r, int g);
    // "mục tiêu 100% quy mô nhóm", or "mục tiêu là số lượng giao cho từng đơn
    // vị"; with a capital first letter to open a sentence.
    static QString groupGoalRule(const GroupProgress& group, bool capital = false);
    // What the group's total line sums, and how many units have no goal yet.
    static QString groupTotalNote(const GroupProgress& group);
    // "chưa có": a size, goal or percentage not known yet.
    static QString notKnown();
    // TT, Đơn vị, Quy mô nhóm, Mục tiêu nhóm, Lũy kế, % mục tiêu.
    static QStringList groupColumnTitles();
    // Unit `row`'s line of group `g`'s table, formatted; and the total line.
    static QStringList groupRowCells(const WeeklyReport& r, int g, int row);
    static QStringList groupTotalCells(const WeeklyReport& r, int g);
    // The group's total size and goal as GroupProgress sums them; none when
    // no unit's size (goal) is known yet.
    static std::optional<qint64> groupTotalSize(const GroupProgress& group);
    static std::optional<qint64> groupTotalGoal(const GroupProgress& group);
};

} // namespace signtally
