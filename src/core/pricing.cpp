// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString normalised(const QString &name)
{
    QString n = name.trimmed().toLower();
    // Model Catalog slugs and some SDKs write "@openai/gpt-4o" or "openai/gpt-4o".
    if (const qsizetype slash = n.lastIndexOf(u'/'); slash >= 0)
        n = n.mid(slash + 1);
    if (n.startsWith(u'@'))
        n.remove(0, 1);
    return n;
}

QString normalisedProvider(const QString &provider)
{
    QString p = provider.trimmed().toLower();
    if (p.startsWith(u'@'))
        p.remove(0, 1);
    return p;
}

// "gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "gpt-3.5-turbo-0125",
// "claude-3-5-sonnet-latest", "gemini-1.5-pro-002", "claude-sonnet-4@20250514"
QString withoutVersionSuffix(const QString &model)
{
    static const QRegularExpression suffix(
        QStringLiteral("(@.*|-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|-\\d{4}|-\\d{3}|-latest|-preview)$"));
    QString m = model;
    for (int i = 0; i < 3; ++i) {
        const QString stripped = QString(m).remove(suffix);
        if (stripped == m)
            break;
        m = stripped;
    }
    return m;
}

} // namespace

Pricing Pricing::builtIn()
{
    Pricing pricing;
    QFile file(QStringLiteral(":/pricing.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !pricing.mergeJson(file.readAll(), &error))
        qWarning("Pricing: the built-in table cannot be read: %s", qPrintable(error));
    return pricing;
}

const Pricing &Pricing::shared()
{
    static const Pricing table = [] {
        Pricing pricing = builtIn();
        const QString path = qEnvironmentVariable("GATESCOPE_PRICING");
        QString error;
        if (!path.isEmpty() && !pricing.mergeFile(path, &error))
            qWarning("Pricing: GATESCOPE_PRICING ignored: %s", qPrintable(error));
        return pricing;
    }();
    return table;
}

bool Pricing::mergeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!mergeJson(file.readAll(), error)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool Pricing::mergeJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = doc.isNull() ? QStringLiteral("invalid JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())
                                  : QStringLiteral("expected an object with a 'models' array");
        return false;
    }
    const QJsonObject root = doc.object();
    const QString currency = root.value(u"currency").toString(QStringLiteral("USD"));
    const QJsonValue models = root.value(u"models");
    if (!models.isArray()) {
        if (error)
            *error = QStringLiteral("field 'models': expected an array");
        return false;
    }
    QList<ModelPrice> rows;
    const QJsonArray array = models.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ModelPrice row;
        row.provider = normalisedProvider(o.value(u"provider").toString());
        row.model = normalised(o.value(u"model").toString());
        row.currency = o.value(u"currency").toString(currency);
        const QJsonValue input = o.value(u"input");
        const QJsonValue output = o.value(u"output");
        if (row.model.isEmpty() || !input.isDouble() || !output.isDouble()) {
            if (error)
                *error = QStringLiteral("models[%1]: expected {provider, model, input, output} "
                                        "with prices in %2 per million tokens")
                             .arg(i)
                             .arg(currency);
            return false;
        }
        row.inputPerMillion = input.toDouble();
        row.outputPerMillion = output.toDouble();
        rows.append(row);
    }
    for (const ModelPrice &row : rows) {
        auto same = [&](const ModelPrice &r) {
            return r.provider == row.provider && r.model == row.model;
        };
        m_rows.removeIf(same);
        m_rows.append(row);
    }
    return true;
}

std::optional<ModelPrice> Pricing::lookup(const QString &provider, const QString &model) const
{
    const ModelPrice *otherProvider = nullptr;
    for (const ModelPrice &row : m_rows) {
        if (row.model != model)
            continue;
        if (row.provider == provider)
            return row;
        if (!otherProvider)
            otherProvider = &row;
    }
    if (otherProvider)
        return *otherProvider;
    return std::nullopt;
}

std::optional<ModelPrice> Pricing::find(const QString &provider, const QString &model) const
{
    const QString p = normalisedProvider(provider);
    const QString m = normalised(model);
    if (m.isEmpty())
        return std::nullopt;
    if (auto row = lookup(p, m))
        return row;
    if (const QString base = withoutVersionSuffix(m); base != m) {
        if (auto row = lookup(p, base))
            return row;
    }
    // The longest table name that the model extends at a '-' ("gpt-4o-mini-tts" ->
    // "gpt-4o-mini", never "gpt-4o" when "gpt-4o-mini" exists).
    const ModelPrice *best = nullptr;
    for (const ModelPrice &row : m_rows) {
        if (!m.startsWith(row.model) || m.size() <= row.model.size()
            || m.at(row.model.size()) != u'-')
            continue;
        if (!best || row.model.size() > best->model.size()
            || (row.model.size() == best->model.size() && row.provider == p))
            best = &row;
    }
    if (best)
        return *best;
    return std::nullopt;
}

bool Pricing::estimate(LogRecord &record) const
{
    if (record.costCents || (!record.promptTokens && !record.completionTokens))
        return false;
    const std::optional<ModelPrice> price = find(record.provider, record.model);
    if (!price)
        return false;
    const double dollars = (double(record.promptTokens.value_or(0)) * price->inputPerMillion
                            + double(record.completionTokens.value_or(0)) * price->outputPerMillion)
        / 1e6;
    record.costCents = dollars * 100.0;
    record.currency = price->currency;
    record.costEstimated = true;
    return true;
}
