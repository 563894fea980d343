#pragma once

#include <QString>

class QCoreApplication;

namespace signtally {

// The interface language. Vietnamese is the source language (no translator);
// "en" installs the English translation compiled into the binary
// (:/i18n/signtally_en.qm) and switches Format's default locale to English
// grouping ("50,000", "82.7%"). Dates stay dd/MM/yyyy in both languages.
class Language
{
public:
    static QString vietnamese() { return QStringLiteral("vi"); }
    static QString english() { return QStringLiteral("en"); }

    // "vi" or "en"; anything else (or empty) counts as "vi".
    static QString normalize(const QString& code);

    // The language the process should use: the SIGNTALLY_LANG environment
    // variable if set, else `stored` (the "ui/language" setting).
    static QString choose(const QString& stored);

    // Installs (or removes) the translator on `app` and sets Format's default
    // locale. Returns false when an English translation was asked for but
    // could not be loaded (the app then stays Vietnamese).
    static bool apply(QCoreApplication& app, const QString& code);

    // The language apply() last set ("vi" until then).
    static QString current();
};

} // namespace signtally
