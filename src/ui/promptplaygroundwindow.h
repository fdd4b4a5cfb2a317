#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class ControlPlaneClient;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

// The prompt playground (DESIGN.md 7): a prompt template from the control plane, a form for its
// variables, Render (the filled request), Run (the prompt's completion) and its versions. Calls
// go through the given ControlPlaneClient, which waits in a local event loop.
class PromptPlaygroundWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptPlaygroundWindow)

public:
    PromptPlaygroundWindow(ControlPlaneClient *client, const QString &promptId,
                           QWidget *parent = nullptr);

    // The {{variable}} names of a Mustache-like template, in order, without sections.
    static QStringList variableNames(const QString &templateText);

    QJsonObject variables() const;
    void setVariable(const QString &name, const QString &value);
    QPlainTextEdit *templateView() const { return m_template; }
    QPlainTextEdit *renderedView() const { return m_rendered; }
    QPlainTextEdit *answerView() const { return m_answer; }
    QListWidget *versionsList() const { return m_versions; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void load();
    void render();
    void run();

private:
    ControlPlaneClient *m_client;
    QString m_promptId;
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
