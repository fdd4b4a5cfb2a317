// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QString>

// Wire names of the record's enums (the canonical JSON and the filter language use them).
namespace RecordEnums {

QString requestTypeName(RequestType type); // "chat"; null for Unknown
RequestType requestTypeFromName(QStringView name); // Unknown when not recognised
RequestType requestTypeFromEndpoint(QStringView endpoint); // "/v1/chat/completions" -> Chat

QString cacheStateName(CacheState state); // "semantic_hit"; null for Unknown
CacheState cacheStateFromName(QStringView name);
// Portkey's spellings: "HIT", "SEMANTIC HIT", "miss", "REFRESH", "DISABLED"...
CacheState cacheStateFromPortkey(QStringView value);
// The gateway's own word (x-portkey-cache-status, export rows): "SEMANTIC HIT"; null for Unknown.
QString cacheStateToPortkey(CacheState state);

QString strategyName(Strategy strategy);
Strategy strategyFromName(QStringView name); // also accepts Portkey's upper-case modes

} // namespace RecordEnums
