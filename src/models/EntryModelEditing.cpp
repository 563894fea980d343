// EntryModel, second part: what the user types, clears and pastes becomes
// one undo step, after EntryRules (refusals at the cells, warnings asked).
#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "models/EntryClipboard.h"
#include "models/EntryModel.h"

#include <QUndoStack>
#include <algorithm>

namespace signtally {

bool EntryModel::setCount(int row, int provider, std::optional<qint64> count)
{
    if (row < 0 || row >= m_units || provider < 0 || provider >= m_providers)
        return false;
    const Format fmt;
    const QString unit = m_session->data().units[row].name;
    const QString prov = providerDisplayName(m_session->data().providers[provider]);
    if (count && *count < 0) {
        const QString msg =
            tr("%1, %2: số lượng không được âm (%3).").arg(unit, prov, QString::number(*count));
        markErrors({{key(row, provider), msg}});
        setMessage(msg);
        return false;
    }
    return propose({{row, provider, value(row, provider), count}},
                   count ? tr("Nhập %1 cho %2, %3").arg(fmt.count(*count), unit, prov)
                         : tr("Xóa ô %1, %2").arg(unit, prov));
}

bool EntryModel::setCellText(int row, int provider, const QString& text)
{
    if (row < 0 || row >= m_units || provider < 0 || provider >= m_providers)
        return false;
    if (text.trimmed().isEmpty())
        return setCount(row, provider, std::nullopt);
    const CountParse parsed = CountParser::parse(text);
    if (!parsed.ok()) {
        const QString msg = tr("%1, %2: \"%3\" bị từ chối. %4")
                                .arg(m_session->data().units[row].name,
                                     providerDisplayName(m_session->data().providers[provider]),
                                     text.trimmed(), parsed.message());
        markErrors({{key(row, provider), msg}});
        setMessage(msg);
        return false;
    }
    return setCount(row, provider, parsed.value);
}

bool EntryModel::clearCells(const QModelIndexList& indexes)
{
    QVector<CellEdit> edits;
    for (const QModelIndex& i : indexes) {
        const int p = providerOf(i.column());
        if (i.model() == this && p >= 0 && value(i.row(), p))
            edits.push_back({i.row(), p, value(i.row(), p), std::nullopt});
    }
    if (edits.isEmpty())
        return false;
    return propose(edits, tr("Xóa %n ô", nullptr, int(edits.size())));
}

bool EntryModel::paste(const QModelIndex& start, const QString& text)
{
    QList<int> rows;
    for (int r = start.row(); r >= 0 && r < m_units; ++r)
        rows << r;
    return paste(rows, start.column(), text);
}

bool EntryModel::paste(const QList<int>& rows, int firstColumn, const QString& text)
{
    const int first = providerOf(firstColumn);
    if (first < 0 || rows.isEmpty()) {
        setMessage(tr("Chọn một ô của cột nhà mạng trước khi dán."));
        return false;
    }
    if (!isEditable()) {
        setMessage(readOnlyReason());
        return false;
    }
    const EntryClipboard::Paste block =
        EntryClipboard::read(m_edits, m_session->data(), rows, first, text);
    if (!block.refusal.isEmpty()) {
        markErrors(block.errors);
        setMessage(block.refusal);
        return false;
    }
    return propose(block.edits, tr("Dán %n ô", nullptr, int(block.edits.size())));
}

QString EntryModel::copy(const QModelIndexList& indexes) const
{
    return EntryClipboard::copy(*this, indexes);
}

void EntryModel::setWarningHandler(std::function<bool(const QString&)> handler)
{
    m_warningHandler = std::move(handler);
}

void EntryModel::markErrors(const QHash<int, QString>& errors)
{
    emitRowsChanged(m_edits.markErrors(errors));
}

bool EntryModel::propose(QVector<CellEdit> edits, const QString& undoText)
{
    if (!isEditable()) {
        setMessage(readOnlyReason());
        return false;
    }
    edits.erase(std::remove_if(edits.begin(), edits.end(),
                               [](const CellEdit& e) { return e.before == e.after; }),
                edits.end());
    if (edits.isEmpty())
        return true; // nothing changes: not an error
    const EntryEdits::Verdicts verdicts =
        m_edits.check(edits, m_session->data().units, m_session->calendar());
    const QStringList& rejectMessages = verdicts.rejectMessages;
    const QStringList& warnMessages = verdicts.warnMessages;
    if (!rejectMessages.isEmpty()) {
        markErrors(verdicts.errors);
        setMessage(rejectMessages.size() == 1 ? tr("Bị từ chối: %1").arg(rejectMessages.first())
                                              : tr("Bị từ chối (%1 đơn vị): %2")
                                                    .arg(rejectMessages.size())
                                                    .arg(rejectMessages.first()));
        return false;
    }
    if (!warnMessages.isEmpty() && m_warningHandler &&
        !m_warningHandler(warnMessages.join(u'\n'))) {
        setMessage(tr("Đã hủy thay đổi: %1").arg(warnMessages.first()));
        return false;
    }
    m_edits.acceptWarnings(verdicts.warnings);
    m_undo->push(new EntryEditCommand(
        [this](const QVector<CellEdit>& e, bool forward) { applyEdits(e, forward); },
        std::move(edits), undoText));
    if (!warnMessages.isEmpty())
        setMessage(tr("Đã nhập (có cảnh báo): %1").arg(warnMessages.first()));
    else
        setMessage(undoText);
    return true;
}

void EntryModel::applyEdits(const QVector<CellEdit>& edits, bool forward)
{
    const bool wasDirty = isDirty();
    emitRowsChanged(m_edits.apply(edits, forward));
    if (wasDirty != isDirty())
        emit dirtyChanged(isDirty());
    emit countsChanged();
}

void EntryModel::emitRowsChanged(const QList<int>& rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int r : std::as_const(sorted))
        emit dataChanged(index(r, 0), index(r, columnCount() - 1));
}

} // namespace signtally
