#pragma once

#include "record/logrecord.h"

#include <QObject>
#include <QPointer>

#include <memory>

class FeedbackDialog;
class QUndoStack;
class QWidget;
class StoreWorker;

// Adds, edits and deletes feedback on the selected log through the dialog, each change an undoable
// command on one QUndoStack (Edit > Undo/Redo). Writes run on its own store connection; changed()
// says when the list and the panel should show the store again. Only "your own" feedback (its
// _user is this user, FeedbackDialog::localUser()) can be edited or deleted.
class FeedbackController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackController)

public:
    FeedbackController(const QString &storeLocation, QWidget *dialogParent);
    ~FeedbackController() override;

    QUndoStack *undoStack() const { return m_undo; }
    // The dialog while one is open (tests drive it), else nullptr.
    FeedbackDialog *dialog() const;
    static bool isOwn(const FeedbackEntry &entry);

    // Open the dialog (window-modal, not blocking); the change is made when it is accepted.
    void addTo(const LogRecord &log);
    void edit(const LogRecord &log, const QString &feedbackId);
    // Deletes at once (undo brings it back).
    void remove(const LogRecord &log, const QString &feedbackId);

    // Runs a store change in the worker, then emits changed() or failed().
    enum class Op { Add, Update, Remove };
    void apply(Op op, const QString &logId, const FeedbackEntry &entry);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    std::unique_ptr<StoreWorker> m_worker;
    QWidget *m_parent;
    QUndoStack *m_undo;
    QPointer<FeedbackDialog> m_dialog;
};
