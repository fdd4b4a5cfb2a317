// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a view's name (Save View…, Rename…): says what the view keeps, checks the name as it
// is typed (empty, taken) and keeps the Save button off until it can be used. The caller does
// the saving on nameChosen() and calls finish() or showError() (another window may have taken
// the name meanwhile); the dialog stays open until then.
class SaveViewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveViewDialog)

public:
    // check: the problem with a name, empty when it can be used.
    SaveViewDialog(const QString &title, const QString &summary, const QString &name,
                   std::function<QString(const QString &name)> check, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QString problem() const;
    void showError(const QString &message);
    void finish();

Q_SIGNALS:
    void nameChosen(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void update();

    std::function<QString(const QString &)> m_check;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};
