#pragma once

// Internal to storage: what both bulk writers (TallyStoreBulk.cpp for SQLite,
// TallyStoreBulkPg.cpp for PostgreSQL) share.

#include "storage/TallyStore.h"

#include <array>
#include <vector>

namespace signtally {

struct TallyStore::BulkCells
{
    QDate start; // the campaign's first day: a cell's day is its offset from it
    // Each day of the campaign as 'yyyy-MM-dd' (not terminated), by offset.
    std::vector<std::array<char, 10>> isoDates;
    QVector<qsizetype> fresh;    // cells the caller saw empty: written together, first
    QVector<qsizetype> oneByOne; // the others, in order, after them

    QByteArrayView isoDate(QDate day) const
    {
        return {isoDates[std::size_t(start.daysTo(day))].data(), 10};
    }
};

} // namespace signtally
