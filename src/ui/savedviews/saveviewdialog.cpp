// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveviewdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SaveViewDialog::SaveViewDialog(const QString &title, const QString &summary, const QString &name,
                               std::function<QString(const QString &)> check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_name->selectAll();
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    if (!summary.isEmpty()) {
        auto *what = new QLabel(summary, this);
        what->setObjectName(QStringLiteral("viewSummary"));
        what->setWordWrap(true);
        what->setTextFormat(Qt::PlainText);
        what->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(what);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("viewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaveViewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::update);
    update();
}

QString SaveViewDialog::problem() const
{
    return m_problem->text();
}

void SaveViewDialog::update()
{
    const QString problem = m_check ? m_check(m_name->text()) : QString();
    // An empty name is not an error yet, only not ready: no text in red for it.
    m_problem->setText(m_name->text().trimmed().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_saving);
}

void SaveViewDialog::showError(const QString &message)
{
    m_saving = false;
    update();
    m_problem->setText(message);
    m_name->setFocus();
}

void SaveViewDialog::finish()
{
    m_saving = false;
    QDialog::accept();
}

void SaveViewDialog::accept()
{
    if (m_saving || (m_check && !m_check(m_name->text()).isEmpty()))
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_problem->setText(tr("Saving\u2026"));
    Q_EMIT nameChosen(m_name->text().trimmed());
}
