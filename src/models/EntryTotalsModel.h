#pragma once

#include <QAbstractTableModel>
#include <optional>

namespace signtally {

class EntryModel;

// The entry grid's row of daily totals: one row with the same columns as
// EntryModel, each provider's count for the day summed over every unit (not
// only the units a filter shows; unsaved edits included), the day's total,
// the cumulative and the % of the campaign's goal. It is the number a clerk
// checks against the provider's own sheet. Read-only.
class EntryTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // the total as a number (qint64), null when nobody reported
    };
    explicit EntryTotalsModel(EntryModel* entries, QObject* parent = nullptr);

    // The sum of a provider's column for the day; nullopt when no unit has reported it.
    std::optional<qint64> providerTotal(int provider) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();
    std::optional<qint64> columnTotal(int column) const;
    EntryModel* m_entries;
};

} // namespace signtally
