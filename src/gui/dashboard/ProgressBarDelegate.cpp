#include "gui/dashboard/ProgressBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace signtally {

ProgressBarDelegate::ProgressBarDelegate(int valueRole, int colorRole, QObject* parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole), m_colorRole(colorRole)
{}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double value = index.data(m_valueRole).toDouble();
    const QRect frame = opt.rect.adjusted(3, 3, -3, -3);
    const double fraction = std::clamp(value / 100.0, 0.0, 1.0);
    QColor fill(0x2f, 0x6d, 0xa3);
    if (m_colorRole >= 0) {
        const QVariant c = index.data(m_colorRole);
        if (c.canConvert<QColor>())
            fill = c.value<QColor>();
    }
    painter->save();
    painter->setPen(QColor(0xb0, 0xb8, 0xc0));
    painter->setBrush(QColor(0xf2, 0xf4, 0xf6));
    painter->drawRect(frame.adjusted(0, 0, -1, -1));
    QColor light = fill;
    light.setAlpha(110);
    painter->setPen(Qt::NoPen);
    painter->setBrush(light);
    painter->drawRect(QRect(frame.left() + 1, frame.top() + 1, int((frame.width() - 2) * fraction),
                            frame.height() - 2));
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(frame.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width() + 16, 110));
    return s;
}

} // namespace signtally
