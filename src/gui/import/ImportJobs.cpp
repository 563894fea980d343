#include "gui/import/ImportJobs.h"

#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"

#include <QThread>
#include <memory>
#include <optional>

namespace signtally {

ImportJobs::ImportJobs(CampaignSession* session, QObject* parent)
    : QObject(parent), m_session(session)
{}

ImportJobs::~ImportJobs()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJobs::run(std::function<void()> work, std::function<void()> done)
{
    m_cancel = false;
    m_progressPermille = 0;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit stopped();
        done();
    });
    emit started();
    m_thread->start();
}

void ImportJobs::plan(const ImportOptions& options, const QList<Source>& files,
                      std::function<void(ImportPlan)> done)
{
    auto data = std::make_shared<CampaignData>(m_session->data());
    const QVector<int> locked = m_session->tallies().lockedWeeks();
    auto result = std::make_shared<ImportPlan>();
    run(
        [this, data, options, locked, result, files] {
            ImportPlanner planner(*data, options, locked);
            planner.setCancelFlag(&m_cancel);
            const int n = int(files.size());
            planner.setProgress([this, n](int file, double fraction) {
                m_progressPermille = int(1000 * (std::min(file, n - 1) + fraction) / n);
            });
            for (const Source& f : files) {
                if (m_cancel)
                    break;
                planner.addFile(f.path, f.sheet);
            }
            *result = planner.finish();
            if (m_cancel)
                result->cancelled = true;
        },
        [result, done = std::move(done)] { done(std::move(*result)); });
}

void ImportJobs::write(const ImportPlan& plan, bool replace,
                       std::function<void(const Written&)> done)
{
    // The worker's own connection to the same file or server (as the same
    // login, with the password typed for this run), made on the worker.
    const Storage* source = &m_session->database();
    auto data = std::make_shared<CampaignData>(m_session->data());
    auto planCopy = std::make_shared<ImportPlan>(plan);
    const QString actor = m_session->actor();
    const qint64 group = m_session->viewedGroupId(); // the group the window shows
    auto result = std::make_shared<Written>();
    // The new tallies are read on the worker too: at national size that is a
    // fifth of a second the window would otherwise stand still for.
    auto loaded = std::make_shared<std::optional<TallyMatrix>>();
    const quint64 generation = m_session->talliesGeneration();
    m_session->importStarting();
    run(
        [this, source, data, planCopy, replace, actor, group, result, loaded] {
            try {
                auto db = source->reopen();
                ImportApplier applier(*db, *data);
                applier.setGroup(group);
                applier.setCancelFlag(&m_cancel);
                applier.setProgress([this](double f) { m_progressPermille = int(1000 * f); });
                result->outcome = applier.apply(*planCopy, replace, actor);
                if (result->outcome.status == ImportOutcome::Status::Imported) {
                    result->written = true;
                    *loaded = CampaignStore(*db).groupTallies(*data, group);
                }
            } catch (const StorageError& e) {
                result->failure = e.message();
            }
        },
        [this, result, loaded, generation, done = std::move(done)] {
            // The screens refresh when it wrote.
            m_session->importFinished(result->written, std::move(*loaded), generation);
            done(*result);
        });
}

} // namespace signtally
