#include "gui/shell/GroupSelector.h"

#include "models/CampaignSession.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

GroupSelector::GroupSelector(std::function<bool()> maybeLeave, QWidget* parent)
    : QWidget(parent), m_maybeLeave(std::move(maybeLeave)), m_label(new QLabel(this)),
      m_combo(new QComboBox(this))
{
    setObjectName(u"groupSelector"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"QWidget#groupSelector { background: #17324d; }"
                  "QLabel { color: #c9d6e3; font-size: 9pt; }"_s);
    m_label->setText(tr("Nhóm đối tượng:"));
    m_label->setBuddy(m_combo);
    m_combo->setObjectName(u"groupFilter"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(3);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        if (!choose(row - 1))
            rebuild(); // back on the group shown
    });
    hide();
}

void GroupSelector::setSession(CampaignSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &CampaignSession::changed, this, [this](const ChangeNotice& n) {
            if (n.touches(ChangeNotice::Setup))
                rebuild();
        });
    rebuild();
}

void GroupSelector::rebuild()
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (!m_session || m_session->data().groups.isEmpty()) {
        hide();
        return;
    }
    m_combo->addItem(tr("Toàn bộ dân số"));
    for (const GroupData& g : m_session->data().groups) {
        m_combo->addItem(g.name);
        m_combo->setItemData(m_combo->count() - 1, g.name, Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(m_session->viewedGroup() + 1);
    m_combo->setToolTip(m_combo->currentText());
    show();
}

bool GroupSelector::choose(int group)
{
    if (!m_session || group < -1 || group >= m_session->data().groups.size())
        return false;
    if (group == m_session->viewedGroup())
        return true;
    if (m_maybeLeave && !m_maybeLeave())
        return false;
    try {
        m_session->viewGroup(group); // every page re-reads (a Setup notice), this too
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Nhóm đối tượng"), e.message());
        return false;
    }
    return true;
}

void GroupSelector::openList()
{
    if (!isVisible())
        return;
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->showPopup();
}

} // namespace signtally
