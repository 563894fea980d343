#include "app/AllCommands.h"

#include "gui/GuiCommands.h"
#include "import/ImportCommands.h"

namespace signtally {

void registerAllCommands(Cli& cli)
{
    registerGuiCommands(cli);
    registerImportCommands(cli);
}

} // namespace signtally
