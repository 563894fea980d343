#include "models/EntryClipboard.h"

#include "core/Campaign.h"
#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "models/EntryModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QString EntryClipboard::copy(const EntryModel& model, const QModelIndexList& indexes)
{
    if (indexes.isEmpty())
        return {};
    int top = model.rowCount(), bottom = -1, left = model.columnCount(), right = -1;
    QHash<QPair<int, int>, QString> cells;
    for (const QModelIndex& i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
        const int p = model.providerOf(i.column());
        QString text;
        if (p >= 0) {
            const std::optional<qint64> v = model.value(i.row(), p);
            text = v ? QString::number(*v) : QString();
        } else if (i.column() == EntryModel::UnitColumn) {
            text = model.session()->data().units[i.row()].name;
        } else {
            text = model.data(model.index(i.row(), i.column()), Qt::DisplayRole).toString();
        }
        cells.insert({i.row(), i.column()}, text);
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList line;
        for (int c = left; c <= right; ++c)
            line << cells.value({r, c});
        lines << line.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

EntryClipboard::Paste EntryClipboard::read(const EntryEdits& cells, const CampaignData& data,
                                           const QList<int>& rows, int first, const QString& text)
{
    Paste out;
    const int providers = int(data.providers.size());
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // spreadsheets end the copied block with a newline
    if (lines.isEmpty()) {
        out.refusal = tr("Bộ nhớ tạm không có số liệu để dán.");
        return out;
    }
    if (lines.size() > rows.size()) {
        out.refusal =
            tr("Khối dán có %1 dòng nhưng từ ô đang chọn chỉ còn %2 đơn vị: không dán gì.")
                .arg(lines.size())
                .arg(rows.size());
        return out;
    }
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList line = lines[i].split(u'\t');
        if (first + line.size() > providers) {
            out.edits.clear();
            out.errors.clear();
            out.refusal = tr("Dòng %1 của khối dán có %2 cột nhưng từ cột đang chọn chỉ còn %3 "
                             "cột nhà mạng: không dán gì.")
                              .arg(i + 1)
                              .arg(line.size())
                              .arg(providers - first);
            return out;
        }
        const int row = rows[i];
        for (int j = 0; j < line.size(); ++j) {
            const int p = first + j;
            std::optional<qint64> v;
            if (!line[j].trimmed().isEmpty()) {
                const CountParse parsed = CountParser::parse(line[j]);
                if (!parsed.ok()) {
                    out.errors.insert(cells.key(row, p),
                                      tr("Dòng %1, cột %2 của khối dán (%3, %4): \"%5\" bị từ "
                                         "chối. %6")
                                          .arg(i + 1)
                                          .arg(j + 1)
                                          .arg(data.units[row].name,
                                               providerDisplayName(data.providers[p]),
                                               line[j].trimmed(), parsed.message()));
                    continue;
                }
                v = parsed.value;
            }
            out.edits.push_back({row, p, cells.value(row, p), v});
        }
    }
    if (!out.errors.isEmpty()) {
        QStringList all = out.errors.values();
        all.sort();
        out.refusal = tr("Không dán gì: %1").arg(all.first());
    }
    return out;
}

} // namespace signtally
