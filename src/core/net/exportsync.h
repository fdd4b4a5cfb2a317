// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class ControlPlaneClient;

struct ExportSyncProgress
{
    enum class Phase { Planning, Waiting, Downloading, Importing, Done };
    Phase phase = Phase::Planning;
    int job = 0; // 1-based, of the jobs planned so far
    int jobs = 0;
    qint64 jobRecords = 0; // rows the current job holds (the server's total), -1 unknown
    qint64 imported = 0; // new records over the whole sync
    qint64 duplicates = 0;
    QString detail; // "export 3f2…: in_progress"
    // A turn worth a line of its own even where progress is shown sparingly: a failed job run
    // again, an expired link replaced.
    bool notice = false;
};

struct ExportSyncResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // one sentence for the user when !ok
    int jobs = 0; // export jobs run to the end
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 skipped = 0; // bad lines in the downloaded files
    QDateTime syncedUntil; // every log up to here is in the store (invalid: nothing synced)
};

// Imports one downloaded export file; returns false with a reason when the store refused it.
using ExportFileImporter = std::function<bool(const QString &file, qint64 *imported,
                                              qint64 *duplicates, qint64 *skipped, QString *error)>;

// Syncs logs from the control plane with export jobs (portkey-api.md section 4): create with
// filters, start, poll with backoff, download the signed URL, import. A range holding more than
// one job's worth of logs is split by time into jobs that each fit, run oldest first: when the
// server reports a total above the job size, and when it refuses the export with a 400 about its
// size (the size named there, "limited to 5000 logs per job", becomes the job size). A second
// holding more than a job is fetched in pages (page_size/current_page). A job the server fails
// is run again as a new export a few times, with backoff; an expired download link is replaced
// by a fresh one. After each imported job the checkpoint handler gets the time synced up to, so
// an interrupted sync resumes there (re-imported rows are duplicates, never stored twice).
class ExportSync
{
public:
    ExportSync(ControlPlaneClient &client, ExportFileImporter importer);

    static QStringList requestedData(); // every field of the spec's LogExportsRequestedData
    static QStringList filterKeys(); // GenerationsFilterSchema keys other than the time range

    void setMaxLogsPerJob(qint64 limit) { m_maxPerJob = limit; }
    // The job size in use: 50,000 (Portkey's) or what the server's refusal named.
    qint64 maxLogsPerJob() const { return m_maxPerJob; }
    // A failed job is tried this often in all, waiting initialMs, then twice that, ... between.
    void setJobAttempts(int attempts, int initialBackoffMs)
    {
        m_jobAttempts = qMax(1, attempts);
        m_jobBackoffMs = initialBackoffMs;
    }
    void setPollInterval(int initialMs, int maxMs)
    {
        m_pollInitialMs = initialMs;
        m_pollMaxMs = maxMs;
    }
    void setDownloadDir(const QString &dir) { m_downloadDir = dir; } // default: a temp dir
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressHandler(std::function<void(const ExportSyncProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCheckpointHandler(std::function<void(const QDateTime &syncedUntil)> handler)
    {
        m_checkpoint = std::move(handler);
    }

    // Syncs [from, to], both inclusive, millisecond precision. filters adds any of filterKeys().
    ExportSyncResult run(const QDateTime &from, const QDateTime &to,
                         const QJsonObject &filters = {});

private:
    struct Range
    {
        QDateTime from, to;
        QString draftId; // an export already created for a wider range, to be narrowed
        qint64 page = -1; // >= 0: page `page` of pageSize logs of the range (current_page)
        qint64 pageSize = 0;
        qint64 rangeTotal = -1; // logs in the whole paged range, -1 unknown
    };
    enum class JobEnd { Imported, Error, TooLarge, Failed };
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    JobEnd runJob(const QString &exportId, qint64 total, ExportSyncResult &result, QString *failure,
                  qint64 *matched);
    bool download(const QString &exportId, const QString &file, ExportSyncResult &result);
    void report(ExportSyncProgress::Phase phase, const QString &detail, bool notice = false);
    void cancelOnServer(const QString &exportId);

    ControlPlaneClient &m_client;
    ExportFileImporter m_importer;
    qint64 m_maxPerJob = 50000; // "Up to 50,000 logs per export job"
    int m_pollInitialMs = 1000;
    int m_pollMaxMs = 15000;
    int m_jobAttempts = 4;
    int m_jobBackoffMs = 5000;
    QString m_downloadDir;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const ExportSyncProgress &)> m_progress;
    std::function<void(const QDateTime &)> m_checkpoint;
    ExportSyncProgress m_state;
};
