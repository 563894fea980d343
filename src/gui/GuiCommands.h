#pragma once

namespace signtally {

class Cli;

// Adds the commands that render widgets (offscreen): `screenshot`.
void registerGuiCommands(Cli& cli);

} // namespace signtally
