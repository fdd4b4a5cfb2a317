// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

// Shows one image of a log with zoom, copy and save. Gets the image already decoded.
class ImageViewer : public QDialog
{
    Q_OBJECT

public:
    explicit ImageViewer(QWidget *parent = nullptr);

    void setImage(const QImage &image, const QByteArray &originalBytes, const QString &mime,
                  const QString &description);
    void setError(const QString &message);
    QImage image() const { return m_image; }
    double zoom() const { return m_zoom; }

public Q_SLOTS:
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    void zoomToFit();
    void actualSize() { setZoom(1.0); }
    void copy();
    void save();

private:
    void setZoom(double zoom);

    QScrollArea *m_scroll;
    QLabel *m_label;
    QLabel *m_info;
    QImage m_image;
    QByteArray m_bytes;
    QString m_mime;
    double m_zoom = 1.0;
};
