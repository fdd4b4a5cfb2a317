// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QList>

#include <memory>
#include <string_view>

// Finds the images in a request or response body: chat content parts ({type:"image_url"}),
// Anthropic {type:"image", source:{type:"base64"}}, Responses input_image, and the images API's
// data[].b64_json / data[].url. Inline images are decoded just enough for mime, size and a hash.
class ImageScanner
{
public:
    ImageScanner();
    ~ImageScanner();
    ImageScanner(const ImageScanner &) = delete;
    ImageScanner &operator=(const ImageScanner &) = delete;

    void scan(std::string_view json, ImageInfo::Direction direction, QList<ImageInfo> &out);

    static ImageInfo fromDataUrl(std::string_view url, ImageInfo::Direction direction);
    static ImageInfo fromBase64(std::string_view base64, std::string_view declaredMime,
                                ImageInfo::Direction direction);
    static ImageInfo fromRemoteUrl(std::string_view url, ImageInfo::Direction direction);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
