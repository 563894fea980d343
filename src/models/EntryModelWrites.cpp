// EntryModel, third part: what goes to the file. save() writes the edits in
// one audited transaction and, when another window saved the same cells
// meanwhile, keeps them as conflicts for the user to settle; week locks.
#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"

#include <QUndoStack>

namespace signtally {

bool EntryModel::refuse(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    setMessage(reason);
    return false;
}

bool EntryModel::save(QString* error)
{
    if (!isDirty())
        return true;
    if (!isEditable())
        return refuse(error, readOnlyReason());
    m_conflicts.clear();
    int saved = 0;
    // Each block into its own tallies, one transaction each.
    for (int b = 0; b < blockCount(); ++b) {
        if (!edits(b).isDirty())
            continue;
        const CampaignData& data = m_session->data();
        QVector<TallyChange> changes;
        for (const CellEdit& e : edits(b).edits()) {
            // Only if the cell still holds what this grid loaded: nothing another
            // window saved meanwhile is overwritten without the user's choice.
            changes.push_back(TallyChange::expecting(
                {data.units[e.row].id, m_date, data.providers[e.provider].id}, e.after, e.before));
        }
        try {
            const ApplyResult r = m_session->applyChanges(changes, EntrySource, groupOfBlock(b));
            if (!r.ok()) {
                // The session reloaded: the saved values are now theirs, my edits are kept.
                for (const TallyConflict& c : r.conflicts) {
                    const int row = int(data.unitIndexById(c.change.key.unitId));
                    const int p = int(data.providerIndexById(c.change.key.providerId));
                    m_conflicts.push_back({row, b * m_providers + p, c.change.count, c.theirs});
                }
                continue;
            }
        } catch (const StorageError& e) {
            // Another window may have locked the week meanwhile: show it
            // (unless the server is gone: then the edits just wait).
            try {
                const int w = week();
                if (const bool locked = w > 0 && m_session->tallies().isWeekLocked(w);
                    locked != m_locked) {
                    m_locked = locked;
                    emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
                    emit lockChanged(m_locked);
                }
            } catch (const StorageError&) {
            }
            return refuse(error, tr("Chưa lưu: %1").arg(e.message()));
        }
        // applyChanges reloaded the tallies (onTalliesChanged dropped the saved edits).
        const bool wasDirty = isDirty();
        edits(b).forgetEdits();
        if (wasDirty && !isDirty())
            emit dirtyChanged(false);
        saved += int(changes.size());
    }
    if (!m_conflicts.isEmpty()) {
        // A group's cells re-read may send no notice: show theirs now.
        onTalliesChanged();
        return refuse(error,
                      tr("Chưa lưu: %n ô đã được người khác sửa trong tệp sau khi bạn mở; hãy "
                         "chọn giữ số của bạn hay lấy số trong tệp.",
                         nullptr, int(m_conflicts.size())));
    }
    m_undo->setClean();
    setMessage(tr("Đã lưu %n ô của ngày %1.", nullptr, saved).arg(Format().date(m_date)));
    return true;
}

void EntryModel::discard()
{
    const bool wasDirty = isDirty();
    clearEdits();
    m_undo->clear();
    if (m_units > 0)
        emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    if (wasDirty)
        emit dirtyChanged(false);
    emit countsChanged();
}

bool EntryModel::lockWeek(const QString& reason, QString* error)
{
    if (m_session->readOnly())
        return refuse(error, readOnlyReason());
    if (m_locked)
        return refuse(error, tr("Tuần %1 đã khóa rồi.").arg(week()));
    if (isDirty())
        return refuse(
            error, tr("Hãy lưu hoặc bỏ các thay đổi chưa lưu trước khi khóa tuần %1.").arg(week()));
    try {
        m_session->lockWeek(week(), reason.trimmed());
    } catch (const StorageError& e) {
        return refuse(error, e.message());
    }
    m_locked = true;
    m_undo->clear(); // the steps before cannot be undone in a locked week
    emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    emit lockChanged(true);
    setMessage(tr("Đã khóa tuần %1.").arg(week()));
    return true;
}

bool EntryModel::unlockWeek(const QString& reason, QString* error)
{
    if (m_session->readOnly())
        return refuse(error, readOnlyReason());
    if (!m_locked)
        return refuse(error, tr("Tuần %1 chưa khóa.").arg(week()));
    if (reason.trimmed().isEmpty())
        return refuse(error, tr("Cần ghi lý do khi mở khóa tuần %1.").arg(week()));
    try {
        m_session->unlockWeek(week(), reason.trimmed());
    } catch (const StorageError& e) {
        return refuse(error, e.message());
    }
    m_locked = false;
    emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    emit lockChanged(false);
    setMessage(tr("Đã mở khóa tuần %1. Lý do: %2").arg(week()).arg(reason.trimmed()));
    return true;
}

bool EntryModel::resolveConflicts(bool keepMine, QString* error)
{
    if (!keepMine) {
        for (const Conflict& c : std::as_const(m_conflicts))
            edits(blockOf(c.provider)).revert(c.row, providerIn(c.provider));
        if (m_units > 0)
            emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
        if (!isDirty()) {
            m_conflicts.clear();
            m_undo->setClean();
            emit dirtyChanged(false);
            return true;
        }
    }
    // The saved values are theirs since the failed save: saving again expects them.
    return save(error);
}

} // namespace signtally
