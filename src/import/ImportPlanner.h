#pragma once

#include "core/Campaign.h"
#include "import/CellParser.h"
#include "import/ImportDetail.h"
#include "import/ImportPlan.h"
#include "import/SheetSource.h"

#include <QHash>
#include <atomic>
#include <functional>

namespace signtally {

namespace detail {
class RowReader;
}

// What the person importing adds to what the sheets say.
struct ImportOptions
{
    std::optional<QDate> date; // --date: for sheets whose rows carry no date
    QString provider;          // --provider: for sheets with no provider column or cell
    QDate today;               // counts after it are errors; invalid: Clock::system().today()
};

// Reads tally sheets and works out what importing them would do, without
// touching any database: the stored values come from the CampaignData given.
//
// A sheet is recognised by its header row (the first row, within the first
// 30, naming a unit column and either a count column or date/provider
// columns; names in Vietnamese or English, with or without diacritics):
// - long form: Đơn vị | Ngày | Nhà mạng | Số lượng (date and provider may
//   instead come from the context below);
// - wide by date: Đơn vị | 28/07/2025 | 29/07/2025 … (provider from a
//   column, the context or the option);
// - wide by provider: Đơn vị | Viettel | VNPT | Khác (date from a column,
//   the context or the option).
// Context: a "Ngày:"/"Nhà mạng:" cell above the header (the template writes
// them), then the options, then a date in the file name.
//
// The work is done by parts in namespace detail: LayoutDetector (the header),
// ImportContext (the date and provider rows do not give), RowReader with
// CellParser (rows into counts and errors), ParallelCsvReader (a long CSV on
// threads), ImportRuleCheck (the plan's warnings); the planner puts what they
// read into the plan.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    ImportPlanner(const CampaignData& data, ImportOptions options = {},
                  QVector<int> lockedWeeks = {});

    // Called now and then with (file index, fraction of that file read).
    void setProgress(std::function<void(int, double)> progress)
    {
        m_progress = std::move(progress);
    }
    // When set and true, reading stops and the plan comes back cancelled.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    // .csv/.txt as text, .xlsx as a workbook (the sheet by name; the first when
    // empty). A file that cannot be read becomes an error of the plan.
    void addFile(const QString& path, const QString& sheet = {});
    // CSV/TXT bytes under a display name (the audit's source).
    void addText(const QString& name, const QByteArray& bytes);
    // Any sheet; info.name is used for places and as the source.
    void addSource(ImportFileInfo info, SheetSource& source);

    ImportPlan finish();

    // A long CSV is read in pieces on up to `threads` threads, each piece at
    // least `minimumPiece` characters; the plan is the same as with one thread.
    // The default: QThread::idealThreadCount() threads, pieces of 1 Mi characters.
    void setThreads(int threads, qsizetype minimumPiece = DefaultMinimumPiece)
    {
        m_threads = threads;
        m_minimumPiece = minimumPiece;
    }
    static constexpr qsizetype DefaultMinimumPiece = qsizetype(1) << 20;

    // Dates in cells: dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd, dd/MM (the campaign's
    // year), or an Excel serial number when the cell is numeric.
    std::optional<QDate> parseDate(const SheetCell& cell) const;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void error(const ImportPlace& place, const QString& message, QStringList suggestions = {},
               ImportRowText read = {});
    void fileError(int file, const QString& message);
    void record(int unit, QDate date, int provider, qint64 count, const ImportPlace& place);

    void addCsv(ImportFileInfo file, const QByteArray& bytes);
    // Rows up to the source's end into the plan: in order, or a long CSV in
    // pieces on threads (ParallelCsvReader).
    void readRows(const detail::RowLayout& layout, SheetSource& source);
    // Rows up to the source's end into the plan, a batch at a time; false when cancelled.
    bool readInOrder(const detail::RowReader& reader, SheetSource& source);
    // Into the plan, in order; lineOffset is added to every place's line.
    void take(const detail::ReadRows& rows, int lineOffset, int file);

    const CampaignData& m_data;
    ImportOptions m_options;
    QVector<int> m_lockedWeeks;
    detail::CellParser m_cells;
    mutable detail::Lookups m_lookups; // this thread's
    ImportPlan m_plan;
    // Cell (unit × day × provider) → where its first count went in the plan, or -1.
    QVector<qint32> m_seen;
    int m_threads;
    qsizetype m_minimumPiece = DefaultMinimumPiece;
    std::function<void(int, double)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace signtally
