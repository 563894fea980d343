#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace signtally::test {

// Answers the next message box with `button` as soon as it is shown (a
// modal box runs its own event loop: call this before what shows it). Fails
// the test when none shows within three seconds.
void answerNextBox(QMessageBox::StandardButton button);

// With SIGNTALLY_TEST_SHOTS=DIR, saves what the widget looks like as DIR/name
// (to look at it; docs/images are made this way). Does nothing otherwise.
void shot(QWidget* widget, const QString& name);

} // namespace signtally::test
