// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsync.h"

#include <atomic>

class LogStore;

// Imports the files ExportSync downloads with the Importer (Portkey export format) into store.
// In core, not net: ExportSync (net) only takes the function, so net never reaches up to the
// Importer. ConnectionSync uses it; cancel stops an import between batches.
ExportFileImporter exportFileImporter(LogStore &store, const std::atomic_bool *cancel);
