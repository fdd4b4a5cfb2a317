// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The small JSON values of the list columns (metadata, images, attempts) and the feedback
// summary, written the same way by every backend, so what one store writes another reads.
namespace ListColumns {

enum class Nul { Keep, Drop }; // Drop for PostgreSQL: jsonb refuses \u0000

void appendJsonString(QByteArray &out, const QString &s, Nul nul = Nul::Keep);
QByteArray metadataJson(const QMap<QString, QString> &metadata, Nul nul = Nul::Keep);
QByteArray imagesJson(const QList<ImageInfo> &images);
QList<ImageInfo> imagesFromJson(const QByteArray &json);
QByteArray attemptsJson(const QList<Attempt> &attempts);
QList<Attempt> attemptsFromJson(const QByteArray &json);
// sum(value * weight) / sum(weight); empty when no entry has weight.
std::optional<double> weightedAverage(const QList<FeedbackEntry> &feedback);

} // namespace ListColumns
