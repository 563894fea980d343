#include "models/EntryModel.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
const QString Dash = QStringLiteral("—");

// A group's name short enough for a column's header (the whole in its tooltip).
QString headerName(const QString& name)
{
    constexpr int Max = 16;
    return name.size() <= Max ? name : name.left(Max - 1).trimmed() + u'…';
}
} // namespace

EntryModel::EntryModel(CampaignSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_undo(new QUndoStack(this))
{
    readSetup();
    m_date = session->defaultDate();
    loadDay();
    connect(session, &CampaignSession::changed, this, [this](const ChangeNotice& notice) {
        // Another campaign or its set-up: everything anew. Any count changes
        // the totals and cumulative columns; a lock, the day's state.
        if (notice.touches(ChangeNotice::Setup))
            reloadSetup();
        else if (notice.touches(ChangeNotice::Tallies) || notice.touches(ChangeNotice::WeekLocks))
            onTalliesChanged();
    });
}

void EntryModel::readSetup()
{
    const CampaignData& data = m_session->data();
    m_campaignId = data.campaign.id;
    m_units = int(data.units.size());
    m_providers = int(data.providers.size());
    m_searchKeys.clear();
    for (const Unit& u : data.units)
        m_searchKeys << searchKey((QStringList{u.name} + u.aliases).join(u" | "_s));
    const bool blocks = m_wantBlocks && m_session->viewedGroup() < 0 && !data.groups.isEmpty();
    m_groupEdits = QVector<EntryEdits>(blocks ? data.groups.size() : 0);
}

void EntryModel::setBlocks(bool on)
{
    if (on == m_wantBlocks)
        return;
    m_wantBlocks = on;
    reloadSetup();
}

QString EntryModel::blockName(int block) const
{
    const int g = groupOfBlock(block);
    if (g >= 0)
        return m_session->data().groups[g].name;
    const int viewed = m_session->viewedGroup();
    return viewed >= 0 ? m_session->data().groups[viewed].name : tr("Toàn bộ dân số");
}

QString EntryModel::blockHeaderName(int block) const
{
    return headerName(blockName(block));
}

QString EntryModel::columnName(int provider) const
{
    const QString name = providerDisplayName(m_session->data().providers[providerIn(provider)]);
    return blockCount() > 1 ? u"%1 — %2"_s.arg(blockName(blockOf(provider)), name) : name;
}

void EntryModel::clearEdits()
{
    m_edits.clear();
    for (EntryEdits& e : m_groupEdits)
        e.clear();
}

bool EntryModel::isDirty() const
{
    for (int b = 0; b < blockCount(); ++b)
        if (edits(b).isDirty())
            return true;
    return false;
}

int EntryModel::editedCount() const
{
    int n = 0;
    for (int b = 0; b < blockCount(); ++b)
        n += edits(b).editedCount();
    return n;
}

void EntryModel::reloadSetup()
{
    // The window asked about unsaved edits before switching; whatever is left
    // belonged to cells that may no longer exist.
    const bool wasDirty = isDirty();
    const bool sameCampaign = m_campaignId == m_session->campaignId();
    beginResetModel();
    readSetup();
    if (!sameCampaign || !m_session->calendar().contains(m_date))
        m_date = m_session->defaultDate();
    clearEdits();
    m_conflicts.clear();
    m_undo->clear();
    loadDay();
    endResetModel();
    if (wasDirty)
        emit dirtyChanged(false);
    emit dateChanged(m_date);
    emit lockChanged(m_locked);
    emit countsChanged();
}

EntryModel::~EntryModel() = default;

int EntryModel::providerOf(int column) const
{
    const int p = column - 1;
    return p >= 0 && p < providerCount() ? p : -1;
}

bool EntryModel::setDate(QDate date)
{
    if (!m_session->calendar().contains(date))
        return false;
    if (date == m_date)
        return true;
    const bool wasDirty = isDirty();
    m_date = date;
    clearEdits();
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
    if (m_session->readOnly() && m_session->onServer())
        return tr("Tài khoản %1 chỉ được xem số liệu trên máy chủ này: không sửa được số liệu.")
            .arg(m_session->actor());
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
    // The column blocks (the whole population viewed) show every group's
    // counts: those not read yet are read now (then kept, and re-read with
    // the rest when the file changes).
    const CampaignData& data =
        m_groupEdits.isEmpty() ? m_session->data() : m_session->completeData();
    const int day = m_session->calendar().dayIndex(m_date);
    m_edits.load(data.tallies, m_units, m_providers, day);
    for (int g = 0; g < m_groupEdits.size(); ++g)
        m_groupEdits[g].load(*data.groups[g].tallies, m_units, m_providers, day);
    const int w = week();
    m_locked = w > 0 && m_session->tallies().isWeekLocked(w);
}

void EntryModel::onTalliesChanged()
{
    const bool wasDirty = isDirty();
    loadDay();
    for (int b = 0; b < blockCount(); ++b)
        edits(b).dropSavedEdits();
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
    return edits(blockOf(provider)).value(row, providerIn(provider));
}

std::optional<qint64> EntryModel::savedValue(int row, int provider) const
{
    return edits(blockOf(provider)).saved(row, providerIn(provider));
}

bool EntryModel::isEdited(int row, int provider) const
{
    return edits(blockOf(provider)).isEdited(row, providerIn(provider));
}

QString EntryModel::cellError(int row, int provider) const
{
    return edits(blockOf(provider)).error(row, providerIn(provider));
}

qint64 EntryModel::dayTotal(int row) const
{
    return m_edits.dayTotal(row);
}

bool EntryModel::reported(int row) const
{
    return m_edits.reported(row);
}

qint64 EntryModel::cumulative(int row) const
{
    return m_edits.cumulative(row);
}

void EntryModel::setMessage(const QString& text)
{
    m_lastMessage = text;
    emit message(text);
}

int EntryModel::reportedCount(int block) const
{
    int n = 0;
    for (int r = 0; r < m_units; ++r)
        n += edits(block).reported(r) ? 1 : 0;
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

QVector<EntryModel::HistoryRow> EntryModel::history(int row) const
{
    return CellHistory::of(*m_session, row, m_date);
}

int EntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_units;
}

int EntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : providerCount() + 4;
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

    if (const int column = providerOf(col); column >= 0) {
        const EntryEdits& cells = edits(blockOf(column));
        const int p = providerIn(column);
        const std::optional<qint64> v = cells.value(row, p);
        const bool edited = cells.isEdited(row, p);
        const bool error = cells.hasError(row, p);
        const bool warned = cells.hasWarning(row, p);
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
                return QBrush(warned ? QColor(0xff, 0xd8, 0x9a) : QColor(0xff, 0xf1, 0x9c));
            if (m_locked)
                return QBrush(QColor(0xe4, 0xe4, 0xe4));
            if (!v)
                return QBrush(QColor(0xf1, 0xf1, 0xf1));
            if (blockOf(column) % 2 == 1) // every other block tinted, to tell them apart
                return QBrush(QColor(0xee, 0xf4, 0xfb));
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
                tips << cells.error(row, p);
            if (warned)
                tips << cells.warning(row, p);
            if (edited) {
                const std::optional<qint64> saved = cells.saved(row, p);
                tips << tr("Chưa lưu (đã lưu: %1).")
                            .arg(saved ? fmt.count(*saved) : tr("chưa báo cáo"));
            } else if (!v)
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
        if (role == Qt::DisplayRole && section >= 0 && section < m_units) {
            // With blocks the names stay in sight as the grid scrolls sideways.
            const Unit& unit = m_session->data().units[section];
            return blockCount() > 1 ? QVariant(u"%1. %2"_s.arg(unit.number).arg(unit.name))
                                    : QVariant(unit.number);
        }
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == UnitColumn)
            return tr("Đơn vị");
        if (const int p = providerOf(section); p >= 0)
            return blockCount() > 1
                       ? u"%1\n%2"_s.arg(
                             blockHeaderName(blockOf(p)),
                             providerDisplayName(m_session->data().providers[providerIn(p)]))
                       : providerDisplayName(m_session->data().providers[p]);
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
                .arg(Format().date(m_date), columnName(providerOf(section)));
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

} // namespace signtally
