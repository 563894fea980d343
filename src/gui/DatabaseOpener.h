#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

namespace signtally {

// Opens the database for the window. When the file is missing, damaged, not
// SignTally, or from a newer version, it says why and offers to open another
// file or create a new one (never touching the bad file). A server address
// (postgresql://…) that cannot be reached or refuses the login brings up
// File → Connect's dialog with the server's reason (and room for a
// password). Returns null when the user gives up.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
public:
    // createIfMissing: only for the default file in the app-data folder.
    static std::unique_ptr<Storage> open(QString path, bool createIfMissing,
                                         QWidget* parent = nullptr);
    static QString fileFilter();
};

} // namespace signtally
