#pragma once

#include <QString>
#include <spdlog/spdlog.h>

namespace signtally {

// spdlog to a rotating file in the app-data folder and, for subcommands, to stderr.
void initLogging(bool toStderr);
inline std::string str(const QString& s)
{
    return s.toStdString();
}

} // namespace signtally
