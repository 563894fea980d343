#pragma once

#include "core/Campaign.h"

namespace signtally {

// Plausible, deterministic tallies for a demo: every unit has its own strength
// (some finish ahead of quota, some behind) and trend (some speed up, some
// slow down), one commune in 29 joins late, providers take different shares,
// weekends are slower, and a few unit-days are left unreported. The same seed
// always gives the same matrix, on every platform.
TallyMatrix generateDemoTallies(const CampaignData& data, quint32 seed = 20250728);

} // namespace signtally
