#include "storage/Logging.h"

#include "storage/AppPaths.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace signtally {

void initLogging(bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        err->set_pattern("signtally: %v");
        sinks.push_back(err);
    }
    const QString dir = AppPaths::logDir();
    if (QDir().mkpath(dir)) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir(dir).filePath(QStringLiteral("signtally.log")).toStdString(), 2 * 1024 * 1024,
                5);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // A read-only home folder must not stop the app; stderr still works.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("signtally", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace signtally
