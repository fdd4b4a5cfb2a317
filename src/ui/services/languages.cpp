// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

} // namespace

QStringList Languages::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja"),
            QStringLiteral("zh_CN")};
}

QString Languages::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return code;
}

QString Languages::chosen()
{
    return QSettings().value(settingsKey()).toString();
}

QString Languages::install(const QString &code)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::C) // LANG=C: English, with its plural forms
        locale = QLocale(QLocale::English);
    auto *ours = new QTranslator;
    if (!ours->load(locale, QStringLiteral("gatescope"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    installed().append(ours);
    if (locale.language() == QLocale::English)
        return QStringLiteral("en"); // gatescope_en holds only plural forms; no Qt strings needed
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    // The file name says which language was found (gatescope_de.qm -> "de").
    const QString file = ours->filePath();
    const qsizetype start = file.lastIndexOf(QLatin1String("gatescope_"));
    return start < 0 ? locale.name() : file.mid(start + 10).chopped(3);
}
