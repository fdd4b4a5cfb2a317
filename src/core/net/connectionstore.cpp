// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QStandardPaths>

ControlPlaneEndpoint Connection::endpoint() const
{
    ControlPlaneEndpoint e;
    e.controlPlane = controlPlane;
    e.dataPlane = dataPlane.isValid() && !dataPlane.isEmpty() ? dataPlane : controlPlane;
    e.workspace = workspace;
    e.name = name;
    e.caCertificateFile = caCertificateFile;
    return e;
}

ConnectionStore::ConnectionStore(QString file)
    : m_file(std::move(file))
{ }

QString ConnectionStore::defaultFile()
{
    const QString env = qEnvironmentVariable("GATESCOPE_CONNECTIONS");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("connections.json"));
}

bool ConnectionStore::validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString ConnectionStore::caCertificateProblem(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the CA certificate %1: %2").arg(file, f.errorString());
    const QByteArray bytes = f.readAll();
    if (QSslCertificate::fromData(bytes, QSsl::Pem).isEmpty()
        && QSslCertificate::fromData(bytes, QSsl::Der).isEmpty())
        return QStringLiteral("%1 holds no PEM or DER certificate").arg(file);
    return {};
}

QList<Connection> ConnectionStore::list(QString *error) const
{
    QList<Connection> out;
    QFile file(m_file);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(m_file, file.errorString());
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a connections file (%2 at byte %3)")
                         .arg(m_file, parseError.errorString())
                         .arg(parseError.offset);
        return out;
    }
    const QJsonArray items = doc.object().value(QStringLiteral("connections")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        Connection c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.controlPlane = QUrl(o.value(QStringLiteral("control_plane_url")).toString());
        c.dataPlane = QUrl(o.value(QStringLiteral("data_plane_url")).toString());
        c.workspace = o.value(QStringLiteral("workspace")).toString();
        c.syncedUntil = QDateTime::fromString(o.value(QStringLiteral("synced_until")).toString(),
                                              Qt::ISODateWithMs);
        c.caCertificateFile = o.value(QStringLiteral("ca_file")).toString();
        c.sendFeedback = o.value(QStringLiteral("send_feedback")).toBool();
        if (!c.name.isEmpty())
            out.append(c);
    }
    return out;
}

std::optional<Connection> ConnectionStore::find(const QString &name, QString *error) const
{
    for (const Connection &c : list(error)) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

bool ConnectionStore::write(const QList<Connection> &connections, QString *error) const
{
    QJsonArray items;
    for (const Connection &c : connections) {
        QJsonObject o {{QStringLiteral("name"), c.name},
                       {QStringLiteral("control_plane_url"), c.controlPlane.toString()},
                       {QStringLiteral("data_plane_url"), c.dataPlane.toString()},
                       {QStringLiteral("workspace"), c.workspace}};
        if (c.syncedUntil.isValid())
            o.insert(QStringLiteral("synced_until"),
                     c.syncedUntil.toUTC().toString(Qt::ISODateWithMs));
        if (!c.caCertificateFile.isEmpty())
            o.insert(QStringLiteral("ca_file"), c.caCertificateFile);
        if (c.sendFeedback)
            o.insert(QStringLiteral("send_feedback"), true);
        items.append(o);
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("connections"), items}}).toJson());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

bool ConnectionStore::save(const Connection &connection, QString *error)
{
    if (!validName(connection.name)) {
        if (error)
            *error = QStringLiteral("'%1' is not a usable connection name (letters, digits, '.', "
                                    "'-' and '_')")
                         .arg(connection.name);
        return false;
    }
    for (const QUrl &url : {connection.controlPlane, connection.dataPlane}) {
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
            || url.host().isEmpty()) {
            if (error)
                *error = QStringLiteral("'%1' is not an http(s) URL").arg(url.toString());
            return false;
        }
    }
    if (!connection.caCertificateFile.isEmpty()) {
        if (const QString why = caCertificateProblem(connection.caCertificateFile);
            !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    QString why;
    QList<Connection> all = list(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    bool replaced = false;
    for (Connection &c : all) {
        if (c.name == connection.name) {
            c = connection;
            replaced = true;
        } else if (connection.sendFeedback) {
            c.sendFeedback = false; // feedback goes to one place
        }
    }
    if (!replaced)
        all.append(connection);
    return write(all, error);
}

bool ConnectionStore::remove(const QString &name, QString *error)
{
    QString why;
    QList<Connection> all = list(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const qsizetype before = all.size();
    all.removeIf([&](const Connection &c) { return c.name == name; });
    if (all.size() == before) {
        if (error)
            *error = QStringLiteral("no connection named '%1'").arg(name);
        return false;
    }
    return write(all, error);
}

bool ConnectionStore::setSyncedUntil(const QString &name, const QDateTime &until, QString *error)
{
    QString why;
    QList<Connection> all = list(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    // Written as it is: a checkpoint is never lost to a check of another field (a CA file that
    // went away since).
    for (Connection &c : all) {
        if (c.name == name) {
            c.syncedUntil = until;
            return write(all, error);
        }
    }
    if (error)
        *error = QStringLiteral("no connection named '%1'").arg(name);
    return false;
}

std::optional<Connection> ConnectionStore::feedbackConnection(QString *error) const
{
    for (const Connection &c : list(error)) {
        if (c.sendFeedback)
            return c;
    }
    return std::nullopt;
}
