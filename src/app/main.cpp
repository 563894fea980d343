// signtally: with no command, the window; with one, a headless subcommand.
#include "app/AllCommands.h"
#include "cli/Cli.h"
#include "core/Language.h"
#include "gui/AppSettings.h"
#include "gui/DatabaseOpener.h"
#include "gui/GuiSetup.h"
#include "gui/MainWindow.h"
#include "gui/shell/AppController.h"
#include "models/CampaignSession.h"
#include "storage/AppPaths.h"
#include "storage/Logging.h"
#include "storage/OpenStorage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <cstdio>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// The interface language: SIGNTALLY_LANG if set (tests, screenshots), else the
// "ui/language" setting chosen in Settings ("vi" by default).
QString chosenLanguage()
{
    const QSettings settings(u"SignTally"_s, u"SignTally"_s);
    return Language::choose(settings.value(u"ui/language"_s, Language::vietnamese()).toString());
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(u"SignTally"_s);
    app.setApplicationName(u"SignTally"_s);
    app.setApplicationVersion(u"" SIGNTALLY_VERSION ""_s);
    setupGuiApplication(app);
    applyLanguage(app, chosenLanguage());
    initLogging(false);

    QCommandLineParser parser;
    parser.addOption(
        {u"db"_s,
         QApplication::translate("main", "Tệp cơ sở dữ liệu, hoặc địa chỉ máy chủ postgresql://…"),
         u"PATH"_s});
    parser.process(app);
    AppSettings settings;
    const bool explicitPath = parser.isSet(u"db"_s) || qEnvironmentVariableIsSet("SIGNTALLY_DB");
    QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : AppPaths::defaultDatabase();
    bool createIfMissing = !explicitPath;
    // Without --db, the file used last time (when it still exists).
    // (or the server: it says itself whether it can be reached).
    if (!explicitPath &&
        (isServerAddress(settings.lastDatabase()) || QFileInfo::exists(settings.lastDatabase()))) {
        path = settings.lastDatabase();
        createIfMissing = false;
    }

    std::unique_ptr<Storage> db = DatabaseOpener::open(path, createIfMissing);
    if (!db)
        return ExitDatabase;
    AppController controller(&settings);
    controller.start(std::move(db));
    MainWindow& window = *controller.window();
    window.show();
    if (qEnvironmentVariableIsSet("SIGNTALLY_QUIT_AFTER_PAINT")) {
        // For signtally-bench's startup_ms: stop once the first frame is painted.
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            app.quit();
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    const bool subcommand =
        argc > 1 && !QByteArray(argv[1]).startsWith("--db") && QByteArray(argv[1]) != "-platform";
    if (!subcommand)
        return runWindow(argc, argv);

    Cli cli;
    registerAllCommands(cli);
    const QString name = QString::fromLocal8Bit(argv[1]);
    const Cli::Command* command = cli.find(name);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        auto guiApp = std::make_unique<QApplication>(argc, argv);
        setupGuiApplication(*guiApp);
        app = std::move(guiApp);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    app->setOrganizationName(u"SignTally"_s);
    app->setApplicationName(u"SignTally"_s);
    if (auto* guiApp = qobject_cast<QApplication*>(app.get()))
        applyLanguage(*guiApp, chosenLanguage());
    else
        Language::apply(*app, chosenLanguage());
    initLogging(true);
    // The command table holds translated summaries: build it again now that
    // the language is installed, so `signtally help` speaks it too.
    Cli translated;
    registerAllCommands(translated);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return translated.run(QCoreApplication::arguments(), out, err);
}
