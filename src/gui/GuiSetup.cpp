#include "gui/GuiSetup.h"

#include "core/Language.h"
#include "core/VnFormat.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>

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
    // Qt's own file dialog, in every language: its labels come from the app's
    // translation (resources/translations/qt_vi.ts), while a platform's dialog
    // would follow the desktop's language, English on most office PCs.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

bool applyLanguage(QApplication& app, const QString& code)
{
    const bool ok = Language::apply(app, code);
    // Widgets that format on their own (spin boxes, date edits) follow English
    // too; in Vietnamese they keep the system locale, as before.
    if (Language::current() == Language::english())
        QLocale::setDefault(Format::defaultLocale());
    return ok;
}

} // namespace signtally
