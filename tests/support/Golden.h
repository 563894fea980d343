#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace signtally::test {

// Golden files: an output (a report's text, a CSV) compared with the file
// tests/golden/<name> kept in the repository, so a change to it shows as a
// diff in review. docs/ci.md, "Golden files", says how to accept a change.

// One part of an output that differs from run to run, replaced before
// comparing by a fixed placeholder such as "<fingerprint>": every match of
// `pattern` becomes `replacement` (which may name its groups: \1).
struct Mask
{
    QRegularExpression pattern;
    QString replacement;
};

// `text` with every mask applied.
QString applyMasks(QString text, const QList<Mask>& masks);

// tests/golden/<name> in the source tree.
QString goldenPath(const QString& name);

// A unified diff from `expected` to `actual` (diff -u), labelled with the
// golden file's name.
QString unifiedDiff(const QString& name, const QString& expected, const QString& actual);

// Fails the test with the unified diff and the way to accept the change when
// `actual` is not tests/golden/<name>. With SIGNTALLY_UPDATE_GOLDEN=1 it
// writes `actual` to the golden file instead (and says so).
void expectMatchesGolden(const QString& name, const QString& actual);

} // namespace signtally::test
