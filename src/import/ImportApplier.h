#pragma once

#include "core/Campaign.h"
#include "import/ImportPlan.h"
#include "storage/Storage.h"
#include "storage/TallyStore.h"

#include <atomic>
#include <functional>

namespace signtally {

// What applying a plan did.
struct ImportOutcome
{
    enum class Status
    {
        Imported,     // changes written
        NothingToDo,  // every row already stored as it is
        HasErrors,    // the plan has errors: nothing written
        NeedsReplace, // rows would change stored values and replace was not asked: nothing written
        Cancelled,    // stopped by the user: rolled back, nothing written
    };
    Status status = Status::NothingToDo;
    ApplyResult result;
};

// Writes a plan with the audited TallyStore, all files in ONE transaction
// (each change audited with its file's name as the source): all or nothing,
// into a SQLite file or onto a PostgreSQL server alike.
class ImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(ImportApplier)
public:
    ImportApplier(Storage& db, const CampaignData& data) : m_db(db), m_data(data) {}

    void setProgress(std::function<void(double)> progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Writes a target group's tallies (CampaignData::groups[…].id) instead of
    // the whole population's.
    void setGroup(qint64 groupId) { m_groupId = groupId; }

    // Throws StorageError when the database refuses (then nothing is written).
    ImportOutcome apply(const ImportPlan& plan, bool replace, const QString& actor);

private:
    Storage& m_db;
    const CampaignData& m_data;
    std::function<void(double)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    qint64 m_groupId = 0;
};

} // namespace signtally
