#pragma once

class QApplication;

namespace signtally {

// Registers the bundled Noto Sans fonts (so Vietnamese renders on a machine
// with no fonts installed) and makes them the application font.
void installBundledFonts();
void setupGuiApplication(QApplication& app);

} // namespace signtally
