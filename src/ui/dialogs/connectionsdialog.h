// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class ApiKeyStore;
class ConnectionStore;

namespace Ui {
class ConnectionsDialog;
}

// File > Connections: adds, edits and removes Portkey control-plane connections. The API key
// goes to the system keychain; where none runs, the user is asked before it goes to a file only
// they can read. Check asks the control plane whether the key is accepted.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    // The stores default to the user's own (tests pass temporary ones).
    explicit ConnectionsDialog(QWidget *parent = nullptr, ConnectionStore *connections = nullptr,
                               ApiKeyStore *keys = nullptr);
    ~ConnectionsDialog() override;

    // Asked when no keychain service runs; true = keep the key in a 0600 file. Replaceable so
    // tests answer without a message box.
    void setFileConsentQuestion(std::function<bool(const QString &why)> ask)
    {
        m_askFileConsent = std::move(ask);
    }
    QString statusText() const;

Q_SIGNALS:
    // Sync Now on a saved connection: the main window runs the sync against its store.
    void syncRequested(const QString &connection);

private:
    void reload(const QString &select = {});
    void showConnection(const QString &name);
    void clearForm();
    void save();
    void removeSelected();
    void check();
    void setStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::ConnectionsDialog> ui;
    std::unique_ptr<ConnectionStore> m_ownConnections;
    std::unique_ptr<ApiKeyStore> m_ownKeys;
    ConnectionStore *m_connections;
    ApiKeyStore *m_keys;
    std::function<bool(const QString &)> m_askFileConsent;
};
