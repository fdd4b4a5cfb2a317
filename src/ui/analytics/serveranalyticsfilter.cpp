// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveranalyticsfilter.h"

#include "store/filterparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>

namespace {

using Op = FilterTerm::Op;

QString termText(const QString &filter, const FilterTerm &term)
{
    return filter.mid(term.position, term.length);
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

// The CSV parameters (7.1: "Comma separated"), by filter field.
QString csvParameter(const QString &field)
{
    if (field == u"status")
        return QStringLiteral("status_code");
    if (field == u"vkey")
        return QStringLiteral("virtual_keys");
    if (field == u"config")
        return QStringLiteral("configs");
    if (field == u"trace")
        return QStringLiteral("trace_id");
    if (field == u"span")
        return QStringLiteral("span_id");
    if (field == u"prompt")
        return QStringLiteral("prompt_slug");
    return {};
}

// One value of a CSV parameter: a status code, or a whole (not prefix) text value.
std::optional<QString> csvValue(const FilterTerm &term)
{
    if (term.negated || term.kind != FilterTerm::Kind::Field || term.op != Op::Equals)
        return std::nullopt;
    if (term.field == u"status") {
        if (!term.isNumber || term.low != std::floor(term.low))
            return std::nullopt;
        return QString::number(qint64(term.low));
    }
    if (csvParameter(term.field).isEmpty() || term.text.isEmpty() || term.text.contains(u','))
        return std::nullopt;
    return term.text;
}

// [min, max] of a numeric term as the inclusive bounds the graphs take; integer fields can
// also turn a strict bound into an inclusive one.
bool bounds(const FilterTerm &term, bool integer, std::optional<double> *min,
            std::optional<double> *max)
{
    if (term.negated || !term.isNumber)
        return false;
    switch (term.op) {
    case Op::Equals:
        *min = term.low;
        *max = term.high;
        return true;
    case Op::GreaterEq:
        *min = integer ? std::ceil(term.low) : term.low;
        return true;
    case Op::LessEq:
        *max = integer ? std::floor(term.high) : term.high;
        return true;
    case Op::Range:
        *min = integer ? std::ceil(term.low) : term.low;
        *max = integer ? std::floor(term.high) : term.high;
        return true;
    case Op::Greater:
        if (!integer)
            return false;
        *min = std::floor(term.low) + 1;
        return true;
    case Op::Less:
        if (!integer)
            return false;
        *max = std::ceil(term.high) - 1;
        return true;
    default:
        return false;
    }
}

} // namespace

ServerAnalyticsFilter ServerAnalyticsFilter::fromFilter(const QString &filter)
{
    ServerAnalyticsFilter out;
    if (filter.trimmed().isEmpty())
        return out;
    FilterError error;
    const std::optional<FilterAst> ast = FilterParser::parse(filter, &error);
    if (!ast) {
        out.ignored.append(filter.trimmed());
        return out;
    }
    QMap<QString, QString> params; // each parameter once: a second term for it is ignored
    QJsonObject metadata;
    const FilterTerm *provider = nullptr;
    const FilterTerm *model = nullptr;
    auto ignore = [&](const FilterClause &clause) {
        QStringList texts;
        for (const FilterTerm &t : clause.anyOf)
            texts.append(termText(filter, t));
        out.ignored.append(texts.join(QStringLiteral(" OR ")));
    };
    auto setOnce = [&](const QString &name, const QString &value) {
        if (params.contains(name))
            return false;
        params.insert(name, value);
        return true;
    };
    auto setRange = [&](const QString &prefix, const std::optional<double> &min,
                        const std::optional<double> &max) {
        if ((min && params.contains(prefix + QStringLiteral("_min")))
            || (max && params.contains(prefix + QStringLiteral("_max"))))
            return false;
        if (min)
            params.insert(prefix + QStringLiteral("_min"), numberText(*min));
        if (max)
            params.insert(prefix + QStringLiteral("_max"), numberText(*max));
        return true;
    };

    for (const FilterClause &clause : ast->clauses) {
        if (clause.anyOf.isEmpty())
            continue;
        const FilterTerm &first = clause.anyOf.first();
        if (clause.anyOf.size() > 1) {
            // status:500 OR status:502 is the CSV the parameter takes; other ORs are not.
            QStringList values;
            for (const FilterTerm &t : clause.anyOf) {
                const std::optional<QString> v = csvValue(t);
                if (!v || t.field != first.field) {
                    values.clear();
                    break;
                }
                values.append(*v);
            }
            if (values.isEmpty() || !setOnce(csvParameter(first.field), values.join(u',')))
                ignore(clause);
            continue;
        }
        const FilterTerm &t = first;
        bool taken = false;
        if (t.kind == FilterTerm::Kind::Field && !t.negated) {
            std::optional<double> min, max;
            if (const std::optional<QString> v = csvValue(t)) {
                taken = setOnce(csvParameter(t.field), *v);
            } else if (t.field == u"tokens") {
                taken = bounds(t, true, &min, &max)
                    && setRange(QStringLiteral("total_units"), min, max);
            } else if (t.field == u"cost") {
                taken = bounds(t, false, &min, &max) && setRange(QStringLiteral("cost"), min, max);
            } else if (t.field == u"feedback") {
                taken = bounds(t, false, &min, &max)
                    && setRange(QStringLiteral("weighted_feedback"), min, max);
            } else if ((t.field == u"user" || t.field == u"meta") && t.op == Op::Equals) {
                const QString key = t.field == u"user" ? QStringLiteral("_user") : t.metaKey;
                if (!metadata.contains(key)) {
                    metadata.insert(key, t.text);
                    taken = true;
                }
            } else if (t.field == u"provider" && t.op == Op::Equals && !provider) {
                provider = &t;
                taken = true;
            } else if (t.field == u"model" && t.op == Op::Equals && !model) {
                model = &t;
                taken = true;
            } else if (t.field == u"after" && !out.afterMs) {
                out.afterMs = qint64(t.low);
                taken = true;
            } else if (t.field == u"before" && !out.beforeMs) {
                out.beforeMs = qint64(t.high);
                taken = true;
            }
        }
        if (!taken)
            ignore(clause);
    }
    // ai_org_model is "provider__model" (7.1): a model alone or a provider alone has no
    // parameter.
    if (provider && model) {
        params.insert(QStringLiteral("ai_org_model"),
                      provider->text.toLower() + QStringLiteral("__") + model->text);
    } else {
        for (const FilterTerm *t : {provider, model}) {
            if (t)
                out.ignored.append(termText(filter, *t));
        }
    }
    if (!metadata.isEmpty())
        params.insert(QStringLiteral("metadata"),
                      QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    // QUrlQuery leaves '+' as is (a server reads it as a space) and keeps a valid %XX escape.
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        QString value = it.value();
        value.replace(u'%', QStringLiteral("%25")).replace(u'+', QStringLiteral("%2B"));
        out.query.addQueryItem(it.key(), value);
    }
    return out;
}
