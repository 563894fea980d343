// The English translation: every entry of resources/translations/signtally_en.ts
// is finished and keeps its placeholders, lupdate finds no tr() string the
// file lacks, and the translator really switches the app (and its number
// format) to English.
#include "core/Language.h"
#include "core/VnFormat.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

const QString kTsFile =
    QStringLiteral(SIGNTALLY_SOURCE_DIR "/resources/translations/signtally_en.ts");

// Letters only Vietnamese writes: a base letter with a diacritic, or đ.
bool hasVietnameseLetters(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            return true;
        if (c == u'đ' || c == u'Đ')
            return true;
    }
    return false;
}

QStringList placeholders(const QString& text, bool dropN)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!(dropN && p == u"%n"_s) && !found.contains(p))
            found.push_back(p);
    }
    found.sort();
    return found;
}

struct TsCheck
{
    int messages = 0;
    QStringList problems;
};

// Reads a .ts file and lists every entry that would show the user Vietnamese,
// nothing, or a broken message in English.
TsCheck checkTs(const QString& path)
{
    TsCheck result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems << u"cannot open %1"_s.arg(path);
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    bool vietnameseSource = true; // qt_vi.ts is the other way round: English → Vietnamese
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS"_s) {
            vietnameseSource = !xml.attributes().value(u"sourcelanguage"_s).startsWith(u"en"_s);
        } else if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            ++result.messages;
            const bool numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            QString source;
            QStringList forms;
            bool unfinished = false;
            bool hasTranslation = false;
            while (!(xml.isEndElement() && xml.name() == u"message"_s) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source"_s) {
                    source = xml.readElementText();
                } else if (xml.name() == u"translation"_s) {
                    hasTranslation = true;
                    const QStringView type = xml.attributes().value(u"type"_s);
                    unfinished =
                        type == u"unfinished"_s || type == u"obsolete"_s || type == u"vanished"_s;
                    if (!numerus)
                        forms << xml.readElementText();
                } else if (xml.name() == u"numerusform"_s) {
                    forms << xml.readElementText();
                }
            }
            const QString where = u"%1: \"%2\""_s.arg(context, source);
            if (!hasTranslation || unfinished) {
                result.problems << u"unfinished %1"_s.arg(where);
                continue;
            }
            if (forms.isEmpty()) {
                result.problems << u"empty %1"_s.arg(where);
                continue;
            }
            for (const QString& form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    result.problems << u"empty %1"_s.arg(where);
                else if (vietnameseSource && form == source && hasVietnameseLetters(source))
                    result.problems << u"left in Vietnamese %1"_s.arg(where);
                else if (placeholders(form, numerus) != placeholders(source, numerus))
                    result.problems << u"placeholders differ %1 -> \"%2\""_s.arg(where, form);
            }
        }
    }
    if (xml.hasError())
        result.problems << u"%1: XML error at line %2: %3"_s.arg(path)
                               .arg(xml.lineNumber())
                               .arg(xml.errorString());
    return result;
}

QString writeTs(const test::TempDir& dir, const QString& messages)
{
    const QString path = dir.file(u"sample.ts"_s);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
            "<TS version=\"2.1\" language=\"en\" "
            "sourcelanguage=\"vi\">\n<context>\n<name>Ctx</name>\n%1"
            "</context>\n</TS>\n"_s.arg(messages)
                .toUtf8());
    return path;
}

} // namespace

TEST(Translations, EveryEntryOfTheEnglishFileIsTranslated)
{
    const TsCheck check = checkTs(kTsFile);
    EXPECT_GT(check.messages, 500) << "the .ts file looks truncated";
    EXPECT_TRUE(check.problems.isEmpty())
        << check.problems.size()
        << " entries to fix (scripts/update-translations, docs/translations.md):\n"
        << check.problems.join(u'\n').toStdString();
}

// Vietnamese for the strings Qt itself draws (file and print dialogs, standard
// buttons, context menus): every entry finished, placeholders kept. Which
// strings Qt really asks for is checked with the dialogs open, in
// test_qt_vietnamese.cpp.
TEST(Translations, EveryEntryOfTheQtVietnameseFileIsTranslated)
{
    const TsCheck check =
        checkTs(QStringLiteral(SIGNTALLY_SOURCE_DIR "/resources/translations/qt_vi.ts"));
    EXPECT_GT(check.messages, 300) << "the .ts file looks truncated";
    EXPECT_TRUE(check.problems.isEmpty()) << check.problems.join(u'\n').toStdString();
    QTranslator qt;
    ASSERT_TRUE(qt.load(u":/i18n/qt_vi.qm"_s));
    EXPECT_EQ(qt.translate("QFileDialog", "Look in:"), u"Tìm trong:"_s);
    EXPECT_EQ(qt.translate("QPrintDialog", "&Options >>"), u"&Tùy chọn >>"_s);
}

TEST(Translations, CheckerRejectsEachKindOfBadEntry)
{
    test::TempDir dir;
    const auto problemsOf = [&](const QString& message) {
        return checkTs(writeTs(dir, message)).problems;
    };
    EXPECT_TRUE(
        problemsOf(
            u"<message><source>Lũy kế %1</source><translation>Cumulative %1</translation></message>"_s)
            .isEmpty());
    EXPECT_EQ(
        problemsOf(
            u"<message><source>Lũy kế</source><translation type=\"unfinished\"></translation></message>"_s)
            .size(),
        1);
    EXPECT_EQ(problemsOf(u"<message><source>Lũy kế</source><translation></translation></message>"_s)
                  .size(),
              1);
    EXPECT_EQ(
        problemsOf(u"<message><source>Lũy kế</source><translation>Lũy kế</translation></message>"_s)
            .size(),
        1);
    EXPECT_EQ(
        problemsOf(
            u"<message><source>Tuần %1 (%2)</source><translation>Week %1</translation></message>"_s)
            .size(),
        1);
    // The same text is fine when it has no Vietnamese letters (a file name pattern, "%1 / %2").
    EXPECT_TRUE(
        problemsOf(
            u"<message><source>%1 / %2</source><translation>%1 / %2</translation></message>"_s)
            .isEmpty());
    // Plural forms: the singular may spell the number out, %1 must stay.
    EXPECT_TRUE(
        problemsOf(
            u"<message numerus=\"yes\"><source>Lưu %n ô ngày %1</source><translation>"
            "<numerusform>Saved one cell for %1</numerusform><numerusform>Saved %n cells for "
            "%1</numerusform></translation></message>"_s)
            .isEmpty());
    EXPECT_EQ(problemsOf(u"<message numerus=\"yes\"><source>Lưu %n ô ngày %1</source><translation>"
                         "<numerusform>Saved one cell</numerusform><numerusform>Saved %n cells for "
                         "%1</numerusform></translation></message>"_s)
                  .size(),
              1);
}

TEST(Translations, LupdateFindsNoStringTheFileLacks)
{
    const QString lupdate = QStringLiteral(SIGNTALLY_LUPDATE);
    if (!QFile::exists(lupdate))
        GTEST_SKIP() << "lupdate not found at " << lupdate.toStdString();
    test::TempDir dir;
    const QString copy = dir.file(u"signtally_en.ts"_s);
    ASSERT_TRUE(QFile::copy(kTsFile, copy));
    const int before = checkTs(copy).messages;
    QProcess p;
    p.start(lupdate, {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-source-language"_s, u"vi"_s,
                      u"-target-language"_s, u"en"_s, QStringLiteral(SIGNTALLY_SOURCE_DIR "/src"),
                      u"-ts"_s, copy});
    ASSERT_TRUE(p.waitForFinished(120000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const TsCheck after = checkTs(copy);
    EXPECT_TRUE(after.problems.isEmpty()) << "tr() strings without an English translation; run "
                                             "scripts/update-translations and add them to "
                                             "resources/translations/en-dictionary.tsv:\n"
                                          << after.problems.join(u'\n').toStdString();
    EXPECT_EQ(after.messages, before)
        << "lupdate dropped or added entries: rerun scripts/update-translations";
}

TEST(Translations, TranslatorSwitchesTextAndNumbersToEnglish)
{
    QCoreApplication& app = *QCoreApplication::instance();
    EXPECT_EQ(Format().count(50000), u"50.000"_s) << "Vietnamese must stay the default";
    ASSERT_TRUE(Language::apply(app, u"en"_s));
    EXPECT_EQ(Language::current(), u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("Status", "Đúng tiến độ"), u"On track"_s);
    EXPECT_EQ(QCoreApplication::translate("Status", "Chậm tiến độ"), u"Behind"_s);
    EXPECT_EQ(QCoreApplication::translate("signtally::EntryModel", "Dán %n ô", nullptr, 3),
              u"Paste 3 cells"_s);
    EXPECT_EQ(Format().count(50000), u"50,000"_s);
    EXPECT_EQ(Format().percent(82.66), u"82.7%"_s);
    EXPECT_EQ(Format().date(QDate(2025, 8, 15)), u"15/08/2025"_s);
    ASSERT_TRUE(Language::apply(app, u"vi"_s));
    EXPECT_EQ(QCoreApplication::translate("Status", "Đúng tiến độ"), u"Đúng tiến độ"_s);
    EXPECT_EQ(Format().count(50000), u"50.000"_s);
    EXPECT_EQ(Language::normalize(u"fr"_s), u"vi"_s);
    EXPECT_EQ(Language::normalize(u"en_GB"_s), u"en"_s);
}

TEST(Translations, SummaryCommandSpeaksTheChosenLanguage)
{
    test::TempDir dir;
    const QString path = dir.file(u"demo.sqlite"_s);
    ASSERT_EQ(test::runSigntally({u"demo"_s, u"--db"_s, path}).exitCode, 0);
    const QStringList args{u"summary"_s, u"--db"_s, path, u"--as-of"_s, u"15/08/2025"_s};

    const test::ProcessResult en = test::runSigntally(args, {}, {u"SIGNTALLY_LANG=en"_s});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    EXPECT_TRUE(en.out.contains(u"As of 15/08/2025: day 19/32 of the drive"_s))
        << en.out.toStdString();
    for (const QString& word :
         {u"Unit"_s, u"Adults"_s, u"Quota"_s, u"Cumulative"_s, u"% of quota"_s, u"Status"_s,
          u"Total"_s, u"50,000"_s, u"277,566"_s})
        EXPECT_TRUE(en.out.contains(word)) << word.toStdString() << " missing in:\n"
                                           << en.out.toStdString();
    EXPECT_FALSE(en.out.contains(u"Chỉ tiêu"_s));
    EXPECT_FALSE(en.out.contains(u"50.000"_s));

    const test::ProcessResult vi = test::runSigntally(args, {}, {u"SIGNTALLY_LANG=vi"_s});
    ASSERT_EQ(vi.exitCode, 0) << vi.err.toStdString();
    EXPECT_TRUE(vi.out.contains(u"Chỉ tiêu"_s));
    EXPECT_TRUE(vi.out.contains(u"50.000"_s));
}
