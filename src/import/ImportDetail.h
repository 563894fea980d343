#pragma once

#include "core/Campaign.h"
#include "import/ImportPlan.h"
#include "import/NameMatcher.h"

#include <QDate>
#include <QHash>
#include <QVector>
#include <optional>

// What ImportPlanner's parts pass each other (LayoutDetector, ImportContext,
// RowReader, ParallelCsvReader): not for use outside src/import.
namespace signtally::detail {

// A cell's text → the date it gives, or none.
using DateCache = QHash<QString, std::optional<QDate>>;

// A column of the header holding figures, and what the header says of them.
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

// Lookups::rowUnits for a "Tổng cộng" row.
constexpr int TotalRow = -2;

// Matching remembered by a cell's exact text: a million rows name a few
// thousand units, dates and providers. One set a thread.
struct Lookups
{
    explicit Lookups(const CampaignData& data) : units(data.units), providers(data.providers) {}
    UnitMatcher units;
    ProviderMatcher providers;
    QHash<QString, int> rowUnits; // unit cell → unit index, -1 (unknown) or TotalRow
    DateCache dates;
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

} // namespace signtally::detail
