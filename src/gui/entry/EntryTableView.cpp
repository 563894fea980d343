#include "gui/entry/EntryTableView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace signtally {

namespace {
// Counts are typed right-aligned, like the numbers around them.
class CountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* w = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return w;
    }
};
} // namespace

EntryTableView::EntryTableView(QWidget* parent) : QTableView(parent)
{
    setItemDelegate(new CountDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(false);
    setWordWrap(false);
}

void EntryTableView::setEntryColumns(int first, int last, int blockWidth)
{
    m_firstEntryColumn = first;
    m_lastEntryColumn = last;
    m_blockWidth = blockWidth;
}

QModelIndex EntryTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && m_firstEntryColumn >= 0) {
        const int row = current.row(), col = current.column();
        // The block the cursor is in (all the entry columns without blocks).
        int first = m_firstEntryColumn, last = m_lastEntryColumn;
        if (m_blockWidth > 0 && col >= m_firstEntryColumn && col <= m_lastEntryColumn) {
            first += (col - m_firstEntryColumn) / m_blockWidth * m_blockWidth;
            last = first + m_blockWidth - 1;
        }
        if (action == MoveNext && col >= last && col <= m_lastEntryColumn)
            return row + 1 < model()->rowCount() ? model()->index(row + 1, first) : current;
        if (action == MoveNext && col > m_lastEntryColumn)
            return row + 1 < model()->rowCount() ? model()->index(row + 1, m_firstEntryColumn)
                                                 : current;
        if (action == MovePrevious && col <= first && col >= m_firstEntryColumn - 1)
            return row > 0 ? model()->index(row - 1, last) : current;
    }
    return QTableView::moveCursor(action, modifiers);
}

void EntryTableView::commitOpenEditor()
{
    if (!isEditing())
        return;
    if (QWidget* editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void EntryTableView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex below = model()->index(current.row() + 1, current.column());
    if (below.isValid())
        setCurrentIndex(below);
}

void EntryTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            emit pasteRequested();
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            emit copyRequested();
            return;
        }
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
                moveDown();
                return;
            }
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            emit clearRequested();
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void EntryTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits with SubmitModelCache: go down as a spreadsheet does.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveDown();
        return;
    }
    QTableView::closeEditor(editor, hint);
}

} // namespace signtally
