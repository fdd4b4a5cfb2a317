// SPDX-License-Identifier: GPL-3.0-or-later
// The team store in the window, on a throwaway PostgreSQL the test starts (it fails, never
// skips, when PostgreSQL cannot start): rows and feedback another connection commits appear in
// the list without a reload while the selected log stays selected and a paused view keeps its
// place; a burst of batches is one lookup; File > Open Store refuses a URL with a password with
// the CLI's sentence, tests a connection with the store's own message, opens the database in a
// new window that keeps the filter; the single-instance socket follows the store; a password
// from the dialog or the keychain opens a database that requires one. When the server restarts
// the window says the connection is lost, reconnects by itself and shows what was committed
// meanwhile; feedback given as a window goes is stored, not dropped with its thread.
#include "apikeystore.h"
#include "connectionstore.h"
#include "detailpanel.h"
#include "feedbackcontroller.h"
#include "feedbacksync.h"
#include "filterbar.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "openstoredialog.h"
#include "postgresfixture.h"
#include "singleinstance.h"
#include "store/logstore.h"
#include "storepasswords.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

constexpr int SeededCount = 300;

// Logs a minute apart from 2026-03-01 12:00 UTC, log-00000 the oldest.
LogRecord makeRecord(int i, const QString &prefix = QStringLiteral("log"))
{
    LogRecord r;
    r.id = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addSecs(i * 60);
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.requestType = RequestType::Chat;
    r.provider = QStringLiteral("openai");
    r.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4o-mini");
    r.statusCode = 200;
    r.latencyMs = 100 + i;
    r.totalTokens = 10 + i;
    r.request
        = R"({"messages":[{"role":"user","content":"question )" + QByteArray::number(i) + R"("}]})";
    r.response = R"({"choices":[{"message":{"role":"assistant","content":"answer"}}]})";
    r.source = QStringLiteral("test");
    return r;
}

QList<LogRecord> makeRecords(int from, int count, const QString &prefix = QStringLiteral("log"))
{
    QList<LogRecord> batch;
    for (int i = from; i < from + count; ++i)
        batch.append(makeRecord(i, prefix));
    return batch;
}

QString selectedLogId(MainWindow &window)
{
    const QModelIndex current = window.table()->currentIndex();
    return current.isValid()
        ? current.siblingAtColumn(LogTableModel::Time).data(LogTableModel::LogIdRole).toString()
        : QString();
}

QString feedbackText(MainWindow &window, const QString &logId)
{
    LogTableModel *model = window.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, LogTableModel::Feedback);
        if (index.siblingAtColumn(LogTableModel::Time).data(LogTableModel::LogIdRole) == logId)
            return index.data().toString();
    }
    return QStringLiteral("<not listed>");
}

// A click on the radio button's indicator (the middle of a wide button is outside its hit area).
void choosePostgres(OpenStoreDialog &dialog)
{
    QRadioButton *button = dialog.postgresChoice();
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QVERIFY(button->isChecked());
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void othersRowsAndFeedbackAppear();
    void pausedViewKeepsItsPlace();
    void burstIsOneLookup();
    void dialogRefusesPasswordInUrl();
    void dialogTestsConnection();
    void dialogOpensTheDatabase();
    void singleInstanceFollowsTheStore();
    void headlessKeychainIsSaid();
    void passwordFromDialogAndKeychain();
    void feedbackGivenAsTheWindowGoesIsKept();
    void reconnectsAfterTheServerRestarts();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &location);
    bool waitLoaded(MainWindow &window, int rows);

    PostgresFixture m_postgres;
    QTemporaryDir m_dir;
};

void TestTeamStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamstore"));
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    qunsetenv("GATESCOPE_DB");
    StorePasswords::install();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
}

void TestTeamStore::cleanupTestCase()
{
    m_postgres.stop();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestTeamStore::openWindow(const QString &location)
{
    auto window = std::make_unique<MainWindow>(location);
    window->resize(1280, 800);
    window->show();
    return window;
}

bool TestTeamStore::waitLoaded(MainWindow &window, int rows)
{
    return QTest::qWaitFor(
        [&] { return window.model()->isIndexComplete() && window.model()->rowCount() == rows; },
        20000);
}

void TestTeamStore::othersRowsAndFeedbackAppear()
{
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("team"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto other = LogStore::open(url, &error); // a collector or another desktop
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->insert(makeRecords(0, SeededCount), &error), qPrintable(error));

    auto window = openWindow(url);
    QVERIFY(waitLoaded(*window, SeededCount));
    QVERIFY(window->isSharedStore());
    QTRY_VERIFY(window->model()->isWatchingOthers());
    QVERIFY(window->statusText().contains(
        QStringLiteral("Store: postgres@127.0.0.1:%1/team").arg(m_postgres.port())));
    QVERIFY(window->statusText().contains(QStringLiteral("Shared store")));

    // The newest first: row 5 is log 294.
    window->selectRow(5);
    const QString selected = selectedLogId(*window);
    QCOMPARE(selected, QStringLiteral("log-00294"));
    QTRY_VERIFY(window->detailPanel()->isLoaded());
    QCOMPARE(window->detailPanel()->record().id, selected);
    QVERIFY(feedbackText(*window, selected).isEmpty());

    // Ten newer logs from the other connection: they come without a reload, above the selection.
    QSignalSpy resetSpy(window->model(), &QAbstractItemModel::modelReset);
    QVERIFY2(other->insert(makeRecords(SeededCount, 10), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 10, 10000);
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(window->model()->index(0, 0).data(LogTableModel::LogIdRole).toString(),
             QStringLiteral("log-00309"));
    QCOMPARE(selectedLogId(*window), selected);
    QCOMPARE(window->table()->currentIndex().row(), 15);
    QTRY_VERIFY(window->statusText().contains(QStringLiteral("310 logs")));

    // A log from last week (an import of old logs) goes to the end, where it belongs.
    LogRecord old = makeRecord(-10000, QStringLiteral("imported"));
    QVERIFY2(other->insert({old}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 11, 10000);
    QTRY_COMPARE(
        window->model()->index(SeededCount + 10, 0).data(LogTableModel::LogIdRole).toString(),
        old.id);
    QCOMPARE(selectedLogId(*window), selected);

    // Feedback from someone else on the selected log: the column and the panel show it.
    FeedbackEntry feedback;
    feedback.id = QStringLiteral("fb-team-1");
    feedback.value = 1;
    feedback.weight = 1;
    feedback.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(other->addFeedback(selected, feedback, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(feedbackText(*window, selected), QStringLiteral("1 \u00b7 +1:1"),
                              10000);
    QTRY_VERIFY(window->detailPanel()->isLoaded()
                && window->detailPanel()->record().feedback.size() == 1);
    QCOMPARE(window->detailPanel()->record().feedback.first().id, feedback.id);
    QCOMPARE(selectedLogId(*window), selected);
    QCOMPARE(resetSpy.count(), 0);
}

void TestTeamStore::pausedViewKeepsItsPlace()
{
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("paused"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto other = LogStore::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->insert(makeRecords(0, SeededCount), &error), qPrintable(error));
    auto window = openWindow(url);
    QVERIFY(waitLoaded(*window, SeededCount));
    QTRY_VERIFY(window->model()->isWatchingOthers());

    window->action(QStringLiteral("followLive"))->setChecked(false);
    window->selectRow(120);
    QTableView *table = window->table();
    table->scrollTo(window->model()->index(100, 0), QAbstractItemView::PositionAtTop);
    QApplication::processEvents();
    const int topRow = table->rowAt(0);
    QVERIFY(topRow > 50);
    const qint64 topId = window->model()->rowIdAt(topRow);

    QVERIFY2(other->insert(makeRecords(SeededCount, 7), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 7, 10000);
    // The log at the top of the view is still there; the status bar counts what came above.
    QTRY_COMPARE(table->rowAt(0), window->model()->rowOfRowId(topId));
    QCOMPARE(window->table()->currentIndex().row(), 127);
    QVERIFY2(window->statusText().contains(QStringLiteral("paused, 7 new above")),
             qPrintable(window->statusText()));

    // Following: the newest log is in view.
    window->action(QStringLiteral("followLive"))->setChecked(true);
    QVERIFY2(other->insert(makeRecords(SeededCount + 7, 3), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 10, 10000);
    QTRY_COMPARE(table->rowAt(0), 0);
    QCOMPARE(window->table()->currentIndex().row(), 130);
}

void TestTeamStore::burstIsOneLookup()
{
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("burst"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto other = LogStore::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->insert(makeRecords(0, SeededCount), &error), qPrintable(error));
    auto window = openWindow(url);
    QVERIFY(waitLoaded(*window, SeededCount));
    QTRY_VERIFY(window->model()->isWatchingOthers());
    window->selectRow(3);
    const QString selected = selectedLogId(*window);

    // 30 batches (30 notifications) committed while the window does not get a turn: they are
    // taken together after LogTableModel::OthersDelayMs.
    const qint64 lookups = window->model()->liveLookups();
    for (int batch = 0; batch < 30; ++batch)
        QVERIFY2(other->insert(makeRecords(SeededCount + batch * 100, 100), &error),
                 qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 3000, 20000);
    QVERIFY2(window->model()->liveLookups() - lookups <= 2,
             qPrintable(QString::number(window->model()->liveLookups() - lookups)));
    QCOMPARE(selectedLogId(*window), selected);
    QTRY_VERIFY(window->statusText().contains(QLocale().toString(SeededCount + 3000)));
}

void TestTeamStore::dialogRefusesPasswordInUrl()
{
    const QString withPassword
        = QStringLiteral("postgresql://alice:secret@127.0.0.1:%1/team").arg(m_postgres.port());
    OpenStoreDialog dialog(m_dir.filePath(QStringLiteral("a.sqlite")));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy checked(&dialog, &OpenStoreDialog::checked);
    choosePostgres(dialog);
    dialog.urlEdit()->setText(withPassword);
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(checked.first().at(0).toBool(), false);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    const QString shown = dialog.resultLabel()->text();
    QVERIFY2(shown.contains(QStringLiteral("must not contain a password")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("secret")));

    // gatescope-cli says the same sentence for the same URL.
    const QString cli = qEnvironmentVariable("GATESCOPE_CLI");
    QVERIFY2(QFileInfo::exists(cli), "GATESCOPE_CLI names no gatescope-cli");
    QProcess process;
    process.start(cli, {QStringLiteral("stats"), QStringLiteral("--db"), withPassword});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.exitCode() != 0);
    const QString cliError = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(cliError.contains(shown), qPrintable(cliError + u'\n' + shown));
    QVERIFY(!OpenStoreDialog::recentStores().contains(withPassword));
}

void TestTeamStore::dialogTestsConnection()
{
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("team"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    OpenStoreDialog dialog(m_dir.filePath(QStringLiteral("a.sqlite")));
    dialog.show();
    QSignalSpy checked(&dialog, &OpenStoreDialog::checked);
    choosePostgres(dialog);
    dialog.urlEdit()->setText(url);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 15000);
    QVERIFY2(checked.first().at(0).toBool(), qPrintable(dialog.resultLabel()->text()));
    const auto count = LogStore::open(url, &error)->count(QString(), &error);
    QVERIFY2(count, qPrintable(error));
    // The store's own count, as the reader's locale writes numbers.
    const QString connected = dialog.resultLabel()->text();
    QVERIFY2(
        connected.startsWith(QStringLiteral("Connected: ") + QLocale().toString(*count) + u' '),
        qPrintable(connected));
    QVERIFY(dialog.isVisible());

    // Nothing listens there: the store's own message.
    const QString closed = QStringLiteral("postgresql://%1@127.0.0.1:%2/team")
                               .arg(m_postgres.user())
                               .arg(closedPort());
    QString expected;
    QVERIFY(!LogStore::open(closed, &expected));
    dialog.urlEdit()->setText(closed);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 15000);
    QVERIFY2(!checked.last().at(0).toBool(), qPrintable(dialog.resultLabel()->text()));
    // The store's message, its lines without libpq's indentation.
    QStringList lines = expected.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    QCOMPARE(dialog.resultLabel()->text(), lines.join(u'\n'));
    QVERIFY2(expected.contains(QStringLiteral("Connection refused")), qPrintable(expected));
}

void TestTeamStore::dialogOpensTheDatabase()
{
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("team"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("mine.sqlite"));
    {
        auto store = LogStore::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->insert(makeRecords(0, 20, QStringLiteral("mine")), &error));
    }
    auto *window = new MainWindow(file);
    window->show();
    QVERIFY(waitLoaded(*window, 20));
    QVERIFY(!window->isSharedStore());
    window->setFilter(QStringLiteral("model:gpt-4o"));
    QTRY_VERIFY(window->model()->isIndexComplete() && window->model()->rowCount() == 10);
    window->filterBar()->lineEdit()->setText(QStringLiteral("model:gpt-4o provider:op"));

    QSignalSpy replaced(window, &MainWindow::storeReplaced);
    window->action(QStringLiteral("openStore"))->trigger();
    auto *dialog = window->findChild<OpenStoreDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    choosePostgres(*dialog);
    dialog->urlEdit()->setText(url);
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 15000);

    std::unique_ptr<MainWindow> next(replaced.first().at(0).value<MainWindow *>());
    next->setAttribute(Qt::WA_DeleteOnClose, false); // the test deletes it
    QCOMPARE(next->storeLocation(), url);
    QVERIFY(next->isSharedStore());
    QVERIFY(next->isVisible());
    QVERIFY(!window->isVisible());
    // The filter applied, and the one being typed, came along.
    QCOMPARE(next->filterBar()->appliedFilter(), QStringLiteral("model:gpt-4o"));
    QCOMPARE(next->model()->query().filter, QStringLiteral("model:gpt-4o"));
    QCOMPARE(next->filterBar()->lineEdit()->text(), QStringLiteral("model:gpt-4o provider:op"));
    QTRY_VERIFY(next->model()->isIndexComplete() && next->model()->rowCount() > 0);
    QVERIFY(next->statusText().contains(
        QStringLiteral("Store: postgres@127.0.0.1:%1/team").arg(m_postgres.port())));
    // Remembered for the next start and the recent list.
    QCOMPARE(OpenStoreDialog::lastStore(), url);
    QCOMPARE(OpenStoreDialog::recentStores().value(0), url);
    QVERIFY(OpenStoreDialog::recentStores().contains(file));
    delete window;
}

void TestTeamStore::singleInstanceFollowsTheStore()
{
    const QString file = m_dir.filePath(QStringLiteral("mine.sqlite"));
    const QString url
        = QStringLiteral("postgresql://postgres@127.0.0.1:%1/team").arg(m_postgres.port());
    // The same database from any folder, with or without the default port and options.
    QCOMPARE(SingleInstance::serverNameFor(url),
             SingleInstance::serverNameFor(
                 QStringLiteral("postgres://postgres@127.0.0.1:%1/team?sslmode=disable")
                     .arg(m_postgres.port())));
    QVERIFY(SingleInstance::serverNameFor(url) != SingleInstance::serverNameFor(file));

    SingleInstance running(file);
    QString error;
    QVERIFY2(running.listen(&error), qPrintable(error));
    QVERIFY2(running.moveTo(url, &error), qPrintable(error));
    QCOMPARE(running.serverName(), SingleInstance::serverNameFor(url));
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    // A later launch on the PostgreSQL store reaches it; one on the old file does not.
    bool sent = false;
    QThread *sender = QThread::create(
        [&] { sent = SingleInstance(url).sendToRunning({QStringLiteral("gatescope://log/x")}); });
    sender->start();
    QTRY_VERIFY(sender->isFinished());
    delete sender;
    QVERIFY(sent);
    QCOMPARE(received.count(), 1);
    QVERIFY(!SingleInstance(file).sendToRunning({}, 300));
}

void TestTeamStore::headlessKeychainIsSaid()
{
    // As on a machine with no Secret Service or KWallet (ApiKeyStore's switch for that).
    qputenv("GATESCOPE_NO_KEYCHAIN", "1");
    StorePasswords::setKeychain(StorePasswords::systemKeychain());
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("team"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    OpenStoreDialog dialog(m_dir.filePath(QStringLiteral("a.sqlite")));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy checked(&dialog, &OpenStoreDialog::checked);
    choosePostgres(dialog);
    dialog.urlEdit()->setText(url);
    dialog.passwordEdit()->setText(QStringLiteral("not-needed-here"));
    dialog.rememberBox()->setChecked(true);
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 15000);
    // The store opened, the password could not be saved: the dialog says so and stays.
    QTRY_VERIFY(dialog.resultLabel()->text().contains(QStringLiteral("No system keychain")));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!dialog.rememberBox()->isChecked());
    QVERIFY(!StorePasswords::isRemembered(url));
    // Nothing written anywhere a file fallback would go.
    const QDir keys(ApiKeyStore::defaultKeyDir());
    QVERIFY(!keys.exists() || keys.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
    // Open again: used for this session only.
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
    QVERIFY(!StorePasswords::isRemembered(url));
    StorePasswords::setSessionPassword(url, {});
    qunsetenv("GATESCOPE_NO_KEYCHAIN");
}

void TestTeamStore::passwordFromDialogAndKeychain()
{
    // A role that must give its password (scram) on this cluster, owner of its database.
    QString error;
    m_postgres.psql(QStringLiteral("postgres"),
                    QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'wonderland'"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_postgres.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE keyed OWNER alice"),
                    &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString hba
        = m_postgres.psql(QStringLiteral("postgres"), QStringLiteral("SHOW hba_file"), &error);
    QVERIFY2(!hba.isEmpty(), qPrintable(error));
    // The server writes its own pg_hba.conf (COPY TO a file, as the superuser) and reloads it.
    m_postgres.psql(QStringLiteral("postgres"),
                    QStringLiteral("COPY (SELECT line FROM (VALUES (1, 'local all all trust'), "
                                   "(2, 'host all alice 127.0.0.1/32 scram-sha-256'), "
                                   "(3, 'host all all 127.0.0.1/32 trust'), "
                                   "(4, 'host all all ::1/128 trust')) AS t(n, line) ORDER BY n) "
                                   "TO '%1'")
                        .arg(hba),
                    &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_postgres.psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString url
        = QStringLiteral("postgresql://alice@127.0.0.1:%1/keyed").arg(m_postgres.port());

    // The system keychain is not reachable from this test: an in-memory one stands in for it
    // behind StorePasswords' seam (the code above it is the app's).
    auto saved = std::make_shared<QHash<QString, QString>>();
    StorePasswords::Keychain memory;
    memory.store = [saved](const QString &account, const QString &password) {
        saved->insert(account, password);
        KeyResult result;
        result.ok = true;
        result.location = KeyLocation::Keychain;
        return result;
    };
    memory.read = [saved](const QString &account) {
        KeyResult result;
        result.ok = saved->contains(account);
        result.key = saved->value(account);
        return result;
    };
    memory.remove = [saved](const QString &account, QString *) {
        saved->remove(account);
        return true;
    };
    StorePasswords::setKeychain(memory);

    // No password from anywhere: the server says no.
    QTRY_VERIFY_WITH_TIMEOUT(!LogStore::open(url, &error), 5000);
    QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));

    // Typed in the dialog and remembered: it opens, and the keychain holds it under the account.
    OpenStoreDialog dialog(m_dir.filePath(QStringLiteral("a.sqlite")));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    choosePostgres(dialog);
    dialog.urlEdit()->setText(url);
    dialog.passwordEdit()->setText(QStringLiteral("wonderland"));
    dialog.rememberBox()->setChecked(true);
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
    QCOMPARE(saved->value(QStringLiteral("alice@127.0.0.1:%1/keyed").arg(m_postgres.port())),
             QStringLiteral("wonderland"));
    QVERIFY(StorePasswords::isRemembered(url));
    QVERIFY(!QSettings().allKeys().join(u' ').contains(QStringLiteral("wonderland")));
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(QStringLiteral("wonderland")));

    // A later start: nothing typed this session, the keychain gives it (read afresh).
    StorePasswords::setSessionPassword(url, {});
    StorePasswords::setKeychain(memory);
    auto store = LogStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    store.reset();
    // PGPASSWORD comes first, as in every libpq program.
    qputenv("PGPASSWORD", "wrong");
    QVERIFY(!LogStore::open(url, &error));
    QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));
    qunsetenv("PGPASSWORD");
    // Forgotten (the box unticked): the server says no again.
    OpenStoreDialog again(m_dir.filePath(QStringLiteral("a.sqlite")));
    again.setLocation(url);
    QVERIFY(again.rememberBox()->isChecked());
    again.rememberBox()->setChecked(false);
    again.show();
    QSignalSpy acceptedAgain(&again, &QDialog::accepted);
    QTest::mouseClick(again.openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(acceptedAgain.count(), 1, 15000);
    QVERIFY(!StorePasswords::isRemembered(url));
    QVERIFY(saved->isEmpty());
    QVERIFY(!LogStore::open(url, &error));
    StorePasswords::setKeychain(StorePasswords::systemKeychain());
}

void TestTeamStore::feedbackGivenAsTheWindowGoesIsKept()
{
    // File > Open Store replaces the window: feedback given the moment before goes through the
    // old window's queue thread (a connection receives feedback), which is stopped right then.
    // The change is saved, never dropped with the thread.
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("handover"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto other = LogStore::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    LogRecord log = makeRecord(0);
    log.traceId = QStringLiteral("trace-handover");
    QVERIFY2(other->insert({log}, &error), qPrintable(error));

    // Its control plane does not answer: the entries wait in the queue, pending.
    qputenv("GATESCOPE_NO_KEYCHAIN", "1");
    qputenv("GATESCOPE_CONNECTIONS", m_dir.filePath(QStringLiteral("connections.json")).toUtf8());
    Connection c;
    c.name = QStringLiteral("handover");
    // Also when a check fails: the key file would be taken for a keychain fallback elsewhere.
    const auto cleanup = qScopeGuard([&] {
        ConnectionStore().remove(c.name, nullptr);
        ApiKeyStore().remove(c.name, nullptr);
        QFile::remove(FeedbackSync::defaultQueueFile(c.name));
        qunsetenv("GATESCOPE_CONNECTIONS");
        qunsetenv("GATESCOPE_NO_KEYCHAIN");
    });
    c.controlPlane = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
    c.dataPlane = c.controlPlane;
    c.sendFeedback = true;
    QVERIFY2(ConnectionStore().save(c, &error), qPrintable(error));
    QVERIFY(ApiKeyStore().store(c.name, QStringLiteral("pk-test"), true).ok);
    QFile::remove(FeedbackSync::defaultQueueFile(c.name));

    constexpr int Rounds = 20;
    for (int i = 0; i < Rounds; ++i) {
        FeedbackController controller(url, nullptr);
        QCOMPARE(controller.connectionName(), c.name);
        FeedbackEntry entry;
        entry.id = QStringLiteral("handover-%1").arg(i);
        entry.value = 1;
        entry.weight = 1;
        entry.metadata.insert(QStringLiteral("_user"), FeedbackSync::localUser());
        controller.apply(FeedbackController::Op::Add, log.id, entry);
    } // and at once the controller goes, with its thread
    const std::optional<LogRecord> stored = other->record(log.id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->feedback.size(), Rounds);
}

void TestTeamStore::reconnectsAfterTheServerRestarts()
{
    QString error;
    const QString url = m_postgres.databaseUrl(QStringLiteral("restart"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    auto other = LogStore::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->insert(makeRecords(0, SeededCount), &error), qPrintable(error));
    auto window = openWindow(url);
    QVERIFY(waitLoaded(*window, SeededCount));
    QTRY_VERIFY(window->model()->isWatchingOthers());
    window->selectRow(3);
    const QString selected = selectedLogId(*window);
    QCOMPARE(selected, QStringLiteral("log-00296"));
    auto *liveLabel = window->findChild<QLabel *>(QStringLiteral("liveLabel"));
    QVERIFY(liveLabel);

    // The server restarts: the window says the connection is lost, with the server's reason.
    other.reset();
    QVERIFY2(m_postgres.stopServer(&error), qPrintable(error));
    const QString lost = QStringLiteral("Shared store: connection lost \u2014 reconnecting\u2026");
    QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(lost), 10000);
    QVERIFY(window->model()->isReconnecting());
    QVERIFY(!window->model()->isWatchingOthers());
    QVERIFY2(liveLabel->toolTip().contains(QStringLiteral("administrator command")),
             qPrintable(liveLabel->toolTip()));
    // While the server is down each try fails, says why, and the next waits longer.
    QTRY_VERIFY_WITH_TIMEOUT(
        window->model()->reconnectTries() >= 2 && !window->model()->isReconnectTryRunning(), 15000);
    QVERIFY(window->statusText().contains(lost));
    // The tooltip has the last try's reason now: the store could not be opened on that port.
    QVERIFY2(!liveLabel->toolTip().contains(QStringLiteral("administrator command"))
                 && liveLabel->toolTip().contains(QString::number(m_postgres.port())),
             qPrintable(liveLabel->toolTip()));
    QCOMPARE(window->model()->rowCount(), SeededCount);

    // Back up. Before the window gets another turn (no try is running, and the next one needs
    // this thread's event loop) another connection commits rows and feedback: no notification
    // reaches the window for them; it finds them when it has reconnected.
    QVERIFY2(m_postgres.startServer(&error), qPrintable(error));
    other = LogStore::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->insert(makeRecords(SeededCount, 10), &error), qPrintable(error));
    LogRecord old = makeRecord(-10000, QStringLiteral("imported")); // older than every listed
    QVERIFY2(other->insert({old}, &error), qPrintable(error));
    FeedbackEntry feedback;
    feedback.id = QStringLiteral("fb-while-away");
    feedback.value = 1;
    feedback.weight = 1;
    feedback.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(other->addFeedback(selected, feedback, &error), qPrintable(error));
    QVERIFY(window->model()->isReconnecting());

    QTRY_VERIFY_WITH_TIMEOUT(window->model()->isWatchingOthers(), 40000);
    QVERIFY(!window->model()->isReconnecting());
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 11, 10000);
    QCOMPARE(window->model()->index(0, 0).data(LogTableModel::LogIdRole).toString(),
             QStringLiteral("log-00309"));
    QTRY_COMPARE(
        window->model()->index(SeededCount + 10, 0).data(LogTableModel::LogIdRole).toString(),
        old.id);
    QCOMPARE(selectedLogId(*window), selected);
    QTRY_COMPARE_WITH_TIMEOUT(feedbackText(*window, selected), QStringLiteral("1 \u00b7 +1:1"),
                              10000);
    QVERIFY2(!window->statusText().contains(lost), qPrintable(window->statusText()));
    QVERIFY2(window->statusText().contains(QStringLiteral("Shared store \u00b7 following")),
             qPrintable(window->statusText()));

    // Watched again: what is committed now comes by notification, as before the restart.
    QVERIFY2(other->insert(makeRecords(SeededCount + 10, 5), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), SeededCount + 16, 10000);
    // The window's other connections came back too: the detail panel reads a log again.
    window->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(window->detailPanel()->isLoaded()
                                 && window->detailPanel()->record().id
                                     == QStringLiteral("log-00314"),
                             10000);
}

QTEST_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
