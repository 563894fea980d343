#include "support/Golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace Qt::StringLiterals;

namespace signtally::test {

QString applyMasks(QString text, const QList<Mask>& masks)
{
    for (const Mask& m : masks)
        text.replace(m.pattern, m.replacement);
    return text;
}

QString goldenPath(const QString& name)
{
    return QStringLiteral(SIGNTALLY_SOURCE_DIR "/tests/golden/") + name;
}

QString unifiedDiff(const QString& name, const QString& expected, const QString& actual)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"expected"_s), b = dir.filePath(u"actual"_s);
    for (const auto& [path, text] : {std::pair{a, expected}, std::pair{b, actual}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return u"(could not write %1 for diff)"_s.arg(path);
        f.write(text.toUtf8());
    }
    QProcess diff;
    diff.start(u"diff"_s, {u"-u"_s, u"--label"_s, u"tests/golden/"_s + name, u"--label"_s,
                           u"actual output"_s, a, b});
    if (!diff.waitForFinished(60000))
        return u"(diff -u could not run: %1)"_s.arg(diff.errorString());
    return QString::fromUtf8(diff.readAllStandardOutput());
}

void expectMatchesGolden(const QString& name, const QString& actual)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariable("SIGNTALLY_UPDATE_GOLDEN") == u"1"_s) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
        f.write(actual.toUtf8());
        ASSERT_TRUE(f.commit()) << path.toStdString();
        std::cout << "SIGNTALLY_UPDATE_GOLDEN=1: wrote " << path.toStdString() << '\n';
        return;
    }
    QFile f(path);
    const QString expected =
        f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    if (expected == actual)
        return;
    ADD_FAILURE() << "The output differs from tests/golden/" << name.toStdString()
                  << (f.exists() ? "" : " (no such file yet)") << ":\n"
                  << unifiedDiff(name, expected, actual).toStdString()
                  << "If the change is intended, accept it by rewriting the golden files:\n"
                  << "  SIGNTALLY_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden\n"
                  << "and commit tests/golden/ with the change (see docs/ci.md, \"Golden files\").";
}

} // namespace signtally::test
