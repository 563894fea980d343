#include "gui/setup/UnitsTab.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "gui/setup/SetupEdits.h"
#include "gui/setup/SetupTable.h"
#include "import/UnitsSheet.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// The kind column is edited with a list: xã, phường, thị trấn.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (UnitKind k : {UnitKind::Commune, UnitKind::Ward, UnitKind::Town})
            box->addItem(CampaignSetup::kindName(k));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data().toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText());
    }
};

} // namespace

UnitsTab::UnitsTab(SetupEditor* editor, std::function<bool(qint64)> hasTallies, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_hasTallies(std::move(hasTallies))
{
    auto* layout = new QVBoxLayout(this);
    QStringList headers;
    for (int c = 0; c < SetupEdits::UnitColumnCount; ++c)
        headers << SetupEdits::unitColumnTitle(c);
    m_table = new SetupTable(headers, this);
    m_table->setObjectName(u"unitsTable"_s);
    m_table->setItemDelegateForColumn(SetupEdits::UnitKindColumn, new KindDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SetupEdits::UnitName, QHeaderView::Stretch);
    header->setSectionResizeMode(SetupEdits::UnitAliases, QHeaderView::Stretch);
    header->setSectionResizeMode(SetupEdits::UnitHidden, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(SetupEdits::UnitNumber, 44);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &UnitsTab::showContextMenu);
    auto* paste = new QAction(tr("Dán"), m_table);
    paste->setShortcuts(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    connect(paste, &QAction::triggered, this, &UnitsTab::pasteClipboard);
    m_table->addAction(paste);
    layout->addWidget(m_table, 1);

    QHBoxLayout* bar = m_table->makeRowBar(tr("đơn vị"));
    bar->addSpacing(16);
    auto* apportionButton = new QPushButton(tr("Phân bổ chỉ tiêu từ mục tiêu…"), this);
    apportionButton->setObjectName(u"apportion"_s);
    apportionButton->setToolTip(tr("Chia mục tiêu của đợt cho các đơn vị theo dân số; chỉ tiêu "
                                   "nhập tay được giữ nguyên."));
    connect(apportionButton, &QPushButton::clicked, this, &UnitsTab::apportion);
    bar->addWidget(apportionButton);
    auto* importButton = new QPushButton(tr("Nhập từ tệp…"), this);
    importButton->setObjectName(u"importUnits"_s);
    importButton->setToolTip(tr("Thay bảng đơn vị bằng bảng trong tệp Excel hoặc CSV (TT, tên, "
                                "loại, dân số, chỉ tiêu, tên khác); đơn vị trùng tên giữ nguyên "
                                "số liệu đã nhập."));
    connect(importButton, &QPushButton::clicked, this, &UnitsTab::importFromFile);
    bar->addWidget(importButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"unitTotals"_s);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    auto* hint = new QLabel(tr("Dán từ Excel (Ctrl+V) bắt đầu từ ô đang chọn; các dòng thừa thành "
                               "đơn vị mới. Chỉ tiêu in đậm là chỉ tiêu nhập tay: giữ nguyên khi "
                               "phân bổ (chuột phải → Bỏ nhập tay)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->bindRows<SetupUnit>(
        m_editor, &CampaignSetup::units, tr("đơn vị"),
        [](const CampaignSetup&) { return SetupUnit{}; },
        [this](const CampaignSetup& s, int row, bool removing) {
            const SetupUnit& u = s.units[row];
            if (removing && u.id != 0 && m_hasTallies && m_hasTallies(u.id))
                return SetupEdits::hideInstead(u.name);
            return QString();
        });
    connect(m_table, &SetupTable::refused, this, &UnitsTab::problem);
    connect(
        m_table, &SetupTable::cellEdited, this, [this](int row, int column, const QString& text) {
            QString problemText;
            const bool changed =
                m_editor->change(tr("Sửa %1").arg(SetupEdits::unitColumnTitle(column).toLower()),
                                 [&](CampaignSetup& s) {
                                     problemText = SetupEdits::setUnitCell(s, row, column, text);
                                 });
            if (!problemText.isEmpty() || !changed)
                refresh(); // the cell shows the stored value again
            if (!problemText.isEmpty())
                emit problem(problemText);
        });
    connect(m_editor, &SetupEditor::changed, this, &UnitsTab::refresh);
    refresh();
}

void UnitsTab::refresh()
{
    const CampaignSetup& s = m_editor->setup();
    m_table->refill(int(s.units.size()), [&](int r) {
        const SetupUnit& u = s.units[r];
        m_table->setItem(r, SetupEdits::UnitNumber,
                         SetupTable::numberItem(QString::number(r + 1), false));
        m_table->setItem(r, SetupEdits::UnitName, SetupTable::textItem(u.name));
        m_table->setItem(r, SetupEdits::UnitKindColumn,
                         SetupTable::textItem(CampaignSetup::kindName(u.kind)));
        m_table->setItem(r, SetupEdits::UnitPopulation,
                         SetupTable::numberItem(SetupEdits::countText(u.population)));
        QTableWidgetItem* quota = SetupTable::numberItem(SetupEdits::countText(u.quota));
        if (u.quotaManual) {
            QFont bold = quota->font();
            bold.setBold(true);
            quota->setFont(bold);
            quota->setToolTip(tr("Chỉ tiêu nhập tay: giữ nguyên khi phân bổ."));
        }
        m_table->setItem(r, SetupEdits::UnitQuota, quota);
        m_table->setItem(r, SetupEdits::UnitAliases, SetupTable::textItem(u.aliases.join(u"; "_s)));
        m_table->setItem(r, SetupEdits::UnitHidden, SetupTable::checkItem(u.hidden));
    });

    qint64 quotas = 0;
    for (const SetupUnit& u : s.units)
        quotas += u.quota.value_or(0);
    const int missing = int(s.missingFigures().size());
    const bool matches = quotas == s.goalCount();
    QString text = tr("Tổng dân số: %1 · Tổng chỉ tiêu: %2 · Mục tiêu của đợt: %3")
                       .arg(Format().count(s.totalPopulation()), Format().count(quotas),
                            Format().count(s.goalCount()));
    if (missing > 0)
        text += tr(" · %n đơn vị chưa có dân số", nullptr, missing);
    else if (!matches)
        text += tr(" · chỉ tiêu chưa khớp mục tiêu: bấm “Phân bổ chỉ tiêu từ mục tiêu”");
    m_totals->setText(text);
    m_totals->setStyleSheet(matches && missing == 0 ? QString() : u"color:#c62828"_s);
}

QString UnitsTab::pasteText(int row, int column, const QString& text)
{
    QString problemText;
    m_editor->change(tr("Dán vào bảng đơn vị"), [&](CampaignSetup& s) {
        problemText = SetupEdits::pasteUnits(s, row, column, text);
    });
    return problemText;
}

void UnitsTab::pasteClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    const int row = std::max(0, m_table->currentRow());
    const int column = std::max(0, m_table->currentColumn()); // TT cells are skipped
    const QString problemText = pasteText(row, column, text);
    if (!problemText.isEmpty())
        emit problem(tr("Không dán được, bảng không thay đổi. %1").arg(problemText));
}

QVector<UnitsTab::QuotaChange> UnitsTab::apportionPreview(QString* why) const
{
    CampaignSetup s = m_editor->setup();
    const QStringList missing = s.missingFigures();
    if (!missing.isEmpty()) {
        *why = tr("Chưa phân bổ được: cần dân số của mọi đơn vị. %1").arg(missing.join(u"; "_s));
        return {};
    }
    QVector<QuotaChange> out;
    for (int row : s.apportionQuotas())
        out.append({row, m_editor->setup().units[row].quota, s.units[row].quota.value_or(0)});
    return out;
}

bool UnitsTab::applyApportion()
{
    if (!m_editor->setup().missingFigures().isEmpty())
        return false;
    return m_editor->change(tr("Phân bổ chỉ tiêu"), [](CampaignSetup& s) { s.apportionQuotas(); });
}

void UnitsTab::apportion()
{
    QString why;
    const QVector<QuotaChange> changes = apportionPreview(&why);
    if (!why.isEmpty()) {
        emit problem(why);
        return;
    }
    if (changes.isEmpty()) {
        emit problem(tr("Chỉ tiêu các đơn vị đã khớp với mục tiêu: không có gì thay đổi."));
        return;
    }
    const CampaignSetup& s = m_editor->setup();
    QDialog dialog(this);
    dialog.setObjectName(u"apportionPreview"_s);
    dialog.setWindowTitle(tr("Phân bổ chỉ tiêu từ mục tiêu"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Chỉ tiêu của %n đơn vị sẽ thay đổi (chỉ tiêu nhập tay giữ nguyên):", nullptr,
                      int(changes.size())),
                   &dialog));
    auto* table = new QTableWidget(int(changes.size()), 3, &dialog);
    table->setHorizontalHeaderLabels({tr("Đơn vị"), tr("Chỉ tiêu cũ"), tr("Chỉ tiêu mới")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    qint64 before = 0;
    qint64 after = 0;
    for (int i = 0; i < changes.size(); ++i) {
        const QuotaChange& c = changes[i];
        table->setItem(i, 0, SetupTable::textItem(s.units[c.row].name, false));
        table->setItem(i, 1, SetupTable::numberItem(SetupEdits::countText(c.before), false));
        table->setItem(i, 2, SetupTable::numberItem(Format().count(c.after), false));
        before += c.before.value_or(0);
        after += c.after;
    }
    layout->addWidget(table, 1);
    layout->addWidget(new QLabel(
        tr("Cộng các dòng trên: %1 → %2. Mục tiêu của đợt: %3.")
            .arg(Format().count(before), Format().count(after), Format().count(s.goalCount())),
        &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 480);
    if (dialog.exec() == QDialog::Accepted)
        applyApportion();
}

void UnitsTab::clearManual()
{
    QSet<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.insert(m_table->currentRow());
    m_editor->change(tr("Bỏ nhập tay"), [&](CampaignSetup& s) {
        for (int r : rows)
            if (r < s.units.size())
                s.units[r].quotaManual = false;
    });
}

QStringList UnitsTab::importSheet(const QString& path)
{
    const UnitsSheetResult sheet = UnitsSheet::read(path);
    if (!sheet.ok())
        return sheet.problems;
    const CampaignSetup& current = m_editor->setup();
    QVector<SetupUnit> units = sheet.units;
    QSet<qint64> kept;
    for (SetupUnit& u : units) {
        for (const SetupUnit& old : current.units) {
            if (old.id != 0 && nameKey(old.name) == nameKey(u.name) && !kept.contains(old.id)) {
                u.id = old.id;
                u.groups = old.groups;
                u.hidden = old.hidden;
                kept.insert(old.id);
                break;
            }
        }
    }
    QStringList problems;
    for (const SetupUnit& old : current.units)
        if (old.id != 0 && !kept.contains(old.id) && m_hasTallies && m_hasTallies(old.id))
            problems << SetupEdits::hideInstead(old.name);
    if (!problems.isEmpty())
        return problems;
    m_editor->change(tr("Nhập bảng đơn vị từ tệp"), [&](CampaignSetup& s) {
        s.units = units;
        if (s.missingFigures().isEmpty())
            s.apportionQuotas();
    });
    return {};
}

void UnitsTab::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Nhập bảng đơn vị"), {},
                                                      tr("Bảng tính (*.xlsx *.xlsm *.csv *.txt)"));
    if (path.isEmpty())
        return;
    const QStringList problems = importSheet(path);
    if (!problems.isEmpty())
        emit problem(tr("Chưa nhập được bảng đơn vị, bảng không thay đổi:\n• %1")
                         .arg(problems.join(u"\n• "_s)));
}

void UnitsTab::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    connect(menu.addAction(tr("Dán")), &QAction::triggered, this, &UnitsTab::pasteClipboard);
    QAction* manual = menu.addAction(tr("Bỏ nhập tay"));
    manual->setObjectName(u"clearManual"_s);
    const int row = m_table->rowAt(pos.y());
    manual->setEnabled(row >= 0 && m_editor->setup().units[row].quotaManual);
    connect(manual, &QAction::triggered, this, &UnitsTab::clearManual);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace signtally
