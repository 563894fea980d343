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
    auto add = [&](const ImportRow& r) {
        TallyChange change;
        change.key.unitId = m_data.units[r.unit].id;
        change.key.date = m_data.campaign.start.addDays(r.day);
        change.key.providerId = m_data.providers[r.provider].id;
        change.count = r.count;
        byFile[r.place.file].push_back(change);
    };
    for (const ImportRow& r : plan.added)
        add(r);
    for (const ImportRow& r : plan.changed)
        add(r);
    const qsizetype total = plan.added.size() + plan.changed.size();
    // Write in the tally key's order (unit, date, provider): B-tree inserts
    // into the tally table and the audit's cell index become sequential.
    for (QVector<TallyChange>& changes : byFile)
        std::stable_sort(changes.begin(), changes.end(),
                         [](const TallyChange& a, const TallyChange& b) {
                             if (a.key.unitId != b.key.unitId)
                                 return a.key.unitId < b.key.unitId;
                             if (a.key.date != b.key.date)
                                 return a.key.date < b.key.date;
                             return a.key.providerId < b.key.providerId;
                         });

    TallyStore store(m_db, m_data.campaign.id);
    constexpr qsizetype Chunk = 2048; // the cancel flag is looked at between chunks
    // A large page cache for the transaction: the audit's row_hash index takes
    // random keys, and spilling dirty pages to the WAL mid-transaction is slow.
    const QVariant cacheSize = m_db.scalar(u"PRAGMA cache_size"_s);
    if (total > 10000)
        m_db.exec(u"PRAGMA cache_size = -262144"_s);
    struct RestoreCache
    {
        Database& db;
        QVariant size;
        ~RestoreCache()
        {
            try {
                db.exec(u"PRAGMA cache_size = %1"_s.arg(size.toLongLong()));
            } catch (const StorageError&) {
            }
        }
    } restore{m_db, cacheSize};
    try {
        m_db.writeTransaction([&] {
            qsizetype done = 0;
            for (int f = 0; f < byFile.size(); ++f) {
                const QVector<TallyChange>& changes = byFile[f];
                for (qsizetype start = 0; start < changes.size(); start += Chunk) {
                    if (m_cancel && m_cancel->load())
                        throw Cancelled{};
                    const qsizetype n = std::min(Chunk, changes.size() - start);
                    const ApplyResult r = store.applyBulkInTransaction(changes.mid(start, n), actor,
                                                                       plan.files[f].name);
                    outcome.result.added += r.added;
                    outcome.result.changed += r.changed;
                    outcome.result.removed += r.removed;
                    outcome.result.unchanged += r.unchanged;
                    done += n;
                    if (m_progress)
                        m_progress(double(done) / double(total));
                }
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
