#include "feedbackcontroller.h"

#include "feedbackdialog.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

using Op = FeedbackController::Op;

// One change and its inverse: add <-> remove, update(new) <-> update(old).
class FeedbackCommand : public QUndoCommand
{
public:
    FeedbackCommand(FeedbackController *controller, const QString &text, const QString &logId,
                    Op redoOp, const FeedbackEntry &redoEntry, Op undoOp,
                    const FeedbackEntry &undoEntry)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_logId(logId)
        , m_redo(redoOp)
        , m_undo(undoOp)
        , m_redoEntry(redoEntry)
        , m_undoEntry(undoEntry)
    { }
    void redo() override { m_controller->apply(m_redo, m_logId, m_redoEntry); }
    void undo() override { m_controller->apply(m_undo, m_logId, m_undoEntry); }

private:
    FeedbackController *m_controller;
    QString m_logId;
    Op m_redo, m_undo;
    FeedbackEntry m_redoEntry, m_undoEntry;
};

const FeedbackEntry *findEntry(const LogRecord &log, const QString &id)
{
    for (const FeedbackEntry &f : log.feedback) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

FeedbackController::FeedbackController(const QString &storeLocation, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-feedback")))
    , m_parent(dialogParent)
    , m_undo(new QUndoStack(this))
{ }

FeedbackController::~FeedbackController() = default;

FeedbackDialog *FeedbackController::dialog() const
{
    return m_dialog;
}

bool FeedbackController::isOwn(const FeedbackEntry &entry)
{
    return entry.metadata.value(QStringLiteral("_user")).toString() == FeedbackDialog::localUser();
}

void FeedbackController::addTo(const LogRecord &log)
{
    if (log.id.isEmpty() || m_dialog)
        return;
    m_dialog = new FeedbackDialog(m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString logId = log.id;
    connect(m_dialog, &QDialog::accepted, this, [this, logId] {
        const FeedbackEntry entry = m_dialog->entry();
        m_undo->push(new FeedbackCommand(this, tr("Add Feedback"), logId, Op::Add, entry,
                                         Op::Remove, entry));
    });
    m_dialog->open();
}

void FeedbackController::edit(const LogRecord &log, const QString &feedbackId)
{
    const FeedbackEntry *old = findEntry(log, feedbackId);
    if (!old || !isOwn(*old) || m_dialog)
        return;
    const FeedbackEntry before = *old;
    m_dialog = new FeedbackDialog(m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setEntry(before);
    const QString logId = log.id;
    connect(m_dialog, &QDialog::accepted, this, [this, logId, before] {
        const FeedbackEntry after = m_dialog->entry();
        m_undo->push(new FeedbackCommand(this, tr("Edit Feedback"), logId, Op::Update, after,
                                         Op::Update, before));
    });
    m_dialog->open();
}

void FeedbackController::remove(const LogRecord &log, const QString &feedbackId)
{
    const FeedbackEntry *old = findEntry(log, feedbackId);
    if (!old || !isOwn(*old))
        return;
    m_undo->push(
        new FeedbackCommand(this, tr("Delete Feedback"), log.id, Op::Remove, *old, Op::Add, *old));
}

void FeedbackController::apply(Op op, const QString &logId, const FeedbackEntry &entry)
{
    // The worker is joined before this object goes, so the queued call below has a receiver
    // (Qt drops it if the receiver is gone by then).
    FeedbackController *self = this;
    m_worker->post([self, op, logId, entry](LogStore *store) {
        QString error;
        bool ok = false;
        if (!store) {
            error = tr("The store could not be opened.");
        } else if (op == Op::Add) {
            ok = store->addFeedback(logId, entry, &error);
        } else if (op == Op::Update) {
            ok = store->updateFeedback(entry, &error);
        } else {
            ok = store->removeFeedback(entry.id, &error);
        }
        QMetaObject::invokeMethod(self, [self, ok, error] {
            if (ok)
                Q_EMIT self->changed();
            else
                Q_EMIT self->failed(tr("Feedback not saved: %1").arg(error));
        });
    });
}
