#pragma once

#include "core/Campaign.h"
#include "import/ImportPlan.h"

#include <QCoreApplication>

namespace signtally::detail {

// The entry rules (core/EntryRules) on every unit-day a plan raises, into
// the plan's warnings (a total above the adults included: the grid refuses
// it, an import lists it; --strict makes every warning an error).
class ImportRuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    static void addWarnings(const CampaignData& data, ImportPlan& plan);
};

} // namespace signtally::detail
