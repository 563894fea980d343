#pragma once

#include "cli/CommandContext.h"

namespace signtally {

// `signtally check`, `signtally backup`, `signtally restore`.
class MaintenanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)
public:
    static int check(CommandContext& ctx);
    static int backup(CommandContext& ctx);
    static int restore(CommandContext& ctx);
};

} // namespace signtally
