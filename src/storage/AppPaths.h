#pragma once

#include <QString>

namespace signtally {

// Where things live: the default database and logs go in the platform's
// application-data folder (QStandardPaths::AppDataLocation).
struct AppPaths
{
    static QString dataDir();
    static QString defaultDatabase(); // $SIGNTALLY_DB, else <dataDir>/signtally.sqlite
    static QString logDir();
    // The name written in the audit: the OS login name.
    static QString loginName();
};

} // namespace signtally
