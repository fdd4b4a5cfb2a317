// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsync.h"

#include "controlplaneclient.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <deque>
#include <memory>

namespace {

constexpr qint64 kSecondMs = 1000; // below this a range is paged, not sliced

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Waits in the event loop, waking early on cancel.
bool pause(int ms, const std::atomic_bool *cancel)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            loop.quit();
    });
    done.start(ms);
    check.start(qMax(1, qMin(ms, 50)));
    loop.exec();
    return !(cancel && cancel->load());
}

} // namespace

ExportSync::ExportSync(ControlPlaneClient &client, ExportFileImporter importer)
    : m_client(client)
    , m_importer(std::move(importer))
{ }

QStringList ExportSync::requestedData()
{
    // portkey-api.md 4.4, the spec enum (not the guide's renamed fields, 16.2).
    return {QStringLiteral("id"),
            QStringLiteral("trace_id"),
            QStringLiteral("created_at"),
            QStringLiteral("request"),
            QStringLiteral("response"),
            QStringLiteral("is_success"),
            QStringLiteral("ai_org"),
            QStringLiteral("ai_model"),
            QStringLiteral("req_units"),
            QStringLiteral("res_units"),
            QStringLiteral("total_units"),
            QStringLiteral("request_url"),
            QStringLiteral("cost"),
            QStringLiteral("cost_currency"),
            QStringLiteral("response_time"),
            QStringLiteral("response_status_code"),
            QStringLiteral("mode"),
            QStringLiteral("config"),
            QStringLiteral("prompt_slug"),
            QStringLiteral("metadata")};
}

QStringList ExportSync::filterKeys()
{
    // portkey-api.md 4.3, GenerationsFilterSchema.
    return {QStringLiteral("total_units_min"),
            QStringLiteral("total_units_max"),
            QStringLiteral("cost_min"),
            QStringLiteral("cost_max"),
            QStringLiteral("ai_model"),
            QStringLiteral("prompt_token_min"),
            QStringLiteral("prompt_token_max"),
            QStringLiteral("completion_token_min"),
            QStringLiteral("completion_token_max"),
            QStringLiteral("status_code"),
            QStringLiteral("metadata"),
            QStringLiteral("ai_org_model"),
            QStringLiteral("weighted_feedback_min"),
            QStringLiteral("weighted_feedback_max"),
            QStringLiteral("virtual_keys"),
            QStringLiteral("trace_id"),
            QStringLiteral("configs"),
            QStringLiteral("workspace_slug"),
            QStringLiteral("prompt_slug")};
}

void ExportSync::report(ExportSyncProgress::Phase phase, const QString &detail, bool notice)
{
    m_state.phase = phase;
    m_state.detail = detail;
    m_state.notice = notice;
    if (m_progress)
        m_progress(m_state);
    m_state.notice = false;
}

void ExportSync::cancelOnServer(const QString &exportId)
{
    // Best effort, so the server stops working on a job nobody will download.
    const RetryPolicy saved = m_client.retryPolicy();
    RetryPolicy once = saved;
    once.maxAttempts = 1;
    once.timeoutMs = qMin(saved.timeoutMs, 5000);
    m_client.setCancelFlag(nullptr);
    m_client.setRetryPolicy(once);
    m_client.cancelExport(exportId);
    m_client.setRetryPolicy(saved);
    m_client.setCancelFlag(m_cancel);
}

ExportSyncResult ExportSync::run(const QDateTime &from, const QDateTime &to,
                                 const QJsonObject &filters)
{
    ExportSyncResult result;
    m_state = ExportSyncProgress();
    m_client.setCancelFlag(m_cancel);
    auto fail = [&](const QString &error) {
        result.cancelled = cancelled();
        result.error = result.cancelled ? QStringLiteral("Cancelled.") : error;
        result.ok = false;
        return result;
    };
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(
            QStringLiteral("The time range to sync is empty (%1 .. %2).").arg(iso(from), iso(to)));

    std::deque<Range> pending {{from.toUTC(), to.toUTC(), {}}};
    int planned = 1;
    // A range with more logs than a job holds (matched: how many, -1 unknown) goes back to the
    // queue as parts that may each fit: time slices while the range is longer than a second,
    // pages of one job's size within a second, smaller pages when a page was refused.
    auto split = [&](const Range &range, qint64 matched, const QString &draftId) -> QString {
        const qint64 spanMs = range.from.msecsTo(range.to) + 1;
        if (range.page >= 0) {
            const qint64 size = m_maxPerJob < range.pageSize ? m_maxPerJob : range.pageSize / 2;
            if (size < 1)
                return QStringLiteral("The control plane refuses even an export of one log "
                                      "(%1 .. %2).")
                    .arg(iso(range.from), iso(range.to));
            // The same first row in smaller pages; rows fetched twice are duplicates.
            pending.push_front({range.from, range.to, draftId, range.page * range.pageSize / size,
                                size, range.rangeTotal});
            return {};
        }
        if (spanMs > kSecondMs) {
            const qint64 wanted
                = matched > m_maxPerJob ? (matched + m_maxPerJob - 1) / m_maxPerJob : 2;
            // At least two; no slice shorter than a second (below that, pages).
            const qint64 parts = qMax<qint64>(2, qMin(wanted, spanMs / kSecondMs));
            std::vector<Range> slices;
            for (qint64 i = 0; i < parts; ++i) {
                const QDateTime a = range.from.addMSecs(spanMs * i / parts);
                const QDateTime b = range.from.addMSecs(spanMs * (i + 1) / parts - 1);
                slices.push_back({a, b, i == 0 ? draftId : QString()});
            }
            for (auto it = slices.rbegin(); it != slices.rend(); ++it)
                pending.push_front(*it);
            planned += int(parts) - 1;
            return {};
        }
        pending.push_front({range.from, range.to, draftId, 0, m_maxPerJob, matched});
        return {};
    };
    while (!pending.empty()) {
        if (cancelled())
            return fail({});
        const Range range = pending.front();
        pending.pop_front();
        QJsonObject f = filters;
        f.insert(QStringLiteral("time_of_generation_min"), iso(range.from));
        f.insert(QStringLiteral("time_of_generation_max"), iso(range.to));
        if (range.page >= 0) {
            f.insert(QStringLiteral("page_size"), range.pageSize);
            f.insert(QStringLiteral("current_page"), range.page);
        }
        m_state.jobs = planned;
        report(
            ExportSyncProgress::Phase::Planning,
            range.page < 0
                ? QStringLiteral("counting logs from %1 to %2").arg(iso(range.from), iso(range.to))
                : QStringLiteral("counting logs from %1 to %2, page %3 of %4 logs")
                      .arg(iso(range.from), iso(range.to))
                      .arg(range.page + 1)
                      .arg(range.pageSize));
        // Creates the export for this range (or narrows the draft); false with the refusal's
        // count in matched when the server refused it as too large.
        QString id = range.draftId;
        qint64 total = -1;
        qint64 matched = -1;
        bool tooLarge = false;
        auto create = [&](bool reuseDraft) -> bool {
            const ControlPlaneResponse created = reuseDraft && !id.isEmpty()
                ? m_client.updateExport(id, f, &total)
                : m_client.createExport(
                    f, requestedData(),
                    QStringLiteral("Gatescope sync %1 .. %2").arg(iso(range.from), iso(range.to)),
                    &id, &total);
            if (created.ok())
                return true;
            qint64 limit = -1;
            if (ControlPlaneJson::sizeRefusal(created.error, &limit, &matched)) {
                if (limit > 0)
                    m_maxPerJob = limit;
                tooLarge = true;
            } else {
                result.error = created.error.message;
            }
            return false;
        };
        if (!create(true)) {
            if (!tooLarge)
                return fail(result.error);
            if (const QString why = split(range, matched, range.draftId); !why.isEmpty())
                return fail(why);
            continue;
        }

        // More than one job's worth: split the range and count each part again (logs are
        // rarely spread evenly). The draft is reused for the first part.
        if (total > m_maxPerJob) {
            if (const QString why = split(range, total, id); !why.isEmpty())
                return fail(why);
            continue;
        }
        ++m_state.job;
        m_state.jobRecords = total;
        // total == 0: nothing in this range, no job to run, but the range is synced.
        const qint64 rowsBefore = result.imported + result.duplicates + result.skipped;
        if (total != 0) {
            QString failure;
            JobEnd end = runJob(id, total, result, &failure, &matched);
            // A job the server failed: a new export for the same window, after a pause that
            // doubles each time.
            for (int attempt = 1; end == JobEnd::Failed; ++attempt) {
                const QString jobName = QStringLiteral("export %1").arg(id.left(8));
                if (attempt >= m_jobAttempts)
                    return fail(QStringLiteral("The control plane's %1 failed%2, %3 times in a row "
                                               "for this time range. Run the sync again later; "
                                               "it resumes after the last job that finished.")
                                    .arg(jobName,
                                         failure.isEmpty() ? QString()
                                                           : QStringLiteral(" (%1)").arg(failure))
                                    .arg(attempt));
                const int waitMs = m_jobBackoffMs * (1 << qMin(attempt - 1, 10));
                report(ExportSyncProgress::Phase::Waiting,
                       QStringLiteral("%1 failed on the server%2; trying again as a new export "
                                      "in %3 s (attempt %4 of %5)")
                           .arg(jobName,
                                failure.isEmpty() ? QString() : QStringLiteral(": ") + failure)
                           .arg((waitMs + 999) / 1000)
                           .arg(attempt + 1)
                           .arg(m_jobAttempts),
                       true);
                if (!pause(waitMs, m_cancel))
                    return fail({});
                id.clear();
                if (!create(false)) {
                    end = tooLarge ? JobEnd::TooLarge : JobEnd::Error;
                    break;
                }
                if (total == 0) {
                    end = JobEnd::Imported;
                    break;
                }
                end = runJob(id, total, result, &failure, &matched);
            }
            if (end == JobEnd::Error)
                return fail(result.error);
            if (end == JobEnd::TooLarge) {
                --m_state.job;
                if (const QString why = split(range, matched, {}); !why.isEmpty())
                    return fail(why);
                continue;
            }
        }
        const qint64 rows = result.imported + result.duplicates + result.skipped - rowsBefore;
        if (range.page >= 0) {
            // The next page while this one was full (or the count says there are more).
            const bool more = range.rangeTotal >= 0
                ? (range.page + 1) * range.pageSize < range.rangeTotal
                : (total >= 0 ? total : rows) >= range.pageSize;
            if (more) {
                pending.push_front(
                    {range.from, range.to, {}, range.page + 1, range.pageSize, range.rangeTotal});
                ++planned;
                continue;
            }
        } else if (total < 0 && rows >= m_maxPerJob) {
            // Without a total (the field is missing) a full file may have been cut at the job
            // limit: fetch the range again in parts; rows already stored come back as
            // duplicates. The job just run was counted; its parts are planned anew.
            ++planned;
            if (const QString why = split(range, -1, {}); !why.isEmpty())
                return fail(why);
            continue;
        }
        result.syncedUntil = range.to;
        if (m_checkpoint)
            m_checkpoint(range.to);
    }
    result.ok = true;
    report(ExportSyncProgress::Phase::Done,
           QStringLiteral("%1 new logs, %2 already stored")
               .arg(result.imported)
               .arg(result.duplicates));
    return result;
}

ExportSync::JobEnd ExportSync::runJob(const QString &exportId, qint64 total,
                                      ExportSyncResult &result, QString *failure, qint64 *matched)
{
    const QString jobName = QStringLiteral("export %1").arg(exportId.left(8));
    const ControlPlaneResponse started = m_client.startExport(exportId);
    if (!started.ok()) {
        // A server may count only when the job starts, and refuse it then.
        qint64 limit = -1;
        if (ControlPlaneJson::sizeRefusal(started.error, &limit, matched)) {
            if (limit > 0)
                m_maxPerJob = limit;
            return JobEnd::TooLarge;
        }
        result.error = started.error.message;
        return JobEnd::Error;
    }
    // Poll with a growing interval: short jobs finish fast, long ones are not hammered.
    int interval = m_pollInitialMs;
    for (int polls = 1;; ++polls) {
        ExportState state;
        const ControlPlaneResponse polled = m_client.exportState(exportId, &state);
        if (!polled.ok()) {
            if (polled.error.kind == ControlPlaneErrorKind::Cancelled)
                cancelOnServer(exportId);
            result.error = polled.error.message;
            return JobEnd::Error;
        }
        if (state.status == ExportStatus::Success)
            break;
        if (state.status == ExportStatus::Failed) {
            *failure = state.error;
            return JobEnd::Failed;
        }
        if (state.status == ExportStatus::Stopped) {
            result.error = QStringLiteral("The control plane's %1 was stopped (not by this sync). "
                                          "Run the sync again; it resumes after the last job "
                                          "that finished.")
                               .arg(jobName);
            return JobEnd::Error;
        }
        report(ExportSyncProgress::Phase::Waiting,
               QStringLiteral("%1: %2 (check %3)").arg(jobName, state.statusText).arg(polls));
        if (!pause(interval, m_cancel)) {
            cancelOnServer(exportId);
            result.error = QStringLiteral("Cancelled.");
            return JobEnd::Error;
        }
        interval = qMin(m_pollMaxMs, interval * 3 / 2 + 1);
    }

    std::unique_ptr<QTemporaryDir> temp;
    QString dir = m_downloadDir;
    if (dir.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>();
        dir = temp->path();
    }
    const QString name
        = m_client.endpoint().name.isEmpty() ? QStringLiteral("portkey") : m_client.endpoint().name;
    const QString file
        = QDir(dir).filePath(QStringLiteral("%1-export-%2.jsonl").arg(name, exportId));
    report(ExportSyncProgress::Phase::Downloading,
           QStringLiteral("%1: downloading %2 logs").arg(jobName).arg(total));
    if (!download(exportId, file, result))
        return JobEnd::Error;
    report(ExportSyncProgress::Phase::Importing, QStringLiteral("%1: importing").arg(jobName));
    qint64 imported = 0, duplicates = 0, skipped = 0;
    QString why;
    const bool ok = m_importer(file, &imported, &duplicates, &skipped, &why);
    QFile::remove(file);
    result.imported += imported;
    result.duplicates += duplicates;
    result.skipped += skipped;
    m_state.imported = result.imported;
    m_state.duplicates = result.duplicates;
    if (!ok || cancelled()) {
        result.error = cancelled() ? QStringLiteral("Cancelled.") : why;
        return JobEnd::Error;
    }
    ++result.jobs;
    report(
        ExportSyncProgress::Phase::Importing,
        QStringLiteral("%1: %2 new, %3 already stored").arg(jobName).arg(imported).arg(duplicates));
    return JobEnd::Imported;
}

bool ExportSync::download(const QString &exportId, const QString &file, ExportSyncResult &result)
{
    const QString jobName = QStringLiteral("export %1").arg(exportId.left(8));
    // A signed link lives for a limited time (S3: X-Amz-Expires); one refused by the storage
    // host is replaced by a fresh one from the API, twice at most.
    constexpr int kFreshLinks = 2;
    for (int fresh = 0;; ++fresh) {
        QUrl url;
        const ControlPlaneResponse link = m_client.exportDownloadUrl(exportId, &url);
        if (!link.ok()) {
            result.error = fresh == 0
                ? link.error.message
                : QStringLiteral("The download link of %1 expired, and no fresh one could be "
                                 "had: %2")
                      .arg(jobName, link.error.message);
            return false;
        }
        const ControlPlaneResponse got = m_client.download(url, file);
        if (got.ok())
            return true;
        if (!got.error.linkExpired || cancelled()) {
            result.error = got.error.message;
            return false;
        }
        if (fresh == kFreshLinks) {
            result.error = QStringLiteral("%1 Fresh links from the control plane for %2 were "
                                          "refused too. Run the sync again; it resumes after "
                                          "the last job that finished.")
                               .arg(got.error.message, jobName);
            return false;
        }
        report(ExportSyncProgress::Phase::Downloading,
               QStringLiteral("%1: the download link expired; asking for a fresh one").arg(jobName),
               true);
    }
}
