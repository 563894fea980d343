#include "gui/setup/SetupTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace signtally {

SetupTable::SetupTable(const QStringList& headers, QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const bool checkable = item->data(Qt::CheckStateRole).isValid();
        const QString text =
            checkable ? (item->checkState() == Qt::Checked ? u"x"_s : QString()) : item->text();
        emit cellEdited(item->row(), item->column(), text);
    });
}

void SetupTable::refill(int rows, const std::function<void(int)>& fill)
{
    const int row = currentRow();
    const int column = currentColumn();
    m_filling = true;
    setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        fill(r);
    m_filling = false;
    if (row >= 0 && rows > 0)
        setCurrentCell(std::min(row, rows - 1), column);
}

QTableWidgetItem* SetupTable::textItem(const QString& text, bool editable)
{
    auto* item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem* SetupTable::numberItem(const QString& text, bool editable)
{
    QTableWidgetItem* item = textItem(text, editable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* SetupTable::checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QHBoxLayout* SetupTable::makeRowBar(const QString& what)
{
    auto* bar = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, parentWidget());
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    connect(button(tr("Thêm"), tr("Thêm %1 dưới dòng đang chọn").arg(what)), &QPushButton::clicked,
            this, &SetupTable::addRequested);
    connect(button(tr("Xóa"), tr("Xóa %1 đang chọn").arg(what)), &QPushButton::clicked, this,
            [this] {
                if (currentRow() >= 0)
                    emit removeRequested(currentRow());
            });
    connect(button(tr("Lên"), tr("Chuyển %1 lên một dòng").arg(what)), &QPushButton::clicked, this,
            [this] {
                if (currentRow() > 0)
                    emit moveRequested(currentRow(), currentRow() - 1);
            });
    connect(button(tr("Xuống"), tr("Chuyển %1 xuống một dòng").arg(what)), &QPushButton::clicked,
            this, [this] {
                if (currentRow() >= 0 && currentRow() + 1 < rowCount())
                    emit moveRequested(currentRow(), currentRow() + 1);
            });
    return bar;
}

} // namespace signtally
