#pragma once

#include "core/Clock.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>
#include <stdexcept>

namespace signtally {

// Exit codes of every subcommand (docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,
    ExitDatabase = 3
};

// Thrown by a command to end with a message and an exit code.
class CommandError : public std::runtime_error
{
public:
    CommandError(ExitCode code, const QString& message)
        : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
    {}
    ExitCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ExitCode m_code;
    QString m_message;
};

// What a subcommand gets: its arguments, where to write, and shared helpers for
// the options every command understands the same way (--db, dates).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
public:
    CommandContext(QStringList args, QTextStream& outStream, QTextStream& errStream)
        : arguments(std::move(args)), out(outStream), err(errStream)
    {}

    QStringList arguments; // program name, command, then its options
    QTextStream& out;
    QTextStream& err;

    // Adds --db; call before parse().
    static void addDbOption(QCommandLineParser& parser);
    // Parses arguments; throws CommandError(ExitUsage) on unknown options or
    // leftover positional arguments (unless allowPositional).
    void parse(QCommandLineParser& parser, bool allowPositional = false) const;
    // The --db path, or $SIGNTALLY_DB, or the default file (created with the
    // seeded campaign on first use; an explicit path is never created).
    std::unique_ptr<Database>
    openDatabase(const QCommandLineParser& parser,
                 Database::Access access = Database::Access::ReadWrite) const;
    // The same for the commands that also work on a PostgreSQL server: --db
    // (or $SIGNTALLY_DB) may be a file or postgresql://USER@HOST:PORT/DB
    // (PgStorage; the password from PGPASSWORD or ~/.pgpass, and what the
    // login may do is the server's to say: `access` applies to files).
    std::unique_ptr<Storage>
    openStorage(const QCommandLineParser& parser,
                Database::Access access = Database::Access::ReadWrite) const;
    // Adds --campaign CODE (commands that work on one campaign); call before parse().
    static void addCampaignOption(QCommandLineParser& parser);
    // The campaign a command works on: --campaign CODE, else the default rule
    // (CampaignStore::defaultCampaignId: the latest running on `today`, else
    // the latest). An unknown code throws CommandError(ExitBadInput) naming it
    // and the file's codes.
    static qint64 chooseCampaign(const QCommandLineParser& parser, const Storage& db,
                                 QDate today = Clock::system().today());
    // A required --db path for commands that create a file.
    QString requiredDbPath(const QCommandLineParser& parser) const;
    // Throws CommandError(ExitUsage) naming the command when `where` is a
    // server's address: for the commands that work on files only (a server
    // is set up with `server init`, restored with `copy`).
    void refuseServer(const QString& where) const;
    // DATE options: dd/MM/yyyy or yyyy-MM-dd; throws CommandError(ExitBadInput).
    static QDate parseDate(const QString& text, const QString& optionName);
};

} // namespace signtally
