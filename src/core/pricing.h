// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QList>
#include <QString>

#include <optional>

// One row of the pricing table: list prices per million tokens.
struct ModelPrice
{
    QString provider; // "openai"
    QString model; // "gpt-4o"
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    QString currency; // "USD"
};

// Prices requests that arrive without a cost (the gateway stream and the recording proxy carry
// none). The built-in table is resources/pricing.json; a user file of the same shape overrides
// rows of it. Costs computed here are marked as estimated; a cost the source gave is never
// touched.
class Pricing
{
public:
    // The table compiled into the program, without any override.
    static Pricing builtIn();
    // The built-in table merged with $GATESCOPE_PRICING when that names a file (read once).
    static const Pricing &shared();

    // Adds (or replaces) rows from a JSON file {"currency":..,"models":[{provider,model,input,
    // output}]}. On error the table is unchanged and error says what and where.
    bool mergeFile(const QString &path, QString *error);
    bool mergeJson(const QByteArray &json, QString *error);

    // The row for a model: exact name first, then without a date or version suffix
    // ("gpt-4o-2024-08-06" -> "gpt-4o"), then the longest table name the model starts with.
    // A row of the same provider wins over a row of another provider.
    std::optional<ModelPrice> find(const QString &provider, const QString &model) const;

    // Sets costCents, currency and costEstimated when the record has no cost, a known model
    // and token counts. Returns true when it priced the record.
    bool estimate(LogRecord &record) const;

    qsizetype size() const { return m_rows.size(); }

private:
    std::optional<ModelPrice> lookup(const QString &provider, const QString &model) const;

    QList<ModelPrice> m_rows;
};
