#pragma once

// Internal to storage: SQLite's C API through Qt's driver handle, for the
// few paths where Qt Sql's per-value QVariant overhead matters (bulk import
// writes, loading a national campaign's tallies). The QSQLITE plugin uses the
// same libsqlite3 on Debian.

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace signtally {

// A driver's sqlite3 handle, or null when the driver is not SQLite.
inline sqlite3* sqliteHandleOf(const QSqlDriver* driver)
{
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// The connection's sqlite3 handle, or null when the driver is not SQLite.
inline sqlite3* sqliteHandle(const QSqlDatabase& connection)
{
    return sqliteHandleOf(connection.driver());
}

// The file a connection has open (empty for an in-memory one).
inline QString fileOf(sqlite3* db)
{
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

class Statement
{
public:
    Statement(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
            SQLITE_OK)
            throw StorageError::fromSqlite(sqlite3_extended_errcode(db),
                                           QString::fromUtf8(sqlite3_errmsg(db)), fileOf(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return m_stmt; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QByteArray& v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    // The bytes must stay alive and unchanged until the statement is reset.
    void bind(int i, QByteArrayView v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    // Steps once; true when a row is available. Throws like Database::exec.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
        const int code = sqlite3_extended_errcode(m_db);
        sqlite3_reset(m_stmt);
        throw StorageError::fromSqlite(code, reason, fileOf(m_db));
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace signtally
