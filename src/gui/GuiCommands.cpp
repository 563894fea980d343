#include "gui/GuiCommands.h"

#include "cli/Cli.h"
#include "core/VnFormat.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/UnitPage.h"
#include "gui/import/ImportPage.h"
#include "models/CampaignSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

class ScreenshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotCommand)
public:
    static int run(CommandContext& ctx)
    {
        QCommandLineParser parser;
        CommandContext::addDbOption(parser);
        CommandContext::addCampaignOption(parser);
        parser.addOption({u"view"_s, tr("Màn hình: dashboard, entry, unit, report."), u"VIEW"_s});
        parser.addOption({u"out"_s, tr("Tệp PNG để ghi."), u"FILE"_s});
        parser.addOption(
            {u"size"_s, tr("Kích thước cửa sổ, ví dụ 1366x768."), u"WxH"_s, u"1366x768"_s});
        parser.addOption({u"as-of"_s, tr("Tính đến ngày (tổng quan, đơn vị)."), u"DATE"_s});
        parser.addOption({u"date"_s, tr("Ngày nhập số liệu (màn hình nhập)."), u"DATE"_s});
        parser.addOption({u"unit"_s, tr("Tên đơn vị (màn hình đơn vị)."), u"NAME"_s});
        parser.addOption({u"file"_s,
                          tr("Tệp số liệu để xem trước (màn hình nhập từ tệp; nhiều lần được)."),
                          u"FILE"_s});
        ctx.parse(parser);
        if (!parser.isSet(u"view"_s) || !parser.isSet(u"out"_s))
            throw CommandError(ExitUsage, tr("Cần --view và --out."));
        static const QRegularExpression sizeRe(u"^(\\d{3,5})x(\\d{3,5})$"_s);
        const QRegularExpressionMatch size = sizeRe.match(parser.value(u"size"_s));
        if (!size.hasMatch())
            throw CommandError(ExitUsage, tr("--size phải có dạng RỘNGxCAO, ví dụ 1366x768."));

        ViewOptions options;
        if (parser.isSet(u"as-of"_s))
            options.asOf = CommandContext::parseDate(parser.value(u"as-of"_s), u"as-of"_s);
        if (parser.isSet(u"date"_s))
            options.date = CommandContext::parseDate(parser.value(u"date"_s), u"date"_s);
        options.unit = parser.value(u"unit"_s);

        std::unique_ptr<Storage> db = ctx.openStorage(parser);
        const qint64 campaign = CommandContext::chooseCampaign(parser, *db);
        CampaignSession session(std::move(db), campaign);
        if (!options.unit.isEmpty() && UnitPage::findUnit(session.data(), options.unit) < 0) {
            QStringList names;
            for (const Unit& u : session.data().units)
                names << u.name;
            throw CommandError(ExitBadInput, tr("Không có đơn vị \"%1\" trong chiến dịch. "
                                                "Các đơn vị: %2.")
                                                 .arg(options.unit, names.join(u", "_s)));
        }
        MainWindow window(&session);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(size.captured(1).toInt(), size.captured(2).toInt());
        window.show();
        const QString view = parser.value(u"view"_s);
        if (!window.showPage(view, options))
            throw CommandError(ExitUsage, tr("Không có màn hình \"%1\". Các màn hình: %2.")
                                              .arg(view, window.pageKeys().join(u", "_s)));
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        // --file: the import screen previews them, on a worker thread: wait for it.
        auto* import = qobject_cast<ImportPage*>(window.page(u"import"_s));
        if (import && parser.isSet(u"file"_s)) {
            QStringList files;
            for (const QString& f : parser.values(u"file"_s))
                files << QFileInfo(f).absoluteFilePath();
            import->addFiles(files);
            QElapsedTimer waited;
            waited.start();
            while (import->busy() && waited.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
        }
        const QPixmap shot = window.grab();
        QSaveFile file(parser.value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly) || !shot.save(&file, "PNG") || !file.commit())
            throw CommandError(
                ExitBadInput,
                tr("Không ghi được %1: %2").arg(parser.value(u"out"_s), file.errorString()));
        ctx.out << tr("Đã ghi %1 (%2×%3).")
                       .arg(parser.value(u"out"_s))
                       .arg(shot.width())
                       .arg(shot.height())
                << u'\n';
        return ExitOk;
    }
};

} // namespace

void registerGuiCommands(Cli& cli)
{
    cli.add({u"screenshot"_s,
             ScreenshotCommand::tr("Chụp một màn hình ra tệp PNG (không cần màn hình thật)."),
             &ScreenshotCommand::run, true});
}

} // namespace signtally
