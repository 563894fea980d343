#pragma once

#include "core/Campaign.h"
#include "storage/Storage.h"

#include <QString>
#include <functional>

namespace signtally::bench {

// The import figures (bench_import.cpp): a 1.000.000-row long-form CSV
// written into workDir, planned and imported into `data`'s campaign (no
// tallies yet) on `db` through ImportApplier, then Integrity::check; prints
// <prefix>import_rows_per_s, …_cpu_rows_per_s, …_plan_ms, …_apply_ms and
// <prefix>check_s. `serverCpu`, when given, is the CPU seconds a database
// server has spent so far for this connection, added to this process's.
void benchImport(Storage& db, const CampaignData& data, const QString& workDir, const char* prefix,
                 const std::function<double()>& serverCpu = {});

} // namespace signtally::bench
