#pragma once

#include "cli/Cli.h"

namespace signtally {

// `signtally campaign list|show|new|edit|export|import`: campaigns as data,
// on the command line (docs/cli.md, docs/campaign-file.md). Every change
// goes through SetupStore, audited; bad input changes nothing (exit 2).
class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)
public:
    static int run(CommandContext& ctx);
};

void registerCampaignCommands(Cli& cli);

} // namespace signtally
