// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterparser.h"

#include <QString>
#include <QVariantList>

#include <optional>

class SqlDialect;

// A WHERE condition over the `logs` table and the values bound to its parameters (numbered
// from 1, in order). Values are never pasted into the SQL text.
struct CompiledFilter
{
    QString where; // empty: no condition
    QVariantList params;
};

// Turns a parsed filter into SQL for one backend. Semantics (DESIGN.md section 6):
// - clauses are ANDed, the terms of a clause ORed;
// - a comparison on an unknown (NULL) field is false, so `model:x` never matches a record
//   whose model is unknown;
// - a negated term is "not (term matches)", with unknown counted as not matching: `-model:x`
//   keeps the records with an unknown model as well as those whose model is not x.
class FilterCompiler
{
public:
    explicit FilterCompiler(const SqlDialect &dialect);

    CompiledFilter compile(const FilterAst &ast) const;
    // The WHERE condition of a filter's text (empty: none), its values in params; a filter that
    // does not parse is the error "filter: MESSAGE (at character N)". What every backend's
    // queries start from.
    static std::optional<QString> whereFor(const QString &filter, const SqlDialect &dialect,
                                           QVariantList &params, QString *error);

private:
    QString term(const FilterTerm &term, QVariantList &params) const;
    QString bind(const QVariant &value, QVariantList &params) const;

    const SqlDialect &m_dialect;
};
