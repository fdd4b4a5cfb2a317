// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

// Rows that line up with the paragraphs above them.
QString tableAttributes()
{
    return QStringLiteral("cellspacing=\"0\" cellpadding=\"1\" style=\"margin-top: 4px\"");
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px\">%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

// "Name <email>" or a bare address links to mailto:, anything else is shown as it is.
QString contactHtml(const QString &contact)
{
    static const QRegularExpression angled(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    static const QRegularExpression bare(QStringLiteral("^[^<>\\s]+@[^<>\\s]+$"));
    if (const auto match = angled.match(contact); match.hasMatch())
        return link(QStringLiteral("mailto:") + match.captured(1), contact);
    if (bare.match(contact).hasMatch())
        return link(QStringLiteral("mailto:") + contact, contact);
    return contact.toHtmlEscaped();
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About Gatescope"));

    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Gatescope %1").arg(BuildInfo::version()).toHtmlEscaped(),
                            tr("A desktop log browser for AI gateway traffic.").toHtmlEscaped());
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Gatescope is free software: you can redistribute it and/or modify it "
                        "under the terms of the GNU General Public License, version 3 or (at your "
                        "option) any later version (%1). It comes with NO WARRANTY.")
                         .arg(BuildInfo::licence())
                         .toHtmlEscaped(),
                     link(licenceLink(), tr("Read the licence")));

    QString addresses;
    if (!BuildInfo::homepage().isEmpty())
        addresses += row(tr("Homepage:"), link(BuildInfo::homepage(), BuildInfo::homepage()));
    if (!BuildInfo::bugTracker().isEmpty())
        addresses
            += row(tr("Report bugs:"), link(BuildInfo::bugTracker(), BuildInfo::bugTracker()));
    if (!BuildInfo::contact().isEmpty())
        addresses += row(tr("Contact:"), contactHtml(BuildInfo::contact()));
    // The package's copyright file names the licences of the libraries; a build run from its
    // build directory has none.
    const QString copyright = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                     QStringLiteral("doc/gatescope/copyright"));
    if (!copyright.isEmpty())
        addresses += row(tr("Licences of the libraries:"),
                         link(QUrl::fromLocalFile(copyright).toString(), copyright));
    if (!addresses.isEmpty())
        html += QStringLiteral("<table %1>%2</table>").arg(tableAttributes(), addresses);

    QString libraries;
    for (const BuildInfo::Library &library : BuildInfo::libraries())
        libraries += row(library.name, library.version.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top: 12px\">%1</p><table %2>%3</table>")
                .arg(tr("Runs with:").toHtmlEscaped(), tableAttributes(), libraries);

    m_text->setText(html);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QLabel::linkActivated, this, &AboutDialog::openLink);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gatescope.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    m_text->setMinimumWidth(420);
}

QString AboutDialog::versionsText()
{
    QStringList parts {QStringLiteral("Gatescope ") + BuildInfo::version()};
    for (const BuildInfo::Library &library : BuildInfo::libraries())
        parts << library.name + u' ' + library.version;
    return parts.join(QStringLiteral(", "));
}

void AboutDialog::openLink(const QString &link)
{
    if (link == licenceLink())
        showLicence();
    else
        QDesktopServices::openUrl(QUrl(link));
}

void AboutDialog::showLicence()
{
    if (m_licenceWindow) {
        m_licenceWindow->raise();
        m_licenceWindow->activateWindow();
        return;
    }
    auto *window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Licence: GNU General Public License"));
    auto *text = new QPlainTextEdit(window);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile file(QStringLiteral(":/LICENSE"));
    if (file.open(QIODevice::ReadOnly))
        text->setPlainText(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(text);
    layout->addWidget(buttons);
    window->resize(640, 600);
    m_licenceWindow = window;
    window->show();
}
