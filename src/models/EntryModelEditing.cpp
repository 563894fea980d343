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
    if (row < 0 || row >= m_units || provider < 0 || provider >= providerCount())
        return false;
    const Format fmt;
    const QString unit = m_session->data().units[row].name;
    const QString prov = columnName(provider);
    const int block = blockOf(provider);
    if (count && *count < 0) {
        const QString msg =
            tr("%1, %2: số lượng không được âm (%3).").arg(unit, prov, QString::number(*count));
        markErrors(block, {{edits(block).key(row, providerIn(provider)), msg}});
        setMessage(msg);
        return false;
    }
    return propose({{row, provider, value(row, provider), count}},
                   count ? tr("Nhập %1 cho %2, %3").arg(fmt.count(*count), unit, prov)
                         : tr("Xóa ô %1, %2").arg(unit, prov));
}

bool EntryModel::setCellText(int row, int provider, const QString& text)
{
    if (row < 0 || row >= m_units || provider < 0 || provider >= providerCount())
        return false;
    if (text.trimmed().isEmpty())
        return setCount(row, provider, std::nullopt);
    const CountParse parsed = CountParser::parse(text);
    if (!parsed.ok()) {
        const QString msg = tr("%1, %2: \"%3\" bị từ chối. %4")
                                .arg(m_session->data().units[row].name, columnName(provider),
                                     text.trimmed(), parsed.message());
        const int block = blockOf(provider);
        markErrors(block, {{edits(block).key(row, providerIn(provider)), msg}});
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
    // Into the block of the first cell, its columns only.
    const int b = blockOf(first);
    EntryClipboard::Paste block =
        EntryClipboard::read(edits(b), m_session->data(), rows, providerIn(first), text);
    if (!block.refusal.isEmpty()) {
        markErrors(b, block.errors);
        setMessage(block.refusal);
        return false;
    }
    for (CellEdit& e : block.edits)
        e.provider += b * m_providers;
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

void EntryModel::markErrors(int block, const QHash<int, QString>& errors)
{
    emitRowsChanged(edits(block).markErrors(errors));
}

QVector<CellEdit> EntryModel::editsOfBlock(const QVector<CellEdit>& all, int block) const
{
    QVector<CellEdit> out;
    for (CellEdit e : all)
        if (blockOf(e.provider) == block) {
            e.provider = providerIn(e.provider);
            out.push_back(e);
        }
    return out;
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
    // Each block by its own rules: its group's sizes, its own other days.
    const CampaignData& data = m_session->data();
    QStringList rejectMessages;
    QStringList warnMessages;
    QVector<EntryEdits::Verdicts> verdicts(blockCount());
    for (int b = 0; b < blockCount(); ++b) {
        const QVector<CellEdit> mine = editsOfBlock(edits, b);
        if (mine.isEmpty())
            continue;
        const int g = groupOfBlock(b);
        verdicts[b] = this->edits(b).check(mine, g < 0 ? data.units : data.unitsOfGroup(g),
                                           m_session->calendar());
        rejectMessages += verdicts[b].rejectMessages;
        warnMessages += verdicts[b].warnMessages;
    }
    if (!rejectMessages.isEmpty()) {
        for (int b = 0; b < blockCount(); ++b)
            markErrors(b, verdicts[b].errors);
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
    for (int b = 0; b < blockCount(); ++b)
        this->edits(b).acceptWarnings(verdicts[b].warnings);
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
    for (int b = 0; b < blockCount(); ++b)
        if (const QVector<CellEdit> mine = editsOfBlock(edits, b); !mine.isEmpty())
            emitRowsChanged(this->edits(b).apply(mine, forward));
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
