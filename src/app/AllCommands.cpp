#include "app/AllCommands.h"

#include "gui/GuiCommands.h"

namespace signtally {

void registerAllCommands(Cli& cli)
{
    registerGuiCommands(cli);
}

} // namespace signtally
