#pragma once

#include "core/CampaignSetup.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace signtally {

class SetupEditor;
class SetupTable;

// The editor's "Đơn vị" tab: one row per unit (TT, name, kind, population,
// quota, other names, hidden), rows added, removed and moved; a block pasted
// from a spreadsheet at the current cell (Ctrl+V, all or nothing, one undo
// step); quotas apportioned from the goal after a preview; a quota typed by
// hand is shown bold and kept by the apportionment until "Bỏ nhập tay".
class UnitsTab : public QWidget
{
    Q_OBJECT
public:
    // `hasTallies(unitId)`: whether the unit has counts (then it can only be hidden).
    UnitsTab(SetupEditor* editor, std::function<bool(qint64)> hasTallies,
             QWidget* parent = nullptr);

    SetupTable* table() const { return m_table; }
    QLabel* totals() const { return m_totals; }

    // Pastes a tab-separated block at (row, column) as one undo step; returns
    // the problem (naming the cell) and changes nothing when a cell is bad.
    QString pasteText(int row, int column, const QString& text);
    // The clipboard at the current cell; a problem is reported with problem().
    void pasteClipboard();

    // What "Phân bổ chỉ tiêu từ mục tiêu" would change: row, old and new quota.
    struct QuotaChange
    {
        int row = 0;
        std::optional<qint64> before;
        qint64 after = 0;
    };
    // Empty with `why` set when it cannot apportion (populations missing).
    QVector<QuotaChange> apportionPreview(QString* why) const;
    // Applies the apportionment as one undo step; false when nothing changed.
    bool applyApportion();
    // The button: the preview in a dialog, applied on OK.
    void apportion();
    // Clears the hand-typed mark of the selected rows' quotas (one undo step).
    void clearManual();
    // Replaces the units with a units sheet's (UnitsSheet, .xlsx or .csv) as
    // one undo step, keeping the ids, groups and "hidden" of units matched by
    // name. All or nothing: returns the problems (the sheet's, or units with
    // tallies the sheet leaves out) and then changes nothing.
    QStringList importSheet(const QString& path);
    // The button: a file dialog, then importSheet(); problems in a message.
    void importFromFile();

signals:
    void problem(const QString& text);

private:
    void refresh();
    void showContextMenu(const QPoint& pos);

    SetupEditor* m_editor;
    std::function<bool(qint64)> m_hasTallies;
    SetupTable* m_table = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace signtally
