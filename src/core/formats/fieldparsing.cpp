// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldparsing.h"

#include <QCryptographicHash>

#include <cctype>
#include <charconv>

namespace FieldParsing {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// Reads exactly n digits at pos; false when any is not a digit.
bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

qint64 daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

std::optional<QDateTime> parseTime(std::string_view text)
{
    const std::string_view s = trimmed(text);
    int year, month, day;
    if (!digits(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, month)
        || s[7] != '-' || !digits(s, 8, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || !QDate::isValid(year, month, day))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    qint64 offsetSeconds = 0;
    size_t pos = 10;
    if (pos < s.size()) {
        if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ')
            return std::nullopt;
        ++pos;
        if (!digits(s, pos, 2, hour) || pos + 2 >= s.size() || s[pos + 2] != ':'
            || !digits(s, pos + 3, 2, minute))
            return std::nullopt;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int scale = 100;
                const size_t start = pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    millis += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == start)
                    return std::nullopt;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        if (pos < s.size()) {
            const char z = s[pos];
            if ((z == 'Z' || z == 'z') && pos + 1 == s.size()) {
                // UTC
            } else if (z == '+' || z == '-') {
                int oh = 0, om = 0;
                if (!digits(s, pos + 1, 2, oh))
                    return std::nullopt;
                size_t p = pos + 3;
                if (p < s.size() && s[p] == ':')
                    ++p;
                if (p < s.size() && !digits(s, p, 2, om))
                    return std::nullopt;
                if (p + (p < s.size() ? 2 : 0) != s.size())
                    return std::nullopt;
                // Real zones lie within -12:00..+14:00; ISO 8601 and java.time allow up to 18
                // hours. Anything further (+99:99) is not a zone and would shift the time by days.
                if (oh > 18 || om > 59 || (oh == 18 && om > 0))
                    return std::nullopt;
                offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
            } else {
                return std::nullopt;
            }
        }
    }
    const qint64 secs = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60
        + qMin(second, 59) - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + millis, Qt::UTC);
}

std::optional<double> parseNumber(std::string_view text)
{
    std::string_view s = trimmed(text);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<bool> parseBool(std::string_view text)
{
    const std::string_view s = trimmed(text);
    auto is = [s](std::string_view word) {
        if (s.size() != word.size())
            return false;
        for (size_t i = 0; i < s.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(s[i])) != word[i])
                return false;
        }
        return true;
    };
    if (is("true") || is("yes") || is("t") || is("y"))
        return true;
    if (is("false") || is("no") || is("f") || is("n"))
        return false;
    if (const std::optional<double> n = parseNumber(s)) {
        if (*n == 1)
            return true;
        if (*n == 0)
            return false;
    }
    return std::nullopt;
}

QString urlPath(std::string_view url)
{
    std::string_view s = trimmed(url);
    if (const size_t scheme = s.find("://"); scheme != std::string_view::npos) {
        const size_t slash = s.find('/', scheme + 3);
        s = slash == std::string_view::npos ? std::string_view("/") : s.substr(slash);
    }
    if (const size_t q = s.find_first_of("?#"); q != std::string_view::npos)
        s = s.substr(0, q);
    return s.empty() ? QString() : toQString(s);
}

QString sha1Hex(std::string_view bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
                                 QCryptographicHash::Sha1)
            .toHex());
}

QString derivedId(const char *prefix, std::string_view content)
{
    return QLatin1String(prefix) + sha1Hex(content);
}

QByteArray repairUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
}

} // namespace FieldParsing
