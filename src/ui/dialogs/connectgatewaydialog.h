// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livesession.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ConnectGatewayDialog;
}
class QLineEdit;
class QPushButton;
class QRadioButton;

// File > Connect to Gateway: where to capture from (a gateway's log stream, or a recording
// proxy in front of an upstream), with what each mode cannot do. Checks the addresses before it
// closes and remembers them (never the admin token) for next time.
class ConnectGatewayDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectGatewayDialog)

public:
    explicit ConnectGatewayDialog(QWidget *parent = nullptr);
    ~ConnectGatewayDialog() override;

    // Fills the fields (e.g. the running session's, or a token typed earlier in this session).
    void setOptions(const LiveSession::Options &options);
    void setAdminToken(const QString &token);
    // What the fields say, or nullopt with a message naming the field.
    std::optional<LiveSession::Options> options(QString *error = nullptr) const;

    // The remembered source when "Connect when Gatescope starts" is on (no token: it is not
    // kept), else nullopt.
    static std::optional<LiveSession::Options> connectOnStart();

    static std::optional<QUrl> parseHttpUrl(const QString &text);
    static bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

    QRadioButton *streamMode() const;
    QRadioButton *proxyMode() const;
    QLineEdit *gatewayEdit() const;
    QLineEdit *tokenEdit() const;
    QLineEdit *listenEdit() const;
    QLineEdit *upstreamEdit() const;
    QPushButton *connectButton() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateMode();
    void restore();
    void save() const;

    std::unique_ptr<Ui::ConnectGatewayDialog> ui;
};
