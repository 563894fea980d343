#pragma once

#include "gui/setup/SetupEditor.h"

#include <QTableWidget>
#include <functional>

class QHBoxLayout;

namespace signtally {

// A table of the set-up editor: filled again from the set-up after every
// change, edited cell by cell (each edit one undo step, made by the tab that
// owns it), with a bar of row buttons (Thêm, Xóa, Lên, Xuống).
class SetupTable : public QTableWidget
{
    Q_OBJECT
public:
    SetupTable(const QStringList& headers, QWidget* parent = nullptr);

    // `rows` rows, each made by `fill` (with setItem), the current cell kept.
    void refill(int rows, const std::function<void(int row)>& fill);
    static QTableWidgetItem* textItem(const QString& text, bool editable = true);
    static QTableWidgetItem* numberItem(const QString& text, bool editable = true);
    static QTableWidgetItem* checkItem(bool checked);
    // The row buttons; `what` names the rows in tooltips ("đơn vị").
    QHBoxLayout* makeRowBar(const QString& what);

    // Adds, removes and moves rows of `list` through the editor, one undo
    // step each. `make` gives a new row; `refuse` (may be empty) says why a
    // row cannot be removed or moved, or returns empty; `tidy` (may be empty)
    // runs after a removal, in the same step (what referred to the row).
    template <typename T>
    void bindRows(SetupEditor* editor, QVector<T> CampaignSetup::*list, const QString& what,
                  std::function<T(const CampaignSetup&)> make,
                  std::function<QString(const CampaignSetup&, int row, bool removing)> refuse = {},
                  std::function<void(CampaignSetup&, const T& removed)> tidy = {})
    {
        connect(this, &SetupTable::addRequested, editor, [=, this] {
            const int at = currentRow() < 0 ? rowCount() : currentRow() + 1;
            if (editor->change(tr("Thêm %1").arg(what), [&](CampaignSetup& s) {
                    (s.*list).insert(std::min<int>(at, (s.*list).size()), make(s));
                }))
                setCurrentCell(at, std::max(1, currentColumn()));
        });
        connect(this, &SetupTable::removeRequested, editor, [=, this](int row) {
            const QString why = refuse ? refuse(editor->setup(), row, true) : QString();
            if (!why.isEmpty()) {
                emit refused(why);
                return;
            }
            editor->change(tr("Xóa %1").arg(what), [&](CampaignSetup& s) {
                const T removed = (s.*list).takeAt(row);
                if (tidy)
                    tidy(s, removed);
            });
        });
        connect(this, &SetupTable::moveRequested, editor, [=, this](int from, int to) {
            const QString why =
                refuse ? refuse(editor->setup(), std::min(from, to), false) : QString();
            if (!why.isEmpty()) {
                emit refused(why);
                return;
            }
            const int column = currentColumn();
            if (editor->change(tr("Chuyển %1").arg(what),
                               [&](CampaignSetup& s) { (s.*list).move(from, to); }))
                setCurrentCell(to, column);
        });
    }

signals:
    // A cell was typed in (or its box ticked: "x" or empty).
    void cellEdited(int row, int column, const QString& text);
    void addRequested();
    void removeRequested(int row);
    void moveRequested(int from, int to);
    // A row operation was refused: the reason, for a message.
    void refused(const QString& why);

private:
    bool m_filling = false;
};

} // namespace signtally
