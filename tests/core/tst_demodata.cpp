// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "recordenums.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QtEndian>

#include <algorithm>

namespace {

// Bitwise CRC-32 (ISO 3309), written independently of PngWriter's table so the test checks it.
quint32 referenceCrc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint32 readBigEndian(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

struct PngCheck
{
    bool ok = false;
    QString why;
    int width = 0, height = 0;
};

// Walks the chunks, checks every CRC, inflates IDAT and checks its size against the header.
PngCheck checkPng(const QByteArray &png)
{
    PngCheck result;
    if (!png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8))) {
        result.why = QStringLiteral("bad signature");
        return result;
    }
    QByteArray idat;
    bool sawEnd = false;
    for (qsizetype at = 8; at < png.size();) {
        if (at + 12 > png.size()) {
            result.why = QStringLiteral("truncated chunk at %1").arg(at);
            return result;
        }
        const quint32 length = readBigEndian(png, at);
        const QByteArray type = png.mid(at + 4, 4);
        const QByteArray typeAndData = png.mid(at + 4, 4 + length);
        if (readBigEndian(png, at + 8 + length) != referenceCrc32(typeAndData)) {
            result.why = QStringLiteral("bad CRC in %1").arg(QString::fromLatin1(type));
            return result;
        }
        const QByteArray data = png.mid(at + 8, length);
        if (type == "IHDR") {
            result.width = int(readBigEndian(data, 0));
            result.height = int(readBigEndian(data, 4));
            if (data.size() != 13 || data.at(8) != 8 || data.at(9) != 2) {
                result.why = QStringLiteral("unexpected IHDR");
                return result;
            }
        } else if (type == "IDAT") {
            idat += data;
        } else if (type == "IEND") {
            sawEnd = true;
        }
        at += 12 + length;
    }
    // qUncompress wants the inflated size as a 4-byte big-endian prefix before the zlib stream.
    const qsizetype expected = qsizetype(result.height) * (1 + 3 * result.width);
    QByteArray prefixed(4, '\0');
    qToBigEndian<quint32>(quint32(expected), prefixed.data());
    const QByteArray raw = qUncompress(prefixed + idat);
    if (!sawEnd || raw.size() != expected) {
        result.why = QStringLiteral("IDAT inflates to %1 bytes, expected %2")
                         .arg(raw.size())
                         .arg(expected);
        return result;
    }
    result.ok = true;
    return result;
}

// The image bytes a body carries: data URLs in requests, b64_json in responses.
QList<QByteArray> embeddedPngs(const QByteArray &body)
{
    QList<QByteArray> out;
    for (const QByteArray &marker :
         {QByteArray("data:image/png;base64,"), QByteArray("\"b64_json\":\"")}) {
        for (qsizetype at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at)) {
            at += marker.size();
            const qsizetype end = body.indexOf('"', at);
            out.append(QByteArray::fromBase64(body.mid(at, end - at)));
        }
    }
    return out;
}

QByteArray canonical(const QList<LogRecord> &records)
{
    QByteArray out;
    for (const LogRecord &r : records)
        out += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameRecords();
    void differentSeedDiffers();
    void batchesContinueTheSequence();
    void generateIgnoresNext();
    void idsUniqueAndTimeOrdered();
    void timelineEndsNearAnchor();
    void coversEveryState();
    void bodiesAreValidJson();
    void doNotTrackHasNoBodies();
    void costsMatchTheOutcome();
    void routingIsConsistent();
    void imagesAreRealPngs();
    void tracesLinkTheirSpans();
    void feedbackInRange();
    void generationRate();

private:
    QList<LogRecord> m_records; // the first 2,000 records of seed 7
};

void TestDemoData::initTestCase()
{
    m_records = DemoData(7, 2000).next(2000);
    QCOMPARE(m_records.size(), 2000);
}

void TestDemoData::sameSeedSameRecords()
{
    const QList<LogRecord> a = DemoData(42, 3000).next(3000);
    const QList<LogRecord> b = DemoData(42, 3000).next(3000);
    QCOMPARE(a.size(), 3000);
    QVERIFY(a == b);
    QCOMPARE(canonical(a), canonical(b));
}

void TestDemoData::differentSeedDiffers()
{
    const QList<LogRecord> a = DemoData(1).next(200);
    const QList<LogRecord> b = DemoData(2).next(200);
    int sameIds = 0;
    for (int i = 0; i < 200; ++i)
        sameIds += a[i].id == b[i].id;
    QCOMPARE(sameIds, 0);
    QVERIFY(canonical(a) != canonical(b));
    // The high half of a 64-bit seed counts too.
    QVERIFY(DemoData(1).next(1).first().id != DemoData(1 | (quint64(1) << 40)).next(1).first().id);
}

void TestDemoData::batchesContinueTheSequence()
{
    const QList<LogRecord> whole = DemoData(5, 5000).next(5000);
    DemoData batched(5, 5000);
    QList<LogRecord> pieces;
    // Odd batch sizes, so batches end inside traces and bursts.
    for (const int n : {1, 7, 333, 1000, 59, 2600})
        pieces += batched.next(n);
    pieces += batched.next(5000 - int(pieces.size()));
    QCOMPARE(batched.producedCount(), 5000);
    QCOMPARE(pieces.size(), whole.size());
    for (int i = 0; i < whole.size(); ++i)
        QVERIFY2(pieces[i] == whole[i], qPrintable(QStringLiteral("record %1 differs").arg(i)));
}

void TestDemoData::generateIgnoresNext()
{
    DemoData demo(9, 1000);
    const QList<LogRecord> first = demo.next(10);
    demo.next(50);
    QVERIFY(demo.generate(10) == first);
    QVERIFY(demo.next(1).first() != first.first());
}

void TestDemoData::idsUniqueAndTimeOrdered()
{
    const QList<LogRecord> records = DemoData(11, 20000).next(20000);
    QSet<QString> ids;
    QSet<QString> feedbackIds;
    for (int i = 0; i < records.size(); ++i) {
        const LogRecord &r = records[i];
        QVERIFY(!r.id.isEmpty());
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY(r.createdAt.isValid());
        QCOMPARE(r.createdAt.timeSpec(), Qt::UTC);
        if (i > 0)
            QVERIFY2(records[i - 1].createdAt <= r.createdAt, qPrintable(QString::number(i)));
        for (const FeedbackEntry &f : r.feedback) {
            QVERIFY(!feedbackIds.contains(f.id));
            feedbackIds.insert(f.id);
        }
    }
}

void TestDemoData::timelineEndsNearAnchor()
{
    const qint64 n = 20000;
    const QList<LogRecord> records = DemoData(3, n).next(int(n));
    const QDateTime anchor = DemoData::anchor();
    QCOMPARE(anchor, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    const QDateTime first = records.first().createdAt;
    const QDateTime last = records.last().createdAt;
    QVERIFY(first >= anchor.addDays(-30));
    QVERIFY(first < anchor.addDays(-29));
    // About a month, give or take a few days of random gaps.
    QVERIFY2(last > anchor.addDays(-4) && last < anchor.addDays(4),
             qPrintable(last.toString(Qt::ISODate)));

    // Busier on weekdays than at weekends.
    int weekday = 0, weekend = 0;
    for (const LogRecord &r : records)
        (r.createdAt.date().dayOfWeek() >= 6 ? weekend : weekday)++;
    QVERIFY(weekday / 5 > 2 * weekend / 2);
}

void TestDemoData::coversEveryState()
{
    QSet<CacheState> caches;
    QSet<RequestType> types;
    QSet<int> statuses;
    bool retryNone = false, retrySuccess = false, retryFailed = false;
    bool fallback = false, fallbackActive = false, loadbalance = false, single = false;
    bool dnt = false, imageIn = false, imageOut = false, stream = false, reasoning = false;
    bool promptId = false, feedback = false, toolCall = false;
    QSet<QString> providers, users, environments;
    for (const LogRecord &r : std::as_const(m_records)) {
        caches.insert(r.cache);
        types.insert(r.requestType);
        statuses.insert(r.statusCode.value_or(0));
        const int retry = r.retryCount.value_or(-99);
        retryNone |= retry == 0;
        retrySuccess |= retry > 0;
        retryFailed |= retry == -1;
        fallback |= r.strategy == Strategy::Fallback;
        fallbackActive |= r.fallbackActive.value_or(false);
        loadbalance |= r.strategy == Strategy::Loadbalance && r.loadbalanceActive.value_or(false);
        single |= r.strategy == Strategy::Single;
        dnt |= !r.tracked;
        stream |= r.stream.value_or(false);
        reasoning |= r.reasoningTokens.value_or(0) > 0;
        promptId |= r.promptId.startsWith(u"pp-");
        feedback |= !r.feedback.isEmpty();
        toolCall |= r.response.contains("\"tool_calls\"");
        for (const ImageInfo &image : r.images)
            (image.direction == ImageInfo::Direction::Input ? imageIn : imageOut) = true;
        providers.insert(r.provider);
        users.insert(r.user());
        environments.insert(r.metadata.value(QStringLiteral("_environment")));

        QCOMPARE(r.method, QStringLiteral("POST"));
        QCOMPARE(r.source, QStringLiteral("demo"));
        QCOMPARE(r.currency, QStringLiteral("USD"));
        QVERIFY(!r.costEstimated);
        QVERIFY(r.raw.isEmpty() && r.rawFormat.isEmpty());
        QCOMPARE(RecordEnums::requestTypeFromEndpoint(r.endpoint), r.requestType);
        if (r.retryCount == -1)
            QVERIFY(r.statusCode == 429 || *r.statusCode >= 500);
        QVERIFY(r.configId.isEmpty() || r.configId.startsWith(u"pc-"));
        QVERIFY(!r.virtualKey.isEmpty());
    }
    for (const CacheState state : {CacheState::Disabled, CacheState::Miss, CacheState::SemanticMiss,
                                   CacheState::Refreshed, CacheState::Hit, CacheState::SemanticHit})
        QVERIFY2(caches.contains(state), qPrintable(RecordEnums::cacheStateName(state)));
    QVERIFY(!caches.contains(CacheState::Unknown));
    for (const RequestType type :
         {RequestType::Chat, RequestType::Completion, RequestType::Embedding, RequestType::Image})
        QVERIFY2(types.contains(type), qPrintable(RecordEnums::requestTypeName(type)));
    for (const int status : {200, 400, 401, 404, 429, 500, 502, 503})
        QVERIFY2(statuses.contains(status), qPrintable(QString::number(status)));
    QVERIFY(retryNone);
    QVERIFY(retrySuccess);
    QVERIFY(retryFailed);
    QVERIFY(fallback);
    QVERIFY(fallbackActive);
    QVERIFY(loadbalance);
    QVERIFY(single);
    QVERIFY(dnt);
    QVERIFY(imageIn);
    QVERIFY(imageOut);
    QVERIFY(stream);
    QVERIFY(reasoning);
    QVERIFY(promptId);
    QVERIFY(feedback);
    QVERIFY(toolCall);
    for (const char *provider : {"openai", "anthropic", "google", "mistral-ai", "groq"})
        QVERIFY2(providers.contains(QLatin1String(provider)), provider);
    QVERIFY(users.size() >= 10);
    QCOMPARE(environments,
             QSet<QString>({QStringLiteral("production"), QStringLiteral("staging")}));
}

void TestDemoData::bodiesAreValidJson()
{
    qint64 bytes = 0;
    int bodies = 0;
    bool cachedOpenAi = false, cacheWriteAnthropic = false, cacheReadAnthropic = false;
    for (const LogRecord &r : std::as_const(m_records)) {
        for (const QByteArray *body : {&r.request, &r.response}) {
            if (body->isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(*body, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                     qPrintable(error.errorString() + u": "_qs + QString::fromUtf8(*body)));
            if (r.images.isEmpty()) {
                bytes += body->size();
                ++bodies;
            }
        }
        if (!r.tracked)
            continue;
        const QJsonObject request = QJsonDocument::fromJson(r.request).object();
        const QJsonObject response = QJsonDocument::fromJson(r.response).object();
        QCOMPARE(request.value(u"model").toString(), r.model);
        QCOMPARE(request.value(u"stream").toBool(false), r.stream.value_or(false));
        if (*r.statusCode >= 400) {
            QVERIFY(response.contains(u"error")
                    || response.value(u"status").toString() == u"failure");
            continue;
        }
        if (r.requestType == RequestType::Chat) {
            QCOMPARE(response.value(u"object").toString(), QStringLiteral("chat.completion"));
            const QJsonObject usage = response.value(u"usage").toObject();
            QCOMPARE(usage.value(u"prompt_tokens").toInteger(), *r.promptTokens);
            QCOMPARE(usage.value(u"completion_tokens").toInteger(), *r.completionTokens);
            QCOMPARE(usage.value(u"total_tokens").toInteger(), *r.totalTokens);
            if (r.model == u"o3-mini") {
                QCOMPARE(usage.value(u"completion_tokens_details")
                             .toObject()
                             .value(u"reasoning_tokens")
                             .toInteger(),
                         *r.reasoningTokens);
            }
            // What the converters read back (TokenUsage) is what the record says.
            QCOMPARE(usage.value(u"prompt_tokens_details")
                         .toObject()
                         .value(u"cached_tokens")
                         .toVariant()
                         .value<qint64>(),
                     r.cacheReadTokens.value_or(0));
            QCOMPARE(usage.value(u"cache_creation_input_tokens").toVariant().value<qint64>(),
                     r.cacheWriteTokens.value_or(0));
            cachedOpenAi |= r.provider == u"openai" && r.cacheReadTokens.value_or(0) > 0;
            cacheWriteAnthropic |= r.cacheWriteTokens.value_or(0) > 0;
            cacheReadAnthropic |= r.provider == u"anthropic" && r.cacheReadTokens.value_or(0) > 0;
        } else if (r.requestType == RequestType::Embedding) {
            QCOMPARE(response.value(u"object").toString(), QStringLiteral("list"));
            QVERIFY(!response.value(u"data").toArray().isEmpty());
        }
    }
    QVERIFY(cachedOpenAi);
    QVERIFY(cacheWriteAnthropic);
    QVERIFY(cacheReadAnthropic);
    // Small bodies keep stores of a million records reasonable.
    const qint64 average = bytes / qMax(1, bodies);
    QVERIFY2(average > 200 && average < 2000, qPrintable(QString::number(average)));
}

void TestDemoData::doNotTrackHasNoBodies()
{
    int dnt = 0;
    for (const LogRecord &r : std::as_const(m_records)) {
        if (r.tracked)
            continue;
        ++dnt;
        QVERIFY(r.request.isEmpty());
        QVERIFY(r.response.isEmpty());
        QVERIFY(!r.hasBodies());
        QVERIFY(r.images.isEmpty());
        QVERIFY(r.statusCode.has_value());
        QVERIFY(r.latencyMs.has_value());
        QVERIFY(!r.user().isEmpty());
    }
    QVERIFY(dnt > 10);
}

void TestDemoData::costsMatchTheOutcome()
{
    for (const LogRecord &r : std::as_const(m_records)) {
        QVERIFY(r.costCents.has_value());
        QVERIFY(*r.costCents >= 0);
        QVERIFY(r.latencyMs.value_or(-1) > 0);
        if (r.cache == CacheState::Hit || r.cache == CacheState::SemanticHit) {
            QCOMPARE(*r.costCents, 0.0);
            QVERIFY(*r.latencyMs < 50);
            QCOMPARE(*r.statusCode, 200);
        }
        if (*r.statusCode >= 400) {
            QCOMPARE(*r.costCents, 0.0);
            QVERIFY(!r.promptTokens);
        }
        if (r.ttftMs)
            QVERIFY(*r.ttftMs <= *r.latencyMs && r.stream == true && *r.statusCode == 200);
        // Anthropic's cached input is beside its prompt tokens, OpenAI's inside.
        const qint64 beside = r.provider == u"anthropic"
            ? r.cacheReadTokens.value_or(0) + r.cacheWriteTokens.value_or(0)
            : 0;
        if (r.promptTokens && r.completionTokens)
            QCOMPARE(*r.totalTokens, *r.promptTokens + *r.completionTokens + beside);
        if (r.model == u"gpt-4o" && r.cache == CacheState::Miss && *r.statusCode == 200) {
            // $2.50 in ($1.25 cached), $10 out per million tokens, in cents.
            const qint64 cached = r.cacheReadTokens.value_or(0);
            const double expected
                = ((*r.promptTokens - cached) * 2.5 + cached * 1.25 + *r.completionTokens * 10.0)
                / 1e4;
            QVERIFY(qAbs(*r.costCents - expected) < 1e-5);
        }
    }
}

void TestDemoData::routingIsConsistent()
{
    for (const LogRecord &r : std::as_const(m_records)) {
        switch (r.strategy) {
        case Strategy::Fallback:
            QVERIFY(!r.attempts.isEmpty());
            QCOMPARE(r.attempts.last().target, r.servedTarget);
            QCOMPARE(r.attempts.last().model, r.model);
            if (*r.fallbackActive) {
                QCOMPARE(r.attempts.size(), 2);
                QCOMPARE(r.attempts.first().ok, std::optional<bool>(false));
                // The client waited for both targets.
                QCOMPARE(*r.attempts.first().latencyMs + *r.attempts.last().latencyMs,
                         *r.latencyMs);
                QCOMPARE(r.servedTarget, QStringLiteral("config.targets[1]"));
            } else {
                QCOMPARE(r.servedTarget, QStringLiteral("config.targets[0]"));
            }
            QCOMPARE(r.loadbalanceActive, std::optional<bool>(false));
            break;
        case Strategy::Loadbalance:
            QCOMPARE(r.loadbalanceActive, std::optional<bool>(true));
            QVERIFY(r.servedTarget == u"config.targets[0]"
                    || r.servedTarget == u"config.targets[1]");
            QCOMPARE(r.attempts.size(), 1);
            break;
        case Strategy::Single:
            QCOMPARE(r.fallbackActive, std::optional<bool>(false));
            QCOMPARE(r.loadbalanceActive, std::optional<bool>(false));
            QVERIFY(r.attempts.isEmpty());
            break;
        default:
            QFAIL("unexpected strategy");
        }
    }
}

void TestDemoData::imagesAreRealPngs()
{
    int checked = 0;
    for (const LogRecord &r : std::as_const(m_records)) {
        if (r.images.isEmpty())
            continue;
        QList<QByteArray> pngs = embeddedPngs(r.request) + embeddedPngs(r.response);
        QCOMPARE(pngs.size(), r.images.size());
        for (int i = 0; i < pngs.size(); ++i) {
            const ImageInfo &info = r.images[i];
            const QByteArray &png = pngs[i];
            const PngCheck check = checkPng(png);
            QVERIFY2(check.ok, qPrintable(check.why));
            QCOMPARE(info.mime, QStringLiteral("image/png"));
            QCOMPARE(info.width, std::optional<int>(check.width));
            QCOMPARE(info.height, std::optional<int>(check.height));
            QCOMPARE(info.bytes, std::optional<qint64>(png.size()));
            QCOMPARE(info.hash,
                     QString::fromLatin1(
                         QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex()));
            QVERIFY(info.url.isEmpty());
            QCOMPARE(info.direction,
                     r.request.contains(png.toBase64()) ? ImageInfo::Direction::Input
                                                        : ImageInfo::Direction::Output);
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestDemoData::tracesLinkTheirSpans()
{
    QHash<QString, QList<const LogRecord *>> traces;
    for (const LogRecord &r : std::as_const(m_records)) {
        QVERIFY(!r.traceId.isEmpty());
        traces[r.traceId].append(&r);
    }
    int multiSpan = 0, singleSpan = 0;
    for (const auto &spans : std::as_const(traces)) {
        if (spans.size() == 1) {
            singleSpan += !spans.first()->spanId.isEmpty();
            QVERIFY(spans.first()->parentSpanId.isEmpty());
            continue;
        }
        ++multiSpan;
        QVERIFY(spans.size() >= 2 && spans.size() <= 5);
        const LogRecord *root = spans.first();
        QVERIFY(root->parentSpanId.isEmpty());
        QCOMPARE(root->spanName, QStringLiteral("plan"));
        QSet<QString> spanIds;
        for (const LogRecord *r : spans) {
            QVERIFY(!r->spanId.isEmpty() && !r->spanName.isEmpty());
            spanIds.insert(r->spanId);
            QCOMPARE(r->user(), root->user());
            if (r != root)
                QCOMPARE(r->parentSpanId, root->spanId);
        }
        QCOMPARE(spanIds.size(), spans.size());
        QCOMPARE(spans.last()->spanName, QStringLiteral("answer"));
    }
    QVERIFY(multiSpan >= 20);
    QVERIFY(singleSpan >= 20);
}

void TestDemoData::feedbackInRange()
{
    int thumbs = 0, entries = 0;
    for (const LogRecord &r : std::as_const(m_records)) {
        for (const FeedbackEntry &f : r.feedback) {
            ++entries;
            QVERIFY(f.value >= -10 && f.value <= 10);
            QVERIFY(f.weight >= 0 && f.weight <= 1);
            QVERIFY(f.createdAt > r.createdAt);
            QCOMPARE(f.metadata.value(u"_user").toString(), r.user());
            QVERIFY(!f.id.isEmpty());
            thumbs += qAbs(f.value) == 1;
        }
    }
    QVERIFY(entries >= 30);
    QVERIFY(thumbs * 2 > entries); // thumbs up/down are the common case
}

void TestDemoData::generationRate()
{
    const int n = 200000;
    DemoData demo(1, n);
    QElapsedTimer timer;
    timer.start();
    qint64 images = 0, bodyBytes = 0;
    for (int done = 0; done < n; done += 5000) {
        const QList<LogRecord> batch = demo.next(5000);
        for (const LogRecord &r : batch) {
            images += r.images.size();
            bodyBytes += r.request.size() + r.response.size();
        }
    }
    const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    qDebug("demo data: %d records in %.2f s = %.0f records/s (%lld images, %.0f body bytes per "
           "record)",
           n, seconds, n / seconds, images, double(bodyBytes) / n);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
