#pragma once

#include "cli/CommandContext.h"
#include "core/ProgressEngine.h"

namespace signtally {

// `signtally summary`: one row per unit and a total row, as text or CSV.
class SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)
public:
    static int run(CommandContext& ctx);
    static QString renderText(const ProgressEngine& engine, const ProgressSnapshot& s);
    static QString renderCsv(const ProgressEngine& engine, const ProgressSnapshot& s);
};

} // namespace signtally
