#pragma once

#include <QVector>
#include <QWidget>

namespace signtally {

class SetupEditor;
class SetupTable;

// The editor's "Nhóm đối tượng" tab: the target groups (code, name, goal as
// a percentage of the group's size or typed per unit), and below them each
// unit's group sizes (and goals, for groups whose goal is typed per unit).
// The first group is the whole population: its goal is the campaign's, and
// it is neither removed nor moved.
class GroupsTab : public QWidget
{
    Q_OBJECT
public:
    explicit GroupsTab(SetupEditor* editor, QWidget* parent = nullptr);
    SetupTable* groupsTable() const { return m_groups; }
    SetupTable* sizesTable() const { return m_sizes; }

signals:
    void problem(const QString& text);

private:
    void refresh();
    void editGroup(int row, int column, const QString& text);
    void editSize(int row, int column, const QString& text);

    SetupEditor* m_editor;
    SetupTable* m_groups = nullptr;
    SetupTable* m_sizes = nullptr;
    // The sizes table's columns after the unit's name: group index, goal or size.
    struct SizeColumn
    {
        int group = 0;
        bool goal = false;
    };
    QVector<SizeColumn> m_sizeColumns;
};

} // namespace signtally
