// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkopener.h"

#include "connectioncredentials.h"
#include "connectionstore.h"
#include "deeplink.h"
#include "logfetcher.h"
#include "mainwindow.h" // MainWindow::tr: the texts keep their translations
#include "openlinkdialog.h"
#include "openstoredialog.h"
#include "settingsdialog.h"
#include "singleinstance.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>

LinkOpener::LinkOpener(QWidget *window, StoreWorker *worker, const QString &location,
                       StoreSwitch switchStore)
    : QObject(window)
    , m_window(window)
    , m_worker(worker)
    , m_location(location)
    , m_switchStore(std::move(switchStore))
{ }

void LinkOpener::openDialog()
{
    const QStringList templates = SettingsDialog::portkeyTemplates();
    OpenLinkDialog dialog(templates, m_window);
    dialog.setObjectName(QStringLiteral("openLinkDialog"));
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    if (DeepLink::parseAny(clipboard, templates, nullptr))
        dialog.setLink(clipboard);
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.link());
}

void LinkOpener::copyLink(const QString &logId)
{
    DeepLink link;
    link.id = logId;
    if (!DeepLink::isValidId(logId)) {
        Q_EMIT status(MainWindow::tr("This log's id cannot be put in a link: %1").arg(logId), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(link.toUrl());
    Q_EMIT status(MainWindow::tr("Copied %1").arg(link.toUrl()), 5000);
}

void LinkOpener::reportProblem(const QString &message)
{
    Q_EMIT status(message, 10000);
    // Not modal: a link can arrive from another process while the user works here.
    auto *box = new QMessageBox(QMessageBox::Information, MainWindow::tr("Open Link"), message,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("linkMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT failed(message);
}

void LinkOpener::open(const QString &text)
{
    QString error;
    const auto parsed = DeepLink::parseAny(text, SettingsDialog::portkeyTemplates(), &error);
    if (!parsed) {
        reportProblem(MainWindow::tr("Cannot open the link: %1").arg(error));
        return;
    }
    const DeepLink link = *parsed;
    const QString storeName = DeepLink::storeNameOf(m_location);
    QString otherStore; // the store ?store= names, when it was opened before
    if (!link.store.isEmpty() && link.store != storeName) {
        // ?store= names another store opened before: the window on it takes the link, else
        // this window moves to that store and opens the link there.
        const QString location = DeepLink::findStore(
            link.store,
            OpenStoreDialog::recentStores()
                + QStringList {OpenStoreDialog::lastStore(), LogStore::defaultLocation()});
        if (!location.isEmpty() && SingleInstance(location).sendToRunning({text}, 1000)) {
            Q_EMIT status(MainWindow::tr("The window on %1 opened the link.")
                              .arg(OpenStoreDialog::displayName(location)),
                          10000);
            return;
        }
        if (!location.isEmpty()) {
            otherStore = location;
            if (m_switchStore(location, text))
                return;
        }
    }
    if (link.kind == DeepLink::Kind::View) { // filter, sort and columns: the Saved Views sidebar
        Q_EMIT viewFound(link);
        Q_EMIT opened(link.toUrl());
        return;
    }
    const QString here = OpenStoreDialog::displayName(m_location);
    const QString where = link.store.isEmpty() || link.store == storeName ? here
        : !otherStore.isEmpty() // it could not be opened now: the status bar says why
        ? MainWindow::tr("the link names the store \"%1\"; this window shows %2")
              .arg(link.store, here)
        : MainWindow::tr("the link names the store \"%1\", which was not opened here before; "
                         "this window shows %2")
              .arg(link.store, here);
    QPointer<LinkOpener> self(this);
    m_worker->post([self, link, where](LogStore *store) {
        QString error;
        qint64 rowId = 0;
        bool found = false;
        if (store && link.kind == DeepLink::Kind::Log) {
            const auto record = store->record(link.id, &error);
            rowId = record ? record->rowId : 0;
            found = rowId > 0;
        } else if (store) {
            const auto count = store->count(QStringLiteral("trace:\"%1\"").arg(link.id), &error);
            found = count && *count > 0;
        }
        QMetaObject::invokeMethod(self, [self, link, where, rowId, found] {
            if (!self)
                return;
            if (!found) {
                if (self->fetchFromControlPlane(link))
                    return;
                self->reportProblem(
                    link.kind == DeepLink::Kind::Log
                        ? MainWindow::tr("This log is not in the local store (%1): %2\nNo "
                                         "control-plane connection is set up to fetch it.")
                              .arg(where, link.id)
                        : MainWindow::tr("This trace is not in the local store (%1): %2\nNo "
                                         "control-plane connection is set up to fetch it.")
                              .arg(where, link.id));
                return;
            }
            if (link.kind == DeepLink::Kind::Trace)
                Q_EMIT self->traceFound(link.id);
            else
                Q_EMIT self->logFound(rowId, link.id);
            Q_EMIT self->opened(link.toUrl());
        });
    });
}

bool LinkOpener::fetchFromControlPlane(const DeepLink &link)
{
    const QList<Connection> connections = ConnectionStore().list();
    if (connections.isEmpty())
        return false;
    if (link.kind != DeepLink::Kind::Log) {
        reportProblem(MainWindow::tr("This trace is not in the local store: %1\nPortkey has no "
                                     "API to fetch a trace by id; sync the time range with File "
                                     "> Connections or 'gatescope-cli sync'.")
                          .arg(link.id));
        return true;
    }
    // The keys are read here (the keychain may ask the user); the fetch runs on the worker.
    QList<ConnectionCredentials> credentials;
    for (const Connection &c : connections)
        credentials.append(ConnectionCredentials::read(c));
    Q_EMIT activity(MainWindow::tr("Fetching log %1 from the control plane\u2026").arg(link.id));
    QPointer<LinkOpener> self(this);
    m_worker->post([self, link, credentials](LogStore *store) {
        LogFetcher::Result fetched;
        if (store) {
            LogFetcher fetcher(*store);
            RetryPolicy policy;
            policy.maxAttempts = 2;
            policy.timeoutMs = 15000;
            fetcher.setRetryPolicy(policy);
            fetched = fetcher.fetchFromAny(credentials, link.id);
        } else {
            fetched.error = MainWindow::tr("The store is not open.");
        }
        QMetaObject::invokeMethod(self, [self, link, fetched] {
            if (!self)
                return;
            Q_EMIT self->activity({});
            if (fetched.ok)
                Q_EMIT self->fetched(link.toUrl());
            else
                self->reportProblem(MainWindow::tr("This log is not in the local store and could "
                                                   "not be fetched: %1\n%2")
                                        .arg(link.id, fetched.error));
        });
    });
    return true;
}
