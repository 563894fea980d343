#pragma once

#include "core/Campaign.h"
#include "import/ImportPlan.h"
#include "import/NameMatcher.h"
#include "import/SheetSource.h"

#include <QHash>
#include <atomic>
#include <functional>

namespace signtally {

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
    struct ValueColumn
    {
        int column = -1;
        std::optional<QDate> date; // from the header
        int provider = -1;         // from the header
    };
    // What the header and the context above it say about a sheet's rows.
    struct RowLayout
    {
        int file = -1;
        int unitColumn = -1;
        int dateColumn = -1;
        int providerColumn = -1;
        QVector<ValueColumn> values;
        std::optional<QDate> date; // for rows that do not give one
        int provider = -1;         // likewise
    };
    // Matching remembered by a cell's exact text: a million rows name a few
    // thousand units, dates and providers. One set a thread.
    struct Lookups
    {
        explicit Lookups(const CampaignData& data) : units(data.units), providers(data.providers) {}
        UnitMatcher units;
        ProviderMatcher providers;
        QHash<QString, int> rowUnits; // unit cell → unit index, -1 (unknown) or TotalRow
        QHash<QString, std::optional<QDate>> dates;
    };
    // Rows read into counts and errors, in the sheet's order, before they go
    // into the plan; the places' lines count from the first row read.
    struct ReadRows
    {
        struct Count
        {
            ImportPlace place;
            int unit = -1;
            int provider = -1;
            QDate date;
            qint64 count = 0;
        };
        struct Error
        {
            qsizetype before = 0; // how many counts come before it
            ImportPlace place;
            QString message;
            QStringList suggestions;
            ImportRowText read;
        };
        QVector<Count> counts;
        QVector<Error> errors;
        int moreErrors = 0;    // beyond ImportPlan::MaxErrors: counted, never shown
        ImportAccount account; // rows and figures read (the plan adds the rest)
        // The error to fill in at place; nullptr when only counted.
        Error* error(const ImportPlace& place);
        void clear();
    };

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void error(const ImportPlace& place, const QString& message, QStringList suggestions = {},
               ImportRowText read = {});
    void fileError(int file, const QString& message);
    void record(int unit, QDate date, int provider, qint64 count, const ImportPlace& place);
    bool readCount(const SheetCell& cell, qint64& value, QString& problem) const;
    std::optional<QDate> parseDate(const SheetCell& cell,
                                   QHash<QString, std::optional<QDate>>& cache) const;

    void addCsv(ImportFileInfo file, const QByteArray& bytes);
    void readRows(const RowLayout& layout, SheetSource& source);
    // Rows up to the source's end into the plan (adding to `rows` those not
    // blank); false when cancelled.
    bool readInOrder(const RowLayout& layout, SheetSource& source);
    // The same, cut into `count` pieces read on as many threads.
    bool readInPieces(const RowLayout& layout, CsvSheetSource& source, int count);
    // Thread-safe: touches nothing of the planner but lookups and out.
    void readRow(const SheetRow& row, const RowLayout& layout, Lookups& lookups,
                 ReadRows& out) const;
    // Into the plan, in order; lineOffset is added to every place's line.
    void take(const ReadRows& rows, int lineOffset, int file);
    // The entry rules (core/EntryRules) on every unit-day the plan raises,
    // into the plan's warnings (a total above the adults included: the grid
    // refuses it, an import lists it; --strict makes every warning an error).
    void checkEntryRules();

    const CampaignData& m_data;
    ImportOptions m_options;
    QVector<int> m_lockedWeeks;
    mutable Lookups m_lookups; // this thread's
    ImportPlan m_plan;
    // Cell (unit × day × provider) → where its first count went in the plan, or -1.
    QVector<qint32> m_seen;
    int m_threads;
    qsizetype m_minimumPiece = DefaultMinimumPiece;
    std::function<void(int, double)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace signtally
