// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagescanner.h"

#include "fieldparsing.h"
#include "imageprobe.h"

#include <QCryptographicHash>

#include <simdjson.h>

namespace {

using Direction = ImageInfo::Direction;

std::string_view stringField(simdjson::dom::element e, std::string_view key)
{
    std::string_view s;
    if (e[key].get(s) != simdjson::SUCCESS)
        return {};
    return s;
}

ImageInfo fromUrlOrData(std::string_view url, Direction direction)
{
    if (url.starts_with("data:"))
        return ImageScanner::fromDataUrl(url, direction);
    return ImageScanner::fromRemoteUrl(url, direction);
}

} // namespace

struct ImageScanner::Private
{
    simdjson::dom::parser parser;

    void walk(simdjson::dom::element e, Direction direction, QList<ImageInfo> &out, int depth);
};

void ImageScanner::Private::walk(simdjson::dom::element e, Direction direction,
                                 QList<ImageInfo> &out, int depth)
{
    if (depth > 64)
        return;
    if (e.is_array()) {
        for (const simdjson::dom::element item : simdjson::dom::array(e))
            walk(item, direction, out, depth + 1);
        return;
    }
    if (!e.is_object())
        return;
    const std::string_view type = stringField(e, "type");
    if (type == "image_url" || type == "input_image") {
        // OpenAI chat: {type:"image_url", image_url:{url}}; Responses: {type:"input_image",
        // image_url:"..."}
        simdjson::dom::element imageUrl;
        if (e["image_url"].get(imageUrl) == simdjson::SUCCESS) {
            std::string_view url
                = imageUrl.is_string() ? std::string_view(imageUrl) : stringField(imageUrl, "url");
            if (!url.empty())
                out.append(fromUrlOrData(url, direction));
        }
        return;
    }
    if (type == "image") {
        // Anthropic: {type:"image", source:{type:"base64", media_type, data} | {type:"url", url}}
        simdjson::dom::element source;
        if (e["source"].get(source) == simdjson::SUCCESS && source.is_object()) {
            const std::string_view sourceType = stringField(source, "type");
            if (sourceType == "base64")
                out.append(fromBase64(stringField(source, "data"),
                                      stringField(source, "media_type"), direction));
            else if (sourceType == "url")
                out.append(fromUrlOrData(stringField(source, "url"), direction));
        }
        return;
    }
    for (const simdjson::dom::key_value_pair field : simdjson::dom::object(e)) {
        // The images API answers data:[{b64_json} | {url}].
        if (field.key == "data" && field.value.is_array() && depth == 0) {
            for (const simdjson::dom::element item : simdjson::dom::array(field.value)) {
                if (!item.is_object())
                    continue;
                const std::string_view b64 = stringField(item, "b64_json");
                const std::string_view url = stringField(item, "url");
                if (!b64.empty())
                    out.append(fromBase64(b64, {}, direction));
                else if (!url.empty())
                    out.append(fromUrlOrData(url, direction));
            }
            continue;
        }
        if (field.value.is_object() || field.value.is_array())
            walk(field.value, direction, out, depth + 1);
    }
}

ImageScanner::ImageScanner()
    : d(std::make_unique<Private>())
{ }

ImageScanner::~ImageScanner() = default;

void ImageScanner::scan(std::string_view json, ImageInfo::Direction direction,
                        QList<ImageInfo> &out)
{
    // Most bodies hold no image: look for the words before paying for a parse.
    const bool candidate = direction == Direction::Input
        ? json.find("image") != std::string_view::npos
        : json.find("b64_json") != std::string_view::npos
            || json.find("\"url\"") != std::string_view::npos
            || json.find("\"image\"") != std::string_view::npos;
    if (!candidate || json.empty() || (json.front() != '{' && json.front() != '['))
        return;
    simdjson::dom::element root;
    if (d->parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS)
        return;
    d->walk(root, direction, out, 0);
}

ImageInfo ImageScanner::fromDataUrl(std::string_view url, ImageInfo::Direction direction)
{
    // data:image/png;base64,XXXX
    const size_t comma = url.find(',');
    if (comma == std::string_view::npos)
        return fromRemoteUrl(url.substr(0, 64), direction);
    std::string_view header = url.substr(5, comma - 5);
    std::string_view mime = header.substr(0, header.find(';'));
    if (header.find(";base64") == std::string_view::npos) {
        ImageInfo info;
        info.direction = direction;
        info.mime = FieldParsing::toQString(mime);
        info.bytes = qint64(url.size() - comma - 1);
        info.hash = FieldParsing::sha1Hex(url.substr(comma + 1));
        return info;
    }
    return fromBase64(url.substr(comma + 1), mime, direction);
}

ImageInfo ImageScanner::fromBase64(std::string_view base64, std::string_view declaredMime,
                                   ImageInfo::Direction direction)
{
    ImageInfo info;
    info.direction = direction;
    const QByteArray decoded
        = QByteArray::fromBase64(QByteArray::fromRawData(base64.data(), qsizetype(base64.size())));
    const ImageProbe::Result probe = ImageProbe::probe(decoded);
    info.mime = !probe.mime.isEmpty() ? probe.mime
        : declaredMime.empty()        ? QString()
                                      : FieldParsing::toQString(declaredMime);
    info.width = probe.width;
    info.height = probe.height;
    info.bytes = decoded.size();
    info.hash
        = QString::fromLatin1(QCryptographicHash::hash(decoded, QCryptographicHash::Sha1).toHex());
    return info;
}

ImageInfo ImageScanner::fromRemoteUrl(std::string_view url, ImageInfo::Direction direction)
{
    ImageInfo info;
    info.direction = direction;
    info.url = FieldParsing::toQString(url);
    info.hash = FieldParsing::sha1Hex(url);
    return info;
}
