// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// Reads an image's type and size from the first bytes of its file (PNG IHDR, JPEG SOF, GIF
// screen descriptor, WebP VP8/VP8L/VP8X) without decoding pixels: core may not use QtGui.
class ImageProbe
{
public:
    struct Result
    {
        QString mime;
        std::optional<int> width;
        std::optional<int> height;
    };
    static Result probe(QByteArrayView bytes); // mime empty when the format is not recognised
};
