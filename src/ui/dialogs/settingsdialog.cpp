// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "deeplink.h"
#include "languages.h"
#include "ui_settingsdialog.h"

#include <QPushButton>
#include <QSettings>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
{
    ui->setupUi(this);
    ui->language->addItem(tr("System default"), QString());
    for (const QString &code : Languages::available())
        ui->language->addItem(Languages::nativeName(code), code);
    const int current = ui->language->findData(Languages::chosen());
    ui->language->setCurrentIndex(current < 0 ? 0 : current);
    ui->templates->setPlainText(portkeyTemplates().join(u'\n'));
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { ui->templates->setPlainText(DeepLink::defaultPortkeyTemplates().join(u'\n')); });
}

SettingsDialog::~SettingsDialog() = default;

QStringList SettingsDialog::portkeyTemplates()
{
    const QSettings settings;
    if (!settings.contains(templatesKey()))
        return DeepLink::defaultPortkeyTemplates();
    return settings.value(templatesKey()).toStringList();
}

void SettingsDialog::accept()
{
    QStringList templates;
    for (const QString &line : ui->templates->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (const QString problem = DeepLink::checkTemplate(trimmed); !problem.isEmpty()) {
            ui->problem->setText(tr("%1\n(in: %2)").arg(problem, trimmed));
            return;
        }
        templates << trimmed;
    }
    QSettings settings;
    settings.setValue(templatesKey(), templates);
    settings.setValue(Languages::settingsKey(), ui->language->currentData().toString());
    QDialog::accept();
}
