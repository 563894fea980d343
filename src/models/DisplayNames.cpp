#include "models/DisplayNames.h"

#include <QCoreApplication>

namespace signtally {

namespace {
// The stored names the interface translates (lupdate reads them from here).
[[maybe_unused]] const char* const TranslatedProviderNames[] = {
    QT_TRANSLATE_NOOP("Provider", "Khác"),
};
} // namespace

QString providerDisplayName(const Provider& provider)
{
    return QCoreApplication::translate("Provider", provider.name.toUtf8().constData());
}

} // namespace signtally
