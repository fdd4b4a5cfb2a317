// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"
#include "replayclient.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

// The replay playground (DESIGN.md 7): a log's request as an editable form and as raw JSON (two
// views of one QJsonObject), sent to a gateway or data plane with ReplayClient; the answer
// streams in, with stats, a word diff against the original answer and the session's runs. It
// never writes to the store itself: Save as log hands the new record to whoever owns the store.
class PlaygroundWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundWindow)

public:
    explicit PlaygroundWindow(const LogRecord &original, QWidget *parent = nullptr);

    QJsonObject document() const { return m_document; }
    void setDocument(const QJsonObject &document); // updates both views
    ReplayTarget target() const;
    void setTarget(const ReplayTarget &target);
    QString path() const { return m_path; }

    // For tests and screenshots.
    QTableWidget *messagesTable() const { return m_messages; }
    QPlainTextEdit *rawEdit() const { return m_raw; }
    QPlainTextEdit *answerView() const { return m_answer; }
    QTextBrowser *diffBefore() const { return m_diffBefore; }
    QTextBrowser *diffAfter() const { return m_diffAfter; }
    QListWidget *runsList() const { return m_runs; }
    QLabel *statsLabel() const { return m_stats; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }

public Q_SLOTS:
    void run();
    void stop();
    void saveSelectedRun();

Q_SIGNALS:
    void saveAsLogRequested(const LogRecord &record);
    void runFinished();

private:
    QWidget *buildForm();
    QWidget *buildTarget();
    void formChanged();
    void rawChanged();
    void documentToForm();
    void addMessage(const QString &role, const QJsonValue &content);
    void moveMessage(int delta);
    void showDiff(const QString &answer);
    void onFinished(const RunResult &result);
    void onFailed(const QString &message);
    void showStats(const QString &text, bool error);
    void setRunning(bool running);

    LogRecord m_original;
    QString m_path;
    QString m_originalAnswer;
    QJsonObject m_document;
    bool m_syncing = false;
    ReplayClient *m_client;
    QList<RunResult> m_results;

    QTabWidget *m_tabs;
    QLineEdit *m_model;
    QTableWidget *m_messages;
    QLineEdit *m_prompt; // completions
    QPlainTextEdit *m_input; // embeddings
    QLineEdit *m_temperature, *m_maxTokens, *m_topP, *m_stopSeq, *m_responseFormat;
    QPlainTextEdit *m_tools;
    QCheckBox *m_stream;
    QPlainTextEdit *m_raw;
    QLabel *m_rawError;
    QComboBox *m_targetKind;
    QLineEdit *m_url, *m_provider, *m_customHost, *m_apiKey, *m_config;
    QPushButton *m_run, *m_stop, *m_save;
    QPlainTextEdit *m_answer;
    QLabel *m_stats;
    QTextBrowser *m_diffBefore, *m_diffAfter;
    QListWidget *m_runs;
};
