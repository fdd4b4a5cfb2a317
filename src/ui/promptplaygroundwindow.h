// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlplaneclient.h"

#include <QJsonObject>
#include <QMap>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

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
// one at a time, with a busy bar and Stop; the window stays responsive meanwhile.
class PromptPlaygroundWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptPlaygroundWindow)

public:
    PromptPlaygroundWindow(ControlPlaneEndpoint endpoint, QString apiKey, const QString &promptId,
                           QWidget *parent = nullptr);
    ~PromptPlaygroundWindow() override;

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

    ControlPlaneEndpoint m_endpoint;
    QString m_apiKey;
    QString m_promptId;
    QThread m_thread;
    QObject *m_context; // lives in m_thread; calls run as its queued calls
    std::shared_ptr<std::atomic_bool> m_cancel; // the call under way
    bool m_busy = false;
    QProgressBar *m_busyBar;
    QPushButton *m_stop;
    QLabel *m_title;
    QLabel *m_status;
    QPlainTextEdit *m_template;
    QFormLayout *m_variablesForm;
    QMap<QString, QLineEdit *> m_variables;
    QPlainTextEdit *m_rendered;
    QPlainTextEdit *m_answer;
    QListWidget *m_versions;
    QPushButton *m_render;
    QPushButton *m_run;
};
