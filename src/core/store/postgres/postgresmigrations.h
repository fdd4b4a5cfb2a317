// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PostgreSQL store's schema: the forward migrations. A released step is never edited; a new
// one is added (and PostgresLogStore::kSchemaVersion raised).
namespace PostgresMigrations {

// The SQL of the step from version `from` to from + 1; null outside 0 .. kSchemaVersion - 1.
const char *step(int from);

} // namespace PostgresMigrations
