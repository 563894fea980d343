#include "import/ImportApplier.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
struct Cancelled
{
};
} // namespace

ImportOutcome ImportApplier::apply(const ImportPlan& plan, bool replace, const QString& actor)
{
    ImportOutcome outcome;
    if (plan.hasErrors()) {
        outcome.status = ImportOutcome::Status::HasErrors;
        return outcome;
    }
    if (plan.cancelled) {
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome;
    }
    if (!plan.changed.isEmpty() && !replace) {
        outcome.status = ImportOutcome::Status::NeedsReplace;
        return outcome;
    }
    if (plan.nothingToDo()) {
        outcome.status = ImportOutcome::Status::NothingToDo;
        return outcome;
    }

    // The changes of each file, in file order, so each carries its file's name.
    QVector<QVector<TallyChange>> byFile(plan.files.size());
    if (byFile.size() == 1)
        byFile[0].reserve(plan.added.size() + plan.changed.size());
    auto add = [&](const ImportRow& r, bool wasEmpty) {
        const TallyKey key{m_data.units[r.unit].id, m_data.campaign.start.addDays(r.day),
                           m_data.providers[r.provider].id};
        // A cell the preview saw empty: the bulk writer writes these together.
        byFile[r.place.file].push_back(wasEmpty ? TallyChange::expecting(key, r.count, std::nullopt)
                                                : TallyChange(key, r.count));
    };
    for (const ImportRow& r : plan.added)
        add(r, true);
    for (const ImportRow& r : plan.changed)
        add(r, false);
    const qsizetype total = plan.added.size() + plan.changed.size();
    // Write in the tally key's order (unit, date, provider): B-tree inserts
    // into the tally table and the audit (both clustered on it) are sequential.
    // Sheets usually come in that order already.
    const auto byKey = [](const TallyChange& a, const TallyChange& b) {
        if (a.key.unitId != b.key.unitId)
            return a.key.unitId < b.key.unitId;
        if (a.key.date != b.key.date)
            return a.key.date < b.key.date;
        return a.key.providerId < b.key.providerId;
    };
    for (QVector<TallyChange>& changes : byFile)
        if (!std::is_sorted(changes.begin(), changes.end(), byKey))
            std::stable_sort(changes.begin(), changes.end(), byKey);

    TallyStore store = m_groupId ? TallyStore(m_db, m_data.campaign.id, m_groupId)
                                 : TallyStore(m_db, m_data.campaign.id);
    try {
        m_db.bulkWriteTransaction(total, [&] {
            qsizetype done = 0;
            // One change set per file, so each audit row names its file.
            for (int f = 0; f < byFile.size(); ++f) {
                const QVector<TallyChange>& changes = byFile[f];
                if (changes.isEmpty())
                    continue;
                const ApplyResult r = store.applyBulkInTransaction(
                    changes, actor, plan.files[f].name, [&](double share) {
                        if (m_cancel && m_cancel->load())
                            throw Cancelled{};
                        if (m_progress)
                            m_progress((double(done) + share * double(changes.size())) /
                                       double(total));
                    });
                outcome.result.added += r.added;
                outcome.result.changed += r.changed;
                outcome.result.removed += r.removed;
                outcome.result.unchanged += r.unchanged;
                done += changes.size();
            }
            if (m_cancel && m_cancel->load())
                throw Cancelled{};
            // Someone else may have written since the preview: never overwrite
            // values the person did not see without their "replace".
            if (!replace && outcome.result.changed > 0)
                throw StorageError(StorageError::Kind::Rejected,
                                   tr("Số liệu trong cơ sở dữ liệu đã thay đổi từ lúc xem trước; "
                                      "hãy xem trước lại."));
        });
    } catch (const Cancelled&) {
        outcome = {};
        outcome.status = ImportOutcome::Status::Cancelled;
        return outcome;
    }
    outcome.status = ImportOutcome::Status::Imported;
    return outcome;
}

} // namespace signtally
