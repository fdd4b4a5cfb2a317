// SPDX-License-Identifier: GPL-3.0-or-later
#include "openlinkdialog.h"

#include "deeplink.h"
#include "ui_openlinkdialog.h"

#include <QPushButton>

OpenLinkDialog::OpenLinkDialog(const QStringList &portkeyTemplates, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::OpenLinkDialog>())
    , m_templates(portkeyTemplates)
{
    ui->setupUi(this);
    connect(ui->link, &QLineEdit::textChanged, this, &OpenLinkDialog::validate);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

OpenLinkDialog::~OpenLinkDialog() = default;

QString OpenLinkDialog::link() const
{
    return ui->link->text().trimmed();
}

void OpenLinkDialog::setLink(const QString &text)
{
    // Selected, so pasting another link replaces it instead of appending to it.
    ui->link->setText(text);
    ui->link->selectAll();
    ui->link->setFocus();
}

QLineEdit *OpenLinkDialog::linkEdit() const
{
    return ui->link;
}

void OpenLinkDialog::validate()
{
    QString error;
    const auto parsed
        = link().isEmpty() ? std::nullopt : DeepLink::parseAny(link(), m_templates, &error);
    ui->buttons->button(QDialogButtonBox::Open)->setEnabled(parsed.has_value());
    if (parsed)
        ui->problem->setText(parsed->kind == DeepLink::Kind::Log
                                 ? tr("Opens log %1.").arg(parsed->id)
                                 : tr("Opens trace %1.").arg(parsed->id));
    else
        ui->problem->setText(error);
}
