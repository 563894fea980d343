#include "gui/GuiSetup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace signtally {

void installBundledFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    QFontDatabase::addApplicationFont(u":/fonts/NotoSans-Regular.ttf"_s);
    QFontDatabase::addApplicationFont(u":/fonts/NotoSans-Bold.ttf"_s);
}

void setupGuiApplication(QApplication& app)
{
    installBundledFonts();
    QFont font(u"Noto Sans"_s);
    font.setPointSize(10);
    app.setFont(font);
    app.setApplicationDisplayName(u"SignTally"_s);
    app.setWindowIcon(QIcon(u":/icons/signtally.svg"_s));
}

} // namespace signtally
