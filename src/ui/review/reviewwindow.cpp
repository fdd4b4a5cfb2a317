// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewwindow.h"

#include "chatdocument.h"
#include "detailpanel.h"
#include "displayformat.h"
#include "imageextractor.h"
#include "noticepanel.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

// The session and what was prepared for the window, in the worker's thread.
struct ReviewWindow::Host
{
    QString filter;
    QString reviewer;
    int claimSeconds = ReviewSession::kDefaultClaimSeconds;
    std::unique_ptr<ReviewSession> session;
    QHash<qint64, Shown> prepared; // the current and the upcoming log, parsed once
};

namespace {

QString signedValue(int value)
{
    return value > 0 ? QStringLiteral("+%1").arg(value)
        : value < 0  ? QStringLiteral("\u2212%1").arg(-value)
                     : QStringLiteral("0");
}

} // namespace

ReviewWindow::ReviewWindow(const QString &storeLocation, const QString &filter, QWidget *parent,
                           const QString &reviewer, int claimSeconds)
    : QWidget(parent, Qt::Window)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-review")))
    , m_host(std::make_shared<Host>())
    , m_filter(filter.trimmed())
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_filterLabel(new QLabel(this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chat(new QTextBrowser(this))
    , m_notice(new NoticePanel(this))
    , m_error(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_renew(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewWindow"));
    m_host->filter = m_filter;
    m_host->reviewer
        = reviewer.trimmed().isEmpty() ? ReviewSession::defaultReviewer() : reviewer.trimmed();
    m_host->claimSeconds = claimSeconds;
    setWindowTitle(m_filter.isEmpty() ? tr("Review Logs") : tr("Review Logs: %1").arg(m_filter));

    m_progressLabel->setObjectName(QStringLiteral("reviewProgress"));
    QFont big = m_progressLabel->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_progressLabel->setFont(big);
    m_progressBar->setObjectName(QStringLiteral("reviewProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(6);
    m_progressBar->setRange(0, 1);
    m_filterLabel->setObjectName(QStringLiteral("reviewFilter"));
    m_filterLabel->setForegroundRole(QPalette::PlaceholderText);
    m_filterLabel->setText((m_filter.isEmpty() ? tr("All logs") : tr("Filter: %1").arg(m_filter))
                           + QStringLiteral("  \u00b7  ")
                           + tr("Reviewing as %1").arg(m_host->reviewer));
    m_filterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chat->setObjectName(QStringLiteral("reviewChat"));
    m_chat->setOpenLinks(false);
    // The keys are answers: the view scrolls with the wheel, Page Up and Page Down.
    m_chat->setFocusPolicy(Qt::NoFocus);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_stack->addWidget(m_chat);
    m_stack->addWidget(m_notice);

    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(
        tr("A note for the feedback on this log (N); Enter or Esc goes back to the keys"));
    m_note->installEventFilter(this);

    m_up->setObjectName(QStringLiteral("reviewUp"));
    m_up->setText(tr("Thumbs up: +1 (Up, +)"));
    m_down->setObjectName(QStringLiteral("reviewDown"));
    m_down->setText(tr("Thumbs down: −1 (Down, −)"));
    m_skip->setObjectName(QStringLiteral("reviewSkip"));
    m_skip->setText(tr("Skip (S, Right)"));
    m_undo->setObjectName(QStringLiteral("reviewUndo"));
    m_undo->setText(tr("Undo (Ctrl+Z)"));
    m_undo->setEnabled(false);
    for (QPushButton *button : {m_up, m_down, m_skip, m_undo}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
    }
    connect(m_up, &QPushButton::clicked, this, [this] { rate(1); });
    connect(m_down, &QPushButton::clicked, this, [this] { rate(-1); });
    connect(m_skip, &QPushButton::clicked, this, &ReviewWindow::skip);
    connect(m_undo, &QPushButton::clicked, this, &ReviewWindow::undo);
    auto *legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("reviewLegend"));
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    legend->setText(tr("Keys 0 to 9 give %1 to %2 on the feedback scale of −10 to +10 (4 is "
                       "−1, 5 is +1)  \u00b7  N: note  \u00b7  Esc: close (the logs not "
                       "answered go back to the queue)")
                        .arg(signedValue(digitValue(0)), signedValue(digitValue(9))));

    auto *top = new QHBoxLayout;
    top->addWidget(m_progressLabel);
    top->addStretch();
    top->addWidget(m_filterLabel);
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("Note:"), this);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);
    layout->addLayout(noteRow);
    layout->addLayout(buttons);
    layout->addWidget(legend);

    setFocusPolicy(Qt::StrongFocus);
    setFocus(Qt::OtherFocusReason); // the keys answer, not the note field, from the start
    resize(1000, 680);

    m_title->setText(tr("Finding a log without feedback\u2026"));
    m_progressLabel->setText(tr("Counting\u2026"));
    m_notice->setNotice(tr("Loading\u2026"), QString());
    m_stack->setCurrentWidget(m_notice);

    // A claim is renewed while its log is shown, well before it runs out.
    m_renew->setInterval(qMax(5, claimSeconds / 3) * 1000);
    connect(m_renew, &QTimer::timeout, this, [this] {
        if (m_started && m_pending == 0)
            post(Action::Renew);
    });
    m_renew->start();
    post(Action::Start);
}

ReviewWindow::~ReviewWindow()
{
    if (!m_closing) {
        std::shared_ptr<Host> host = m_host;
        m_worker->post([host](LogStore *) {
            if (host->session)
                host->session->finish(nullptr);
            host->session.reset();
        });
    }
    m_worker.reset(); // runs the jobs posted, the release of the claims included
}

ReviewWindow::Shown ReviewWindow::prepare(const LogRecord &record)
{
    Shown shown;
    shown.record = record;
    shown.request = ChatDocument::jsonOf(record.request);
    shown.response = ChatDocument::jsonOf(record.response);
    QList<ImageExtractor::Found> found
        = ImageExtractor::fromJson(shown.request, ImageInfo::Direction::Input);
    found += ImageExtractor::fromJson(shown.response, ImageInfo::Direction::Output);
    for (int i = 0; i < found.size(); ++i) {
        const auto &image = found.at(i);
        shown.order.insert(image.source, i);
        if (!image.bytes.isEmpty())
            shown.images.insert(image.source, ImageExtractor::decode(image.bytes, 640));
    }
    // The record's bodies are in request and response now; the raw source is not shown.
    shown.record.raw.clear();
    return shown;
}

void ReviewWindow::post(Action action, double value)
{
    const int sequence = action == Action::Renew ? m_sequence : ++m_sequence;
    ++m_pending;
    const qint64 expected = m_shownRowId;
    const QString note = action == Action::Rate ? m_note->text() : QString();
    QPointer<ReviewWindow> self(this);
    std::shared_ptr<Host> host = m_host;
    StoreWorker *worker = m_worker.get();
    m_worker->post([self, host, worker, action, value, note, expected, sequence](LogStore *store) {
        State state;
        state.sequence = sequence;
        if (!store) {
            state.error = tr("The store could not be opened: %1").arg(worker->openError());
        } else {
            if (!host->session) {
                host->session = std::make_unique<ReviewSession>(store, host->filter, host->reviewer,
                                                                host->claimSeconds);
                host->session->setPrefetch(true);
            }
            ReviewSession &session = *host->session;
            // An answer is for the log that was on screen when it was given.
            const bool onShown = session.current() && session.current()->rowId == expected;
            QString error;
            switch (action) {
            case Action::Start:
                session.start(&error);
                break;
            case Action::Renew:
                session.renew(&error);
                break;
            case Action::Undo:
                session.undo(&error);
                break;
            case Action::Rate:
            case Action::Skip:
                if (!onShown)
                    error = tr("That answer was not saved: the log had changed meanwhile. Here "
                               "is the one under review now.");
                else if (action == Action::Rate)
                    session.rate(value, &error, note);
                else
                    session.skip(&error);
                break;
            }
            state.error = error;
            QString progressError;
            state.progress = session.progress(&progressError);
            if (!state.progress && state.error.isEmpty())
                state.error = progressError;
            state.canUndo = session.canUndo();
            QHash<qint64, Shown> kept;
            for (const std::optional<LogRecord> *entry :
                 {&session.current(), &session.upcoming()}) {
                if (!*entry)
                    continue;
                const qint64 rowId = (*entry)->rowId;
                Shown shown = host->prepared.contains(rowId) ? host->prepared.value(rowId)
                                                             : prepare(**entry);
                kept.insert(rowId, shown);
                (entry == &session.current() ? state.current : state.upcoming) = std::move(shown);
            }
            host->prepared = std::move(kept);
        }
        QMetaObject::invokeMethod(self, [self, state = std::move(state)] {
            if (self)
                self->apply(state);
        });
    });
}

void ReviewWindow::apply(const State &state)
{
    --m_pending;
    m_started = true;
    if (!state.error.isEmpty())
        showError(state.error);
    if (state.sequence != m_sequence)
        return; // a later answer is on its way: its state is the one to show
    m_upcoming = state.upcoming;
    m_progress = state.progress;
    m_canUndo = state.canUndo;
    m_undo->setEnabled(m_canUndo);
    if (!state.current || state.current->record.rowId != m_shownRowId
        || m_stack->currentWidget() != m_chat)
        display(state.current);
    showProgress();
}

void ReviewWindow::display(const std::optional<Shown> &shown)
{
    for (QPushButton *button : {m_up, m_down, m_skip})
        button->setEnabled(shown.has_value());
    if (!shown) {
        m_shownRowId = 0;
        if (m_pending > 0 || !m_started) {
            m_title->setText(tr("Loading the next log\u2026"));
            m_notice->setNotice(tr("Loading\u2026"), QString());
        } else if (!m_progress || m_progress->total == 0) {
            m_title->clear();
            m_notice->setNotice(tr("No logs to review"),
                                m_filter.isEmpty()
                                    ? tr("The store has no logs.")
                                    : tr("No log matches the filter %1.").arg(m_filter));
        } else if (m_progress->reviewed >= m_progress->total) {
            m_title->clear();
            m_notice->setNotice(
                tr("All %n logs of this filter have feedback", nullptr, int(m_progress->total)),
                tr("Nothing is left to review. Close this window, or change the filter and "
                   "review again."));
        } else {
            m_title->clear();
            m_notice->setNotice(
                tr("Nothing left to review"),
                tr("%1 of %2 logs of this filter have feedback; the others were skipped in this "
                   "review or another reviewer has them now.")
                    .arg(QLocale().toString(m_progress->reviewed),
                         QLocale().toString(m_progress->total)));
        }
        m_stack->setCurrentWidget(m_notice);
        return;
    }
    const LogRecord &r = shown->record;
    m_shownRowId = r.rowId;
    QStringList parts;
    parts << (r.model.isEmpty() ? tr("unknown model") : r.model);
    parts << DisplayFormat::localTime(r.createdAt);
    if (r.statusCode)
        parts << QString::number(*r.statusCode);
    parts << DisplayFormat::tokens(r);
    m_title->setText(parts.join(QStringLiteral("  \u00b7  ")));
    m_title->setToolTip(r.id);
    if (!r.tracked) {
        m_notice->setNotice(tr("Content not tracked"), DetailPanel::notTrackedText());
        m_stack->setCurrentWidget(m_notice);
    } else {
        ChatDocument::render(m_chat->document(), shown->request, shown->response, shown->images,
                             shown->order);
        m_chat->verticalScrollBar()->setValue(0);
        m_stack->setCurrentWidget(m_chat);
    }
}

void ReviewWindow::showProgress()
{
    if (!m_progress) {
        m_progressLabel->setText(tr("Progress unknown"));
        return;
    }
    m_progressLabel->setText(
        tr("%1 of %2 reviewed")
            .arg(QLocale().toString(m_progress->reviewed), QLocale().toString(m_progress->total)));
    // QProgressBar takes int: large stores are scaled to per mille.
    const qint64 total = qMax<qint64>(1, m_progress->total);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(std::clamp<qint64>(m_progress->reviewed * 1000 / total, 0, 1000)));
}

void ReviewWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReviewWindow::rate(double value)
{
    if (m_shownRowId == 0)
        return; // nothing on screen (loading, or nothing left)
    showError({});
    post(Action::Rate, value);
    m_note->clear();
    if (m_progress)
        ++m_progress->reviewed;
    m_canUndo = true;
    m_undo->setEnabled(true);
    display(std::exchange(m_upcoming, std::nullopt));
    showProgress();
}

void ReviewWindow::skip()
{
    if (m_shownRowId == 0)
        return;
    showError({});
    post(Action::Skip);
    m_note->clear();
    display(std::exchange(m_upcoming, std::nullopt));
}

void ReviewWindow::undo()
{
    if (!m_canUndo)
        return;
    showError({});
    post(Action::Undo);
    m_note->clear();
    if (m_progress && m_progress->reviewed > 0)
        --m_progress->reviewed;
    m_canUndo = false;
    m_undo->setEnabled(false);
    m_upcoming.reset();
    display(std::nullopt);
    showProgress();
}

QString ReviewWindow::shownLogId() const
{
    return m_shownRowId == 0 ? QString() : m_title->toolTip();
}

QString ReviewWindow::progressText() const
{
    return m_progressLabel->text();
}

QString ReviewWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReviewWindow::noticeTitle() const
{
    return m_stack->currentWidget() == m_notice ? m_notice->title() : QString();
}

bool ReviewWindow::isAtEnd() const
{
    return m_started && m_pending == 0 && m_shownRowId == 0;
}

void ReviewWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        rate(digitValue(key - Qt::Key_0));
        return;
    }
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on most layouts
        rate(1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Minus:
        rate(-1);
        return;
    case Qt::Key_S:
    case Qt::Key_Right:
        skip();
        return;
    case Qt::Key_N:
        m_note->setFocus(Qt::ShortcutFocusReason);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        m_chat->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        m_chat->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool ReviewWindow::eventFilter(QObject *watched, QEvent *event)
{
    // In the note, Enter and Esc go back to the answer keys; the note is kept for the answer.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closing) {
        m_closing = true;
        m_renew->stop();
        std::shared_ptr<Host> host = m_host;
        m_worker->post([host](LogStore *) {
            if (host->session)
                host->session->finish(nullptr);
            host->session.reset();
        });
    }
    event->accept();
}
