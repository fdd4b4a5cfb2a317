// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The human text of a request or response body, for the full-text index: message contents,
// prompts, instructions, embedding inputs and answers. Leaves out keys, JSON syntax, ids and
// base64 data (data: URLs, b64_json), so the index stays small. A byte scanner, not a JSON
// parser: a body that is not JSON is indexed as it is, a damaged one as far as it goes.
class BodyText
{
public:
    // Appends the text of body to out, one string per line.
    static void extract(const QByteArray &body, QByteArray &out);
};
