#include "core/Language.h"

#include "core/VnFormat.h"

#include <QCoreApplication>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

struct State
{
    std::unique_ptr<QTranslator> translator;
    std::unique_ptr<QTranslator> qtTranslator; // Vietnamese for Qt's own dialogs
    QString code = Language::vietnamese();
};

State& state()
{
    static State s;
    return s;
}

} // namespace

QString Language::normalize(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"en"_s || c.startsWith(u"en_"_s) || c.startsWith(u"en-"_s))
        return english();
    return vietnamese();
}

QString Language::choose(const QString& stored)
{
    const QString env = qEnvironmentVariable("SIGNTALLY_LANG");
    return normalize(env.isEmpty() ? stored : env);
}

bool Language::apply(QCoreApplication& app, const QString& code)
{
    State& s = state();
    if (s.translator) {
        app.removeTranslator(s.translator.get());
        s.translator.reset();
    }
    if (s.qtTranslator) {
        app.removeTranslator(s.qtTranslator.get());
        s.qtTranslator.reset();
    }
    const QString wanted = normalize(code);
    if (wanted == english()) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(u":/i18n/signtally_en.qm"_s) &&
            app.installTranslator(translator.get())) {
            s.translator = std::move(translator);
            s.code = english();
            Format::setDefaultLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
            return true;
        }
        s.code = vietnamese();
        Format::setDefaultLocale(Format::vietnamese());
        return false;
    }
    // Qt's own strings (file and print dialogs, standard buttons, context
    // menus) are English in Qt: the app carries their Vietnamese.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u":/i18n/qt_vi.qm"_s) && app.installTranslator(qt.get()))
        s.qtTranslator = std::move(qt);
    s.code = vietnamese();
    Format::setDefaultLocale(Format::vietnamese());
    return true;
}

QString Language::current()
{
    return state().code;
}

} // namespace signtally
