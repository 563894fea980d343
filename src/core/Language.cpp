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
    s.code = vietnamese();
    Format::setDefaultLocale(Format::vietnamese());
    return true;
}

QString Language::current()
{
    return state().code;
}

} // namespace signtally
