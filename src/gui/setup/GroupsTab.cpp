#include "gui/setup/GroupsTab.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "gui/setup/SetupEdits.h"
#include "gui/setup/SetupTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
enum Column
{
    Code,
    Name,
    Goal
};
} // namespace

GroupsTab::GroupsTab(SetupEditor* editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_groups = new SetupTable({tr("Mã"), tr("Tên nhóm"), tr("Mục tiêu")}, top);
    m_groups->setObjectName(u"groupsTable"_s);
    m_groups->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_groups->setColumnWidth(Goal, 180);
    topLayout->addWidget(m_groups, 1);
    QHBoxLayout* bar = m_groups->makeRowBar(tr("nhóm"));
    bar->addStretch(1);
    topLayout->addLayout(bar);
    auto* hint = new QLabel(tr("Mục tiêu của nhóm: một tỷ lệ quy mô nhóm (100 %), hoặc để trống "
                               "để nhập mục tiêu riêng cho từng đơn vị ở bảng dưới. Nhóm đầu "
                               "tiên là toàn bộ dân số: mục tiêu của nó là mục tiêu của đợt."),
                            top);
    hint->setWordWrap(true);
    topLayout->addWidget(hint);
    m_sizes = new SetupTable({}, split);
    m_sizes->setObjectName(u"groupSizesTable"_s);
    split->addWidget(top);
    split->addWidget(m_sizes);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);

    m_groups->bindRows<SetupGroup>(
        m_editor, &CampaignSetup::groups, tr("nhóm"),
        [](const CampaignSetup& s) {
            SetupGroup g;
            g.code = SetupEdits::freeCode(u"nhom"_s, s.groups);
            g.name = tr("Nhóm mới %1").arg(s.groups.size());
            g.goalPercentBp = 10000;
            return g;
        },
        [](const CampaignSetup&, int row, bool) {
            return row == 0 ? tr("Nhóm đầu tiên là toàn bộ dân số: không xóa hay chuyển được.")
                            : QString();
        },
        [](CampaignSetup& s, const SetupGroup& removed) {
            for (SetupUnit& u : s.units)
                u.groups.remove(removed.code);
        });
    connect(m_groups, &SetupTable::refused, this, &GroupsTab::problem);
    connect(m_groups, &SetupTable::cellEdited, this, &GroupsTab::editGroup);
    connect(m_sizes, &SetupTable::cellEdited, this, &GroupsTab::editSize);
    connect(m_editor, &SetupEditor::changed, this, &GroupsTab::refresh);
    refresh();
}

void GroupsTab::refresh()
{
    const CampaignSetup& s = m_editor->setup();
    m_groups->refill(int(s.groups.size()), [&](int r) {
        const SetupGroup& g = s.groups[r];
        m_groups->setItem(r, Code, SetupTable::textItem(g.code, r > 0));
        m_groups->setItem(r, Name, SetupTable::textItem(g.name));
        const QString goal = r == 0            ? tr("mục tiêu của đợt")
                             : g.goalPercentBp ? Format().percent(*g.goalPercentBp / 100.0, 0)
                                               : tr("nhập theo đơn vị");
        m_groups->setItem(r, Goal, SetupTable::textItem(goal, r > 0));
    });

    m_sizeColumns.clear();
    QStringList headers{tr("Đơn vị")};
    for (int g = 1; g < s.groups.size(); ++g) {
        m_sizeColumns.append({g, false});
        headers << tr("%1: quy mô").arg(s.groups[g].name);
        if (!s.groups[g].goalPercentBp) {
            m_sizeColumns.append({g, true});
            headers << tr("%1: mục tiêu").arg(s.groups[g].name);
        }
    }
    m_sizes->setColumnCount(int(headers.size()));
    m_sizes->setHorizontalHeaderLabels(headers);
    m_sizes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sizes->refill(int(s.units.size()), [&](int r) {
        const SetupUnit& u = s.units[r];
        m_sizes->setItem(r, 0, SetupTable::textItem(u.name, false));
        for (int c = 0; c < m_sizeColumns.size(); ++c) {
            const SetupUnitGroup figures = u.groups.value(s.groups[m_sizeColumns[c].group].code);
            m_sizes->setItem(r, c + 1,
                             SetupTable::numberItem(SetupEdits::countText(
                                 m_sizeColumns[c].goal ? figures.goal : figures.size)));
        }
    });
}

void GroupsTab::editGroup(int row, int column, const QString& text)
{
    QString problemText;
    std::optional<int> bp;
    if (column == Goal && !text.trimmed().isEmpty() &&
        searchKey(text) != searchKey(tr("nhập theo đơn vị"))) {
        QString number = text;
        number.remove(u'%').replace(u',', u'.');
        bool ok = false;
        const double percent = number.trimmed().toDouble(&ok);
        if (!ok || percent <= 0 || percent > 100)
            problemText = tr("Nhóm dòng %1: mục tiêu “%2” phải là tỷ lệ từ trên 0 đến 100 %, hoặc "
                             "để trống để nhập theo đơn vị.")
                              .arg(row + 1)
                              .arg(text);
        else
            bp = int(qRound(percent * 100));
    }
    if (problemText.isEmpty())
        m_editor->change(tr("Sửa nhóm đối tượng"), [&](CampaignSetup& s) {
            SetupGroup& g = s.groups[row];
            const QString oldCode = g.code;
            if (column == Code)
                g.code = text.trimmed();
            else if (column == Name)
                g.name = text.trimmed();
            else if (column == Goal)
                g.goalPercentBp = bp;
            for (SetupUnit& u : s.units) {
                if (!u.groups.contains(oldCode))
                    continue;
                SetupUnitGroup figures = u.groups.take(oldCode);
                if (g.goalPercentBp)
                    figures.goal.reset(); // a percentage goal has no per-unit goals
                u.groups.insert(g.code, figures);
            }
        });
    if (!problemText.isEmpty()) {
        refresh();
        emit problem(problemText);
    }
}

void GroupsTab::editSize(int row, int column, const QString& text)
{
    if (column < 1 || column > m_sizeColumns.size())
        return;
    const SizeColumn where = m_sizeColumns[column - 1];
    bool ok = true;
    QString error;
    const std::optional<qint64> n = SetupEdits::parseCount(text, &ok, &error);
    if (!ok) {
        refresh();
        emit problem(tr("Dòng %1, cột “%2”: “%3”: %4")
                         .arg(row + 1)
                         .arg(m_sizes->horizontalHeaderItem(column)->text(), text, error));
        return;
    }
    m_editor->change(tr("Sửa quy mô nhóm"), [&](CampaignSetup& s) {
        const QString code = s.groups[where.group].code;
        SetupUnitGroup figures = s.units[row].groups.value(code);
        (where.goal ? figures.goal : figures.size) = n;
        if (figures == SetupUnitGroup{})
            s.units[row].groups.remove(code);
        else
            s.units[row].groups.insert(code, figures);
    });
}

} // namespace signtally
