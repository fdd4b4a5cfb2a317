// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QString>

#include <string_view>

// What an imported record may hold, so that a hostile or broken file can neither take the
// machine's memory nor wrap a total: one record (one line, one CSV row, one element of a JSON
// document) of at most kMaxRecordBytes, and numbers a real log can have. FileReader skips a
// record outside these bounds with the reason (README "Limits").
namespace RecordLimits {

// The largest record read. Reading, storing and exporting one takes a few times its size, so
// every command stays well under 512 MB whatever the file holds.
constexpr qint64 kMaxRecordBytes = 32 * 1024 * 1024;
// Each JSON value costs 30 to 60 bytes while a record is parsed, stored and written out again,
// so a record dense with tiny values ([1,1,1,...]) is bounded by their number too. An embedding
// response of 3 million floats still fits.
constexpr qint64 kMaxRecordValues = 4'000'000;
// Per record: tokens of each kind, cost in cents, latency and time to first token in ms.
constexpr qint64 kMaxTokens = 1'000'000'000'000; // 10^12
constexpr double kMaxCostCents = 1e12;
constexpr qint64 kMaxLatencyMs = 10'000'000'000; // 115 days
constexpr int kMaxStatusCode = 999;

// Empty when a record's text (JSON or a CSV row holding JSON) is within kMaxRecordValues, else
// why not. Counts what separates values (',', '[', '{'), strings included: an over-count that
// only text with millions of commas reaches.
QString checkDensity(std::string_view text);

// Empty when the record is within the bounds; else why not ("field 'prompt_tokens': ...").
QString check(const LogRecord &record);

// A JSON or CSV number as a whole number, saturated to the qint64 range instead of wrapping
// (18446744073709551616 must not become -9223372036854775808); nullopt for nan and inf.
std::optional<qint64> saturatedInteger(double value);

// A whole number as an int, the nearest int when beyond (a status code must not wrap to 200).
int clampedInt(qint64 value);

// "32 MB"
QString describeBytes(qint64 bytes);

} // namespace RecordLimits
