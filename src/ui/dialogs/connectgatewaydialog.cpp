// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectgatewaydialog.h"

#include "ui_connectgatewaydialog.h"

#include <QPushButton>
#include <QSettings>

namespace {

const QString kDefaultGateway = QStringLiteral("http://127.0.0.1:8787");
const QString kDefaultListen = QStringLiteral("127.0.0.1:8788");

QString listenText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

ConnectGatewayDialog::ConnectGatewayDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectGatewayDialog>())
{
    ui->setupUi(this);
    connectButton()->setText(tr("&Connect"));
    ui->modeHelp->setForegroundRole(QPalette::PlaceholderText);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    ui->errorLabel->hide();
    connect(ui->streamMode, &QRadioButton::toggled, this, &ConnectGatewayDialog::updateMode);
    connect(ui->listenEdit, &QLineEdit::textChanged, this, &ConnectGatewayDialog::updateMode);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectGatewayDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectGatewayDialog::reject);
    restore();
    updateMode();
}

ConnectGatewayDialog::~ConnectGatewayDialog() = default;

void ConnectGatewayDialog::updateMode()
{
    const bool stream = ui->streamMode->isChecked();
    ui->streamBox->setEnabled(stream);
    ui->proxyBox->setEnabled(!stream);
    // What each source can and cannot see: gateway-stream.md sections 0 and 4.
    ui->modeHelp->setText(
        stream ? tr("Reads the gateway's GET /log/stream; nothing to change in your clients. The "
                    "stream keeps no history, carries no trace ids, metadata or retry counts, "
                    "logs streamed answers without their content, and cannot honour "
                    "Do-Not-Track: requests sent with x-portkey-debug: false are stored with "
                    "their prompts and answers.")
               : tr("Point your client or SDK at the listen address (for the Portkey SDK, "
                    "baseURL http://%1/v1). Every request is forwarded unchanged to the upstream "
                    "and stored as the client saw it, with trace ids, metadata, retries and "
                    "streamed answers; Do-Not-Track requests are kept as statistics only.")
                     .arg(ui->listenEdit->text().trimmed().isEmpty()
                              ? kDefaultListen
                              : ui->listenEdit->text().trimmed()));
    ui->errorLabel->hide();
}

void ConnectGatewayDialog::restore()
{
    QSettings settings;
    const bool proxy
        = settings.value(QStringLiteral("live/mode")).toString() == QLatin1String("proxy");
    (proxy ? ui->proxyMode : ui->streamMode)->setChecked(true);
    ui->gatewayEdit->setText(
        settings.value(QStringLiteral("live/gateway"), kDefaultGateway).toString());
    ui->listenEdit->setText(
        settings.value(QStringLiteral("live/listen"), kDefaultListen).toString());
    ui->upstreamEdit->setText(
        settings.value(QStringLiteral("live/upstream"), kDefaultGateway).toString());
    ui->connectOnStart->setChecked(settings.value(QStringLiteral("live/connectOnStart")).toBool());
}

void ConnectGatewayDialog::save() const
{
    // The admin token is a secret: it is not written to the settings file.
    QSettings settings;
    settings.setValue(QStringLiteral("live/mode"),
                      ui->proxyMode->isChecked() ? QStringLiteral("proxy")
                                                 : QStringLiteral("stream"));
    settings.setValue(QStringLiteral("live/gateway"), ui->gatewayEdit->text().trimmed());
    settings.setValue(QStringLiteral("live/listen"), ui->listenEdit->text().trimmed());
    settings.setValue(QStringLiteral("live/upstream"), ui->upstreamEdit->text().trimmed());
    settings.setValue(QStringLiteral("live/connectOnStart"), ui->connectOnStart->isChecked());
}

std::optional<LiveSession::Options> ConnectGatewayDialog::connectOnStart()
{
    if (!QSettings().value(QStringLiteral("live/connectOnStart")).toBool())
        return std::nullopt;
    const ConnectGatewayDialog remembered;
    return remembered.options();
}

void ConnectGatewayDialog::setOptions(const LiveSession::Options &options)
{
    (options.mode == LiveSession::Mode::Proxy ? ui->proxyMode : ui->streamMode)->setChecked(true);
    if (options.gateway.isValid())
        ui->gatewayEdit->setText(options.gateway.toString());
    ui->tokenEdit->setText(options.adminToken);
    if (options.mode == LiveSession::Mode::Proxy)
        ui->listenEdit->setText(listenText(options.listenAddress, options.listenPort));
    if (options.upstream.isValid())
        ui->upstreamEdit->setText(options.upstream.toString());
    updateMode();
}

void ConnectGatewayDialog::setAdminToken(const QString &token)
{
    ui->tokenEdit->setText(token);
}

std::optional<QUrl> ConnectGatewayDialog::parseHttpUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed,
             QUrl::StrictMode);
    // Port 0 is no port to connect to (QUrl takes it; collect's --gateway refuses it too).
    if (!url.isValid() || url.host().isEmpty() || url.port() == 0
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    return url;
}

bool ConnectGatewayDialog::parseListenAddress(const QString &text, QHostAddress *address,
                                              quint16 *port)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QString host = trimmed.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(value);
    return true;
}

std::optional<LiveSession::Options> ConnectGatewayDialog::options(QString *error) const
{
    LiveSession::Options options;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (ui->streamMode->isChecked()) {
        options.mode = LiveSession::Mode::Stream;
        const auto gateway = parseHttpUrl(ui->gatewayEdit->text());
        if (!gateway)
            return fail(tr("The gateway URL must be an http:// or https:// address, e.g. %1.")
                            .arg(kDefaultGateway));
        options.gateway = *gateway;
        options.adminToken = ui->tokenEdit->text().trimmed();
        return options;
    }
    options.mode = LiveSession::Mode::Proxy;
    if (!parseListenAddress(ui->listenEdit->text(), &options.listenAddress, &options.listenPort))
        return fail(
            tr("Listen on takes HOST:PORT with an IP address, e.g. %1.").arg(kDefaultListen));
    const auto upstream = parseHttpUrl(ui->upstreamEdit->text());
    if (!upstream)
        return fail(tr("The upstream URL must be an http:// or https:// address, e.g. %1.")
                        .arg(kDefaultGateway));
    options.upstream = *upstream;
    return options;
}

void ConnectGatewayDialog::accept()
{
    QString error;
    if (!options(&error)) {
        ui->errorLabel->setText(error);
        ui->errorLabel->show();
        return;
    }
    save();
    QDialog::accept();
}

QRadioButton *ConnectGatewayDialog::streamMode() const
{
    return ui->streamMode;
}

QRadioButton *ConnectGatewayDialog::proxyMode() const
{
    return ui->proxyMode;
}

QLineEdit *ConnectGatewayDialog::gatewayEdit() const
{
    return ui->gatewayEdit;
}

QLineEdit *ConnectGatewayDialog::tokenEdit() const
{
    return ui->tokenEdit;
}

QLineEdit *ConnectGatewayDialog::listenEdit() const
{
    return ui->listenEdit;
}

QLineEdit *ConnectGatewayDialog::upstreamEdit() const
{
    return ui->upstreamEdit;
}

QPushButton *ConnectGatewayDialog::connectButton() const
{
    return ui->buttonBox->button(QDialogButtonBox::Ok);
}

QString ConnectGatewayDialog::errorText() const
{
    return ui->errorLabel->isVisible() ? ui->errorLabel->text() : QString();
}
