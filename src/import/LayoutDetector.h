#pragma once

#include "import/CellParser.h"
#include "import/ImportDetail.h"
#include "import/SheetSource.h"

#include <QCoreApplication>
#include <QSet>

namespace signtally::detail {

// What a header cell or a "Label:" cell names, by its headerKey.
enum class HeaderRole
{
    Unit,
    Date,
    Provider,
    Count,
    Ignored, // TT, notes, totals…
};
// The keys (headerKey: no diacritics, case or punctuation) naming a role.
const QSet<QString>& keysFor(HeaderRole role);

// What a sheet's header row says: which columns hold the unit, the date, the
// provider and the figures, and so whether the sheet is long or wide.
struct SheetLayout
{
    QString error; // why the sheet cannot be read; the rest is then unset
    SheetRow header;
    QVector<SheetRow> preamble; // the non-blank rows above the header: the context
    int unitColumn = -1;
    int dateColumn = -1;
    int providerColumn = -1;
    QVector<ValueColumn> values;
    bool hasCount = false;     // a Số lượng column (long form)
    bool hasDates = false;     // a column per date (wide by date)
    bool hasProviders = false; // a column per provider (wide by provider)

    // ImportFileInfo::form: "long", "wide-dates" or "wide-providers".
    QString form() const;
    // The header's named columns that are neither read nor known to be
    // ignored (TT, notes…): the planner notes that it skips them.
    QVector<int> skippedColumns() const;
};

// Finds a sheet's header: the first row, within the first 30 non-blank ones,
// naming a unit column and value columns (a count, dates or providers).
class LayoutDetector
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    LayoutDetector(const CellParser& cells, Lookups& lookups) : m_cells(cells), m_lookups(lookups)
    {}
    // Reads source up to and including its header, adding each row read to headerRows.
    SheetLayout detect(SheetSource& source, qint64& headerRows);

private:
    // The header's columns, if row is one (unitColumn >= 0 and values).
    SheetLayout columnsOf(const SheetRow& row);

    const CellParser& m_cells;
    Lookups& m_lookups;
};

} // namespace signtally::detail
