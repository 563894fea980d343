#pragma once

#include "cli/CommandContext.h"

#include <QList>
#include <QString>
#include <functional>

namespace signtally {

// The `signtally` command line: a table of subcommands. Headless commands are
// registered here; the app adds the ones that render widgets (screenshot…).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using Handler = std::function<int(CommandContext&)>;
    struct Command
    {
        QString name;
        QString summary; // one line for `signtally help`
        Handler handler;
        bool needsGui = false; // needs a QApplication (offscreen is fine)
    };

    Cli();
    void add(Command command);
    const Command* find(const QString& name) const;
    bool isCommand(const QString& name) const { return find(name) != nullptr; }

    // Runs args (program, command, options…); returns the exit code. Errors
    // are written to err as one sentence.
    int run(const QStringList& args, QTextStream& out, QTextStream& err) const;
    QString usage() const;

private:
    QList<Command> m_commands;
};

} // namespace signtally
