// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"

#include "chatdocument.h"
#include "costexplanation.h"
#include "displayformat.h"
#include "feedbackcontroller.h"
#include "imageextractor.h"
#include "jsonview.h"
#include "logconfig.h"
#include "noticepanel.h"
#include "pricing.h"
#include "record/recordenums.h"
#include "record/statuslabels.h"
#include "replaypolicy.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

struct DetailPanel::Loaded
{
    qint64 rowId = 0;
    LogRecord record;
    QJsonValue request, response, raw;
    QHash<QString, QImage> images; // previews by the JSON string they came from
    QHash<QString, int> order; // that string's index in ImageExtractor order
    QString error;
};

namespace {

// Tabs with less padding than the style's 24 px: all five fit a panel of its minimum width.
class CompactTabStyle : public QProxyStyle
{
public:
    int pixelMetric(PixelMetric metric, const QStyleOption *option,
                    const QWidget *widget) const override
    {
        if (metric == PM_TabBarTabHSpace)
            return qMin(14, QProxyStyle::pixelMetric(metric, option, widget));
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

DetailPanel::DetailPanel(const QString &storeLocation, QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-detail")))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new NoticePanel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QTextBrowser(this))
    , m_chatStack(new QStackedWidget(this))
    , m_chat(new QTextBrowser(this))
    , m_chatNotice(new NoticePanel(this))
    , m_request(new JsonView(this))
    , m_response(new JsonView(this))
    , m_source(new JsonView(this))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(50);
    // The title never pushes the buttons away: it is elided to the room it gets (setTitle).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close the panel (Esc)"));
    connect(close, &QToolButton::clicked, this, &DetailPanel::closeRequested);
    m_replay = new QToolButton(this);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setText(tr("Replay"));
    m_replay->setEnabled(false);
    connect(m_replay, &QToolButton::clicked, this, &DetailPanel::replayRequested);

    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setOpenLinks(false);
    m_chat->setObjectName(QStringLiteral("chat"));
    m_chat->setOpenLinks(false);
    m_chatStack->addWidget(m_chat);
    m_chatStack->addWidget(m_chatNotice);
    m_source->setRawOnly(true);
    m_tabs->setDocumentMode(true);
    auto *tabStyle = new CompactTabStyle;
    tabStyle->setParent(this);
    m_tabs->tabBar()->setStyle(tabStyle);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_chatStack, tr("Chat"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_source, tr("Source"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 2, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_replay);
    header->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_overview, &QTextBrowser::anchorClicked, this, &DetailPanel::onLink);
    connect(m_chat, &QTextBrowser::anchorClicked, this, &DetailPanel::onLink);
    for (QTextBrowser *view : {m_overview, m_chat}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QTextBrowser::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showLinkMenu(view, pos); });
    }
    showRow(0);
}

DetailPanel::~DetailPanel() = default;

void DetailPanel::setTitle(const QString &head, const QString &tail)
{
    m_titleHead = head;
    m_titleTail = tail;
    updateTitle();
}

QString DetailPanel::title() const
{
    return m_titleHead + m_titleTail;
}

void DetailPanel::updateTitle()
{
    // The model's name gives way so its status and latency stay in view.
    const QFontMetrics metrics(m_title->font());
    const int room = m_title->contentsRect().width() - metrics.horizontalAdvance(m_titleTail);
    m_title->setText(metrics.elidedText(m_titleHead, Qt::ElideRight, qMax(room, 0)) + m_titleTail);
}

bool DetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize)
        updateTitle();
    return QWidget::eventFilter(watched, event);
}

QString DetailPanel::notTrackedText()
{
    // The heading above it already says "Content not tracked".
    return tr("This request was sent with x-portkey-debug: false (Do-Not-Track); only its "
              "statistics were kept.");
}

void DetailPanel::showEmpty(const QString &title, const QString &text)
{
    m_rowId = 0;
    m_loaded = false;
    m_record = LogRecord();
    setTitle(tr("Details"));
    m_empty->setNotice(title, text);
    m_stack->setCurrentWidget(m_empty);
}

void DetailPanel::showRow(qint64 rowId)
{
    if (rowId == 0) {
        showEmpty(tr("No log selected"),
                  tr("Select a log in the list to see its request, response and what the gateway "
                     "did."));
        return;
    }
    if (rowId == m_rowId) // loaded or on its way
        return;
    m_rowId = rowId;
    m_loaded = false;
    setTitle(tr("Loading\u2026"));
    QPointer<DetailPanel> self(this);
    m_worker->post([self, rowId](LogStore *store) {
        Loaded loaded;
        loaded.rowId = rowId;
        QString error;
        auto record = store ? store->recordByRowId(rowId, &error) : std::nullopt;
        if (!record) {
            loaded.error = error.isEmpty() ? tr("The log could not be loaded.") : error;
        } else {
            loaded.request = ChatDocument::jsonOf(record->request);
            loaded.response = ChatDocument::jsonOf(record->response);
            loaded.raw = ChatDocument::jsonOf(record->raw);
            QList<ImageExtractor::Found> found
                = ImageExtractor::fromJson(loaded.request, ImageInfo::Direction::Input);
            found += ImageExtractor::fromJson(loaded.response, ImageInfo::Direction::Output);
            for (int i = 0; i < found.size(); ++i) {
                const auto &image = found.at(i);
                loaded.order.insert(image.source, i);
                if (!image.bytes.isEmpty())
                    loaded.images.insert(image.source, ImageExtractor::decode(image.bytes, 640));
            }
            loaded.record = std::move(*record);
        }
        QMetaObject::invokeMethod(self, [self, loaded = std::move(loaded)] {
            if (self && self->m_rowId == loaded.rowId)
                self->apply(loaded);
        });
    });
}

void DetailPanel::apply(const Loaded &result)
{
    m_stack->setCurrentWidget(m_tabs);
    if (!result.error.isEmpty()) {
        setTitle(tr("Could not load the log"));
        m_overview->setPlainText(result.error);
        m_loaded = true;
        Q_EMIT loaded(m_rowId);
        return;
    }
    m_record = result.record;
    const LogRecord &r = m_record;
    QString tail;
    if (r.statusCode)
        tail += QStringLiteral("  \u00b7  %1").arg(*r.statusCode);
    tail += QStringLiteral("  \u00b7  ") + DisplayFormat::milliseconds(r.latencyMs);
    setTitle(r.model.isEmpty() ? tr("unknown model") : r.model, tail);
    m_title->setToolTip(r.id);
    const ReplayEligibility replay = ReplayPolicy::eligibility(r, ReplayPolicy::cachedLookup());
    m_replay->setEnabled(replay.allowed);
    m_replay->setToolTip(replay.allowed ? tr("Edit and send this request again (Ctrl+R)")
                                        : replay.reason);
    showOverview();

    if (!r.tracked) {
        // A forgotten log (its content removed on request) is shown like a Do-Not-Track one.
        const bool forgotten = r.forgottenAt.isValid();
        const QString heading = forgotten
            ? tr("Content removed on %1")
                  .arg(r.forgottenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("Content not tracked");
        const QString why = forgotten ? tr("Its bodies, source record and images were removed "
                                           "on request; only its statistics were kept.")
                                      : notTrackedText();
        m_chatNotice->setNotice(heading, why);
        m_chatStack->setCurrentWidget(m_chatNotice);
        m_request->setNotice(heading, why);
        m_response->setNotice(heading, why);
    } else {
        ChatDocument::render(m_chat->document(), result.request, result.response, result.images,
                             result.order);
        m_chatStack->setCurrentWidget(m_chat);
        m_request->setBody(r.request, result.request, result.images,
                           r.id + QStringLiteral(".request.json"));
        m_response->setBody(r.response, result.response, result.images,
                            r.id + QStringLiteral(".response.json"));
    }
    if (r.raw.isEmpty())
        m_source->setNotice(tr("No source record"),
                            tr("This log was stored without its original record."));
    else
        m_source->setBody(r.raw, result.raw, {}, r.id + QStringLiteral(".source"));
    m_loaded = true;
    Q_EMIT loaded(m_rowId);
}

void DetailPanel::setUtc(bool utc)
{
    m_utc = utc;
    if (m_loaded)
        showOverview();
}

void DetailPanel::setFeedbackController(FeedbackController *controller)
{
    if (m_feedback)
        disconnect(m_feedback, nullptr, this, nullptr);
    m_feedback = controller;
    if (!controller)
        return;
    connect(controller, &FeedbackController::deliveryChanged, this, [this](const QString &id) {
        if (!m_loaded)
            return;
        for (const FeedbackEntry &f : std::as_const(m_record.feedback)) {
            if (f.id == id) {
                showOverview(true);
                return;
            }
        }
    });
    connect(controller, &FeedbackController::notice, this, &DetailPanel::message);
    if (m_loaded)
        showOverview(true);
}

void DetailPanel::showOverview(bool keepScroll)
{
    const LogRecord &r = m_record;
    const QString unknown = DisplayFormat::unknown();
    const QPalette palette = QGuiApplication::palette();
    const QString dim = palette.color(QPalette::PlaceholderText).name();
    QString html;
    auto section = [&](const QString &name) {
        html += QStringLiteral("<tr><td colspan='2' style='padding-top:10px'><b>%1</b></td></tr>")
                    .arg(esc(name));
    };
    auto row = [&](const QString &name, const QString &valueHtml) {
        html += QStringLiteral(
                    "<tr><td style='color:%1; padding-right:12px'>%2</td><td>%3</td></tr>")
                    .arg(dim, esc(name), valueHtml);
    };
    auto text = [&](const QString &name, const QString &value) {
        row(name,
            value.isEmpty()
                ? QStringLiteral("<span style='color:%1'>%2</span>").arg(dim, esc(unknown))
                : esc(value));
    };
    auto link = [&](const QString &name, const QString &scheme, const QString &id) {
        if (id.isEmpty())
            return;
        row(name, QStringLiteral("<a href='%1:%2'>%3</a>").arg(scheme, esc(id), esc(id)));
    };

    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    section(tr("Request"));
    text(tr("Model"), r.model);
    text(tr("Provider"), r.provider);
    text(tr("Type"), RecordEnums::requestTypeName(r.requestType));
    text(tr("Endpoint"), QString(r.method + QLatin1Char(' ') + r.endpoint).trimmed());
    if (r.stream)
        text(tr("Streamed"), *r.stream ? tr("yes") : tr("no"));
    text(tr("HTTP status"), r.statusCode ? QString::number(*r.statusCode) : QString());
    const QString time
        = m_utc ? DisplayFormat::utcTime(r.createdAt) : DisplayFormat::localTime(r.createdAt);
    text(tr("Time"),
         r.createdAt.isValid() ? tr("%1 (%2)").arg(
             time, DisplayFormat::relativeTime(r.createdAt, QDateTime::currentDateTimeUtc()))
                               : QString());
    text(tr("Latency"), DisplayFormat::milliseconds(r.latencyMs));
    if (r.ttftMs)
        text(tr("Time to first token"), DisplayFormat::milliseconds(r.ttftMs));
    text(tr("Log id"), r.id);

    section(tr("Usage"));
    text(tr("Prompt tokens"), DisplayFormat::number(r.promptTokens));
    if (r.cacheReadTokens.value_or(0) > 0)
        text(tr("Cache read tokens"), DisplayFormat::number(r.cacheReadTokens));
    if (r.cacheWriteTokens.value_or(0) > 0)
        text(tr("Cache write tokens"), DisplayFormat::number(r.cacheWriteTokens));
    text(tr("Completion tokens"), DisplayFormat::number(r.completionTokens));
    if (r.reasoningTokens)
        text(tr("Reasoning tokens"), DisplayFormat::number(r.reasoningTokens));
    text(tr("Total tokens"), DisplayFormat::tokens(r));
    // Where the cost came from, and below it, across both columns, how the pricing table makes
    // it up.
    row(tr("Cost"), CostExplanation::summary(r, Pricing::shared(), dim));
    if (const QString parts = CostExplanation::breakdown(r, Pricing::shared(), dim);
        !parts.isEmpty())
        html += QStringLiteral("<tr><td colspan='2' style='padding-left:8px'>%1</td></tr>")
                    .arg(parts);

    section(tr("Gateway"));
    text(tr("Cache"), StatusLabels::cache(r));
    text(tr("Retry"), StatusLabels::retry(r));
    text(tr("Fallback"), StatusLabels::fallback(r));
    text(tr("Load balancing"), StatusLabels::loadbalance(r));
    if (r.strategy != Strategy::Unknown)
        text(tr("Strategy"), RecordEnums::strategyName(r.strategy));
    if (!r.servedTarget.isEmpty())
        text(tr("Served by"), r.servedTarget);
    for (int i = 0; i < r.attempts.size(); ++i) {
        const Attempt &a = r.attempts.at(i);
        const QString outcome = !a.ok ? tr("outcome unknown") : *a.ok ? tr("ok") : tr("failed");
        text(tr("Attempt %1").arg(i + 1),
             tr("%1 %2/%3, %4, %5")
                 .arg(a.target, a.provider, a.model, DisplayFormat::milliseconds(a.latencyMs),
                      outcome));
    }
    // Also without a config id: an inline config, or targets the gateway routed through.
    if (const LogConfig config = LogConfig::read(r); !config.isEmpty())
        row(tr("Config"),
            QStringLiteral("<a href='config:%1'>%2</a>")
                .arg(esc(config.configId),
                     esc(config.configId.isEmpty() ? config.summary() : config.configId)));
    link(tr("Prompt"), QStringLiteral("prompt"), r.promptId);
    const ReplayEligibility replay = ReplayPolicy::eligibility(r, ReplayPolicy::cachedLookup());
    text(tr("Replay"),
         replay.allowed ? (replay.note.isEmpty() ? tr("available") : replay.note) : replay.reason);
    if (!r.virtualKey.isEmpty())
        text(tr("Virtual key"), r.virtualKey);

    if (!r.traceId.isEmpty() || !r.spanId.isEmpty()) {
        section(tr("Trace"));
        link(tr("Trace id"), QStringLiteral("trace"), r.traceId);
        if (!r.spanId.isEmpty())
            text(tr("Span"), r.spanId);
        if (!r.parentSpanId.isEmpty())
            text(tr("Parent span"), r.parentSpanId);
        if (!r.spanName.isEmpty())
            text(tr("Span name"), r.spanName);
    }
    if (!r.metadata.isEmpty()) {
        section(tr("Metadata"));
        for (auto it = r.metadata.cbegin(); it != r.metadata.cend(); ++it)
            text(it.key(), it.value());
    }
    section(tr("Feedback"));
    for (const FeedbackEntry &f : r.feedback) {
        QString value = QStringLiteral("<b>%1%2</b>:%3")
                            .arg(f.value > 0 ? QStringLiteral("+") : QString())
                            .arg(f.value)
                            .arg(f.weight);
        const QString note = f.metadata.value(QStringLiteral("text")).toString();
        if (!note.isEmpty())
            value += QStringLiteral(" \u2014 ") + esc(note);
        const QString author
            = f.author.isEmpty() ? f.metadata.value(QStringLiteral("_user")).toString() : f.author;
        if (!author.isEmpty())
            value += QStringLiteral(" <span style='color:%1'>%2</span>")
                         .arg(dim, esc(tr("by %1").arg(author)));
        // Where it stands with Portkey; without a controller only the stored flag is known.
        FeedbackController::DeliveryState state;
        if (m_feedback) {
            state = m_feedback->delivery(f);
        } else {
            state.state = f.synced ? FeedbackController::Delivery::Sent
                                   : FeedbackController::Delivery::LocalOnly;
            state.text = f.synced ? tr("Sent to Portkey") : tr("Local only");
        }
        const bool rejected = state.state == FeedbackController::Delivery::Rejected;
        // A red that reads on light and dark backgrounds.
        value += QStringLiteral("<br><span style='color:%1'>%2</span>")
                     .arg(rejected ? QStringLiteral("#d9534f") : dim, esc(state.text));
        QStringList actions;
        if (rejected && m_feedback)
            actions << QStringLiteral("<a href='feedback-retry:%1'>%2</a>")
                           .arg(esc(f.id), esc(tr("Retry")));
        if (FeedbackController::isOwn(f)) {
            actions << QStringLiteral("<a href='feedback-edit:%1'>%2</a>")
                           .arg(esc(f.id), esc(tr("Edit")));
            // Portkey cannot delete feedback: once it has the entry, deleting is local.
            actions << QStringLiteral("<a href='feedback-delete:%1'>%2</a>")
                           .arg(esc(f.id),
                                state.state == FeedbackController::Delivery::Sent
                                    ? esc(tr("Remove here"))
                                    : esc(tr("Delete")));
        }
        if (!actions.isEmpty())
            value += QStringLiteral(" &nbsp;") + actions.join(u' ');
        row(f.createdAt.isValid()
                ? f.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : tr("Entry"),
            value);
    }
    row(r.feedback.isEmpty() ? tr("Entries") : QString(),
        (r.feedback.isEmpty()
             ? QStringLiteral("<span style='color:%1'>%2</span> ").arg(dim, esc(tr("none yet")))
             : QString())
            + QStringLiteral("<a href='feedback-add:new'>%1</a>")
                  .arg(esc(tr("Add feedback\u2026"))));
    section(tr("Record"));
    text(tr("Tracked"),
         r.tracked ? tr("yes")
             : r.forgottenAt.isValid()
             ? tr("no (content removed on %1)")
                   .arg(r.forgottenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
             : tr("no (Do-Not-Track)"));
    text(tr("Source"), r.source);
    if (!r.rawFormat.isEmpty())
        text(tr("Format"), r.rawFormat);
    if (!r.images.isEmpty())
        text(tr("Images"), tr("%n image(s)", nullptr, int(r.images.size())));
    if (!r.replayOf.isEmpty())
        text(tr("Replay of"), r.replayOf);
    html += QStringLiteral("</table>");
    const int scroll = m_overview->verticalScrollBar()->value();
    m_overview->setHtml(html);
    if (keepScroll)
        m_overview->verticalScrollBar()->setValue(scroll);
}

void DetailPanel::onLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString id = url.path();
    if (scheme == QLatin1String("config")) {
        Q_EMIT configRequested(id);
        return;
    }
    if (scheme == QLatin1String("prompt")) {
        Q_EMIT promptRequested(id);
        return;
    }
    if (scheme == QLatin1String("image")) {
        Q_EMIT imageActivated(m_rowId, id.toInt());
        return;
    }
    if (scheme == QLatin1String("feedback-add")) {
        Q_EMIT feedbackAddRequested();
        return;
    }
    if (scheme == QLatin1String("feedback-edit")) {
        Q_EMIT feedbackEditRequested(id);
        return;
    }
    if (scheme == QLatin1String("feedback-delete")) {
        Q_EMIT feedbackDeleteRequested(id);
        return;
    }
    if (scheme == QLatin1String("feedback-retry")) {
        if (m_feedback)
            m_feedback->retry(id);
        return;
    }
    if (scheme == QLatin1String("trace")) {
        Q_EMIT traceRequested(id);
        return;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        // A link in a message: the browser, as any link would (copying is in the context menu).
        if (QDesktopServices::openUrl(url))
            Q_EMIT message(tr("Opened %1 in the browser").arg(url.toString()));
        else
            Q_EMIT message(tr("No browser could open %1").arg(url.toString()));
    }
}

void DetailPanel::showLinkMenu(QTextBrowser *view, const QPoint &pos)
{
    // A link opens what it names; copying its id or address is here.
    std::unique_ptr<QMenu> menu(view->createStandardContextMenu(pos));
    const QUrl url(view->anchorAt(pos));
    const QString scheme = url.scheme();
    QString copied;
    if (scheme == QLatin1String("trace") || scheme == QLatin1String("config")
        || scheme == QLatin1String("prompt"))
        copied = url.path();
    else if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        copied = url.toString();
    if (!copied.isEmpty()) {
        QAction *copy = new QAction(tr("Copy \u201c%1\u201d").arg(copied), menu.get());
        copy->setObjectName(QStringLiteral("copyLinkTarget"));
        connect(copy, &QAction::triggered, this, [this, copied] {
            QGuiApplication::clipboard()->setText(copied);
            Q_EMIT message(tr("Copied %1").arg(copied));
        });
        menu->insertAction(menu->actions().value(0), copy);
        menu->insertSeparator(menu->actions().value(1));
    }
    menu->exec(view->viewport()->mapToGlobal(pos));
}
