#pragma once

#include "storage/Storage.h"

#include <memory>

namespace signtally {

// Opens what people give as "the database" (--db, SIGNTALLY_DB, File → Open,
// File → Connect, the recent list): a PostgreSQL server's address
// (postgresql://USER@HOST:PORT/DB: PgStorage, with `password` when one was
// typed) or an SQLite file that must exist (Database::openExisting). Throws
// StorageError naming the file or the server and what is wrong.
std::unique_ptr<Storage> openStorage(const QString& where, const QString& password = {});

// Whether `where` is a server's address rather than a file's path.
bool isServerAddress(const QString& where);

} // namespace signtally
