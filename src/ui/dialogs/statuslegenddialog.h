// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class StatusLegendDialog;
}

// Help > Status Legend: every chip the Status column paints, with Portkey's label for it.
class StatusLegendDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatusLegendDialog(QWidget *parent = nullptr);
    ~StatusLegendDialog() override;

private:
    std::unique_ptr<Ui::StatusLegendDialog> ui;
};
