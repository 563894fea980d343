#include "models/EntryTotalsModel.h"

#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace signtally {

EntryTotalsModel::EntryTotalsModel(EntryModel* entries, QObject* parent)
    : QAbstractTableModel(parent), m_entries(entries)
{
    connect(entries, &QAbstractItemModel::dataChanged, this, &EntryTotalsModel::refresh);
    // A reset may change the columns (another campaign's providers): reset too.
    connect(entries, &QAbstractItemModel::modelAboutToBeReset, this,
            &EntryTotalsModel::beginResetModel);
    connect(entries, &QAbstractItemModel::modelReset, this, &EntryTotalsModel::endResetModel);
    connect(entries, &EntryModel::countsChanged, this, &EntryTotalsModel::refresh);
}

void EntryTotalsModel::refresh()
{
    emit dataChanged(index(0, 0), index(0, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, 0);
}

int EntryTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1;
}

int EntryTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_entries->columnCount();
}

std::optional<qint64> EntryTotalsModel::providerTotal(int provider) const
{
    std::optional<qint64> sum;
    for (int r = 0; r < m_entries->rowCount(); ++r)
        if (const std::optional<qint64> v = m_entries->value(r, provider))
            sum = sum.value_or(0) + *v;
    return sum;
}

std::optional<qint64> EntryTotalsModel::columnTotal(int column) const
{
    if (const int p = m_entries->providerOf(column); p >= 0)
        return providerTotal(p);
    const int rows = m_entries->rowCount();
    if (column == m_entries->dayTotalColumn()) {
        std::optional<qint64> sum;
        for (int r = 0; r < rows; ++r)
            if (m_entries->reported(r))
                sum = sum.value_or(0) + m_entries->dayTotal(r);
        return sum;
    }
    if (column == m_entries->cumulativeColumn()) {
        qint64 sum = 0;
        for (int r = 0; r < rows; ++r)
            sum += m_entries->cumulative(r);
        return sum;
    }
    return std::nullopt;
}

QVariant EntryTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int col = index.column();
    const Format fmt;
    switch (role) {
    case Qt::DisplayRole: {
        if (col == EntryModel::UnitColumn)
            return tr("Tổng %n đơn vị", nullptr, m_entries->rowCount());
        if (col == m_entries->percentColumn()) {
            const qint64 goal = m_entries->session()->data().goal();
            return goal > 0
                       ? fmt.percent(100.0 * double(*columnTotal(m_entries->cumulativeColumn())) /
                                     double(goal))
                       : u"—"_s;
        }
        const std::optional<qint64> v = columnTotal(col);
        return v ? fmt.count(*v) : u"—"_s;
    }
    case ValueRole: {
        const std::optional<qint64> v = columnTotal(col);
        return v ? QVariant(*v) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(col == EntryModel::UnitColumn
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole:
        return QBrush(QColor(0xe3, 0xea, 0xf2));
    case Qt::ToolTipRole:
        if (m_entries->providerOf(col) >= 0 || col == m_entries->dayTotalColumn())
            return tr("Tổng ngày %1 của mọi đơn vị (gồm cả số chưa lưu), để đối chiếu với bảng "
                      "của nhà mạng.")
                .arg(fmt.date(m_entries->date()));
        if (col == m_entries->percentColumn())
            return tr("Lũy kế của mọi đơn vị so với mục tiêu %1.")
                .arg(fmt.count(m_entries->session()->data().goal()));
        return {};
    default:
        return {};
    }
}

QVariant EntryTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section == 0 && role == Qt::DisplayRole)
        return u"Σ"_s;
    return m_entries->headerData(section, orientation, role);
}

} // namespace signtally
