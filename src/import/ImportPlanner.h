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
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void error(const ImportPlace& place, const QString& message, QStringList suggestions = {});
    void fileError(int file, const QString& message);
    void record(int unit, QDate date, int provider, qint64 count, const ImportPlace& place);
    bool readCount(const SheetCell& cell, qint64& value, QString& problem) const;

    const CampaignData& m_data;
    ImportOptions m_options;
    QVector<int> m_lockedWeeks;
    UnitMatcher m_units;
    ProviderMatcher m_providers;
    ImportPlan m_plan;
    QVector<ImportRow> m_rows;
    QHash<qint64, int> m_seen; // cell key → index in m_rows
    mutable QHash<QString, std::optional<QDate>> m_dateCache;
    std::function<void(int, double)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace signtally
