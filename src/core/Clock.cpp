#include "core/Clock.h"

#include "core/VnFormat.h"

namespace signtally {

namespace {
class SystemClock : public Clock
{
public:
    QDate today() const override
    {
        const QString forced = qEnvironmentVariable("SIGNTALLY_TODAY");
        if (!forced.isEmpty())
            if (const auto d = DateParser::parse(forced))
                return *d;
        return QDate::currentDate();
    }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace signtally
