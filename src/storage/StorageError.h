#pragma once

#include <QString>
#include <stdexcept>

namespace signtally {

// A database problem, with a message for people (translated, one sentence,
// naming the file or the record). Thrown by storage; the command line maps it
// to exit code 3 (or 2 for Rejected), the GUI to a dialog.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        NotFound,           // the path does not exist
        AlreadyExists,      // asked to create a file that is there
        NotADatabase,       // not SQLite at all (random bytes, a PDF, empty)
        Damaged,            // SQLite, but truncated or corrupt
        ForeignApplication, // SQLite of another application
        TooNew,             // a SignTally file from a newer version
        ReadOnly,           // writing to a file opened read-only, or one we may not write
        Busy,               // another program holds the file's lock (waited, still busy)
        Rejected,           // the data broke a rule (negative, outside the campaign, locked…)
        Sql,                // anything else the database said
    };

    StorageError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {}
    // What SQLite's result code means (classified by the code, never by its
    // English text): a broken rule (constraint, trigger) is Rejected with
    // SQLite's reason (the trigger's words); busy or locked is Busy, read-only
    // ReadOnly, corrupt or not-a-database Damaged, anything else Sql. The
    // message names the file when `path` is given.
    static StorageError fromSqlite(int resultCode, const QString& reason, const QString& path);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace signtally
