// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstoredialog.h"

#include "store/logstore.h"
#include "storepasswords.h"
#include "ui_openstoredialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace {

// tr()'s plural count is an int.
int clampedCount(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

const QString kRecentKey = QStringLiteral("store/recent");
const QString kLastKey = QStringLiteral("store/last");
constexpr int MaxRecent = 10;

} // namespace

OpenStoreDialog::OpenStoreDialog(const QString &currentLocation, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::OpenStoreDialog>())
{
    ui->setupUi(this);
    openButton()->setText(tr("&Open"));
    ui->passwordHelp->setForegroundRole(QPalette::PlaceholderText);
    ui->resultLabel->setMinimumHeight(fontMetrics().height() * 2);
    connect(ui->sqliteChoice, &QRadioButton::toggled, this, &OpenStoreDialog::updateChoice);
    connect(ui->urlEdit, &QLineEdit::textChanged, this, &OpenStoreDialog::updatePasswordHelp);
    connect(ui->passwordEdit, &QLineEdit::textChanged, this, &OpenStoreDialog::updatePasswordHelp);
    connect(ui->browseButton, &QPushButton::clicked, this, &OpenStoreDialog::browse);
    connect(ui->testButton, &QPushButton::clicked, this, &OpenStoreDialog::testConnection);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &OpenStoreDialog::reject);
    // A click fills the fields; not the current item alone, which the list sets on focus-in
    // (tabbing through would replace what was typed).
    connect(ui->recentList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { setLocation(item->data(Qt::UserRole).toString()); });
    connect(ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setLocation(item->data(Qt::UserRole).toString());
        accept();
    });
    fillRecent(currentLocation);
    setLocation(currentLocation);
    // A PostgreSQL store is what people come here for when the current one is a file: offer
    // the last one they used.
    if (!LogStore::isPostgresLocation(currentLocation)) {
        for (const QString &recent : recentStores()) {
            if (LogStore::isPostgresLocation(recent)) {
                const QSignalBlocker blocker(ui->urlEdit);
                ui->urlEdit->setText(recent);
                break;
            }
        }
    }
    updateChoice();
    updatePasswordHelp();
}

OpenStoreDialog::~OpenStoreDialog() = default;

QRadioButton *OpenStoreDialog::sqliteChoice() const
{
    return ui->sqliteChoice;
}

QRadioButton *OpenStoreDialog::postgresChoice() const
{
    return ui->postgresChoice;
}

QLineEdit *OpenStoreDialog::pathEdit() const
{
    return ui->pathEdit;
}

QLineEdit *OpenStoreDialog::urlEdit() const
{
    return ui->urlEdit;
}

QLineEdit *OpenStoreDialog::passwordEdit() const
{
    return ui->passwordEdit;
}

QCheckBox *OpenStoreDialog::rememberBox() const
{
    return ui->rememberBox;
}

QPushButton *OpenStoreDialog::testButton() const
{
    return ui->testButton;
}

QPushButton *OpenStoreDialog::openButton() const
{
    return ui->buttonBox->button(QDialogButtonBox::Open);
}

QLabel *OpenStoreDialog::resultLabel() const
{
    return ui->resultLabel;
}

QListWidget *OpenStoreDialog::recentList() const
{
    return ui->recentList;
}

bool OpenStoreDialog::isChecking() const
{
    return m_watcher != nullptr;
}

void OpenStoreDialog::setLocation(const QString &location)
{
    if (LogStore::isPostgresLocation(location)) {
        ui->postgresChoice->setChecked(true);
        ui->urlEdit->setText(location);
    } else if (!location.isEmpty()) {
        ui->sqliteChoice->setChecked(true);
        ui->pathEdit->setText(QDir::toNativeSeparators(location));
    }
}

QString OpenStoreDialog::location(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (ui->postgresChoice->isChecked()) {
        const QString url = ui->urlEdit->text().trimmed();
        if (url.isEmpty())
            return fail(tr("Enter the database's URL: postgresql://user@host:port/dbname"));
        return url;
    }
    QString path = ui->pathEdit->text().trimmed();
    if (path.isEmpty())
        return fail(tr("Choose a SQLite file, new or existing."));
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path.replace(0, 1, QDir::homePath());
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath());
}

void OpenStoreDialog::updateChoice()
{
    const bool postgres = ui->postgresChoice->isChecked();
    ui->sqliteBox->setEnabled(!postgres);
    ui->postgresBox->setEnabled(postgres);
    updatePasswordHelp();
}

void OpenStoreDialog::updatePasswordHelp()
{
    const QString url = ui->urlEdit->text().trimmed();
    const bool saved = StorePasswords::isRemembered(url);
    {
        const QSignalBlocker blocker(ui->rememberBox);
        if (ui->passwordEdit->text().isEmpty())
            ui->rememberBox->setChecked(saved);
    }
    QString help;
    if (!ui->passwordEdit->text().isEmpty())
        help = tr("The password typed here is used until Gatescope quits, unless it is saved in "
                  "the keychain.");
    else if (saved)
        help = tr("Empty: the password saved in the system keychain for this database.");
    else if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        help = tr("Empty: the password in PGPASSWORD.");
    else
        help = tr("Empty: PGPASSWORD or ~/.pgpass, as for psql; or none when the server trusts "
                  "you.");
    ui->passwordHelp->setText(help);
}

void OpenStoreDialog::browse()
{
    QString start = ui->pathEdit->text().trimmed();
    if (start.isEmpty())
        start = QFileInfo(LogStore::defaultLocation()).absolutePath();
    // A new file name is fine: the store is created on open.
    const QString file = QFileDialog::getSaveFileName(
        this, tr("SQLite Store"), start, tr("SQLite stores (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty()) {
        ui->sqliteChoice->setChecked(true);
        ui->pathEdit->setText(QDir::toNativeSeparators(file));
    }
}

void OpenStoreDialog::testConnection()
{
    check(false);
}

void OpenStoreDialog::accept()
{
    check(true);
}

void OpenStoreDialog::check(bool thenAccept)
{
    if (m_watcher)
        return;
    QString error;
    const QString where = location(&error);
    if (where.isEmpty()) {
        showResult(false, error);
        return;
    }
    if (LogStore::isPostgresLocation(where))
        StorePasswords::setSessionPassword(where, ui->passwordEdit->text());
    ui->resultLabel->setStyleSheet(QString());
    ui->resultLabel->setText(tr("Opening %1\u2026").arg(displayName(where)));
    // The buttons stay enabled (a click meanwhile is ignored): disabling the focused one would
    // move the focus to the recent list, where Enter opens another store.

    // Connecting can take seconds (libpq's connect_timeout is 10 s): never on the UI thread. The
    // connection is opened, used and closed in the pool thread.
    m_watcher = new QFutureWatcher<Check>(this);
    connect(m_watcher, &QFutureWatcher<Check>::finished, this, [this, thenAccept] {
        const Check result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        onChecked(result, thenAccept);
    });
    m_watcher->setFuture(QtConcurrent::run([where] {
        Check result;
        if (!LogStore::isPostgresLocation(where) && !QFileInfo::exists(where)) {
            const QFileInfo folder(QFileInfo(where).absolutePath());
            if (!folder.isDir())
                result.message = tr("The folder %1 does not exist.")
                                     .arg(QDir::toNativeSeparators(folder.filePath()));
            else if (!folder.isWritable())
                result.message = tr("The folder %1 cannot be written to.")
                                     .arg(QDir::toNativeSeparators(folder.filePath()));
            else
                result.ok = true;
            if (result.ok)
                result.message = tr("No file there yet: a new, empty store will be created.");
            return result;
        }
        QString error;
        const std::unique_ptr<LogStore> store = LogStore::open(where, &error);
        if (!store) {
            result.message = error;
            return result;
        }
        const auto count = store->count(QString(), &error);
        result.ok = true;
        if (!count)
            result.message = tr("It opens, but its logs could not be counted: %1").arg(error);
        else if (LogStore::isPostgresLocation(where))
            result.message = tr("Connected: %Ln logs in the store.", nullptr, clampedCount(*count));
        else
            result.message = tr("A store with %Ln logs.", nullptr, clampedCount(*count));
        return result;
    }));
}

void OpenStoreDialog::onChecked(const Check &result, bool thenAccept)
{
    showResult(result.ok, result.message);
    Q_EMIT checked(result.ok, result.message);
    if (!result.ok || !thenAccept)
        return;
    const QString where = location();
    if (LogStore::isPostgresLocation(where)) {
        const QString password = ui->passwordEdit->text();
        if (ui->rememberBox->isChecked() && !password.isEmpty()) {
            // Saved only once it has opened the store; never in a file (StorePasswords).
            const KeyResult saved = StorePasswords::remember(where, password);
            if (!saved.ok) {
                const QSignalBlocker blocker(ui->rememberBox);
                ui->rememberBox->setChecked(false);
                showResult(
                    false,
                    saved.noKeychainService
                        ? tr("No system keychain is running here, so the password was "
                             "not saved (nor written to a file). Open again to use it "
                             "until Gatescope quits; to keep it, start a keychain (GNOME "
                             "Keyring, KWallet) or use PGPASSWORD or ~/.pgpass.")
                        : tr("The system keychain did not save the password: %1").arg(saved.error));
                return;
            }
        } else if (!ui->rememberBox->isChecked() && StorePasswords::isRemembered(where)) {
            QString error;
            if (!StorePasswords::forget(where, &error)) {
                showResult(false,
                           tr("The saved password could not be removed from the system "
                              "keychain: %1")
                               .arg(error));
                return;
            }
        }
    }
    QDialog::accept();
}

void OpenStoreDialog::showResult(bool ok, const QString &message)
{
    // libpq indents its hint lines with a tab; the label wraps them anyway.
    QStringList lines = message.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    ui->resultLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b;"));
    ui->resultLabel->setText(lines.join(u'\n'));
}

void OpenStoreDialog::fillRecent(const QString &currentLocation)
{
    QStringList stores = recentStores();
    if (!currentLocation.isEmpty() && !stores.contains(currentLocation))
        stores.prepend(currentLocation);
    const QSignalBlocker blocker(ui->recentList);
    for (const QString &store : std::as_const(stores)) {
        QString text
            = (LogStore::isPostgresLocation(store) ? tr("PostgreSQL: %1") : tr("SQLite: %1"))
                  .arg(displayName(store));
        if (store == currentLocation)
            text = tr("%1 (this window)").arg(text);
        auto *item = new QListWidgetItem(text, ui->recentList);
        item->setData(Qt::UserRole, store);
        item->setToolTip(LogStore::isPostgresLocation(store) ? displayName(store)
                                                             : QDir::toNativeSeparators(store));
    }
    ui->recentLabel->setVisible(ui->recentList->count() > 0);
    ui->recentList->setVisible(ui->recentList->count() > 0);
}

QStringList OpenStoreDialog::recentStores()
{
    return QSettings().value(kRecentKey).toStringList();
}

void OpenStoreDialog::addRecentStore(const QString &location)
{
    // A URL with a password never opens (the store refuses it); never keep one either.
    if (location.isEmpty()
        || (LogStore::isPostgresLocation(location) && !QUrl(location).password().isEmpty()))
        return;
    QStringList stores = recentStores();
    stores.removeAll(location);
    stores.prepend(location);
    while (stores.size() > MaxRecent)
        stores.removeLast();
    QSettings().setValue(kRecentKey, stores);
}

QString OpenStoreDialog::lastStore()
{
    return QSettings().value(kLastKey).toString();
}

void OpenStoreDialog::setLastStore(const QString &location)
{
    QSettings().setValue(kLastKey, location);
}

QString OpenStoreDialog::displayName(const QString &location)
{
    if (LogStore::isPostgresLocation(location)) {
        const QString account = StorePasswords::account(location);
        return account.isEmpty() ? tr("(not a valid PostgreSQL URL)") : account;
    }
    return QDir::toNativeSeparators(location);
}
