#include "gui/setup/SetupActions.h"

#include "gui/MainWindow.h"
#include "gui/setup/CampaignSetupDialog.h"
#include "gui/setup/NewCampaignDialog.h"
#include "models/CampaignSession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

bool writable(const MainWindow* window)
{
    return window->session() && !window->session()->readOnly();
}

// Runs `work`; a file that cannot be read is explained in a message box.
template <typename Work> void explained(MainWindow* window, const char* title, Work work)
{
    try {
        work();
    } catch (const StorageError& e) {
        QMessageBox::warning(window, QCoreApplication::translate("SetupActions", title),
                             e.message());
    }
}

} // namespace

void addSetupActions(QMenu* menu, MainWindow* window)
{
    auto make = [&](const QString& name, const QString& text, const QKeySequence& key,
                    void (*run)(MainWindow*)) {
        auto* a = new QAction(text, window);
        a->setObjectName(name);
        a->setShortcut(key);
        QObject::connect(a, &QAction::triggered, window, [window, run] {
            if (writable(window))
                run(window);
        });
        menu->addAction(a);
    };
    make(u"campaignSetup"_s, QCoreApplication::translate("SetupActions", "Thiết lập đợt…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), openSetupEditor);
    make(u"campaignNew"_s, QCoreApplication::translate("SetupActions", "Đợt mới…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), openNewCampaign);
}

void openSetupEditor(MainWindow* window)
{
    if (!window->maybeLeaveAll())
        return; // unsaved tallies first: the set-up may change the grid
    CampaignSession* session = window->session();
    explained(window, QT_TRANSLATE_NOOP("SetupActions", "Thiết lập đợt"), [window, session] {
        CampaignSetupDialog dialog(session, window->settings(), window);
        dialog.exec(); // a saved set-up reaches every page as a Setup notice
    });
}

void openNewCampaign(MainWindow* window)
{
    explained(window, QT_TRANSLATE_NOOP("SetupActions", "Đợt mới"), [window] {
        NewCampaignDialog start(window->session(), window);
        if (start.exec() != QDialog::Accepted)
            return;
        const CampaignFileContent content = start.content();
        if (!content.problems.isEmpty()) {
            QMessageBox::warning(window, start.windowTitle(), content.problems.join(u'\n'));
            return;
        }
        CampaignSetupDialog dialog(window->session(), content.setup, content.report,
                                   window->settings(), window);
        QObject::connect(&dialog, &CampaignSetupDialog::campaignCreated, window,
                         &MainWindow::onCampaignCreated);
        dialog.exec();
    });
}

} // namespace signtally
