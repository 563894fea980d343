#pragma once

#include "cli/CommandContext.h"

namespace signtally {

// `signtally server init|add-user`: setting up a PostgreSQL server for the
// app (docs/server.md, docs/cli.md).
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)
public:
    static int run(CommandContext& ctx);
};

} // namespace signtally
