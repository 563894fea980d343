#include "app/AllCommands.h"

#include "cli/CopyCommand.h"
#include "gui/GuiCommands.h"
#include "import/CampaignCommands.h"
#include "import/ImportCommands.h"
#include "report/ReportCommand.h"

namespace signtally {

void registerAllCommands(Cli& cli)
{
    registerGuiCommands(cli);
    registerReportCommands(cli);
    registerImportCommands(cli);
    registerCampaignCommands(cli);
    registerCopyCommand(cli);
}

} // namespace signtally
