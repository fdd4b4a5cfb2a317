// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FeedbackDialog;
}
class QDoubleSpinBox;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTableWidget;

// Feedback on a log's trace as Portkey models it (portkey-api.md section 6): a value from -10 to
// 10 (thumbs up and down set 1 and -1), a weight from 0 to 1, a note (metadata "text") and other
// metadata keys (_user, _organisation, _prompt, _environment...). It only edits an entry; the
// caller stores it. Its widgets are forms/feedbackdialog.ui.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    explicit FeedbackDialog(QWidget *parent = nullptr);
    ~FeedbackDialog() override;

    // An entry to edit; without one the dialog starts at +1, weight 1 and _user = this user.
    void setEntry(const FeedbackEntry &entry);
    // The edited entry: the id and time of the one set, or a new id and now.
    FeedbackEntry entry() const;
    // Where saving sends it: the connection that receives feedback, or empty for this store only.
    void setDestination(const QString &connection);
    QString destinationText() const;

    QSlider *valueSlider() const;
    QDoubleSpinBox *weightBox() const;
    QPlainTextEdit *noteEdit() const;
    QTableWidget *metadataTable() const;
    QPushButton *thumbsUpButton() const;
    QPushButton *thumbsDownButton() const;

    // The name Gatescope puts in _user of new feedback: "your own" feedback is what carries it.
    static QString localUser();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addMetadataRow(const QString &key, const QString &value);
    void updateValueLabel(int value);

    std::unique_ptr<Ui::FeedbackDialog> ui;
    FeedbackEntry m_entry;
};
