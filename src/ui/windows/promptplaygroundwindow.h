// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlplaneclient.h"
#include "logprompt.h"

#include <QJsonObject>
#include <QMap>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

// The prompt playground (DESIGN.md 7): a prompt template from the control plane, a form for its
// variables, Render (the filled request), Run (the prompt's completion) and its versions. The
// control-plane calls run in a thread of the window's own (the client blocks while it waits),
// one at a time, with a busy bar and Stop; the window stays responsive meanwhile. Without a
// connection, or when the prompt cannot be loaded, it shows the control-plane cache's copy of
// the template, else the log's rendered copy (the messages as sent, the variables filled in),
// and says which.
class PromptPlaygroundWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptPlaygroundWindow)

public:
    PromptPlaygroundWindow(ControlPlaneEndpoint endpoint, QString apiKey, const QString &promptId,
                           QWidget *parent = nullptr);
    ~PromptPlaygroundWindow() override;

    // The prompt link of a log: on the first connection whose key can be read (loading the
    // prompt), else offline with the cached template or the log's rendered copy. Shown.
    static PromptPlaygroundWindow *open(const LogRecord &record, const QString &promptId);

    // What the log knows of the prompt, shown when the template cannot be had.
    void setLogRecord(const LogRecord &record);
    // No connection (why: one sentence): the cached template, else the log's rendered copy.
    void showOffline(const QString &why);
    bool showsLogCopy() const { return m_showsLogCopy; }
    QLabel *titleLabel() const { return m_title; }

    // The {{variable}} names of a Mustache-like template, in order, without sections.
    static QStringList variableNames(const QString &templateText);

    QJsonObject variables() const;
    void setVariable(const QString &name, const QString &value);
    QPlainTextEdit *templateView() const { return m_template; }
    QPlainTextEdit *renderedView() const { return m_rendered; }
    QPlainTextEdit *answerView() const { return m_answer; }
    QListWidget *versionsList() const { return m_versions; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *stopButton() const { return m_stop; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Each starts a call and returns at once; busyChanged(false) says when it is done.
    void load();
    void render();
    void run();
    void stop(); // the call under way ends as "Stopped"

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    // What a call brings back to the window.
    struct Result
    {
        ControlPlaneResponse response;
        QJsonObject object;
        QJsonArray versions;
        ControlPlaneResponse versionsResponse;
    };
    using Job = std::function<Result(ControlPlaneClient &client)>;
    void start(const QString &doing, Job job, std::function<void(const Result &)> done);
    void showPrompt(const Result &result);
    void showTemplate(const QJsonObject &prompt, const QJsonArray &versions);
    bool showCached(const QString &why);
    void showLogCopy(const QString &why);
    void setActionsEnabled(bool enabled);

    ControlPlaneEndpoint m_endpoint;
    QString m_apiKey;
    QString m_promptId;
    QThread m_thread;
    QObject *m_context; // lives in m_thread; calls run as its queued calls
    std::shared_ptr<std::atomic_bool> m_cancel; // the call under way
    bool m_busy = false;
    bool m_online = true; // a connection to call
    bool m_showsLogCopy = false;
    std::optional<LogPrompt> m_logCopy;
    QProgressBar *m_busyBar;
    QPushButton *m_stop;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_templateLabel;
    QPlainTextEdit *m_template;
    QFormLayout *m_variablesForm;
    QMap<QString, QLineEdit *> m_variables;
    QPlainTextEdit *m_rendered;
    QPlainTextEdit *m_answer;
    QListWidget *m_versions;
    QPushButton *m_render;
    QPushButton *m_run;
};
