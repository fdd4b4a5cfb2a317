// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class OpenLinkDialog;
}
class QLineEdit;

// Edit > Open Link: takes a gatescope:// link or a Portkey app URL and says at once whether it
// names a log or a trace; Open is enabled only for a link that parses.
class OpenLinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenLinkDialog(const QStringList &portkeyTemplates, QWidget *parent = nullptr);
    ~OpenLinkDialog() override;

    QString link() const; // the text as entered, trimmed
    void setLink(const QString &text); // pre-filled and selected
    QLineEdit *linkEdit() const;

private:
    void validate();

    std::unique_ptr<Ui::OpenLinkDialog> ui;
    QStringList m_templates;
};
