#pragma once

#include "cli/CommandContext.h"

namespace signtally {

class Cli;

// `signtally copy --from SOURCE --to TARGET`: everything one SignTally
// database holds (every campaign, tallies, locks, report settings, the whole
// audit as stored) into an empty one, a SQLite file or a PostgreSQL server
// either way (issue 16, docs/cli.md, docs/server.md).
class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)
public:
    static int run(CommandContext& ctx);
};

void registerCopyCommand(Cli& cli);

} // namespace signtally
