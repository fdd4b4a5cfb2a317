#include "promptplaygroundwindow.h"

#include "controlplaneclient.h"
#include "replayclient.h"

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
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

PromptPlaygroundWindow::PromptPlaygroundWindow(ControlPlaneClient *client, const QString &promptId,
                                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_promptId(promptId)
    , m_title(new QLabel)
    , m_status(new QLabel)
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
    leftLayout->addWidget(new QLabel(tr("Template")));
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    connect(m_render, &QPushButton::clicked, this, &PromptPlaygroundWindow::render);
    connect(m_run, &QPushButton::clicked, this, &PromptPlaygroundWindow::run);
    resize(1100, 700);
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
    QJsonObject prompt;
    const ControlPlaneResponse r = m_client->prompt(m_promptId, &prompt);
    if (!r.ok()) {
        m_status->setText(r.error.message);
        m_render->setEnabled(false);
        m_run->setEnabled(false);
        return;
    }
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
    for (const QString &name : variableNames(templateText)) {
        auto *edit = new QLineEdit;
        m_variables.insert(name, edit);
        m_variablesForm->addRow(name, edit);
    }
    QJsonArray versions;
    const ControlPlaneResponse v = m_client->promptVersions(m_promptId, &versions);
    m_versions->clear();
    for (const QJsonValue &item : versions) {
        const QJsonObject o = item.toObject();
        m_versions->addItem(tr("Version %1 · %2 · %3")
                                .arg(ControlPlaneJson::toInteger(o.value(u"prompt_version")))
                                .arg(o.value(u"prompt_version_status").toString(),
                                     o.value(u"prompt_version_id").toString()));
    }
    m_status->setText(v.ok() ? tr("Loaded from %1.").arg(m_client->endpoint().controlPlane.host())
                             : v.error.message);
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
    QJsonObject request;
    const ControlPlaneResponse r = m_client->renderPrompt(m_promptId, variables(), &request);
    if (!r.ok()) {
        m_status->setText(r.error.message);
        return;
    }
    m_rendered->setPlainText(
        QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented)));
    m_status->setText(tr("Rendered."));
}

void PromptPlaygroundWindow::run()
{
    QJsonObject completion;
    const ControlPlaneResponse r = m_client->promptCompletion(m_promptId, variables(), &completion);
    if (!r.ok()) {
        m_status->setText(r.error.message);
        return;
    }
    m_answer->setPlainText(ReplayClient::answerText(completion));
    m_status->setText(tr("Answered by %1.").arg(completion.value(u"model").toString()));
}
