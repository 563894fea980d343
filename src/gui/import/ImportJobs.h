#pragma once

#include "import/ImportApplier.h"
#include "import/ImportPlan.h"
#include "import/ImportPlanner.h"

#include <QList>
#include <QObject>
#include <atomic>
#include <functional>

class QThread;

namespace signtally {

class CampaignSession;

// The Import screen's two pieces of long work, one at a time on a worker
// thread, with a progress figure and Cancel: reading files into a plan, and
// writing a plan. Writing takes the session's import path: the worker opens
// a connection of its own (Qt Sql connections are per thread), writes all or
// nothing and reads the new tallies; the session is told when it starts and
// ends, so the file is backed up on close and every screen gets one change
// notice (docs/architecture.md, "One path for every change").
class ImportJobs : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        QString path;
        QString sheet; // xlsx: the sheet chosen; empty for the first or a CSV
    };
    struct Written
    {
        bool written = false; // the plan is in the file
        ImportOutcome outcome;
        QString failure; // a storage error's message: nothing was written
    };

    explicit ImportJobs(CampaignSession* session, QObject* parent = nullptr);
    // Cancels the running job and waits for it.
    ~ImportJobs() override;

    bool busy() const { return m_thread != nullptr; }
    // How far the running job is, in thousandths (read from any thread).
    int progressPermille() const { return m_progressPermille.load(); }
    void cancel() { m_cancel = true; }
    bool cancelRequested() const { return m_cancel.load(); }

    // Reads the files into a plan against the session's campaign as it is now.
    void plan(const ImportOptions& options, const QList<Source>& files,
              std::function<void(ImportPlan)> done);
    // Writes the plan (replacing stored figures when `replace`) as the
    // session's actor.
    void write(const ImportPlan& plan, bool replace, std::function<void(const Written&)> done);

signals:
    // A job starts, and one has ended (just before its `done` runs).
    void started();
    void stopped();

private:
    void run(std::function<void()> work, std::function<void()> done);

    CampaignSession* m_session;
    std::atomic_bool m_cancel = false;
    std::atomic<int> m_progressPermille = 0;
    QThread* m_thread = nullptr;
};

} // namespace signtally
