#pragma once

#include "core/Campaign.h"
#include "import/ImportDetail.h"
#include "import/SheetSource.h"

#include <QCoreApplication>
#include <optional>

namespace signtally::detail {

// The dates and counts a sheet's cells hold.
class CellParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    explicit CellParser(const Campaign& campaign) : m_campaign(campaign) {}

    // Dates in cells: dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd, dd/MM (the campaign's
    // year), or an Excel serial number when the cell is numeric; a text's
    // answer is remembered in cache.
    std::optional<QDate> date(const SheetCell& cell, DateCache& cache) const;
    // A count from 0 to 2.000.000.000 ("1605", "1.605", a whole number cell);
    // false with the reason in problem otherwise.
    static bool count(const SheetCell& cell, qint64& value, QString& problem);

private:
    const Campaign& m_campaign;
};

} // namespace signtally::detail
