// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;

// Help > About: the version, the licence (its full text one click away, from :/LICENSE), the
// project's addresses when the build names them (BuildInfo: never one made up), and the versions
// of Qt, SQLite, simdjson and zstd it runs with. It shows; it changes nothing.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The link in the text that opens the licence window.
    static QString licenceLink() { return QStringLiteral("#licence"); }
    // "Gatescope 0.1.0, Qt 6.4.2, ...": what Copy Versions puts on the clipboard.
    static QString versionsText();

    QLabel *textLabel() const { return m_text; }
    // The licence window once opened, else null.
    QDialog *licenceWindow() const { return m_licenceWindow; }

public Q_SLOTS:
    // The full text of the GPL (the LICENSE file Gatescope was built with) in a window of its own.
    void showLicence();

private:
    void openLink(const QString &link);

    QLabel *m_text;
    QPointer<QDialog> m_licenceWindow;
};
