// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

// Feedback on a log's trace as Portkey models it (portkey-api.md section 6): a value from -10 to
// 10 (thumbs up and down set 1 and -1), a weight from 0 to 1, a note (metadata "text") and other
// metadata keys (_user, _organisation, _prompt, _environment...). It only edits an entry; the
// caller stores it.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    explicit FeedbackDialog(QWidget *parent = nullptr);

    // An entry to edit; without one the dialog starts at +1, weight 1 and _user = this user.
    void setEntry(const FeedbackEntry &entry);
    // The edited entry: the id and time of the one set, or a new id and now.
    FeedbackEntry entry() const;
    // Where saving sends it: the connection that receives feedback, or empty for this store only.
    void setDestination(const QString &connection);
    QString destinationText() const;

    QSlider *valueSlider() const { return m_slider; }
    QDoubleSpinBox *weightBox() const { return m_weight; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QTableWidget *metadataTable() const { return m_metadata; }
    QPushButton *thumbsUpButton() const { return m_up; }
    QPushButton *thumbsDownButton() const { return m_down; }

    // The name Gatescope puts in _user of new feedback: "your own" feedback is what carries it.
    static QString localUser();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addMetadataRow(const QString &key, const QString &value);
    void updateValueLabel(int value);

    FeedbackEntry m_entry;
    QSlider *m_slider;
    QSpinBox *m_valueBox;
    QLabel *m_valueLabel;
    QPushButton *m_up;
    QPushButton *m_down;
    QDoubleSpinBox *m_weight;
    QPlainTextEdit *m_note;
    QTableWidget *m_metadata;
    QLabel *m_destination;
};
