// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresfixture.h"

#include "gatewayfixture.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresFixture::~PostgresFixture()
{
    stop();
}

QString PostgresFixture::binDir()
{
    const QDir lib(u"/usr/lib/postgresql"_qs);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = lib.filePath(*it + u"/bin");
        if (QFileInfo::exists(bin + u"/initdb") && QFileInfo::exists(bin + u"/pg_ctl"))
            return bin;
    }
    return {};
}

bool PostgresFixture::run(const QString &program, const QStringList &arguments, int timeoutMs,
                          QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_root.isEmpty() ? QDir::tempPath() : m_root);
    // As root, the server programs run as postgres (initdb refuses root).
    if (isRoot() && program != u"psql") {
        p.start(u"runuser"_qs,
                QStringList {u"-u"_qs, u"postgres"_qs, u"--"_qs, m_bin + u'/' + program}
                    + arguments);
    } else {
        p.start(m_bin + u'/' + program, arguments);
    }
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill(), p.waitForFinished(2000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresFixture::start(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        stop();
        return false;
    };
    m_bin = binDir();
    if (m_bin.isEmpty())
        return fail(u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                    "run packaging/setup.sh test"_qs);
    if (isRoot() && !::getpwnam("postgres"))
        return fail(u"running as root but there is no postgres user to run the server as"_qs);

    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/gatescope-pg-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return fail(u"cannot create a temporary folder for PostgreSQL"_qs);
    m_root = QString::fromLocal8Bit(pattern);
    if (isRoot()) {
        const passwd *pw = ::getpwnam("postgres");
        if (::chown(pattern.constData(), pw->pw_uid, pw->pw_gid) != 0)
            return fail(u"cannot give the temporary folder to the postgres user"_qs);
        m_user = u"postgres"_qs;
    } else {
        const passwd *pw = ::getpwuid(::geteuid());
        m_user = pw ? QString::fromLocal8Bit(pw->pw_name) : u"postgres"_qs;
    }
    const QString data = m_root + u"/data";
    QString out;
    if (!run(u"initdb"_qs,
             {u"-D"_qs, data, u"-U"_qs, m_user, u"-A"_qs, u"trust"_qs, u"-E"_qs, u"UTF8"_qs,
              u"--no-locale"_qs, u"--no-sync"_qs},
             120000, &out))
        return fail(u"initdb failed: "_qs + out.trimmed());
    m_dataDir = data;
    // The port is free when chosen; another process may take it before the server binds it.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = GatewayFixture::freePort();
        const QString options
            = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                             "-c synchronous_commit=off -c full_page_writes=off "
                             "-c max_connections=200")
                  .arg(m_port)
                  .arg(m_root);
        if (run(u"pg_ctl"_qs,
                {u"-D"_qs, data, u"-l"_qs, m_root + u"/server.log", u"-w"_qs, u"-t"_qs, u"60"_qs,
                 u"-o"_qs, options, u"start"_qs},
                90000, &out)) {
            m_serverOptions = options;
            // Should this process die before stop() (a crash, a killed test), a watchdog stops
            // the server and removes its folder once the process is gone.
            const QString stopCommand = isRoot()
                ? QStringLiteral("runuser -u postgres -- %1/pg_ctl").arg(m_bin)
                : QStringLiteral("%1/pg_ctl").arg(m_bin);
            QProcess::startDetached(
                u"sh"_qs,
                {u"-c"_qs,
                 QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                "[ -d '%2' ] && %3 -D '%2' -m immediate -w stop >/dev/null 2>&1; "
                                "rm -rf '%4'")
                     .arg(QCoreApplication::applicationPid())
                     .arg(data, stopCommand, m_root)});
            return true;
        }
    }
    QFile log(m_root + u"/server.log");
    log.open(QIODevice::ReadOnly);
    return fail(u"pg_ctl start failed: "_qs + out.trimmed() + u"\n"
                + QString::fromLocal8Bit(log.readAll().right(2000)));
}

void PostgresFixture::stop()
{
    if (!m_dataDir.isEmpty()) {
        QString out;
        run(u"pg_ctl"_qs, {u"-D"_qs, m_dataDir, u"-m"_qs, u"fast"_qs, u"-w"_qs, u"stop"_qs}, 60000,
            &out);
        m_dataDir.clear();
    }
    if (!m_root.isEmpty()) {
        QDir(m_root).removeRecursively();
        m_root.clear();
    }
    m_databases.clear();
    m_port = 0;
}

bool PostgresFixture::stopServer(QString *error)
{
    QString out;
    if (m_dataDir.isEmpty()
        || !run(u"pg_ctl"_qs, {u"-D"_qs, m_dataDir, u"-m"_qs, u"fast"_qs, u"-w"_qs, u"stop"_qs},
                60000, &out)) {
        if (error)
            *error = m_dataDir.isEmpty() ? u"PostgreSQL was not started"_qs
                                         : u"pg_ctl stop failed: "_qs + out.trimmed();
        return false;
    }
    return true;
}

bool PostgresFixture::startServer(QString *error)
{
    QString out;
    if (m_dataDir.isEmpty()
        || !run(u"pg_ctl"_qs,
                {u"-D"_qs, m_dataDir, u"-l"_qs, m_root + u"/server.log", u"-w"_qs, u"-t"_qs,
                 u"60"_qs, u"-o"_qs, m_serverOptions, u"start"_qs},
                90000, &out)) {
        if (error)
            *error = m_dataDir.isEmpty() ? u"PostgreSQL was not started"_qs
                                         : u"pg_ctl start failed: "_qs + out.trimmed();
        return false;
    }
    return true;
}

QString PostgresFixture::psql(const QString &database, const QString &sql, QString *error)
{
    QString out;
    const bool ok = run(u"psql"_qs,
                        {u"-X"_qs, u"-q"_qs, u"-A"_qs, u"-t"_qs, u"-v"_qs, u"ON_ERROR_STOP=1"_qs,
                         u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, QString::number(m_port), u"-U"_qs,
                         m_user, u"-d"_qs, database, u"-c"_qs, sql},
                        60000, &out);
    if (!ok) {
        if (error)
            *error = out.trimmed();
        return {};
    }
    return out.trimmed();
}

bool PostgresFixture::createDatabase(const QString &name, QString *error)
{
    if (m_databases.contains(name))
        return true;
    QString why;
    psql(u"postgres"_qs, u"CREATE DATABASE \"" + name + u'"', &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_databases.append(name);
    return true;
}

QString PostgresFixture::databaseUrl(const QString &name, QString *error)
{
    if (!createDatabase(name, error))
        return {};
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(m_user).arg(m_port).arg(name);
}
