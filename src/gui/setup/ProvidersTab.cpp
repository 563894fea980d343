#include "gui/setup/ProvidersTab.h"

#include "gui/setup/SetupEdits.h"
#include "gui/setup/SetupTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
enum Column
{
    Code,
    Name,
    Aliases,
    Hidden
};
} // namespace

ProvidersTab::ProvidersTab(SetupEditor* editor, std::function<bool(qint64)> hasTallies,
                           QWidget* parent)
    : QWidget(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    m_table =
        new SetupTable({tr("Mã"), tr("Tên nhà mạng"), tr("Tên khác"), tr("Ẩn khi nhập")}, this);
    m_table->setObjectName(u"providersTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Aliases, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Hidden, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    QHBoxLayout* bar = m_table->makeRowBar(tr("nhà mạng"));
    bar->addStretch(1);
    layout->addLayout(bar);
    auto* hint = new QLabel(tr("Thứ tự ở đây là thứ tự cột trên bảng nhập số liệu. Nhà mạng đã có "
                               "số liệu không xóa được: đánh dấu “Ẩn khi nhập”."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->bindRows<SetupProvider>(
        m_editor, &CampaignSetup::providers, tr("nhà mạng"),
        [](const CampaignSetup& s) {
            SetupProvider p;
            p.code = SetupEdits::freeCode(u"nha-mang"_s, s.providers);
            p.name = tr("Nhà mạng %1").arg(s.providers.size() + 1);
            return p;
        },
        [hasTallies](const CampaignSetup& s, int row, bool removing) {
            const SetupProvider& p = s.providers[row];
            if (removing && p.id != 0 && hasTallies && hasTallies(p.id))
                return SetupEdits::hideInstead(p.name);
            return QString();
        });
    connect(m_table, &SetupTable::refused, this, &ProvidersTab::problem);
    connect(m_table, &SetupTable::cellEdited, this,
            [this](int row, int column, const QString& text) {
                m_editor->change(tr("Sửa nhà mạng"), [&](CampaignSetup& s) {
                    SetupProvider& p = s.providers[row];
                    if (column == Code)
                        p.code = text.trimmed();
                    else if (column == Name)
                        p.name = text.trimmed();
                    else if (column == Aliases)
                        p.aliases = SetupEdits::parseAliases(text);
                    else if (column == Hidden)
                        p.hidden = SetupEdits::parseFlag(text);
                });
            });
    connect(m_editor, &SetupEditor::changed, this, &ProvidersTab::refresh);
    refresh();
}

void ProvidersTab::refresh()
{
    const CampaignSetup& s = m_editor->setup();
    m_table->refill(int(s.providers.size()), [&](int r) {
        const SetupProvider& p = s.providers[r];
        m_table->setItem(r, Code, SetupTable::textItem(p.code));
        m_table->setItem(r, Name, SetupTable::textItem(p.name));
        m_table->setItem(r, Aliases, SetupTable::textItem(p.aliases.join(u"; "_s)));
        m_table->setItem(r, Hidden, SetupTable::checkItem(p.hidden));
    });
}

} // namespace signtally
