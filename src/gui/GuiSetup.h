#pragma once

class QApplication;
class QString;

namespace signtally {

// Registers the bundled Noto Sans fonts (so Vietnamese renders on a machine
// with no fonts installed) and makes them the application font.
void installBundledFonts();
void setupGuiApplication(QApplication& app);

// Switches the interface language: "vi" (the source language, no translator)
// or "en" (the English translation compiled into the binary). Also sets how
// numbers are formatted (Format's default locale) and the QLocale default.
// Call before creating windows; returns false if "en" could not be loaded.
bool applyLanguage(QApplication& app, const QString& code);

} // namespace signtally
