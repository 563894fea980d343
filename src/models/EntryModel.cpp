#include "models/EntryModel.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
const QString EntrySource = u"entry"_s; // tally_audit.source of what is keyed in here
const QString Dash = QStringLiteral("—");
} // namespace

// One step of the undo history: a set of cells from their values before to
// their values after (a typed value, a cleared block or a whole paste).
class EntryEditCommand : public QUndoCommand
{
public:
    EntryEditCommand(EntryModel* model, QVector<EntryModel::CellEdit> edits, const QString& text)
        : QUndoCommand(text), m_model(model), m_edits(std::move(edits))
    {}
    void redo() override { m_model->applyEdits(m_edits, true); }
    void undo() override { m_model->applyEdits(m_edits, false); }

private:
    EntryModel* m_model;
    QVector<EntryModel::CellEdit> m_edits;
};

EntryModel::EntryModel(CampaignSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_undo(new QUndoStack(this))
{
    const CampaignData& data = session->data();
    m_units = int(data.units.size());
    m_providers = int(data.providers.size());
    for (const Unit& u : data.units)
        m_searchKeys << searchKey((QStringList{u.name} + u.aliases).join(u" | "_s));
    m_date = session->defaultDate();
    loadDay();
    connect(session, &CampaignSession::changed, this, [this](const ChangeNotice& notice) {
        // Any count changes the totals and cumulative columns; a lock, the day's state.
        if (notice.touches(ChangeNotice::Tallies) || notice.touches(ChangeNotice::WeekLocks) ||
            notice.touches(ChangeNotice::Setup))
            onTalliesChanged();
    });
}

EntryModel::~EntryModel() = default;

int EntryModel::providerOf(int column) const
{
    const int p = column - 1;
    return p >= 0 && p < m_providers ? p : -1;
}

bool EntryModel::setDate(QDate date)
{
    if (!m_session->calendar().contains(date))
        return false;
    if (date == m_date)
        return true;
    const bool wasDirty = isDirty();
    m_date = date;
    m_pending.clear();
    m_errors.clear();
    m_warnings.clear();
    m_undo->clear();
    loadDay();
    if (m_units > 0)
        emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (wasDirty)
        emit dirtyChanged(false);
    emit dateChanged(m_date);
    emit lockChanged(m_locked);
    emit countsChanged();
    return true;
}

int EntryModel::week() const
{
    return m_session->calendar().weekOf(m_date);
}

bool EntryModel::isFuture() const
{
    return m_date > m_session->clock().today();
}

bool EntryModel::isEditable() const
{
    return !m_locked && !m_session->readOnly() && !isFuture();
}

QString EntryModel::readOnlyReason() const
{
    if (m_session->readOnly())
        return tr("Tệp cơ sở dữ liệu chỉ đọc: không sửa được số liệu.");
    if (isFuture())
        return tr("Ngày %1 chưa đến (hôm nay là %2): không nhập số liệu cho ngày sau hôm nay.")
            .arg(Format().date(m_date), Format().date(m_session->clock().today()));
    if (m_locked) {
        const CampaignCalendar cal = m_session->calendar();
        const Format fmt;
        return tr("Tuần %1 (%2–%3) đã khóa vì báo cáo tuần đã gửi: không sửa được số liệu "
                  "ngày %4.")
            .arg(week())
            .arg(fmt.shortDate(cal.weekStart(week())), fmt.date(cal.weekEnd(week())),
                 fmt.date(m_date));
    }
    return {};
}

void EntryModel::loadDay()
{
    const CampaignData& data = m_session->data();
    const TallyMatrix& t = data.tallies;
    const int days = t.days();
    m_day = m_session->calendar().dayIndex(m_date);
    m_saved = QVector<std::optional<qint64>>(qsizetype(m_units) * m_providers);
    m_before = QVector<qint64>(m_units, 0);
    m_otherDays = QVector<qint64>(m_units, 0);
    m_otherReported = QVector<QVector<qint64>>(m_units);
    for (int u = 0; u < m_units && u < t.units(); ++u) {
        for (int p = 0; p < m_providers && m_day >= 0 && m_day < days; ++p) {
            const std::optional<qint32> v = t.value(u, m_day, p);
            if (v)
                m_saved[key(u, p)] = *v;
        }
        for (int d = 0; d < days; ++d) {
            if (d == m_day)
                continue;
            const qint64 total = t.dayTotal(u, d);
            m_otherDays[u] += total;
            if (d < m_day)
                m_before[u] += total;
            if (t.reported(u, d))
                m_otherReported[u].push_back(total);
        }
    }
    const int w = week();
    m_locked = w > 0 && m_session->tallies().isWeekLocked(w);
}

void EntryModel::onTalliesChanged()
{
    const bool wasDirty = isDirty();
    loadDay();
    // Edits that now equal what is saved are no longer edits.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value() == m_saved[it.key()])
            it = m_pending.erase(it);
        else
            ++it;
    }
    if (m_units > 0)
        emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    if (wasDirty != isDirty())
        emit dirtyChanged(isDirty());
    emit countsChanged();
}

int EntryModel::findUnit(const QString& text) const
{
    const QString exact = nameKey(text);
    if (exact.isEmpty())
        return -1;
    const QVector<Unit>& units = m_session->data().units;
    for (int r = 0; r < m_units; ++r) {
        if (nameKey(units[r].name) == exact)
            return r;
        for (const QString& alias : units[r].aliases)
            if (nameKey(alias) == exact)
                return r;
    }
    const QString loose = searchKey(text);
    for (int r = 0; r < m_units; ++r)
        if (m_searchKeys[r].contains(loose))
            return r;
    return -1;
}

std::optional<qint64> EntryModel::value(int row, int provider) const
{
    const int k = key(row, provider);
    const auto it = m_pending.constFind(k);
    return it != m_pending.cend() ? it.value() : m_saved.value(k);
}

std::optional<qint64> EntryModel::savedValue(int row, int provider) const
{
    return m_saved.value(key(row, provider));
}

bool EntryModel::isEdited(int row, int provider) const
{
    return m_pending.contains(key(row, provider));
}

QString EntryModel::cellError(int row, int provider) const
{
    return m_errors.value(key(row, provider));
}

qint64 EntryModel::dayTotal(int row) const
{
    qint64 sum = 0;
    for (int p = 0; p < m_providers; ++p)
        sum += value(row, p).value_or(0);
    return sum;
}

bool EntryModel::reported(int row) const
{
    for (int p = 0; p < m_providers; ++p)
        if (value(row, p))
            return true;
    return false;
}

qint64 EntryModel::cumulative(int row) const
{
    return m_before.value(row) + dayTotal(row);
}

void EntryModel::setMessage(const QString& text)
{
    m_lastMessage = text;
    emit message(text);
}

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
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // spreadsheets end the copied block with a newline
    if (lines.isEmpty()) {
        setMessage(tr("Bộ nhớ tạm không có số liệu để dán."));
        return false;
    }
    if (lines.size() > rows.size()) {
        setMessage(tr("Khối dán có %1 dòng nhưng từ ô đang chọn chỉ còn %2 đơn vị: không dán gì.")
                       .arg(lines.size())
                       .arg(rows.size()));
        return false;
    }
    QVector<CellEdit> edits;
    QHash<int, QString> errors;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u'\t');
        if (first + cells.size() > m_providers) {
            setMessage(tr("Dòng %1 của khối dán có %2 cột nhưng từ cột đang chọn chỉ còn %3 cột "
                          "nhà mạng: không dán gì.")
                           .arg(i + 1)
                           .arg(cells.size())
                           .arg(m_providers - first));
            return false;
        }
        const int row = rows[i];
        for (int j = 0; j < cells.size(); ++j) {
            const int p = first + j;
            std::optional<qint64> v;
            if (!cells[j].trimmed().isEmpty()) {
                const CountParse parsed = CountParser::parse(cells[j]);
                if (!parsed.ok()) {
                    errors.insert(key(row, p),
                                  tr("Dòng %1, cột %2 của khối dán (%3, %4): \"%5\" bị từ chối. "
                                     "%6")
                                      .arg(i + 1)
                                      .arg(j + 1)
                                      .arg(m_session->data().units[row].name,
                                           providerDisplayName(m_session->data().providers[p]),
                                           cells[j].trimmed(), parsed.message()));
                    continue;
                }
                v = parsed.value;
            }
            edits.push_back({row, p, value(row, p), v});
        }
    }
    if (!errors.isEmpty()) {
        markErrors(errors);
        QStringList all = errors.values();
        all.sort();
        setMessage(tr("Không dán gì: %1").arg(all.first()));
        return false;
    }
    return propose(edits, tr("Dán %n ô", nullptr, int(edits.size())));
}

QString EntryModel::copy(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = m_units, bottom = -1, left = columnCount(), right = -1;
    QHash<QPair<int, int>, QString> cells;
    for (const QModelIndex& i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
        const int p = providerOf(i.column());
        QString text;
        if (p >= 0) {
            const std::optional<qint64> v = value(i.row(), p);
            text = v ? QString::number(*v) : QString();
        } else if (i.column() == UnitColumn) {
            text = m_session->data().units[i.row()].name;
        } else {
            text = data(index(i.row(), i.column()), Qt::DisplayRole).toString();
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

void EntryModel::setWarningHandler(std::function<bool(const QString&)> handler)
{
    m_warningHandler = std::move(handler);
}

void EntryModel::markErrors(const QHash<int, QString>& errors)
{
    QList<int> rows;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        m_errors.insert(it.key(), it.value());
        rows << it.key() / m_providers;
    }
    emitRowsChanged(rows);
}

EntryFacts EntryModel::factsFor(int row, qint64 newDayTotal) const
{
    const Unit& u = m_session->data().units[row];
    EntryFacts f;
    f.unitName = u.name;
    f.adults = u.adults;
    f.quota = u.quota;
    f.cumulativeBefore = m_before[row];
    f.otherDaysTotal = m_otherDays[row];
    f.otherReportedTotals = m_otherReported[row];
    f.newDayTotal = newDayTotal;
    const CampaignCalendar cal = m_session->calendar();
    f.campaignDays = cal.days();
    f.daysFromDate = cal.days() - cal.dayIndex(m_date);
    return f;
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
    // The day's new total of every unit touched.
    QHash<int, QHash<int, std::optional<qint64>>> byRow;
    for (const CellEdit& e : edits)
        byRow[e.row][e.provider] = e.after;
    QHash<int, QString> errors;
    QHash<int, QString> warnings;
    QStringList rejectMessages, warnMessages;
    QList<int> rowsInOrder = byRow.keys();
    std::sort(rowsInOrder.begin(), rowsInOrder.end());
    for (int row : std::as_const(rowsInOrder)) {
        const auto& changes = byRow[row];
        qint64 newTotal = 0;
        for (int p = 0; p < m_providers; ++p)
            newTotal += (changes.contains(p) ? changes[p] : value(row, p)).value_or(0);
        // A total that does not grow breaks no rule it did not already break.
        if (newTotal <= dayTotal(row))
            continue;
        const EntryVerdict verdict = EntryRules::check(factsFor(row, newTotal));
        if (verdict.kind == EntryVerdict::Kind::Reject) {
            rejectMessages << verdict.message;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                errors.insert(key(row, it.key()), verdict.message);
        } else if (verdict.kind == EntryVerdict::Kind::Warn) {
            warnMessages << verdict.message;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                warnings.insert(key(row, it.key()), verdict.message);
        }
    }
    if (!rejectMessages.isEmpty()) {
        markErrors(errors);
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
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        m_warnings.insert(it.key(), it.value());
    m_undo->push(new EntryEditCommand(this, std::move(edits), undoText));
    if (!warnMessages.isEmpty())
        setMessage(tr("Đã nhập (có cảnh báo): %1").arg(warnMessages.first()));
    else
        setMessage(undoText);
    return true;
}

void EntryModel::applyEdits(const QVector<CellEdit>& edits, bool forward)
{
    const bool wasDirty = isDirty();
    QList<int> rows;
    for (const CellEdit& e : edits) {
        const int k = key(e.row, e.provider);
        const std::optional<qint64> v = forward ? e.after : e.before;
        if (v == m_saved[k])
            m_pending.remove(k);
        else
            m_pending.insert(k, v);
        m_errors.remove(k);
        if (!forward)
            m_warnings.remove(k);
        rows << e.row;
    }
    emitRowsChanged(rows);
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

bool EntryModel::save(QString* error)
{
    if (!isDirty())
        return true;
    auto fail = [&](const QString& msg) {
        if (error)
            *error = msg;
        setMessage(msg);
        return false;
    };
    if (!isEditable())
        return fail(readOnlyReason());
    const CampaignData& data = m_session->data();
    QList<int> keys = m_pending.keys();
    std::sort(keys.begin(), keys.end());
    QVector<TallyChange> changes;
    for (int k : std::as_const(keys)) {
        const int row = k / m_providers, p = k % m_providers;
        // Only if the cell still holds what this grid loaded: nothing another
        // window saved meanwhile is overwritten without the user's choice.
        changes.push_back(TallyChange::expecting({data.units[row].id, m_date, data.providers[p].id},
                                                 m_pending[k], m_saved[k]));
    }
    m_conflicts.clear();
    try {
        const ApplyResult r = m_session->applyChanges(changes, EntrySource);
        if (!r.ok()) {
            // The session reloaded: m_saved now holds theirs, my edits are kept.
            for (const TallyConflict& c : r.conflicts) {
                const int row = int(data.unitIndexById(c.change.key.unitId));
                const int p = int(data.providerIndexById(c.change.key.providerId));
                m_conflicts.push_back({row, p, c.change.count, c.theirs});
            }
            return fail(tr("Chưa lưu: %n ô đã được người khác sửa trong tệp sau khi bạn mở; hãy "
                           "chọn giữ số của bạn hay lấy số trong tệp.",
                           nullptr, int(m_conflicts.size())));
        }
    } catch (const StorageError& e) {
        // Another window may have locked the week meanwhile: show it.
        const int w = week();
        if (const bool locked = w > 0 && m_session->tallies().isWeekLocked(w); locked != m_locked) {
            m_locked = locked;
            emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
            emit lockChanged(m_locked);
        }
        return fail(tr("Chưa lưu: %1").arg(e.message()));
    }
    // applyChanges reloaded the tallies (onTalliesChanged dropped the saved edits).
    const bool wasDirty = isDirty();
    m_pending.clear();
    m_warnings.clear();
    m_undo->setClean();
    if (wasDirty)
        emit dirtyChanged(false);
    setMessage(
        tr("Đã lưu %n ô của ngày %1.", nullptr, int(changes.size())).arg(Format().date(m_date)));
    return true;
}

void EntryModel::discard()
{
    const bool wasDirty = isDirty();
    m_pending.clear();
    m_errors.clear();
    m_warnings.clear();
    m_undo->clear();
    if (m_units > 0)
        emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    if (wasDirty)
        emit dirtyChanged(false);
    emit countsChanged();
}

bool EntryModel::lockWeek(const QString& reason, QString* error)
{
    auto fail = [&](const QString& msg) {
        if (error)
            *error = msg;
        setMessage(msg);
        return false;
    };
    if (m_session->readOnly())
        return fail(readOnlyReason());
    if (m_locked)
        return fail(tr("Tuần %1 đã khóa rồi.").arg(week()));
    if (isDirty())
        return fail(
            tr("Hãy lưu hoặc bỏ các thay đổi chưa lưu trước khi khóa tuần %1.").arg(week()));
    try {
        m_session->lockWeek(week(), reason.trimmed());
    } catch (const StorageError& e) {
        return fail(e.message());
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
    auto fail = [&](const QString& msg) {
        if (error)
            *error = msg;
        setMessage(msg);
        return false;
    };
    if (m_session->readOnly())
        return fail(readOnlyReason());
    if (!m_locked)
        return fail(tr("Tuần %1 chưa khóa.").arg(week()));
    if (reason.trimmed().isEmpty())
        return fail(tr("Cần ghi lý do khi mở khóa tuần %1.").arg(week()));
    try {
        m_session->unlockWeek(week(), reason.trimmed());
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    m_locked = false;
    emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
    emit lockChanged(false);
    setMessage(tr("Đã mở khóa tuần %1. Lý do: %2").arg(week()).arg(reason.trimmed()));
    return true;
}

int EntryModel::reportedCount() const
{
    int n = 0;
    for (int r = 0; r < m_units; ++r)
        n += reported(r) ? 1 : 0;
    return n;
}

QVector<int> EntryModel::unreportedRows() const
{
    QVector<int> out;
    for (int r = 0; r < m_units; ++r)
        if (!reported(r))
            out.push_back(r);
    return out;
}

QString EntryModel::sourceLabel(const QString& source)
{
    if (source == EntrySource)
        return tr("Nhập tay");
    if (source == u"signtally demo"_s) // Seeder::addDemoTallies
        return tr("Số liệu mẫu");
    return source; // an import: the file's name
}

QVector<EntryModel::HistoryRow> EntryModel::history(int row) const
{
    QVector<HistoryRow> out;
    if (row < 0 || row >= m_units)
        return out;
    const CampaignData& data = m_session->data();
    const Format fmt;
    const QVector<AuditEntry> entries = m_session->tallies().history(data.units[row].id, m_date);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry& e = *it;
        HistoryRow h;
        QDateTime at = QDateTime::fromString(e.changedAt, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(e.changedAt, Qt::ISODate);
        h.when = at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : e.changedAt;
        const int p = data.providerIndexById(e.providerId);
        h.provider =
            p >= 0 ? providerDisplayName(data.providers[p]) : QString::number(e.providerId);
        h.change = tr("%1 → %2").arg(e.oldCount ? fmt.count(*e.oldCount) : Dash,
                                     e.newCount ? fmt.count(*e.newCount) : Dash);
        h.actor = e.actor;
        h.source = sourceLabel(e.source);
        out.push_back(h);
    }
    return out;
}

int EntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_units;
}

int EntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_providers + 4;
}

QVariant EntryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const Unit& unit = m_session->data().units[row];
    const Format fmt;
    if (role == SearchKeyRole)
        return m_searchKeys.value(row);
    if (role == UnitIdRole)
        return unit.id;

    if (col == UnitColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return unit.name;
        case Qt::ToolTipRole:
            return tr("%1 · dân số trưởng thành %2 · chỉ tiêu %3")
                .arg(unit.name, fmt.count(unit.adults), fmt.count(unit.quota));
        case Qt::ForegroundRole:
            return reported(row) ? QVariant() : QVariant(QBrush(QColor(0xa0, 0x30, 0x20)));
        default:
            return {};
        }
    }

    const int p = providerOf(col);
    if (p >= 0) {
        const int k = key(row, p);
        const std::optional<qint64> v = value(row, p);
        const bool edited = m_pending.contains(k);
        const bool error = m_errors.contains(k);
        switch (role) {
        case Qt::DisplayRole:
            return v ? fmt.count(*v) : Dash;
        case Qt::EditRole:
            return v ? QString::number(*v) : QString();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            if (error)
                return QBrush(QColor(0xf6, 0xc6, 0xc6));
            if (edited)
                return QBrush(m_warnings.contains(k) ? QColor(0xff, 0xd8, 0x9a)
                                                     : QColor(0xff, 0xf1, 0x9c));
            if (m_locked)
                return QBrush(QColor(0xe4, 0xe4, 0xe4));
            if (!v)
                return QBrush(QColor(0xf1, 0xf1, 0xf1));
            return {};
        case Qt::ForegroundRole:
            if (error)
                return QBrush(QColor(0xa0, 0x10, 0x10));
            if (!v)
                return QBrush(QColor(0x9a, 0x9a, 0x9a));
            return {};
        case Qt::FontRole:
            if (edited) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole: {
            QStringList tips;
            if (error)
                tips << m_errors.value(k);
            if (m_warnings.contains(k))
                tips << m_warnings.value(k);
            if (edited)
                tips << tr("Chưa lưu (đã lưu: %1).")
                            .arg(m_saved[k] ? fmt.count(*m_saved[k]) : tr("chưa báo cáo"));
            else if (!v)
                tips << tr("Chưa báo cáo.");
            if (m_locked)
                tips << readOnlyReason();
            return tips.join(u'\n');
        }
        case CellStatusRole:
            return int(error    ? CellStatus::Error
                       : edited ? CellStatus::Edited
                       : v      ? CellStatus::Reported
                                : CellStatus::NotReported);
        default:
            return {};
        }
    }

    // The read-only figures of the row.
    switch (role) {
    case Qt::DisplayRole:
        if (col == dayTotalColumn())
            return reported(row) ? fmt.count(dayTotal(row)) : Dash;
        if (col == cumulativeColumn())
            return fmt.count(cumulative(row));
        if (col == percentColumn())
            return unit.quota > 0
                       ? fmt.percent(100.0 * double(cumulative(row)) / double(unit.quota))
                       : Dash;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return QBrush(QColor(0xf4, 0xf7, 0xfb));
    case Qt::ForegroundRole:
        return QBrush(QColor(0x40, 0x4a, 0x56));
    case Qt::ToolTipRole:
        if (col == cumulativeColumn())
            return tr("Lũy kế đến hết ngày %1 (gồm cả thay đổi chưa lưu).").arg(fmt.date(m_date));
        return {};
    default:
        return {};
    }
}

QVariant EntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_units)
            return m_session->data().units[section].number;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == UnitColumn)
            return tr("Đơn vị");
        if (const int p = providerOf(section); p >= 0)
            return providerDisplayName(m_session->data().providers[p]);
        if (section == dayTotalColumn())
            return tr("Tổng ngày");
        if (section == cumulativeColumn())
            return tr("Lũy kế");
        if (section == percentColumn())
            return tr("% chỉ tiêu");
    }
    if (role == Qt::ToolTipRole) {
        if (providerOf(section) >= 0)
            return tr("Số chữ ký số ngày %1 do %2 báo cáo. Trống = chưa báo cáo, 0 = báo cáo "
                      "bằng 0.")
                .arg(Format().date(m_date),
                     providerDisplayName(m_session->data().providers[providerOf(section)]));
        if (section == cumulativeColumn())
            return tr("Lũy kế đến hết ngày %1.").arg(Format().date(m_date));
    }
    return {};
}

Qt::ItemFlags EntryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (providerOf(index.column()) >= 0 && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int p = providerOf(index.column());
    if (p < 0)
        return false;
    if (!value.isValid() || value.isNull())
        return setCount(index.row(), p, std::nullopt);
    if (value.typeId() == QMetaType::QString)
        return setCellText(index.row(), p, value.toString());
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok)
        return setCellText(index.row(), p, value.toString());
    return setCount(index.row(), p, n);
}

bool EntryModel::resolveConflicts(bool keepMine, QString* error)
{
    if (!keepMine) {
        for (const Conflict& c : std::as_const(m_conflicts))
            m_pending.remove(c.row * m_providers + c.provider);
        if (m_units > 0)
            emit dataChanged(index(0, 0), index(m_units - 1, columnCount() - 1));
        if (!isDirty()) {
            m_conflicts.clear();
            m_undo->setClean();
            emit dirtyChanged(false);
            return true;
        }
    }
    // m_saved holds theirs since the failed save: saving again expects it.
    return save(error);
}

} // namespace signtally
