#pragma once

#include "core/Campaign.h"

namespace signtally {

// A provider's name as the interface shows it. Names are data (the campaign
// file), so a name the interface translates — "Khác" (the communes' own teams
// and everyone else) is "Other" in English — goes through the "Provider"
// translation context; any other name is shown as stored.
QString providerDisplayName(const Provider& provider);

// What the screens say above their figures while a target group is viewed
// (CampaignSession::viewGroup; `data` is the group's view of the campaign):
// the group, its goal rule, and how many units have no group size, whose
// quota is then their population. Empty for the whole population (-1).
QString groupViewText(const CampaignData& data, int group);

} // namespace signtally
