#include "gui/Page.h"

#include "models/CampaignSession.h"

#include <QEvent>
#include <utility>

namespace signtally {

void Page::followChanges(CampaignSession* session)
{
    connect(session, &CampaignSession::changed, this, &Page::noteChange);
}

void Page::noteChange(const ChangeNotice& notice)
{
    // Hidden on purpose (a page behind the window's current one), not merely
    // inside a window that is not on screen yet: a page of its own that was
    // never shown, or the current page of a hidden window, keeps up at once.
    if (isHidden() && testAttribute(Qt::WA_WState_ExplicitShowHide)) {
        m_deferred.merge(notice);
        return;
    }
    applyChange(notice);
}

void Page::catchUp()
{
    if (!m_deferred.isEmpty())
        applyChange(std::exchange(m_deferred, ChangeNotice()));
}

bool Page::event(QEvent* event)
{
    // Sent when the page is shown, also inside a window not yet on screen.
    if (event->type() == QEvent::ShowToParent)
        catchUp();
    return QWidget::event(event);
}

} // namespace signtally
