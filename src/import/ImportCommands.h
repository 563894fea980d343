#pragma once

#include "cli/Cli.h"
#include "import/ImportApplier.h"
#include "import/ImportPlan.h"

namespace signtally {

// `signtally import FILE…` and `signtally template …` (docs/import.md).
void registerImportCommands(Cli& cli);

// The account of an import as text, for the command line and the log:
// files, counts, the changes (old → new) when there are at most maxListed,
// then every error.
QString importAccount(const ImportPlan& plan, const CampaignData& data, int maxListed = 50);

} // namespace signtally
