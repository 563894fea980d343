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
// Where a file's rows and figures went, as one line that adds up:
// "4 dòng = 2 dòng có số liệu + 1 dòng lỗi + 1 dòng bỏ qua (…); 2 số liệu = …".
QString accountText(const ImportAccount& account);

} // namespace signtally
