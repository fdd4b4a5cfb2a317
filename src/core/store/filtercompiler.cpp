// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercompiler.h"

#include "sqldialect.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace {

QString columnOf(const QString &field)
{
    static const QHash<QString, QString> columns {
        {u"model"_qs, u"model"_qs},
        {u"provider"_qs, u"provider"_qs},
        {u"status"_qs, u"status_code"_qs},
        {u"type"_qs, u"request_type"_qs},
        {u"cache"_qs, u"cache"_qs},
        {u"retry"_qs, u"retry_count"_qs},
        {u"fallback"_qs, u"fallback_active"_qs},
        {u"lb"_qs, u"loadbalance_active"_qs},
        {u"config"_qs, u"config_id"_qs},
        {u"prompt"_qs, u"prompt_id"_qs},
        {u"trace"_qs, u"trace_id"_qs},
        {u"vkey"_qs, u"virtual_key"_qs},
        {u"user"_qs, u"meta_user"_qs},
        {u"tokens"_qs, u"total_tokens"_qs},
        {u"cost"_qs, u"cost_cents"_qs},
        {u"latency"_qs, u"latency_ms"_qs},
        {u"feedback"_qs, u"feedback_avg"_qs},
        {u"tracked"_qs, u"tracked"_qs},
        {u"stream"_qs, u"stream"_qs},
        {u"after"_qs, u"created_at"_qs},
        {u"before"_qs, u"created_at"_qs},
        {u"id"_qs, u"id"_qs},
        {u"span"_qs, u"span_id"_qs},
        {u"endpoint"_qs, u"endpoint"_qs},
        {u"source"_qs, u"source"_qs},
    };
    return columns.value(field);
}

QVariant numberValue(double v)
{
    // Whole numbers bind as integers so integer columns compare exactly; one beyond the qint64
    // range stays a double (casting it would be undefined).
    if (std::abs(v) < 9223372036854775808.0 && v == double(qint64(v)))
        return QVariant(qint64(v));
    return QVariant(v);
}

} // namespace

FilterCompiler::FilterCompiler(const SqlDialect &dialect)
    : m_dialect(dialect)
{ }

QString FilterCompiler::bind(const QVariant &value, QVariantList &params) const
{
    params.append(value);
    return m_dialect.placeholder(int(params.size()));
}

CompiledFilter FilterCompiler::compile(const FilterAst &ast) const
{
    CompiledFilter out;
    QStringList clauses;
    for (const FilterClause &clause : ast.clauses) {
        QStringList terms;
        for (const FilterTerm &t : clause.anyOf)
            terms.append(term(t, out.params));
        clauses.append(terms.size() == 1 ? terms.first() : u'(' + terms.join(u" OR ") + u')');
    }
    out.where = clauses.join(u" AND ");
    return out;
}

QString FilterCompiler::term(const FilterTerm &t, QVariantList &params) const
{
    using Op = FilterTerm::Op;
    QString expr;
    if (t.kind == FilterTerm::Kind::FullText) {
        expr = m_dialect.fullTextMatch(
            bind(m_dialect.fullTextQuery(t.text, t.phrase, t.prefix), params));
    } else {
        QString column;
        if (t.field == u"meta")
            column = m_dialect.metadataValue(bind(m_dialect.metadataKeyParam(t.metaKey), params));
        else
            column = columnOf(t.field);
        if (t.op == Op::Any) {
            expr = u"feedback_count > 0"_qs;
        } else if (t.op == Op::None) {
            expr = u"feedback_count = 0"_qs;
        } else if (!t.isNumber) {
            if (t.op == Op::Prefix)
                expr = m_dialect.textPrefix(column,
                                            bind(m_dialect.likePrefixPattern(t.text), params));
            else
                expr = m_dialect.textEquals(column, bind(t.text, params));
        } else {
            switch (t.op) {
            case Op::Equals:
                expr = column + u" = " + bind(numberValue(t.low), params);
                break;
            case Op::Greater:
                expr = column + u" > " + bind(numberValue(t.low), params);
                break;
            case Op::GreaterEq:
                expr = column + u" >= " + bind(numberValue(t.low), params);
                break;
            case Op::Less:
                expr = column + u" < " + bind(numberValue(t.high), params);
                break;
            case Op::LessEq:
                expr = column + u" <= " + bind(numberValue(t.high), params);
                break;
            case Op::Range: {
                const QString lo = bind(numberValue(t.low), params);
                const QString hi = bind(numberValue(t.high), params);
                expr = column + u" BETWEEN " + lo + u" AND " + hi;
                break;
            }
            default:
                expr = u"0"_qs;
                break;
            }
        }
    }
    // The store keeps an unknown time as the smallest integer, so that it sorts first; it must
    // not pass as "before" any date.
    if (t.field == u"before")
        expr = u'(' + expr + u" AND created_at > "
            + bind(QVariant(std::numeric_limits<qint64>::min()), params) + u')';
    return t.negated ? m_dialect.isNotTrue(expr) : expr;
}

std::optional<QString> FilterCompiler::whereFor(const QString &filter, const SqlDialect &dialect,
                                                QVariantList &params, QString *error)
{
    FilterError fe;
    const auto ast = FilterParser::parse(filter, &fe);
    if (!ast) {
        if (error)
            *error = QStringLiteral("filter: %1 (at character %2)")
                         .arg(fe.message)
                         .arg(fe.position + 1);
        return std::nullopt;
    }
    CompiledFilter compiled = FilterCompiler(dialect).compile(*ast);
    params = compiled.params;
    return compiled.where;
}
