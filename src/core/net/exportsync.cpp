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

void ExportSync::report(ExportSyncProgress::Phase phase, const QString &detail)
{
    m_state.phase = phase;
    m_state.detail = detail;
    if (m_progress)
        m_progress(m_state);
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
    while (!pending.empty()) {
        if (cancelled())
            return fail({});
        const Range range = pending.front();
        pending.pop_front();
        QJsonObject f = filters;
        f.insert(QStringLiteral("time_of_generation_min"), iso(range.from));
        f.insert(QStringLiteral("time_of_generation_max"), iso(range.to));
        m_state.jobs = planned;
        report(ExportSyncProgress::Phase::Planning,
               QStringLiteral("counting logs from %1 to %2").arg(iso(range.from), iso(range.to)));
        QString id = range.draftId;
        qint64 total = -1;
        const ControlPlaneResponse created = id.isEmpty()
            ? m_client.createExport(
                f, requestedData(),
                QStringLiteral("Gatescope sync %1 .. %2").arg(iso(range.from), iso(range.to)), &id,
                &total)
            : m_client.updateExport(id, f, &total);
        if (!created.ok())
            return fail(created.error.message);

        // More than one job's worth: split the range by time into as many parts as needed and
        // count each again (logs are rarely spread evenly). The draft is reused for the first.
        const qint64 spanMs = range.from.msecsTo(range.to) + 1;
        if (total > m_maxPerJob && spanMs > 1) {
            const qint64 parts = qMin(spanMs, (total + m_maxPerJob - 1) / m_maxPerJob);
            std::vector<Range> split;
            for (qint64 i = 0; i < parts; ++i) {
                const QDateTime a = range.from.addMSecs(spanMs * i / parts);
                const QDateTime b = range.from.addMSecs(spanMs * (i + 1) / parts - 1);
                split.push_back({a, b, i == 0 ? id : QString()});
            }
            for (auto it = split.rbegin(); it != split.rend(); ++it)
                pending.push_front(*it);
            planned += int(parts) - 1;
            continue;
        }
        ++m_state.job;
        m_state.jobRecords = total;
        // total == 0: nothing in this range, no job to run, but the range is synced.
        const qint64 rowsBefore = result.imported + result.duplicates + result.skipped;
        if (total != 0 && !runJob(id, total, result)) {
            return fail(result.error);
        }
        // Without a total (the field is missing) a full file may have been cut at the job
        // limit: fetch the range again in halves; rows already stored come back as duplicates.
        const qint64 rows = result.imported + result.duplicates + result.skipped - rowsBefore;
        if (total < 0 && rows >= m_maxPerJob && spanMs > 1) {
            const QDateTime mid = range.from.addMSecs(spanMs / 2);
            pending.push_front({mid, range.to, {}});
            pending.push_front({range.from, mid.addMSecs(-1), {}});
            planned += 2;
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

bool ExportSync::runJob(const QString &exportId, qint64 total, ExportSyncResult &result)
{
    const QString jobName = QStringLiteral("export %1").arg(exportId.left(8));
    const ControlPlaneResponse started = m_client.startExport(exportId);
    if (!started.ok()) {
        result.error = started.error.message;
        return false;
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
            return false;
        }
        if (state.status == ExportStatus::Success)
            break;
        if (state.status == ExportStatus::Failed || state.status == ExportStatus::Stopped) {
            result.error
                = QStringLiteral("The control plane's %1 %2%3. Run the sync again; it "
                                 "resumes after the last job that finished.")
                      .arg(jobName,
                           state.status == ExportStatus::Failed ? QStringLiteral("failed")
                                                                : QStringLiteral("was stopped"),
                           state.error.isEmpty() ? QString() : QStringLiteral(": ") + state.error);
            return false;
        }
        report(ExportSyncProgress::Phase::Waiting,
               QStringLiteral("%1: %2 (check %3)").arg(jobName, state.statusText).arg(polls));
        if (!pause(interval, m_cancel)) {
            cancelOnServer(exportId);
            result.error = QStringLiteral("Cancelled.");
            return false;
        }
        interval = qMin(m_pollMaxMs, interval * 3 / 2 + 1);
    }

    QUrl url;
    const ControlPlaneResponse link = m_client.exportDownloadUrl(exportId, &url);
    if (!link.ok()) {
        result.error = link.error.message;
        return false;
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
    const ControlPlaneResponse got = m_client.download(url, file);
    if (!got.ok()) {
        result.error = got.error.message;
        return false;
    }
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
        return false;
    }
    ++result.jobs;
    report(
        ExportSyncProgress::Phase::Importing,
        QStringLiteral("%1: %2 new, %3 already stored").arg(jobName).arg(imported).arg(duplicates));
    return true;
}
