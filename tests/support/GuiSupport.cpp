#include "support/GuiSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

namespace signtally::test {

void answerNextBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box || ++*tries > 300) {
            timer->stop();
            timer->deleteLater();
            ASSERT_NE(box, nullptr) << "no message box was shown";
            box->button(button)->click();
        }
    });
    timer->start(10);
}

void shot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsSet("SIGNTALLY_TEST_SHOTS"))
        return;
    widget->show();
    QApplication::processEvents();
    widget->grab().save(qEnvironmentVariable("SIGNTALLY_TEST_SHOTS") + u'/' + name);
}

} // namespace signtally::test
