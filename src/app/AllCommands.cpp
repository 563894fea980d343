#include "app/AllCommands.h"

#include "gui/GuiCommands.h"
#include "import/ImportCommands.h"
#include "report/ReportCommand.h"

namespace signtally {

void registerAllCommands(Cli& cli)
{
    registerGuiCommands(cli);
    registerReportCommands(cli);
    registerImportCommands(cli);
}

} // namespace signtally
