// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"
#include "reviewsession.h"

#include <QHash>
#include <QImage>
#include <QJsonValue>
#include <QWidget>

#include <memory>
#include <optional>

class NoticePanel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class StoreWorker;

// Review mode (Log > Review Logs…): the logs of a filter without feedback, one at a time, the
// chat large, a key per answer. The session (ReviewSession) runs on a store worker of its own,
// which keeps the next log claimed, loaded and its images decoded, so that it shows the moment
// an answer is given; the window only lays out what the worker hands back. Closing releases the
// claims.
class ReviewWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWindow)

public:
    ReviewWindow(const QString &storeLocation, const QString &filter, QWidget *parent = nullptr,
                 const QString &reviewer = {},
                 int claimSeconds = ReviewSession::kDefaultClaimSeconds);
    ~ReviewWindow() override;

    // The value a digit key gives: 0..9 -> -9, -7, ... -1, 1, ... 7, 9 (4 is -1 and 5 is +1, the
    // thumbs; the lower half negative, the upper half positive).
    static int digitValue(int digit) { return 2 * digit - 9; }

    // For tests and the screenshots.
    bool isBusy() const { return m_pending > 0 || !m_started; }
    qint64 shownRowId() const { return m_shownRowId; }
    QString shownLogId() const;
    QString progressText() const;
    QString errorText() const;
    QString noticeTitle() const;
    bool isAtEnd() const;
    QLineEdit *noteEdit() const { return m_note; }
    QTextBrowser *chatView() const { return m_chat; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Shown
    {
        LogRecord record;
        QJsonValue request, response;
        QHash<QString, QImage> images;
        QHash<QString, int> order;
    };
    struct State
    {
        int sequence = 0;
        std::optional<Shown> current, upcoming;
        std::optional<ReviewSession::Progress> progress;
        bool canUndo = false;
        QString error;
    };
    struct Host;
    enum class Action { Start, Rate, Skip, Undo, Renew };

    void post(Action action, double value = 0);
    void apply(const State &state);
    void display(const std::optional<Shown> &shown);
    void showProgress();
    void showError(const QString &message);
    void rate(double value);
    void skip();
    void undo();
    static Shown prepare(const LogRecord &record);

    std::unique_ptr<StoreWorker> m_worker;
    std::shared_ptr<Host> m_host; // touched in the worker's thread only
    QString m_filter;

    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_filterLabel;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QTextBrowser *m_chat;
    NoticePanel *m_notice;
    QLabel *m_error;
    QLineEdit *m_note;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_skip;
    QPushButton *m_undo;
    QTimer *m_renew;

    int m_sequence = 0; // of the last action posted; older answers are not shown
    int m_pending = 0;
    bool m_started = false;
    bool m_closing = false;
    qint64 m_shownRowId = 0;
    std::optional<Shown> m_upcoming; // the next log, shown at once on an answer
    std::optional<ReviewSession::Progress> m_progress;
    bool m_canUndo = false;
};
