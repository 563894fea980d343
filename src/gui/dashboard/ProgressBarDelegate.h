#pragma once

#include <QStyledItemDelegate>

namespace signtally {

// Draws a cell as a progress bar (value from a role, in percent) with the
// cell's text on it, e.g. a unit's % of quota. Values over 100 fill the bar.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int valueRole, int colorRole = -1, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valueRole;
    int m_colorRole;
};

} // namespace signtally
