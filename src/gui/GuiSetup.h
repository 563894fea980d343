#pragma once

class QApplication;
class QString;

namespace signtally {

// Registers the bundled Noto Sans fonts (so Vietnamese renders on a machine
// with no fonts installed) and makes them the application font.
void installBundledFonts();
// Fonts, the icon, and Qt's own (translated) file dialogs instead of the platform's.
void setupGuiApplication(QApplication& app);

// Switches the interface language: "vi" (the source language; a translator
// only for the strings Qt itself draws, :/i18n/qt_vi.qm) or "en" (the English
// translation compiled into the binary). Also sets how
// numbers are formatted (Format's default locale) and the QLocale default.
// Call before creating windows; returns false if "en" could not be loaded.
bool applyLanguage(QApplication& app, const QString& code);

} // namespace signtally
