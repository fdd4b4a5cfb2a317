// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include "record/costformat.h"
#include "record/recordenums.h"

#include <QLocale>

QString DisplayFormat::number(std::optional<qint64> value)
{
    return value ? QLocale().toString(*value) : unknown();
}

QString DisplayFormat::tokens(const LogRecord &r)
{
    if (r.totalTokens)
        return QLocale().toString(*r.totalTokens);
    if (r.promptTokens && r.completionTokens)
        return QLocale().toString(*r.promptTokens + *r.completionTokens);
    return unknown();
}

QString DisplayFormat::cost(const LogRecord &r)
{
    return cost(r.costCents, r.currency, r.costEstimated);
}

QString DisplayFormat::cost(std::optional<double> cents, const QString &currency, bool estimated)
{
    if (!cents)
        return unknown();
    const QString text = CostFormat::text(*cents, QLocale(), currency);
    return estimated ? QStringLiteral("\u2248") + text : text;
}

QString DisplayFormat::milliseconds(std::optional<qint64> ms)
{
    if (!ms)
        return unknown();
    if (*ms >= 10000)
        return tr("%1 s").arg(QLocale().toString(*ms / 1000.0, 'f', 1));
    return tr("%1 ms").arg(QLocale().toString(*ms));
}

QString DisplayFormat::feedback(const LogRecord &r)
{
    if (r.feedback.isEmpty())
        return {};
    double sum = 0, weights = 0;
    for (const FeedbackEntry &f : r.feedback) {
        sum += f.value * f.weight;
        weights += f.weight;
    }
    const double average = weights > 0 ? sum / weights : 0;
    const QString value = (average > 0 ? QStringLiteral("+") : QString())
        + QLocale().toString(average, 'f', average == qRound(average) ? 0 : 1);
    return r.feedback.size() == 1 ? value : tr("%1 (%2)").arg(value).arg(r.feedback.size());
}

QString DisplayFormat::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString DisplayFormat::relativeTime(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    const bool future = seconds < 0;
    const qint64 s = qAbs(seconds);
    QString amount;
    if (s < 45)
        return future ? tr("in a few seconds") : tr("just now");
    if (s < 3600)
        amount = tr("%n minute(s)", nullptr, int(qMax<qint64>(1, s / 60)));
    else if (s < 86400)
        amount = tr("%n hour(s)", nullptr, int(s / 3600));
    else if (s < 86400 * 60)
        amount = tr("%n day(s)", nullptr, int(s / 86400));
    else if (s < 86400 * 730)
        amount = tr("%n month(s)", nullptr, int(s / (86400 * 30)));
    else
        amount = tr("%n year(s)", nullptr, int(s / (86400 * 365)));
    return future ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString DisplayFormat::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return unknown();
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
}

QString DisplayFormat::utcTime(const QDateTime &time)
{
    if (!time.isValid())
        return unknown();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

QString DisplayFormat::timeTooltip(const QDateTime &time)
{
    if (!time.isValid())
        return tr("Time unknown");
    return tr("%1\n%2\n%3")
        .arg(relativeTime(time, QDateTime::currentDateTimeUtc()), localTime(time), utcTime(time));
}

QString DisplayFormat::typeTooltip(const LogRecord &r)
{
    QString text = r.method.isEmpty() && r.endpoint.isEmpty()
        ? tr("Endpoint unknown")
        : QString(r.method + QLatin1Char(' ') + r.endpoint).trimmed();
    if (r.stream)
        text += QLatin1Char('\n') + (*r.stream ? tr("Streamed") : tr("Not streamed"));
    return text;
}

QString DisplayFormat::modelTooltip(const LogRecord &r)
{
    QStringList lines;
    lines << tr("Model: %1").arg(r.model.isEmpty() ? unknown() : r.model);
    lines << tr("Provider: %1").arg(r.provider.isEmpty() ? unknown() : r.provider);
    if (!r.servedTarget.isEmpty())
        lines << tr("Served by: %1").arg(r.servedTarget);
    return lines.join(QLatin1Char('\n'));
}

QString DisplayFormat::tokensTooltip(const LogRecord &r)
{
    QStringList lines;
    lines << tr("Prompt: %1").arg(number(r.promptTokens));
    lines << tr("Completion: %1").arg(number(r.completionTokens));
    if (r.reasoningTokens)
        lines << tr("Reasoning: %1").arg(number(r.reasoningTokens));
    lines << tr("Total: %1").arg(tokens(r));
    return lines.join(QLatin1Char('\n'));
}

QString DisplayFormat::costTooltip(const LogRecord &r)
{
    if (!r.costCents)
        return tr("Cost unknown");
    return r.costEstimated
        ? tr("%1 cents, estimated from the pricing table")
              .arg(QLocale().toString(*r.costCents, 'f', 4))
        : tr("%1 cents, as reported by the gateway").arg(QLocale().toString(*r.costCents, 'f', 4));
}

QString DisplayFormat::latencyTooltip(const LogRecord &r)
{
    QString text = tr("Total: %1").arg(milliseconds(r.latencyMs));
    if (r.ttftMs)
        text += QLatin1Char('\n') + tr("Time to first token: %1").arg(milliseconds(r.ttftMs));
    return text;
}

QString DisplayFormat::feedbackTooltip(const LogRecord &r)
{
    if (r.feedback.isEmpty())
        return tr("No feedback");
    return tr("%n feedback entry(s), weighted average %1", nullptr, int(r.feedback.size()))
        .arg(feedback(r));
}

QString DisplayFormat::traceTooltip(const LogRecord &r)
{
    if (r.traceId.isEmpty())
        return tr("No trace id");
    QStringList lines;
    lines << tr("Trace: %1").arg(r.traceId);
    if (!r.spanId.isEmpty())
        lines << tr("Span: %1").arg(r.spanId);
    if (!r.parentSpanId.isEmpty())
        lines << tr("Parent span: %1").arg(r.parentSpanId);
    if (!r.spanName.isEmpty())
        lines << tr("Span name: %1").arg(r.spanName);
    return lines.join(QLatin1Char('\n'));
}
