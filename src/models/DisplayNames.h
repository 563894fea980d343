#pragma once

#include "core/Campaign.h"

namespace signtally {

// A provider's name as the interface shows it. Names are data (the campaign
// file), so a name the interface translates — "Khác" (the communes' own teams
// and everyone else) is "Other" in English — goes through the "Provider"
// translation context; any other name is shown as stored.
QString providerDisplayName(const Provider& provider);

} // namespace signtally
