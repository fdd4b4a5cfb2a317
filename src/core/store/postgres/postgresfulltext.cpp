// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresfulltext.h"

#include "bodytext.h"
#include "postgresdialect.h"

namespace PostgresFullText {

// The text to index, as PostgreSQL text must be: valid UTF-8 without NUL, at most
// kMaxIndexedText bytes (cut at a character boundary).
QByteArray indexableText(const QByteArray &text)
{
    QByteArray out = QString::fromUtf8(text.left(kMaxIndexedText + 4)).toUtf8();
    out.replace('\0', QByteArray());
    if (out.size() > kMaxIndexedText) {
        qsizetype cut = kMaxIndexedText;
        while (cut > 0 && (uchar(out.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.truncate(cut);
    }
    return out;
}

// The text the full-text index holds for a record (its bodies' human text); empty: none.
QByteArray fullTextOf(const LogRecord &r)
{
    QByteArray text;
    if (!r.request.isEmpty())
        BodyText::extract(r.request, text);
    if (!r.response.isEmpty())
        BodyText::extract(r.response, text);
    return text.isEmpty() ? text : indexableText(text);
}

// The tsvector of a text expression, in the configuration the migrations create.
QString tsvectorOf(const QString &text)
{
    return u"to_tsvector('" + QLatin1String(PostgresDialect::kTextSearchConfig) + u"', " + text
        + u')';
}

} // namespace PostgresFullText
