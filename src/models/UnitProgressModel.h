#pragma once

#include "core/Campaign.h"
#include "core/ProgressEngine.h"

#include <QAbstractTableModel>
#include <QColor>

namespace signtally {

// Every unit's figures of one ProgressSnapshot, one row per unit in the plan's
// order. Display text is formatted the Vietnamese way; SortRole gives the raw
// number so a QSortFilterProxyModel sorts 9.000 after 800.
class UnitProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Name,
        Adults,
        Quota,
        Cumulative,
        PercentOfQuota,
        Coverage,
        DayCount,
        RequiredDaily,
        RecentPace,
        ForecastColumn,
        Rank,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        UnitIndexRole, // the unit's index in CampaignData::units
        StatusRole,    // int(Status)
        PercentRole,   // % of quota as a double (for the progress-bar delegate)
        StatusColorRole,
    };

    explicit UnitProgressModel(QObject* parent = nullptr);

    // Replaces the figures. Same units as before: rows stay, cells change.
    void setSnapshot(const CampaignData& data, const ProgressSnapshot& snapshot);
    const ProgressSnapshot& snapshot() const { return m_snapshot; }

    static QColor statusColor(Status s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UnitProgress& p, const Unit& u, int column) const;
    QVariant sortValue(const UnitProgress& p, const Unit& u, int column) const;
    QVector<Unit> m_units;
    ProgressSnapshot m_snapshot;
};

} // namespace signtally
