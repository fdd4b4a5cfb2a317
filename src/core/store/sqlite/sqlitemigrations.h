// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQLite store's schema: the forward migrations and the full-text file's own schema. A
// released step is never edited; a new one is added (and SqliteLogStore::kSchemaVersion raised).
namespace SqliteMigrations {

// The SQL of the step from user_version `from` to from + 1; null outside 0 .. kSchemaVersion - 1.
const char *step(int from);
// The full-text file's schema, for a file that is missing or belongs to another store.
extern const char kCreateFullText[];

} // namespace SqliteMigrations
