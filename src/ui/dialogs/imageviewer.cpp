// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageviewer.h"

#include "displayformat.h"
#include "outputguard.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

ImageViewer::ImageViewer(QWidget *parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel(this))
    , m_info(new QLabel(this))
{
    setWindowTitle(tr("Image"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *toolbar = new QToolBar(this);
    auto add = [&](const QString &text, QKeySequence key, void (ImageViewer::*slot)()) {
        QAction *action = toolbar->addAction(text, this, slot);
        action->setShortcut(key);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        return action;
    };
    add(tr("Zoom In"), QKeySequence::ZoomIn, &ImageViewer::zoomIn);
    add(tr("Zoom Out"), QKeySequence::ZoomOut, &ImageViewer::zoomOut);
    add(tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_9), &ImageViewer::zoomToFit);
    add(tr("Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), &ImageViewer::actualSize);
    toolbar->addSeparator();
    add(tr("Copy"), QKeySequence::Copy, &ImageViewer::copy)->setObjectName(QStringLiteral("copy"));
    add(tr("Save As\u2026"), QKeySequence::Save, &ImageViewer::save);

    m_label->setAlignment(Qt::AlignCenter);
    m_label->setText(tr("Loading\u2026"));
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(toolbar);
    layout->addWidget(m_scroll, 1);
    auto *info = new QHBoxLayout;
    info->setContentsMargins(10, 0, 10, 0);
    info->addWidget(m_info);
    layout->addLayout(info);
    resize(720, 560);
}

void ImageViewer::setImage(const QImage &image, const QByteArray &originalBytes,
                           const QString &mime, const QString &description)
{
    m_image = image;
    m_bytes = originalBytes;
    m_mime = mime;
    m_info->setText(tr("%1 \u2014 %2 \u00d7 %3 px, %4%5")
                        .arg(description)
                        .arg(image.width())
                        .arg(image.height())
                        .arg(DisplayFormat::bytes(originalBytes.size()))
                        .arg(mime.isEmpty() ? QString() : QStringLiteral(", ") + mime));
    // Large images fit the window; tiny ones are enlarged by a whole factor (sharp pixels) to
    // be seen at all; the rest open at their actual size.
    const QSize area = m_scroll->viewport()->size() - QSize(4, 4);
    const int longer = qMax(image.width(), image.height());
    if (image.width() > area.width() || image.height() > area.height())
        zoomToFit();
    else if (longer > 0 && longer < 128)
        setZoom(double((128 + longer - 1) / longer));
    else
        setZoom(1.0);
}

void ImageViewer::setError(const QString &message)
{
    m_label->setText(message);
    m_label->setWordWrap(true);
    m_label->resize(m_scroll->viewport()->size());
}

void ImageViewer::zoomToFit()
{
    if (m_image.isNull())
        return;
    const QSize area = m_scroll->viewport()->size() - QSize(4, 4);
    const double fit
        = qMin(double(area.width()) / m_image.width(), double(area.height()) / m_image.height());
    setZoom(fit); // small images are enlarged to the window too
}

void ImageViewer::setZoom(double zoom)
{
    if (m_image.isNull())
        return;
    // Up to 8192 px on the longer side (a 256 MB pixmap at most); Fit can still blow up a
    // 2 x 2 image to the window.
    const double most = qMax(1.0, 8192.0 / qMax(m_image.width(), m_image.height()));
    m_zoom = qBound(0.01, zoom, most);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        m_image.scaled(m_image.size() * m_zoom * dpr, Qt::KeepAspectRatio,
                       m_zoom * dpr < 1 ? Qt::SmoothTransformation : Qt::FastTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_label->setPixmap(pixmap);
    m_label->resize(pixmap.deviceIndependentSize().toSize());
    setWindowTitle(tr("Image \u2014 %1%").arg(qRound(m_zoom * 100)));
}

void ImageViewer::copy()
{
    if (!m_image.isNull())
        QGuiApplication::clipboard()->setImage(m_image);
}

void ImageViewer::save()
{
    if (m_image.isNull())
        return;
    const QString suffix
        = m_mime.startsWith(QLatin1String("image/")) ? m_mime.mid(6) : QStringLiteral("png");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Image"), QStringLiteral("image.") + suffix);
    if (path.isEmpty())
        return;
    if (const QString why = OutputGuard::whyNotWrite(path); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Save Image"), tr("Could not write %1: %2").arg(path, why));
        return;
    }
    QFile file(path);
    // The original bytes, not a re-encoding: what the model sent or produced.
    const bool ok = file.open(QIODevice::WriteOnly)
        && (m_bytes.isEmpty() ? m_image.save(&file) : file.write(m_bytes) == m_bytes.size());
    if (!ok)
        QMessageBox::warning(this, tr("Save Image"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
}
