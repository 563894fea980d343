#pragma once

#include <QTableView>

namespace signtally {

// The entry grid's keyboard, spreadsheet-like: typing starts editing (and
// replaces the cell), Enter moves down (after committing an edit too), Tab
// moves right, Delete/Backspace clear, Ctrl+C/Ctrl+V copy and paste blocks.
// The view only asks; the page hands the work to the model.
class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget* parent = nullptr);
    // The editable columns [first, last]: Tab from the last goes on to the
    // first of the next row (Shift+Tab the other way), row after row. With
    // blocks of `blockWidth` columns (one per target group), Tab stays in
    // the block it is in: a paper sheet is one group's.
    void setEntryColumns(int first, int last, int blockWidth = 0);
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // Commits and closes the cell being typed into (before saving).
    void commitOpenEditor();

signals:
    void clearRequested();
    void pasteRequested();
    void copyRequested();
    // Typing into a cell that cannot be edited (a locked day).
    void readOnlyTyping();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // No jumping to a row that starts with the typed digits.
    void keyboardSearch(const QString&) override { emit readOnlyTyping(); }
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void moveDown();
    int m_firstEntryColumn = -1;
    int m_lastEntryColumn = -1;
    int m_blockWidth = 0;
};

} // namespace signtally
