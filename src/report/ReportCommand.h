#pragma once

namespace signtally {

class Cli;

// `signtally report (--week N | --from DATE --to DATE) --out FILE [--db PATH]`:
// the weekly report as PDF, xlsx or CSV, chosen by the file's extension.
void registerReportCommands(Cli& cli);

} // namespace signtally
