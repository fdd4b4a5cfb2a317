// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// One plain entry point per fuzzed parser. The libFuzzer executables (tests/fuzz/fuzz_<name>.cpp)
// and the regression test (tests/core/tst_fuzzregressions.cpp) call the same functions, so every
// crasher kept in tests/data/fuzz-regressions/<name>/ replays the exact code path that found it.
// Each function must return normally for any input; a crash or a sanitizer report is the bug.
namespace FuzzTargets {

void exportRow(const std::uint8_t *data, std::size_t size); // Portkey export JSONL line
void logObject(const std::uint8_t *data, std::size_t size); // Portkey log object document
void csv(const std::uint8_t *data, std::size_t size); // legacy CSV: header line, then rows
void gatewayEvent(const std::uint8_t *data, std::size_t size); // /log/stream event data
void sseFraming(const std::uint8_t *data, std::size_t size); // text/event-stream bytes
// text/event-stream bytes under an event size limit (collect's --max-event-mb)
void sseLimits(const std::uint8_t *data, std::size_t size);
// what a client sends the recording proxy (`record`), over a loopback connection
void proxyRequest(const std::uint8_t *data, std::size_t size);
void filterParser(const std::uint8_t *data, std::size_t size); // filter language text
void deepLink(const std::uint8_t *data, std::size_t size); // gatescope:// and Portkey URLs
// JSON: where SecretRedactor::scanMayFindSecret() says no, redactText() must replace nothing
// (aborts otherwise: the import would have stored a secret)
void secretVerdict(const std::uint8_t *data, std::size_t size);

// The target named as in tests/fuzz/fuzz_<name>.cpp and tests/data/fuzz-regressions/<name>/.
using Entry = void (*)(const std::uint8_t *data, std::size_t size);
Entry entry(const char *name);

} // namespace FuzzTargets
