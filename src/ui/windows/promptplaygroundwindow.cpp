// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptplaygroundwindow.h"

#include "connectioncredentials.h"
#include "connectionstore.h"
#include "controlplaneclient.h"
#include "replayclient.h"
#include "resourcecache.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

PromptPlaygroundWindow::PromptPlaygroundWindow(ControlPlaneEndpoint endpoint, QString apiKey,
                                               const QString &promptId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_endpoint(std::move(endpoint))
    , m_apiKey(std::move(apiKey))
    , m_promptId(promptId)
    , m_context(new QObject)
    , m_busyBar(new QProgressBar)
    , m_stop(new QPushButton(tr("&Stop")))
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_templateLabel(new QLabel(tr("Template")))
    , m_template(new QPlainTextEdit)
    , m_variablesForm(new QFormLayout)
    , m_rendered(new QPlainTextEdit)
    , m_answer(new QPlainTextEdit)
    , m_versions(new QListWidget)
    , m_render(new QPushButton(tr("Re&nder")))
    , m_run(new QPushButton(tr("&Run")))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Prompt %1 - Gatescope").arg(promptId));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_template, m_rendered, m_answer}) {
        view->setReadOnly(true);
        view->setFont(mono);
    }
    m_answer->setFont(font());
    m_status->setWordWrap(true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_templateLabel);
    leftLayout->addWidget(m_template, 1);
    auto *variablesBox = new QGroupBox(tr("Variables"));
    variablesBox->setLayout(m_variablesForm);
    leftLayout->addWidget(variablesBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_render);
    buttons->addWidget(m_run);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(new QLabel(tr("Versions")));
    m_versions->setMaximumHeight(100);
    leftLayout->addWidget(m_versions);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(tr("Rendered request")));
    rightLayout->addWidget(m_rendered, 1);
    rightLayout->addWidget(new QLabel(tr("Answer")));
    rightLayout->addWidget(m_answer, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    m_busyBar->setRange(0, 0); // busy: no percentage to show
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop waiting for the control plane"));
    m_stop->setEnabled(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busyBar);
    statusRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    connect(m_render, &QPushButton::clicked, this, &PromptPlaygroundWindow::render);
    connect(m_run, &QPushButton::clicked, this, &PromptPlaygroundWindow::run);
    connect(m_stop, &QPushButton::clicked, this, &PromptPlaygroundWindow::stop);
    resize(1000, 640);

    m_thread.setObjectName(QStringLiteral("gatescope-prompt-playground"));
    m_context->moveToThread(&m_thread);
    // Deleted in its thread once the thread's loop has ended (finished runs there).
    QObject *context = m_context;
    connect(&m_thread, &QThread::finished, [context] { delete context; });
    m_thread.start();
}

PromptPlaygroundWindow::~PromptPlaygroundWindow()
{
    // A call under way returns as cancelled (quit() also ends the client's local event loop).
    if (m_cancel)
        *m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void PromptPlaygroundWindow::start(const QString &doing, Job job,
                                   std::function<void(const Result &)> done)
{
    if (m_busy)
        return;
    m_busy = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_render->setEnabled(false);
    m_run->setEnabled(false);
    m_stop->setEnabled(true);
    m_busyBar->show();
    m_status->setText(doing);
    Q_EMIT busyChanged(true);
    PromptPlaygroundWindow *self = this;
    const ControlPlaneEndpoint endpoint = m_endpoint;
    const QString apiKey = m_apiKey;
    // The window joins the thread before it goes, so the answer below always has a receiver
    // while it can still arrive (Qt drops it otherwise).
    QMetaObject::invokeMethod(
        m_context,
        [self, endpoint, apiKey, cancel, job = std::move(job), done = std::move(done)] {
            ControlPlaneClient client(endpoint, apiKey);
            client.setCancelFlag(cancel.get());
            const Result result = job(client);
            QMetaObject::invokeMethod(self, [self, result, done] {
                self->m_busy = false;
                self->m_cancel.reset();
                self->m_stop->setEnabled(false);
                self->m_busyBar->hide();
                self->setActionsEnabled(true);
                if (result.response.error.kind == ControlPlaneErrorKind::Cancelled)
                    self->m_status->setText(tr("Stopped."));
                else
                    done(result);
                Q_EMIT self->busyChanged(false);
            });
        },
        Qt::QueuedConnection);
}

void PromptPlaygroundWindow::stop()
{
    if (m_cancel)
        *m_cancel = true;
}

QStringList PromptPlaygroundWindow::variableNames(const QString &templateText)
{
    // {{name}} is a variable; {{#section}}, {{/section}}, {{^x}} and {{!comment}} are not.
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\{?\\s*([A-Za-z_][\\w.]*)\\s*\\}?\\}\\}"));
    QStringList names;
    for (const QRegularExpressionMatch &m : variable.globalMatch(templateText)) {
        if (!names.contains(m.captured(1)))
            names << m.captured(1);
    }
    return names;
}

void PromptPlaygroundWindow::load()
{
    const QString id = m_promptId;
    start(
        tr("Loading prompt %1 from %2\u2026").arg(id, m_endpoint.controlPlane.host()),
        [id](ControlPlaneClient &client) {
            Result result;
            result.response = client.prompt(id, &result.object);
            if (result.response.ok())
                result.versionsResponse = client.promptVersions(id, &result.versions);
            return result;
        },
        [this](const Result &result) { showPrompt(result); });
}

void PromptPlaygroundWindow::showPrompt(const Result &result)
{
    const ControlPlaneResponse &r = result.response;
    if (!r.ok()) {
        // Offline or the server in trouble: the last known template. Gone or refused: the
        // cached one would mislead, the log's own copy does not.
        if (r.error.transient() && showCached(r.error.message))
            return;
        if (m_logCopy && !m_logCopy->isEmpty()) {
            showLogCopy(r.error.message);
            return;
        }
        m_status->setText(r.error.message);
        setActionsEnabled(false);
        return;
    }
    m_showsLogCopy = false;
    showTemplate(result.object, result.versions);
    setActionsEnabled(true);
    const ControlPlaneResponse &v = result.versionsResponse;
    m_status->setText(v.ok() ? tr("Loaded from %1.").arg(m_endpoint.controlPlane.host())
                             : v.error.message);
}

void PromptPlaygroundWindow::showTemplate(const QJsonObject &prompt, const QJsonArray &versions)
{
    m_templateLabel->setText(tr("Template"));
    m_title->setText(
        tr("<b>%1</b> (%2) · version %3 · %4")
            .arg(prompt.value(u"name").toString().toHtmlEscaped(), m_promptId.toHtmlEscaped())
            .arg(ControlPlaneJson::toInteger(prompt.value(u"prompt_version")))
            .arg(prompt.value(u"model").toString().toHtmlEscaped()));
    const QJsonValue text = prompt.value(u"string");
    const QString templateText = text.isString()
        ? text.toString()
        : QString::fromUtf8(QJsonDocument(text.toArray()).toJson(QJsonDocument::Indented));
    m_template->setPlainText(templateText);
    // Loaded again (after a Stop): the form starts over, keeping what was typed.
    const QJsonObject typed = variables();
    while (m_variablesForm->rowCount() > 0)
        m_variablesForm->removeRow(0);
    m_variables.clear();
    for (const QString &name : variableNames(templateText)) {
        auto *edit = new QLineEdit;
        edit->setText(typed.value(name).toString());
        if (typed.value(name).toString().isEmpty() && m_logCopy)
            edit->setText(m_logCopy->variables.value(name).toString());
        m_variables.insert(name, edit);
        m_variablesForm->addRow(name, edit);
    }
    m_versions->clear();
    for (const QJsonValue &item : versions) {
        const QJsonObject o = item.toObject();
        m_versions->addItem(tr("Version %1 · %2 · %3")
                                .arg(ControlPlaneJson::toInteger(o.value(u"prompt_version")))
                                .arg(o.value(u"prompt_version_status").toString(),
                                     o.value(u"prompt_version_id").toString()));
    }
}

void PromptPlaygroundWindow::setActionsEnabled(bool enabled)
{
    const bool can = enabled && m_online && !m_showsLogCopy;
    m_render->setEnabled(can);
    m_run->setEnabled(can);
    const QString why = !m_online ? tr("Needs a Portkey connection (File > Connections\u2026)")
        : m_showsLogCopy          ? tr("The template could not be loaded")
                                  : QString();
    m_render->setToolTip(why);
    m_run->setToolTip(why);
}

PromptPlaygroundWindow *PromptPlaygroundWindow::open(const LogRecord &record,
                                                     const QString &promptId)
{
    // Prompts live on the control plane: the first connection whose key can be read.
    QString why;
    const QList<Connection> connections = ConnectionStore().list(&why);
    if (!connections.isEmpty()) {
        const ConnectionCredentials first = ConnectionCredentials::read(connections.first());
        if (first.ok()) {
            auto *window
                = new PromptPlaygroundWindow(first.connection.endpoint(), first.apiKey, promptId);
            window->setLogRecord(record);
            window->show();
            QTimer::singleShot(0, window, &PromptPlaygroundWindow::load);
            return window;
        }
        why = tr("The API key of %1 could not be read: %2").arg(first.connection.name, first.error);
    } else if (why.isEmpty()) {
        why = tr("There is no Portkey connection to load prompt %1 from (add one with File > "
                 "Connections\u2026).")
                  .arg(promptId);
    }
    auto *window = new PromptPlaygroundWindow(ControlPlaneEndpoint(), QString(), promptId);
    window->setLogRecord(record);
    window->show();
    window->showOffline(why);
    return window;
}

void PromptPlaygroundWindow::setLogRecord(const LogRecord &record)
{
    m_logCopy = LogPrompt::read(record);
}

void PromptPlaygroundWindow::showOffline(const QString &why)
{
    m_online = false;
    if (!showCached(why)) {
        if (m_logCopy && !m_logCopy->isEmpty())
            showLogCopy(why);
        else
            m_status->setText(why + u' '
                              + tr("The log carries no rendered copy of the prompt either."));
    }
    setActionsEnabled(false);
}

bool PromptPlaygroundWindow::showCached(const QString &why)
{
    // The control-plane cache of any connection that loaded this prompt.
    const QDir root(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("controlplane-cache")));
    for (const QString &connection : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const ResourceCache cache(root.filePath(connection));
        const std::optional<CachedResource> prompt
            = cache.get(QStringLiteral("prompts"), m_promptId);
        if (!prompt)
            continue;
        const std::optional<CachedResource> versions
            = cache.get(QStringLiteral("prompt-versions"), m_promptId);
        m_showsLogCopy = false;
        showTemplate(ControlPlaneJson::unwrapObject(prompt->value),
                     versions ? ControlPlaneJson::unwrapList(versions->value) : QJsonArray());
        m_status->setText(
            why + u' '
            + tr("This is the cached template from %1, %2.").arg(connection, prompt->ageText()));
        setActionsEnabled(true);
        return true;
    }
    return false;
}

void PromptPlaygroundWindow::showLogCopy(const QString &why)
{
    m_showsLogCopy = true;
    const LogPrompt &copy = *m_logCopy;
    QString title = tr("<b>%1</b> · the log's rendered copy").arg(m_promptId.toHtmlEscaped());
    if (!copy.promptName.isEmpty())
        title += QStringLiteral(" · ") + copy.promptName.toHtmlEscaped();
    if (!copy.model.isEmpty())
        title += QStringLiteral(" · ") + copy.model.toHtmlEscaped();
    m_title->setText(title);
    m_templateLabel->setText(tr("Rendered messages (from the log, not the template)"));
    m_template->setPlainText(copy.transcript());
    while (m_variablesForm->rowCount() > 0)
        m_variablesForm->removeRow(0);
    m_variables.clear();
    for (auto it = copy.variables.begin(); it != copy.variables.end(); ++it) {
        auto *edit = new QLineEdit;
        edit->setText(it.value().isString()
                          ? it.value().toString()
                          : QString::fromUtf8(QJsonDocument(QJsonArray {it.value()})
                                                  .toJson(QJsonDocument::Compact)
                                                  .mid(1)
                                                  .chopped(1)));
        edit->setReadOnly(true);
        m_variables.insert(it.key(), edit);
        m_variablesForm->addRow(it.key(), edit);
    }
    if (copy.variables.isEmpty())
        m_variablesForm->addRow(new QLabel(tr("The log names no variables.")));
    QJsonObject request;
    if (!copy.model.isEmpty())
        request.insert(u"model", copy.model);
    if (!copy.messages.isEmpty())
        request.insert(u"messages", copy.messages);
    else if (!copy.prompt.isEmpty())
        request.insert(u"prompt", copy.prompt);
    m_rendered->setPlainText(
        QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented)));
    m_answer->setPlainText(copy.answer);
    m_versions->clear();
    m_status->setText(why + u' '
                      + tr("Shown instead: the log's rendered copy, the messages as sent with the "
                           "variables filled in. The template itself is on the control plane."));
    setActionsEnabled(false);
}

QJsonObject PromptPlaygroundWindow::variables() const
{
    QJsonObject out;
    for (auto it = m_variables.begin(); it != m_variables.end(); ++it)
        out.insert(it.key(), it.value()->text());
    return out;
}

void PromptPlaygroundWindow::setVariable(const QString &name, const QString &value)
{
    if (QLineEdit *edit = m_variables.value(name))
        edit->setText(value);
}

void PromptPlaygroundWindow::render()
{
    const QString id = m_promptId;
    const QJsonObject values = variables();
    start(
        tr("Rendering\u2026"),
        [id, values](ControlPlaneClient &client) {
            Result result;
            result.response = client.renderPrompt(id, values, &result.object);
            return result;
        },
        [this](const Result &result) {
            if (!result.response.ok()) {
                m_status->setText(result.response.error.message);
                return;
            }
            m_rendered->setPlainText(
                QString::fromUtf8(QJsonDocument(result.object).toJson(QJsonDocument::Indented)));
            m_status->setText(tr("Rendered."));
        });
}

void PromptPlaygroundWindow::run()
{
    const QString id = m_promptId;
    const QJsonObject values = variables();
    start(
        tr("Waiting for the prompt's completion\u2026"),
        [id, values](ControlPlaneClient &client) {
            Result result;
            result.response = client.promptCompletion(id, values, &result.object);
            return result;
        },
        [this](const Result &result) {
            if (!result.response.ok()) {
                m_status->setText(result.response.error.message);
                return;
            }
            m_answer->setPlainText(ReplayClient::answerText(result.object));
            m_status->setText(tr("Answered by %1.").arg(result.object.value(u"model").toString()));
        });
}
