#include "storage/CellArray.h"

#include "storage/SqliteStatement.h"

namespace signtally {

namespace {

constexpr const char* PointerType = "signtally_cells";
constexpr const char* Schema =
    "CREATE TABLE x(unit_id, tally_date, provider_id, count, seq, cells HIDDEN)";
enum Column
{
    UnitId,
    TallyDate,
    ProviderId,
    Count,
    Seq,
    Cells
};

struct Cursor
{
    sqlite3_vtab_cursor base;
    const CellArray* cells = nullptr;
    std::size_t at = 0;
};

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
{
    const int rc = sqlite3_declare_vtab(db, Schema);
    if (rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab*>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    **table = sqlite3_vtab{};
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

// The hidden `cells` argument is required: without it there is nothing to read.
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (c.iColumn == Cells && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    *cursor = &(new Cursor)->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<Cursor*>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int argc, sqlite3_value** argv)
{
    auto* c = reinterpret_cast<Cursor*>(cursor);
    c->cells = argc > 0 ? static_cast<const CellArray*>(sqlite3_value_pointer(argv[0], PointerType))
                        : nullptr;
    c->at = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor)
{
    auto* c = reinterpret_cast<Cursor*>(cursor);
    ++c->at;
    if (c->at % 8192 == 0 && c->cells->onProgress && !c->cells->onProgress(c->at))
        return SQLITE_INTERRUPT;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor)
{
    const auto* c = reinterpret_cast<Cursor*>(cursor);
    return !c->cells || c->at >= c->cells->rows.size();
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int i)
{
    const auto* c = reinterpret_cast<Cursor*>(cursor);
    const CellRow& row = c->cells->rows[c->at];
    switch (i) {
    case UnitId:
        sqlite3_result_int64(context, row.unitId);
        break;
    case TallyDate:
        sqlite3_result_text(context, row.isoDate, 10, SQLITE_STATIC);
        break;
    case ProviderId:
        sqlite3_result_int64(context, row.providerId);
        break;
    case Count:
        sqlite3_result_int64(context, row.count);
        break;
    case Seq:
        sqlite3_result_int64(context, qint64(c->at));
        break;
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite_int64* id)
{
    *id = sqlite_int64(reinterpret_cast<Cursor*>(cursor)->at);
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.iVersion = 0;
    m.xCreate = nullptr; // eponymous only: no CREATE VIRTUAL TABLE
    m.xConnect = connect;
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

const sqlite3_module Module = makeModule();

} // namespace

void registerCellArray(sqlite3* db)
{
    if (sqlite3_create_module_v2(db, PointerType, &Module, nullptr, nullptr) != SQLITE_OK)
        throw StorageError::fromSqlite(sqlite3_extended_errcode(db),
                                       QString::fromUtf8(sqlite3_errmsg(db)), fileOf(db));
}

void bindCells(sqlite3_stmt* statement, int index, const CellArray* cells)
{
    sqlite3_bind_pointer(statement, index, const_cast<CellArray*>(cells), PointerType, nullptr);
}

} // namespace signtally
