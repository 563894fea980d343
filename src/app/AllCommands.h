#pragma once

namespace signtally {
class Cli;
// Every command beyond the core ones: one line per feature library.
void registerAllCommands(Cli& cli);
} // namespace signtally
