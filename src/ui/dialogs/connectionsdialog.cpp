// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"
#include "ui_connectionsdialog.h"

#include "apikeystore.h"
#include "connectioncredentials.h"
#include "connectionstore.h"
#include "controlplaneclient.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

ConnectionsDialog::ConnectionsDialog(QWidget *parent, ConnectionStore *connections,
                                     ApiKeyStore *keys)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectionsDialog>())
{
    ui->setupUi(this);
    if (!connections) {
        m_ownConnections = std::make_unique<ConnectionStore>();
        connections = m_ownConnections.get();
    }
    if (!keys) {
        m_ownKeys = std::make_unique<ApiKeyStore>();
        keys = m_ownKeys.get();
    }
    m_connections = connections;
    m_keys = keys;
    m_askFileConsent = [this](const QString &why) {
        return QMessageBox::question(
                   this, tr("No Keychain"),
                   tr("No system keychain service is running on this computer (%1).\n\n"
                      "Keep the API key in a file that only you can read (%2)? Anyone who can "
                      "log in as you, or read your backups, can read it.")
                       .arg(why, m_keys->fallbackFile(ui->name->text().trimmed())),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    connect(ui->list, &QListWidget::currentTextChanged, this, &ConnectionsDialog::showConnection);
    connect(ui->newButton, &QPushButton::clicked, this, [this] {
        ui->list->clearSelection();
        clearForm();
        ui->name->setFocus();
    });
    connect(ui->removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(ui->saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(ui->checkButton, &QPushButton::clicked, this, &ConnectionsDialog::check);
    connect(ui->caFileBrowse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA Certificate"), ui->caFile->text(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty())
            ui->caFile->setText(file);
    });
    connect(ui->syncButton, &QPushButton::clicked, this, [this] {
        const QString name = ui->name->text().trimmed();
        if (!m_connections->find(name)) {
            setStatus(tr("Save the connection first."), true);
            return;
        }
        Q_EMIT syncRequested(name);
    });
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    if (ui->list->count() == 0)
        clearForm();
}

ConnectionsDialog::~ConnectionsDialog() = default;

QString ConnectionsDialog::statusText() const
{
    return ui->status->text();
}

void ConnectionsDialog::setStatus(const QString &text, bool problem)
{
    ui->status->setText(text);
    ui->status->setStyleSheet(problem ? QStringLiteral("color: palette(link-visited);")
                                      : QString());
}

void ConnectionsDialog::reload(const QString &select)
{
    QString error;
    const QList<Connection> all = m_connections->list(&error);
    ui->list->clear();
    for (const Connection &c : all)
        ui->list->addItem(c.name);
    if (!error.isEmpty())
        setStatus(error, true);
    const QList<QListWidgetItem *> match = ui->list->findItems(select, Qt::MatchExactly);
    if (!match.isEmpty())
        ui->list->setCurrentItem(match.first());
    else if (ui->list->count() > 0)
        ui->list->setCurrentRow(0);
    ui->removeButton->setEnabled(ui->list->count() > 0);
}

void ConnectionsDialog::clearForm()
{
    ui->name->clear();
    ui->name->setReadOnly(false);
    ui->controlPlane->clear();
    ui->dataPlane->clear();
    ui->workspace->clear();
    ui->caFile->clear();
    // The first connection receives feedback unless the user says otherwise.
    const std::optional<Connection> current = m_connections->feedbackConnection();
    ui->sendFeedback->setChecked(!current);
    ui->apiKey->clear();
    ui->apiKey->setPlaceholderText(tr("required"));
    ui->synced->setText(tr("never"));
}

void ConnectionsDialog::showConnection(const QString &name)
{
    const std::optional<Connection> c = m_connections->find(name);
    if (!c)
        return;
    ui->name->setText(c->name);
    ui->name->setReadOnly(true); // renaming would orphan the key: remove and add instead
    ui->controlPlane->setText(c->controlPlane.toString());
    ui->dataPlane->setText(c->dataPlane == c->controlPlane ? QString() : c->dataPlane.toString());
    ui->workspace->setText(c->workspace);
    ui->caFile->setText(c->caCertificateFile);
    ui->sendFeedback->setChecked(c->sendFeedback);
    ui->apiKey->clear();
    ui->apiKey->setPlaceholderText(tr("stored; type a new key to replace it"));
    ui->synced->setText(c->syncedUntil.isValid()
                            ? QLocale().toString(c->syncedUntil.toLocalTime(), QLocale::ShortFormat)
                            : tr("never"));
    setStatus({}, false);
}

void ConnectionsDialog::save()
{
    Connection c;
    c.name = ui->name->text().trimmed();
    const QString cp = ui->controlPlane->text().trimmed();
    const QString dp = ui->dataPlane->text().trimmed();
    c.controlPlane
        = QUrl(cp.isEmpty() ? QStringLiteral("https://api.portkey.ai/v1") : cp, QUrl::StrictMode);
    c.dataPlane = dp.isEmpty() ? c.controlPlane : QUrl(dp, QUrl::StrictMode);
    c.workspace = ui->workspace->text().trimmed();
    const QString caFile = ui->caFile->text().trimmed();
    c.caCertificateFile = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
    c.sendFeedback = ui->sendFeedback->isChecked();
    const std::optional<Connection> existing = m_connections->find(c.name);
    if (existing)
        c.syncedUntil = existing->syncedUntil;
    if (!ConnectionStore::validName(c.name)) {
        setStatus(tr("Give the connection a name: letters, digits, '.', '-' and '_'."), true);
        return;
    }
    if (!c.caCertificateFile.isEmpty()) {
        if (const QString why = ConnectionStore::caCertificateProblem(c.caCertificateFile);
            !why.isEmpty()) {
            setStatus(tr("Not saved: %1.").arg(why), true);
            ui->caFile->setFocus();
            return;
        }
    }
    const QString key = ui->apiKey->text().trimmed();
    if (key.isEmpty() && !existing) {
        setStatus(tr("Enter the API key (app.portkey.ai > API Keys)."), true);
        return;
    }
    if (!key.isEmpty()) {
        KeyResult stored = m_keys->store(c.name, key, false);
        if (!stored.ok && stored.noKeychainService) {
            if (!m_askFileConsent(stored.error)) {
                setStatus(tr("Not saved: no keychain service is running, and the key was not to "
                             "be kept in a file."),
                          true);
                return;
            }
            stored = m_keys->store(c.name, key, true);
        }
        if (!stored.ok) {
            setStatus(stored.error, true);
            return;
        }
    }
    QString error;
    if (!m_connections->save(c, &error)) {
        setStatus(error, true);
        return;
    }
    reload(c.name);
    setStatus(tr("Saved."), false);
}

void ConnectionsDialog::removeSelected()
{
    QListWidgetItem *item = ui->list->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    QString error;
    if (!m_connections->remove(name, &error)) {
        setStatus(error, true);
        return;
    }
    m_keys->remove(name, &error);
    reload();
    if (ui->list->count() == 0)
        clearForm();
    setStatus(tr("Removed %1 and its key.").arg(name), false);
}

void ConnectionsDialog::check()
{
    const QString name = ui->name->text().trimmed();
    const ConnectionCredentials credentials
        = ConnectionCredentials::read(name, *m_connections, *m_keys);
    if (credentials.problem == ConnectionCredentials::Problem::NoConnection) {
        setStatus(tr("Save the connection first."), true);
        return;
    }
    if (!credentials.ok()) {
        setStatus(credentials.error, true);
        return;
    }
    const std::unique_ptr<ControlPlaneClient> client = credentials.client();
    RetryPolicy quick;
    quick.maxAttempts = 1;
    quick.timeoutMs = 15000;
    client->setRetryPolicy(quick);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ui->checkButton->setEnabled(false);
    QJsonArray keys;
    const ControlPlaneResponse r = client->virtualKeys(&keys);
    ui->checkButton->setEnabled(true);
    QApplication::restoreOverrideCursor();
    if (r.ok())
        setStatus(tr("The control plane accepted the key (%n virtual key(s) visible).", nullptr,
                     int(keys.size())),
                  false);
    else
        setStatus(r.error.message, true);
}
