// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundwindow.h"

#include "replaypolicy.h"
#include "worddiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

const QStringList kRoles {QStringLiteral("system"), QStringLiteral("developer"),
                          QStringLiteral("user"), QStringLiteral("assistant"),
                          QStringLiteral("tool")};

QString jsonText(const QJsonValue &value, bool indented = false)
{
    if (value.isObject())
        return QString::fromUtf8(
                   QJsonDocument(value.toObject())
                       .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(
                   QJsonDocument(value.toArray())
                       .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact))
            .trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

// A JSON value typed into a one-line field: an object or array when it parses as one, else text.
QJsonValue parsedValue(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'{') || t.startsWith(u'[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
    }
    return text;
}

} // namespace

PlaygroundWindow::PlaygroundWindow(const LogRecord &original, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_original(original)
    , m_path(ReplayPolicy::replayPath(original))
    , m_client(new ReplayClient(this))
{
    setWindowTitle(tr("Replay %1 - Gatescope").arg(original.id));
    setAttribute(Qt::WA_DeleteOnClose);
    m_originalAnswer
        = ReplayClient::answerText(QJsonDocument::fromJson(original.response).object());

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildForm(), tr("Form"));
    auto *rawPage = new QWidget;
    auto *rawLayout = new QVBoxLayout(rawPage);
    m_raw = new QPlainTextEdit;
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawError = new QLabel;
    m_rawError->setStyleSheet(QStringLiteral("color:#b00020"));
    rawLayout->addWidget(m_raw);
    rawLayout->addWidget(m_rawError);
    m_tabs->addTab(rawPage, tr("Raw JSON"));
    connect(m_raw, &QPlainTextEdit::textChanged, this, &PlaygroundWindow::rawChanged);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildTarget());
    leftLayout->addWidget(m_tabs, 1);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_stop = new QPushButton(tr("&Stop"));
    m_stop->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    connect(m_run, &QPushButton::clicked, this, &PlaygroundWindow::run);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundWindow::stop);

    // Right: the live answer, stats, diff and runs.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Answer")));
    m_answer = new QPlainTextEdit;
    m_answer->setReadOnly(true);
    m_answer->setPlaceholderText(tr("Run the request to see the new answer here."));
    rightLayout->addWidget(m_answer, 1);
    m_stats = new QLabel(tr("Not run yet."));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines reserved and wrapped within the column: a long error never widens the window
    // nor pushes the diff down.
    m_stats->setWordWrap(true);
    m_stats->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_stats->setFixedHeight(2 * m_stats->fontMetrics().lineSpacing() + 4);
    rightLayout->addWidget(m_stats);
    auto *diffBox = new QGroupBox(tr("Original answer / new answer"));
    auto *diffLayout = new QHBoxLayout(diffBox);
    m_diffBefore = new QTextBrowser;
    m_diffAfter = new QTextBrowser;
    diffLayout->addWidget(m_diffBefore);
    diffLayout->addWidget(m_diffAfter);
    rightLayout->addWidget(diffBox, 1);
    auto *runsBox = new QGroupBox(tr("Runs in this session"));
    auto *runsLayout = new QVBoxLayout(runsBox);
    m_runs = new QListWidget;
    m_runs->setMaximumHeight(110);
    runsLayout->addWidget(m_runs);
    m_save = new QPushButton(tr("Save as &log"));
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Store the selected run as a new log linked to %1").arg(original.id));
    runsLayout->addWidget(m_save, 0, Qt::AlignLeft);
    rightLayout->addWidget(runsBox);
    connect(m_save, &QPushButton::clicked, this, &PlaygroundWindow::saveSelectedRun);
    connect(m_runs, &QListWidget::currentRowChanged, this, [this](int row) {
        m_save->setEnabled(row >= 0);
        if (row >= 0 && row < m_results.size()) {
            m_answer->setPlainText(m_results.at(row).text);
            showDiff(m_results.at(row).text);
        }
    });

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(tr("Replaying <b>%1</b> (%2, %3)")
                                  .arg(original.id.toHtmlEscaped(), m_path.toHtmlEscaped(),
                                       original.model.toHtmlEscaped()));
    layout->addWidget(header);
    layout->addWidget(splitter, 1);

    connect(m_client, &ReplayClient::tokenReceived, this, [this](const QString &token) {
        m_answer->moveCursor(QTextCursor::End);
        m_answer->insertPlainText(token);
    });
    connect(m_client, &ReplayClient::finished, this, &PlaygroundWindow::onFinished);
    connect(m_client, &ReplayClient::failed, this, &PlaygroundWindow::onFailed);

    setDocument(QJsonDocument::fromJson(original.request).object());
    showDiff(QString());
    resize(1200, 760);
}

QWidget *PlaygroundWindow::buildTarget()
{
    auto *box = new QGroupBox(tr("Target"));
    auto *form = new QFormLayout(box);
    m_targetKind = new QComboBox;
    m_targetKind->addItem(tr("Local gateway, provider headers"));
    m_targetKind->addItem(tr("Local gateway, config"));
    m_targetKind->addItem(tr("Portkey data plane"));
    m_url = new QLineEdit(QStringLiteral("http://127.0.0.1:8787/v1"));
    m_provider = new QLineEdit(m_original.provider.isEmpty() ? QStringLiteral("openai")
                                                             : m_original.provider);
    m_customHost = new QLineEdit;
    m_customHost->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:18081/v1"));
    m_apiKey = new QLineEdit;
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("provider key (gateway) or Portkey API key (data plane)"));
    m_config = new QLineEdit;
    m_config->setPlaceholderText(tr("config JSON or config id"));
    if (!m_original.configId.isEmpty())
        m_config->setText(m_original.configId);
    form->addRow(tr("Send to"), m_targetKind);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Custom host"), m_customHost);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("Config"), m_config);
    auto update = [this, form] {
        const int kind = m_targetKind->currentIndex();
        form->setRowVisible(m_provider, kind != 1);
        form->setRowVisible(m_customHost, kind == 0);
        form->setRowVisible(m_config, kind != 0);
        if (kind == 2 && m_url->text().startsWith(u"http://127.0.0.1"))
            m_url->setText(QStringLiteral("https://api.portkey.ai/v1"));
    };
    connect(m_targetKind, &QComboBox::currentIndexChanged, this, update);
    update();
    return box;
}

QWidget *PlaygroundWindow::buildForm()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_model = new QLineEdit;
    form->addRow(tr("Model"), m_model);

    m_messages = new QTableWidget(0, 2);
    m_messages->setHorizontalHeaderLabels({tr("Role"), tr("Content")});
    m_messages->horizontalHeader()->setStretchLastSection(true);
    m_messages->verticalHeader()->setVisible(false);
    m_messages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messages->setWordWrap(true);
    m_messages->setToolTip(tr("A content that is a JSON array (text and image_url parts) is "
                              "sent as an array."));
    auto *messageButtons = new QHBoxLayout;
    auto button = [this, messageButtons](const QString &text, auto slot) {
        auto *b = new QPushButton(text);
        messageButtons->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    button(tr("Add"), [this] {
        addMessage(QStringLiteral("user"), QString());
        formChanged();
    });
    button(tr("Remove"), [this] {
        const int row = m_messages->currentRow();
        if (row >= 0) {
            // Through the document, so fields the form does not show stay with their message.
            QJsonArray messages = m_document.value(u"messages").toArray();
            messages.removeAt(row);
            m_document.insert(u"messages", messages);
            setDocument(m_document);
        }
    });
    button(tr("Up"), [this] { moveMessage(-1); });
    button(tr("Down"), [this] { moveMessage(1); });
    messageButtons->addStretch();
    auto *messagesBox = new QWidget;
    auto *messagesLayout = new QVBoxLayout(messagesBox);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addWidget(m_messages);
    messagesLayout->addLayout(messageButtons);
    form->addRow(tr("Messages"), messagesBox);
    connect(m_messages, &QTableWidget::itemChanged, this, [this] { formChanged(); });

    m_prompt = new QLineEdit;
    form->addRow(tr("Prompt"), m_prompt);
    m_input = new QPlainTextEdit;
    m_input->setMaximumHeight(80);
    m_input->setToolTip(tr("One input per line"));
    form->addRow(tr("Input"), m_input);

    m_temperature = new QLineEdit;
    m_maxTokens = new QLineEdit;
    m_topP = new QLineEdit;
    m_stopSeq = new QLineEdit;
    m_responseFormat = new QLineEdit;
    m_tools = new QPlainTextEdit;
    m_tools->setMaximumHeight(70);
    m_stream = new QCheckBox(tr("Stream the answer"));
    for (QLineEdit *e : {m_temperature, m_maxTokens, m_topP, m_stopSeq, m_responseFormat})
        e->setPlaceholderText(tr("not set"));
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Temperature")));
    numbers->addWidget(m_temperature);
    numbers->addWidget(new QLabel(tr("Max tokens")));
    numbers->addWidget(m_maxTokens);
    numbers->addWidget(new QLabel(tr("Top p")));
    numbers->addWidget(m_topP);
    form->addRow(numbers);
    form->addRow(tr("Stop"), m_stopSeq);
    form->addRow(tr("Response format"), m_responseFormat);
    form->addRow(tr("Tools (JSON)"), m_tools);
    form->addRow(QString(), m_stream);

    const bool chat = m_path == u"/chat/completions";
    form->setRowVisible(messagesBox, chat);
    form->setRowVisible(m_prompt, m_path == u"/completions");
    form->setRowVisible(m_input, m_path == u"/embeddings");
    form->setRowVisible(m_tools, chat);
    form->setRowVisible(m_responseFormat, chat);
    for (QLineEdit *e :
         {m_model, m_prompt, m_temperature, m_maxTokens, m_topP, m_stopSeq, m_responseFormat})
        connect(e, &QLineEdit::textChanged, this, &PlaygroundWindow::formChanged);
    connect(m_tools, &QPlainTextEdit::textChanged, this, &PlaygroundWindow::formChanged);
    connect(m_input, &QPlainTextEdit::textChanged, this, &PlaygroundWindow::formChanged);
    connect(m_stream, &QCheckBox::toggled, this, &PlaygroundWindow::formChanged);
    return page;
}

void PlaygroundWindow::addMessage(const QString &role, const QJsonValue &content)
{
    const int row = m_messages->rowCount();
    m_messages->insertRow(row);
    auto *roles = new QComboBox;
    roles->addItems(kRoles);
    if (!kRoles.contains(role))
        roles->addItem(role);
    roles->setCurrentText(role);
    connect(roles, &QComboBox::currentTextChanged, this, &PlaygroundWindow::formChanged);
    m_messages->setCellWidget(row, 0, roles);
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_messages->setItem(row, 1, new QTableWidgetItem(jsonText(content)));
    m_syncing = wasSyncing;
}

void PlaygroundWindow::moveMessage(int delta)
{
    const int row = m_messages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_messages->rowCount())
        return;
    QJsonArray messages = m_document.value(u"messages").toArray();
    const QJsonValue moved = messages.at(row);
    messages.removeAt(row);
    messages.insert(to, moved);
    m_document.insert(u"messages", messages);
    setDocument(m_document);
    m_messages->selectRow(to);
}

void PlaygroundWindow::setDocument(const QJsonObject &document)
{
    m_document = document;
    m_syncing = true;
    documentToForm();
    m_raw->setPlainText(jsonText(m_document, true));
    m_rawError->clear();
    m_syncing = false;
}

void PlaygroundWindow::documentToForm()
{
    const QJsonObject &d = m_document;
    m_model->setText(d.value(u"model").toString());
    m_messages->setRowCount(0);
    for (const QJsonValue &message : d.value(u"messages").toArray()) {
        const QJsonObject m = message.toObject();
        addMessage(m.value(u"role").toString(), m.value(u"content"));
    }
    m_messages->resizeRowsToContents();
    m_prompt->setText(jsonText(d.value(u"prompt")));
    QStringList inputs;
    const QJsonValue input = d.value(u"input");
    if (input.isArray()) {
        for (const QJsonValue &v : input.toArray())
            inputs << v.toString();
    } else {
        inputs << input.toString();
    }
    m_input->setPlainText(inputs.join(u'\n'));
    m_temperature->setText(jsonText(d.value(u"temperature")));
    m_maxTokens->setText(jsonText(d.contains(u"max_tokens") ? d.value(u"max_tokens")
                                                            : d.value(u"max_completion_tokens")));
    m_topP->setText(jsonText(d.value(u"top_p")));
    m_stopSeq->setText(jsonText(d.value(u"stop")));
    m_responseFormat->setText(jsonText(d.value(u"response_format")));
    m_tools->setPlainText(d.contains(u"tools") ? jsonText(d.value(u"tools"), true) : QString());
    m_stream->setChecked(d.value(u"stream").toBool());
}

void PlaygroundWindow::formChanged()
{
    if (m_syncing)
        return;
    QJsonObject d = m_document;
    auto setOrRemove = [&d](const char *key, const QJsonValue &value) {
        const QString k = QString::fromLatin1(key);
        if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            d.remove(k);
        else
            d.insert(k, value);
    };
    auto number = [](const QString &text) -> QJsonValue {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(QJsonValue::Undefined);
    };
    setOrRemove("model", m_model->text());
    if (m_path == u"/chat/completions") {
        QJsonArray messages;
        const QJsonArray old = m_document.value(u"messages").toArray();
        for (int row = 0; row < m_messages->rowCount(); ++row) {
            // Keep what the form does not show (name, tool_calls, tool_call_id).
            QJsonObject m = row < old.size() ? old.at(row).toObject() : QJsonObject();
            const auto *roles = qobject_cast<QComboBox *>(m_messages->cellWidget(row, 0));
            m.insert(u"role", roles ? roles->currentText() : QStringLiteral("user"));
            const QTableWidgetItem *item = m_messages->item(row, 1);
            m.insert(u"content", parsedValue(item ? item->text() : QString()));
            messages.append(m);
        }
        d.insert(u"messages", messages);
    } else if (m_path == u"/completions") {
        setOrRemove("prompt", m_prompt->text());
    } else if (m_path == u"/embeddings") {
        const QStringList lines = m_input->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        d.insert(u"input",
                 lines.size() == 1 ? QJsonValue(lines.first())
                                   : QJsonValue(QJsonArray::fromStringList(lines)));
    }
    setOrRemove("temperature", number(m_temperature->text()));
    const QJsonValue maxTokens = number(m_maxTokens->text());
    setOrRemove(d.contains(u"max_completion_tokens") ? "max_completion_tokens" : "max_tokens",
                maxTokens.isDouble() ? QJsonValue(qint64(maxTokens.toDouble())) : maxTokens);
    setOrRemove("top_p", number(m_topP->text()));
    setOrRemove("stop", parsedValue(m_stopSeq->text()));
    setOrRemove("response_format", parsedValue(m_responseFormat->text()));
    const QJsonValue tools = parsedValue(m_tools->toPlainText());
    setOrRemove("tools", tools.isArray() ? tools : QJsonValue(QJsonValue::Undefined));
    if (m_stream->isChecked())
        d.insert(u"stream", true);
    else
        d.remove(u"stream");
    m_document = d;
    m_syncing = true;
    m_raw->setPlainText(jsonText(m_document, true));
    m_rawError->clear();
    m_syncing = false;
}

void PlaygroundWindow::rawChanged()
{
    if (m_syncing)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_rawError->setText(error.error != QJsonParseError::NoError
                                ? tr("Not valid JSON at offset %1: %2; the form keeps the last "
                                     "valid request.")
                                      .arg(error.offset)
                                      .arg(error.errorString())
                                : tr("The request must be a JSON object."));
        return;
    }
    m_rawError->clear();
    m_document = doc.object();
    m_syncing = true;
    documentToForm();
    m_syncing = false;
}

ReplayTarget PlaygroundWindow::target() const
{
    ReplayTarget t;
    t.kind = ReplayTarget::Kind(m_targetKind->currentIndex());
    t.baseUrl = QUrl(m_url->text().trimmed());
    t.provider = m_provider->text().trimmed();
    t.customHost = m_customHost->text().trimmed();
    t.apiKey = m_apiKey->text();
    t.config = m_config->text().trimmed();
    return t;
}

void PlaygroundWindow::setTarget(const ReplayTarget &t)
{
    m_targetKind->setCurrentIndex(int(t.kind));
    m_url->setText(t.baseUrl.toString());
    m_provider->setText(t.provider);
    m_customHost->setText(t.customHost);
    m_apiKey->setText(t.apiKey);
    m_config->setText(t.config);
}

void PlaygroundWindow::run()
{
    if (m_client->isRunning())
        return;
    m_answer->clear();
    showStats(tr("Running..."), false);
    setRunning(true);
    if (!m_client->run(target(), m_path, m_document, m_original.id))
        setRunning(false);
}

void PlaygroundWindow::stop()
{
    m_client->stop();
}

void PlaygroundWindow::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
}

void PlaygroundWindow::onFinished(const RunResult &result)
{
    setRunning(false);
    m_results.append(result);
    if (m_answer->toPlainText() != result.text)
        m_answer->setPlainText(result.text);
    const QLocale locale;
    auto tokens = [&locale](const std::optional<qint64> &n) {
        return n ? locale.toString(*n) : tr("unknown");
    };
    const QString stats
        = tr("Status %1 · latency %2 ms · first token %3 · tokens %4 in, %5 out · cost %6")
              .arg(result.status)
              .arg(locale.toString(result.latencyMs))
              .arg(result.ttftMs ? tr("%1 ms").arg(locale.toString(*result.ttftMs))
                                 : tr("not streamed"))
              .arg(tokens(result.promptTokens), tokens(result.completionTokens))
              .arg(result.costCents ? tr("~%1 ¢").arg(locale.toString(*result.costCents, 'f', 4))
                                    : tr("unknown"));
    showStats(stats, false);
    m_runs->addItem(tr("Run %1 · %2 · %3 ms · %4")
                        .arg(m_results.size())
                        .arg(result.model)
                        .arg(result.latencyMs)
                        .arg(result.text.left(40).simplified()));
    m_runs->setCurrentRow(m_runs->count() - 1);
    showDiff(result.text);
    Q_EMIT runFinished();
}

void PlaygroundWindow::showStats(const QString &text, bool error)
{
    // An error in the red the detail panel uses (it reads on light and dark backgrounds), the
    // whole message in the tooltip should two lines not hold it.
    m_stats->setStyleSheet(error ? QStringLiteral("color:#d9534f") : QString());
    m_stats->setText(text);
    m_stats->setToolTip(error ? text : QString());
}

void PlaygroundWindow::onFailed(const QString &message)
{
    setRunning(false);
    showStats(tr("The run failed: %1").arg(message), true);
    Q_EMIT runFinished();
}

void PlaygroundWindow::showDiff(const QString &answer)
{
    if (answer.isEmpty()) {
        m_diffBefore->setPlainText(m_originalAnswer.isEmpty() ? tr("(the original answer is not "
                                                                   "stored)")
                                                              : m_originalAnswer);
        m_diffAfter->setPlainText(QString());
        return;
    }
    const QList<WordDiff::Piece> pieces = WordDiff::diff(m_originalAnswer, answer);
    m_diffBefore->setHtml(WordDiff::htmlBefore(pieces));
    m_diffAfter->setHtml(WordDiff::htmlAfter(pieces));
}

void PlaygroundWindow::saveSelectedRun()
{
    const int row = m_runs->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const ReplayTarget t = target();
    const LogRecord record = ReplayClient::recordFor(
        m_results.at(row), m_original, m_path,
        t.kind == ReplayTarget::Kind::GatewayConfig ? QString() : t.provider);
    Q_EMIT saveAsLogRequested(record);
    m_runs->item(row)->setText(m_runs->item(row)->text() + tr(" · saved as %1").arg(record.id));
}
