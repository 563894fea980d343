// Qt's own dialogs in the Vietnamese interface: Debian ships no Vietnamese
// translation of Qt, so the app carries one (resources/translations/qt_vi.ts,
// :/i18n/qt_vi.qm) and uses Qt's file dialog rather than the platform's. A
// file dialog's labels are read back; and every string Qt asks for while
// drawing the file, print and page set-up dialogs, message boxes, button
// boxes and the context menus of text fields, spin boxes and scroll bars must
// have a Vietnamese translation.
#include "core/Language.h"
#include "gui/GuiSetup.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// Installed last, so asked first: notes every (context, source, comment) Qt
// asks for and answers nothing, so the app's translator answers.
class RecordingTranslator : public QTranslator
{
public:
    struct Key
    {
        QByteArray context, source, comment;
        bool operator==(const Key&) const = default;
    };
    QString translate(const char* context, const char* source, const char* comment,
                      int) const override
    {
        m_seen.push_back({context, source, comment ? QByteArray(comment) : QByteArray()});
        return {};
    }
    bool isEmpty() const override { return false; }
    const QList<Key>& seen() const { return m_seen; }

private:
    mutable QList<Key> m_seen;
};

void settle()
{
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
}

// Opens a widget's context menu and closes it again (the menu runs its own loop).
void openContextMenu(QWidget* w)
{
    w->show();
    QTimer::singleShot(30, [] {
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), w->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(w, &event);
}

class QtVietnamese : public ::testing::Test
{
protected:
    void SetUp() override
    {
        setupGuiApplication(*qApp);
        ASSERT_TRUE(Language::apply(*qApp, u"vi"_s));
    }
};

} // namespace

TEST_F(QtVietnamese, AFileDialogReadsInVietnamese)
{
    // The app asks for Qt's own dialog, whose labels it translates.
    ASSERT_TRUE(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
    QFileDialog dialog(nullptr, u"Mở cơ sở dữ liệu"_s, QDir::tempPath(),
                       u"Cơ sở dữ liệu SignTally (*.sqlite)"_s);
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    settle();
    const auto label = [&](const char* name) {
        auto* l = dialog.findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : u"(no %1)"_s.arg(QString::fromLatin1(name));
    };
    EXPECT_EQ(label("lookInLabel"), u"Tìm trong:"_s);
    EXPECT_EQ(label("fileNameLabel"), u"&Tên tệp:"_s);
    EXPECT_EQ(label("fileTypeLabel"), u"Loại tệp:"_s);
    auto* buttons = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
    ASSERT_TRUE(buttons);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Open)->text(), u"&Mở"_s);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel)->text(), u"Hủy"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    settle();
    EXPECT_EQ(buttons->button(QDialogButtonBox::Save)->text(), u"&Lưu"_s);
    dialog.close();
}

TEST_F(QtVietnamese, EveryStringQtDrawsHasAVietnameseTranslation)
{
    QTranslator ours;
    ASSERT_TRUE(ours.load(u":/i18n/qt_vi.qm"_s));
    RecordingTranslator recorder;
    qApp->installTranslator(&recorder);

    // A folder with the kinds of entry a user's folder has: a file, a folder
    // and a shortcut whose file is gone (a symbolic link; .lnk on Windows),
    // which Qt calls "Shortcut". Its own, so what the dialog lists does not
    // depend on what else is in the temporary folder.
    test::TempDir folder;
    QFile(folder.file(u"so-lieu.csv"_s)).open(QIODevice::WriteOnly);
    QDir(folder.file({})).mkdir(u"thang-8"_s);
    QFile::link(folder.file(u"da-xoa.csv"_s), folder.file(u"loi-tat.lnk"_s));
    for (const auto mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
        for (const auto files : {QFileDialog::ExistingFile, QFileDialog::ExistingFiles,
                                 QFileDialog::AnyFile, QFileDialog::Directory}) {
            QFileDialog d(nullptr, u"t"_s, folder.file({}), u"Bảng (*.csv);;Tất cả (*)"_s);
            d.setAttribute(Qt::WA_DontShowOnScreen);
            d.setAcceptMode(mode);
            d.setFileMode(files);
            d.show();
            settle();
            d.setViewMode(QFileDialog::Detail);
            settle();
            for (QListView* v : d.findChildren<QListView*>())
                openContextMenu(v->viewport());
            for (QTreeView* v : d.findChildren<QTreeView*>())
                openContextMenu(v->viewport());
        }
    }
    {
        QPrinter printer;
        QPrintDialog print(&printer);
        print.setAttribute(Qt::WA_DontShowOnScreen);
        print.show();
        settle();
        QPageSetupDialog setup(&printer);
        setup.setAttribute(Qt::WA_DontShowOnScreen);
        setup.show();
        settle();
    }
    {
        QMessageBox box(QMessageBox::Question, u"t"_s, u"x"_s,
                        QMessageBox::Ok | QMessageBox::Save | QMessageBox::SaveAll |
                            QMessageBox::Open | QMessageBox::Yes | QMessageBox::YesToAll |
                            QMessageBox::No | QMessageBox::NoToAll | QMessageBox::Abort |
                            QMessageBox::Retry | QMessageBox::Ignore | QMessageBox::Close |
                            QMessageBox::Cancel | QMessageBox::Discard | QMessageBox::Help |
                            QMessageBox::Apply | QMessageBox::Reset | QMessageBox::RestoreDefaults);
        box.setAttribute(Qt::WA_DontShowOnScreen);
        box.setDetailedText(u"d"_s);
        box.show();
        settle();
        QInputDialog input;
        input.setAttribute(Qt::WA_DontShowOnScreen);
        input.show();
        settle();
    }
    QLineEdit line(u"x"_s);
    delete line.createStandardContextMenu();
    QTextBrowser text;
    text.setHtml(u"<a href=\"x\">x</a>"_s);
    delete text.createStandardContextMenu(QPoint(1, 1));
    QPlainTextEdit plain(u"x"_s);
    delete plain.createStandardContextMenu();
    QSpinBox spin;
    openContextMenu(&spin);
    QDateEdit date;
    openContextMenu(&date);
    QScrollBar bar(Qt::Vertical);
    bar.resize(20, 200);
    openContextMenu(&bar);
    qApp->removeTranslator(&recorder);

    // The contexts of the dialogs, buttons and menus the app shows.
    static const QSet<QByteArray> covered = {
        "QFileDialog",      "QFileSystemModel", "QAbstractFileIconProvider",
        "QPrintDialog",     "QPrintWidget",     "QPrintSettingsOutput",
        "QPageSetupWidget", "QPageSize",        "QPrintPreviewDialog",
        "QMessageBox",      "QPlatformTheme",   "QDialogButtonBox",
        "QInputDialog",     "QLineEdit",        "QWidgetTextControl",
        "QAbstractSpinBox", "QScrollBar",       "QGuiApplication"};
    QStringList missing;
    QSet<QByteArray> contexts;
    for (const RecordingTranslator::Key& k : recorder.seen()) {
        if (!covered.contains(k.context))
            continue;
        contexts.insert(k.context);
        const char* comment = k.comment.isEmpty() ? nullptr : k.comment.constData();
        if (ours.translate(k.context.constData(), k.source.constData(), comment).isEmpty())
            missing << u"%1\t%2\t%3"_s.arg(QString::fromUtf8(k.context),
                                           QString::fromUtf8(k.source),
                                           QString::fromUtf8(k.comment));
    }
    missing.removeDuplicates();
    for (const char* c : {"QFileDialog", "QPrintDialog", "QPageSetupWidget", "QPlatformTheme",
                          "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox"})
        EXPECT_TRUE(contexts.contains(c)) << c << " was never asked for: the test shows too little";
    EXPECT_TRUE(missing.isEmpty())
        << missing.size()
        << " Qt strings without Vietnamese; add them to resources/translations/qt_vi.ts:\n"
        << missing.join(u'\n').toStdString();
    // And what the user reads: a button and a menu entry.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Hủy"_s);
    EXPECT_EQ(QCoreApplication::translate("QLineEdit", "Select All"), u"Chọn tất cả"_s);
}
