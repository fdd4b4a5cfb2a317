// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edit > Settings: the UI language (applied on the next start) and the Portkey URL templates
// that Open Link uses to recognise pasted Portkey app URLs. Both are stored in QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    static QString templatesKey() { return QStringLiteral("portkey/urlTemplates"); }
    // The saved templates, or the defaults when none were saved.
    static QStringList portkeyTemplates();

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> ui;
};
