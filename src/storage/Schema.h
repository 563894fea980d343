#pragma once

#include <QStringList>
#include <QVector>

namespace signtally {

// Ordered schema migrations. Step N takes a file from user_version N-1 to N,
// in one transaction. Never edit a released step: add a new one.
struct MigrationStep
{
    int version;
    QStringList statements;
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
