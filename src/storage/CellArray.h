#pragma once

// Internal to storage: an array of cells in memory, readable from SQL as the
// table-valued function signtally_cells(?1), where ?1 is bound with
// bindCells(). One INSERT … SELECT then writes a whole import, instead of one
// statement per cell (each costs about as much again as the row itself).

#include <QtGlobal>
#include <functional>
#include <sqlite3.h>
#include <vector>

namespace signtally {

struct CellRow
{
    qint64 unitId;
    const char* isoDate; // 'yyyy-MM-dd', not terminated
    qint64 providerId;
    qint64 count;
};

struct CellArray
{
    std::vector<CellRow> rows;
    // Called every few thousand rows read with how many were read; false
    // stops the statement reading them (it then fails with SQLITE_INTERRUPT).
    std::function<bool(std::size_t)> onProgress;
};

// Columns: unit_id, tally_date, provider_id, count, seq (0-based position).
// Registers the function on the connection (again is harmless).
void registerCellArray(sqlite3* db);
void bindCells(sqlite3_stmt* statement, int index, const CellArray* cells);

} // namespace signtally
