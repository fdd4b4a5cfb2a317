// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QByteArray>
#include <QString>

// The text PostgresLogStore's full-text index holds for a log, and the SQL that turns it into a
// tsvector: shared by the write path, the full-text writer and the repairs.
namespace PostgresFullText {

// A tsvector holds at most 1 MB: the index covers the first 256 KB of a log's text.
constexpr qsizetype kMaxIndexedText = 256 * 1024;

// The text to index, as PostgreSQL text must be: valid UTF-8 without NUL, at most
// kMaxIndexedText bytes (cut at a character boundary).
QByteArray indexableText(const QByteArray &text);
// The text the full-text index holds for a record (its bodies' human text); empty: none.
QByteArray fullTextOf(const LogRecord &r);
// The tsvector of a text expression, in the configuration the migrations create.
QString tsvectorOf(const QString &text);

} // namespace PostgresFullText
