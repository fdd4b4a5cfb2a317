// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The languages the UI ships in (.qm files embedded under :/i18n) and loading one at start-up.
// The language follows the system locale unless Settings (or --lang) names one; a change applies
// on the next start, since strings are set when widgets are built.
class Languages
{
public:
    static QStringList available(); // "en", "de", "ja", "zh_CN"
    static QString nativeName(const QString &code);
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    static QString chosen(); // the Settings choice; empty: the system's language
    // Installs the translators for code (empty: the system locale) and returns the language
    // loaded ("en" for English, whose file holds the plural forms "%n day(s)" needs). Qt's own
    // strings are loaded when the qt6-translations-l10n files are installed, and silently skipped
    // otherwise.
    static QString install(const QString &code);
};
