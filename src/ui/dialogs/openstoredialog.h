// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class OpenStoreDialog;
}
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
template<typename T> class QFutureWatcher;

// File > Open Store: a SQLite file (new or existing) or a PostgreSQL database, Test Connection
// with the store's own message, and the stores opened recently. A PostgreSQL password is typed
// here for this session or saved in the system keychain (StorePasswords), never in the URL or a
// file. It accepts only a store that opened; switching the window over is the caller's job.
class OpenStoreDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStoreDialog)

public:
    explicit OpenStoreDialog(const QString &currentLocation, QWidget *parent = nullptr);
    ~OpenStoreDialog() override;

    // Fills the fields from a location (a file path or postgresql://...).
    void setLocation(const QString &location);
    // What the fields name, or empty with *error saying which field is missing.
    QString location(QString *error = nullptr) const;

    // Stores opened with this dialog, newest first (QSettings; never a password).
    static QStringList recentStores();
    static void addRecentStore(const QString &location);
    // The store File > Open Store opened last: the app opens it at start without --db.
    static QString lastStore();
    static void setLastStore(const QString &location);
    // What the window shows: user@host:port/dbname for PostgreSQL, the native path for a file.
    static QString displayName(const QString &location);

    QRadioButton *sqliteChoice() const;
    QRadioButton *postgresChoice() const;
    QLineEdit *pathEdit() const;
    QLineEdit *urlEdit() const;
    QLineEdit *passwordEdit() const;
    QCheckBox *rememberBox() const;
    QPushButton *testButton() const;
    QPushButton *openButton() const;
    QLabel *resultLabel() const;
    QListWidget *recentList() const;
    bool isChecking() const;
    // Why the store at hand did not open, shown where Test Connection answers.
    void showProblem(const QString &message) { showResult(false, message); }

public Q_SLOTS:
    void testConnection();
    // Opens the store once more (in a thread) and closes only when it opened.
    void accept() override;

Q_SIGNALS:
    // Test Connection or Open has its answer (shown under the button).
    void checked(bool ok, const QString &message);

private:
    struct Check
    {
        bool ok = false;
        QString message;
    };
    void check(bool thenAccept);
    void onChecked(const Check &result, bool thenAccept);
    void showResult(bool ok, const QString &message);
    void updateChoice();
    void updatePasswordHelp();
    void browse();
    void fillRecent(const QString &currentLocation);

    std::unique_ptr<Ui::OpenStoreDialog> ui;
    QFutureWatcher<Check> *m_watcher = nullptr;
};
