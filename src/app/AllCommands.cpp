#include "app/AllCommands.h"

#include "gui/GuiCommands.h"
#include "report/ReportCommand.h"
#include "import/ImportCommands.h"

namespace signtally {

void registerAllCommands(Cli& cli)
{
    registerGuiCommands(cli);
    registerReportCommands(cli);
    registerImportCommands(cli);
}

} // namespace signtally
