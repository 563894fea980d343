#include "models/UnitProgressModel.h"

#include "core/StatusColors.h"
#include "core/StatusText.h"
#include "core/VnFormat.h"

#include <QBrush>
#include <cmath>
#include <limits>

namespace signtally {

UnitProgressModel::UnitProgressModel(QObject* parent) : QAbstractTableModel(parent) {}

QColor UnitProgressModel::statusColor(Status s)
{
    return QColor(QRgb(statusRgb(s)));
}

void UnitProgressModel::setSnapshot(const CampaignData& data, const ProgressSnapshot& snapshot)
{
    const bool sameRows = data.units.size() == m_units.size() &&
                          std::equal(data.units.begin(), data.units.end(), m_units.begin(),
                                     [](const Unit& a, const Unit& b) { return a.id == b.id; });
    if (!sameRows)
        beginResetModel();
    m_units = data.units;
    m_snapshot = snapshot;
    if (!sameRows) {
        endResetModel();
    } else if (!m_units.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int UnitProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.units.size());
}

int UnitProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitProgressModel::display(const UnitProgress& p, const Unit& u, int column) const
{
    const Format fmt;
    switch (column) {
    case Number:
        return QString::number(u.number);
    case Name:
        return u.name;
    case Adults:
        return fmt.count(u.adults);
    case Quota:
        return fmt.count(p.target);
    case Cumulative:
        return fmt.count(p.cumulative);
    case PercentOfQuota:
        return fmt.percent(p.percentOfTarget);
    case Coverage:
        return fmt.percent(p.coverage);
    case DayCount:
        return p.reportedOnAsOf ? fmt.count(p.dayCount) : tr("—");
    case RequiredDaily:
        return StatusText::rate(p.requiredDaily, fmt);
    case RecentPace:
        // Rounded like every other rate (StatusText::rate), so the table and
        // the unit page show the same figure.
        return p.paceDays > 0 ? StatusText::rate(p.recentPace, fmt) : tr("—");
    case ForecastColumn:
        return StatusText::forecast(p.forecast, fmt);
    case Rank:
        return StatusText::rank(p.rank);
    case StatusColumn:
        return StatusText::label(p.status);
    }
    return {};
}

QVariant UnitProgressModel::sortValue(const UnitProgress& p, const Unit& u, int column) const
{
    switch (column) {
    case Number:
        return u.number;
    case Name:
        return u.name;
    case Adults:
        return u.adults;
    case Quota:
        return p.target;
    case Cumulative:
        return p.cumulative;
    case PercentOfQuota:
        return p.percentOfTarget;
    case Coverage:
        return p.coverage;
    case DayCount:
        return p.reportedOnAsOf ? p.dayCount : qint64(-1);
    case RequiredDaily:
        return p.requiredDaily ? *p.requiredDaily : 1e18;
    case RecentPace:
        return p.recentPace;
    case ForecastColumn: {
        // Reached first (earliest first), then forecasts by date, then none.
        const qint64 base = p.forecast.date.isValid() ? p.forecast.date.toJulianDay() : 0;
        switch (p.forecast.kind) {
        case signtally::Forecast::Kind::Reached:
            return base;
        case signtally::Forecast::Kind::WithinCampaign:
        case signtally::Forecast::Kind::NotWithinCampaign:
            return qint64(1) << 40 | base;
        case signtally::Forecast::Kind::NoPace:
            return qint64(1) << 50;
        }
        return {};
    }
    case Rank:
        return p.rank > 0 ? p.rank : std::numeric_limits<int>::max();
    case StatusColumn:
        return int(p.status);
    }
    return {};
}

QVariant UnitProgressModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshot.units.size())
        return {};
    const UnitProgress& p = m_snapshot.units[index.row()];
    const Unit& u = m_units[p.unitIndex];
    switch (role) {
    case Qt::DisplayRole:
        return display(p, u, index.column());
    case SortRole:
        return sortValue(p, u, index.column());
    case UnitIndexRole:
        return p.unitIndex;
    case StatusRole:
        return int(p.status);
    case PercentRole:
        return p.percentOfTarget;
    case StatusColorRole:
        return statusColor(p.status);
    case Qt::TextAlignmentRole:
        if (index.column() == Name || index.column() == StatusColumn ||
            index.column() == ForecastColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(Qt::white);
        if (index.column() == ForecastColumn &&
            p.forecast.kind == signtally::Forecast::Kind::NotWithinCampaign)
            return QBrush(statusColor(Status::Behind));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColor(p.status));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("Nhấp đúp hoặc Enter để mở trang của đơn vị");
        return {};
    }
    return {};
}

QVariant UnitProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Adults:
            return tr("Dân số trưởng thành");
        case Coverage:
            return tr("Lũy kế / dân số trưởng thành");
        case DayCount:
            return tr("Số báo cáo trong ngày \"tính đến\" (— = chưa báo cáo)");
        case RequiredDaily:
            return tr("Số cần đạt mỗi ngày còn lại để đủ chỉ tiêu");
        case RecentPace:
            return tr("Trung bình 7 ngày có báo cáo gần nhất");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("TT");
    case Name:
        return tr("Đơn vị");
    case Adults:
        return tr("Dân số TT");
    case Quota:
        return tr("Chỉ tiêu");
    case Cumulative:
        return tr("Lũy kế");
    case PercentOfQuota:
        return tr("% chỉ tiêu");
    case Coverage:
        return tr("Bao phủ");
    case DayCount:
        return tr("Trong ngày");
    case RequiredDaily:
        return tr("Cần/ngày");
    case RecentPace:
        return tr("TB 7 ngày");
    case ForecastColumn:
        return tr("Dự báo đạt");
    case Rank:
        return tr("Hạng");
    case StatusColumn:
        return tr("Trạng thái");
    }
    return {};
}

} // namespace signtally
