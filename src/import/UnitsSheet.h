#pragma once

// A campaign's units as a spreadsheet (docs/campaign-file.md, "The units
// sheet"): what the set-up editor and `signtally campaign import|export` read
// and write besides the JSON file. One row a unit: TT, name, kind, population,
// a quota typed by hand, other spellings.

#include "core/CampaignSetup.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace signtally {

class SheetSource;

struct UnitsSheetResult
{
    // In the sheet's order, or by the TT column when every unit has a number
    // there. Empty whenever problems is not: a sheet is taken whole or not at all.
    QVector<SetupUnit> units;
    // Each names its row as the sheet shows it ("Dòng 9 (Xã Ba Bể), ô B9: …");
    // a problem of the whole file (no name column) names none.
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

class UnitsSheet
{
    Q_DECLARE_TR_FUNCTIONS(UnitsSheet)
public:
    // At most this many problems are listed; one more line counts the rest.
    static constexpr int MaxProblems = 100;

    // Reads the first sheet of an .xlsx (.xlsm) workbook, or a CSV/TXT file in
    // any encoding TextDecoding knows. The header row is found by its titles
    // (case and diacritics ignored); units get id 0, no groups, not hidden.
    static UnitsSheetResult read(const QString& path);
    // The same from rows already open; cellNames: problems name cells ("C7"),
    // as for a workbook.
    static UnitsSheetResult read(SheetSource& source, bool cellNames);

    // Writes the units as an .xlsx workbook that read() takes back as it was
    // written: TT, Tên đơn vị, Loại, the population (titled populationLabel,
    // "Dân số" when empty), Chỉ tiêu (only quotas typed by hand: the others are
    // apportioned), Tên khác ("; " between them). Through a temporary file and
    // QSaveFile; throws std::runtime_error with a translated message.
    static void writeXlsx(const QString& path, const QVector<SetupUnit>& units,
                          const QString& populationLabel);

    // The population column's title as written: the label when read() would
    // know it for a population ("Dân số …", "Population …"), else
    // "Dân số (label)".
    static QString populationTitle(const QString& populationLabel);
};

} // namespace signtally
