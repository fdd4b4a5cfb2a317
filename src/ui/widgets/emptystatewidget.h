// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EmptyStateWidget;
}
class QPushButton;

// The first-run screen shown while the store is empty: open an export, connect to a gateway, or
// load demo data.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);
    ~EmptyStateWidget() override;

    QPushButton *openButton() const;
    QPushButton *connectButton() const;
    QPushButton *demoButton() const;
    QWidget *subtitle() const; // the paragraph under the title, centred, at most 520 px wide

Q_SIGNALS:
    void openRequested();
    void connectRequested();
    void demoRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    std::unique_ptr<Ui::EmptyStateWidget> ui;
};
