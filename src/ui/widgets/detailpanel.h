// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QHash>
#include <QImage>
#include <QJsonValue>
#include <QPointer>
#include <QWidget>

#include <memory>

class FeedbackController;
class JsonView;
class NoticePanel;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class StoreWorker;

// The selected log in tabs: Overview, Chat, Request, Response, Source. The whole record (bodies
// included) is loaded, parsed and its images decoded in a worker; the panel only lays out what
// comes back. A Do-Not-Track log says so instead of showing empty JSON.
class DetailPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    enum Tab { OverviewTab, ChatTab, RequestTab, ResponseTab, SourceTab };

    explicit DetailPanel(const QString &storeLocation, QWidget *parent = nullptr);
    ~DetailPanel() override;

    void showRow(qint64 rowId); // 0 clears
    // No log to show, and why ("No log matches the filter").
    void showEmpty(const QString &title, const QString &text);
    NoticePanel *emptyNotice() const { return m_empty; }
    qint64 rowId() const { return m_rowId; }
    bool isLoaded() const { return m_loaded; }
    const LogRecord &record() const { return m_record; }
    void setUtc(bool utc);
    // Where each feedback entry stands with the control plane (shown live in the Overview), and
    // its Retry link.
    void setFeedbackController(FeedbackController *controller);

    QTabWidget *tabs() const { return m_tabs; }
    QString title() const; // in full; the label elides the model's name to fit
    QTextBrowser *overview() const { return m_overview; }
    QTextBrowser *chat() const { return m_chat; }
    JsonView *requestView() const { return m_request; }
    JsonView *responseView() const { return m_response; }
    JsonView *sourceView() const { return m_source; }
    NoticePanel *chatNotice() const { return m_chatNotice; }
    static QString notTrackedText();
    // The Replay button: enabled when ReplayPolicy allows the shown log, else the reason.
    QToolButton *replayButton() const { return m_replay; }

Q_SIGNALS:
    void loaded(qint64 rowId);
    void imageActivated(qint64 rowId, int index); // ImageExtractor order
    void message(const QString &text); // for the status bar
    void closeRequested();
    void replayRequested();
    void configRequested(const QString &configId); // the Overview's config link
    void promptRequested(const QString &promptId); // the Overview's prompt link
    void traceRequested(const QString &traceId); // the Overview's trace link
    // The Overview's Feedback section: Add, and Edit or Delete on the user's own entries.
    void feedbackAddRequested();
    void feedbackEditRequested(const QString &feedbackId);
    void feedbackDeleteRequested(const QString &feedbackId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Loaded;
    void setTitle(const QString &head, const QString &tail = {});
    void updateTitle();
    void apply(const Loaded &result);
    void showOverview(bool keepScroll = false);
    void onLink(const QUrl &url);
    void showLinkMenu(QTextBrowser *view, const QPoint &pos);

    std::unique_ptr<StoreWorker> m_worker;
    qint64 m_rowId = 0;
    bool m_loaded = false;
    bool m_utc = false;
    LogRecord m_record;
    QLabel *m_title;
    QString m_titleHead, m_titleTail;
    QStackedWidget *m_stack;
    NoticePanel *m_empty;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QStackedWidget *m_chatStack;
    QTextBrowser *m_chat;
    NoticePanel *m_chatNotice;
    JsonView *m_request;
    JsonView *m_response;
    JsonView *m_source;
    QToolButton *m_replay;
    QPointer<FeedbackController> m_feedback;
};
