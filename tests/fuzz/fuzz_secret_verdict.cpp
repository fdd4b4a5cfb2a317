// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry for FuzzTargets::secretVerdict (see fuzztargets.h); built by
// tests/fuzz/run-fuzzers.sh.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzTargets::secretVerdict(data, size);
    return 0;
}
