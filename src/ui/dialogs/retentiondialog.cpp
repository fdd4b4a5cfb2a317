// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentiondialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

RetentionDialog::RetentionDialog(std::optional<int> days, QWidget *parent)
    : QDialog(parent)
    , m_forever(new QRadioButton(tr("Keep logs &forever"), this))
    , m_keep(new QRadioButton(tr("&Keep logs for"), this))
    , m_days(new QSpinBox(this))
    , m_due(new QLabel(this))
    , m_prune(new QPushButton(tr("&Prune Now"), this))
{
    setWindowTitle(tr("Retention Policy"));
    setObjectName(QStringLiteral("retentionDialog"));
    m_forever->setObjectName(QStringLiteral("keepForever"));
    m_keep->setObjectName(QStringLiteral("keepDays"));
    m_days->setObjectName(QStringLiteral("days"));
    m_due->setObjectName(QStringLiteral("dueCount"));
    m_prune->setObjectName(QStringLiteral("pruneNow"));

    auto *intro = new QLabel(tr("How long this store keeps its logs. Everyone who opens the store "
                                "shares the policy; Gatescope applies it when it starts and once "
                                "a day while it runs, and deletes older logs with their bodies, "
                                "images and feedback."),
                             this);
    intro->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_forever);
    group->addButton(m_keep);
    m_days->setRange(1, 36500);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(days.value_or(30));
    (days ? m_keep : m_forever)->setChecked(true);
    m_due->setWordWrap(true);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addWidget(m_days);
    keepRow->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_prune, QDialogButtonBox::ActionRole);
    m_prune->setToolTip(tr("Keep this policy and delete the older logs now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prune, &QPushButton::clicked, this, [this] {
        m_pruneNow = true;
        accept();
    });
    connect(m_forever, &QRadioButton::toggled, this, &RetentionDialog::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &RetentionDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_forever);
    layout->addLayout(keepRow);
    layout->addWidget(m_due);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    refresh();
}

std::optional<int> RetentionDialog::days() const
{
    if (m_forever->isChecked())
        return std::nullopt;
    return m_days->value();
}

void RetentionDialog::refresh()
{
    m_days->setEnabled(m_keep->isChecked());
    m_prune->setEnabled(m_keep->isChecked());
    if (m_forever->isChecked()) {
        m_asked = 0;
        m_due->setText(tr("No log is deleted by age."));
        return;
    }
    m_asked = m_days->value();
    m_due->setText(tr("Counting the logs older than %n day(s)\u2026", nullptr, m_asked));
    Q_EMIT countRequested(m_asked);
}

void RetentionDialog::setDueCount(int days, qint64 count)
{
    if (days != m_asked)
        return;
    m_due->setText(count == 0 ? tr("No log is older than %n day(s) now.", nullptr, days)
                              : tr("%1 logs are older than %n day(s): they would be deleted now.",
                                   nullptr, days)
                                    .arg(QLocale().toString(count)));
    m_prune->setEnabled(count > 0);
}

void RetentionDialog::setDueError(const QString &message)
{
    m_due->setText(message);
}
