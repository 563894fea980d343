#pragma once

#include <QStringList>
#include <QVector>
#include <functional>

namespace signtally {

class Database;

// Ordered schema migrations. Step N takes a file from user_version N-1 to N,
// in one transaction: `statements`, then `transform` (rows that need code
// to move), then `after`. Never edit a released step: add a new one.
struct MigrationStep
{
    int version;
    QStringList statements;
    std::function<void(Database&)> transform = {};
    QStringList after = {};
};

// Everything that differs between SQLite and PostgreSQL lives behind this:
// the portable tables are written once, triggers and pragmas per dialect.
struct SqlDialect
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };
    static QVector<MigrationStep> migrations(Kind kind);
    static int latestVersion();
};

} // namespace signtally
