// SPDX-License-Identifier: GPL-3.0-or-later
// DatasetWriter: logs saved as an OpenAI chat fine-tuning dataset (checked line by line the way
// OpenAI's format validator checks a training file), an evaluation JSONL and CSV; Do-Not-Track
// logs never included, only counted; images inline or as files beside the dataset.

#include "datasetwriter.h"
#include "importer.h"
#include "logstore.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The checks of OpenAI's fine-tuning data format validator (the "Data preparation and
// analysis for chat model fine-tuning" cookbook) for one line of a training file. Returns the
// first problem, or an empty string when the line is a valid example.
QString validateTrainingLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return u"not a JSON object"_qs;
    const QJsonObject example = doc.object();
    if (example.keys() != QStringList {u"messages"_qs})
        return u"top-level keys other than messages: "_qs + example.keys().join(u',');
    if (!example.value(u"messages").isArray() || example.value(u"messages").toArray().isEmpty())
        return u"missing_messages_list"_qs;
    const QJsonArray messages = example.value(u"messages").toArray();
    static const QStringList roles {u"system"_qs, u"user"_qs, u"assistant"_qs, u"tool"_qs};
    static const QStringList keys {u"role"_qs,       u"content"_qs,      u"name"_qs,
                                   u"tool_calls"_qs, u"tool_call_id"_qs, u"weight"_qs};
    bool assistant = false;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        if (!m.contains(u"role"))
            return u"message_missing_key role"_qs;
        for (const QString &k : m.keys()) {
            if (!keys.contains(k))
                return u"message_unrecognized_key "_qs + k;
        }
        if (!roles.contains(m.value(u"role").toString()))
            return u"unrecognized_role "_qs + m.value(u"role").toString();
        const QJsonValue content = m.value(u"content");
        if (!content.isString() && !content.isArray()
            && !(m.value(u"role") == u"assistant"_qs && m.contains(u"tool_calls")))
            return u"missing_content"_qs;
        if (content.isArray()) {
            for (const QJsonValue &part : content.toArray()) {
                const QString type = part.toObject().value(u"type").toString();
                if (type != u"text" && type != u"image_url")
                    return u"unrecognized content part "_qs + type;
            }
        }
        assistant = assistant || m.value(u"role") == u"assistant"_qs;
    }
    if (!assistant)
        return u"example_missing_assistant_message"_qs;
    if (messages.last().toObject().value(u"role") != u"assistant"_qs)
        return u"last message is not the assistant's"_qs;
    return {};
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestDatasetWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openAiChatPassesTheValidator();
    void doNotTrackNeverIncluded();
    void evalLines();
    void csv();
    void imagesAsFiles();
    void validatorRejectsWhatItShould();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
    QString m_dntId = u"dnt-secret-log"_qs;
    QString m_feedbackId; // chat_plain's log
};

void TestDatasetWriter::initTestCase()
{
    QString error;
    m_store = LogStore::open(m_dir.filePath(u"store.db"_qs), &error);
    QVERIFY2(m_store, qPrintable(error));
    Importer importer(*m_store);
    QStringList files;
    for (const QString &s :
         {u"chat_plain"_qs, u"vision_small_dataurl"_qs, u"embedding"_qs, u"cache_simple_1_first"_qs,
          u"upstream_400_error"_qs, u"chat_stream"_qs, u"completion"_qs})
        files << TestData::path(u"gateway-stream/"_qs + s + u".jsonl"_qs);
    const ImportSummary summary = importer.importFiles(files);
    QCOMPARE(summary.imported, 7);

    // A Do-Not-Track log: statistics only.
    LogRecord dnt;
    dnt.id = m_dntId;
    dnt.createdAt = QDateTime::currentDateTimeUtc();
    dnt.method = u"POST"_qs;
    dnt.endpoint = u"/v1/chat/completions"_qs;
    dnt.requestType = RequestType::Chat;
    dnt.model = u"gpt-4o-mini"_qs;
    dnt.statusCode = 200;
    dnt.tracked = false;
    QVERIFY2(m_store->insert({dnt}, &error), qPrintable(error));

    const std::optional<LogRecord> plain
        = m_store->record(u"gw-a9d1657e-88cb-4f21-b731-e0e0049b15fc"_qs, &error);
    QVERIFY2(plain, qPrintable(error));
    m_feedbackId = plain->id;
    FeedbackEntry f;
    f.id = u"fb-1"_qs;
    f.value = 7;
    f.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_store->addFeedback(m_feedbackId, f, &error), qPrintable(error));
}

void TestDatasetWriter::openAiChatPassesTheValidator()
{
    const QString path = m_dir.filePath(u"train.jsonl"_qs);
    DatasetWriter writer(*m_store);
    QString error;
    const auto summary = writer.write(path, QString(), DatasetWriter::Format::OpenAiChat, &error);
    QVERIFY2(summary, qPrintable(error));
    // chat_plain, vision, cache_simple_1_first; not the embedding or the completion (no
    // conversation), not the 400 or the stream (no answer), not the Do-Not-Track log.
    QCOMPARE(summary->written, 3);
    QCOMPARE(summary->noConversation, 2);
    QCOMPARE(summary->noAnswer, 2);
    QCOMPARE(summary->doNotTrack, 1);
    const QList<QByteArray> written = lines(path);
    QCOMPARE(written.size(), 3);
    for (const QByteArray &line : written)
        QVERIFY2(validateTrainingLine(line).isEmpty(), qPrintable(validateTrainingLine(line)));
    // The answer is the last message, and the vision example keeps its image as a data URL.
    const QJsonArray first
        = QJsonDocument::fromJson(written.first()).object().value(u"messages").toArray();
    QCOMPARE(first.last().toObject().value(u"content").toString(),
             u"Hello from mock upstream A (call 1)."_qs);
    bool dataUrl = false;
    for (const QByteArray &line : written)
        dataUrl = dataUrl || line.contains("\"url\":\"data:image/png;base64,");
    QVERIFY(dataUrl);
}

void TestDatasetWriter::doNotTrackNeverIncluded()
{
    for (const DatasetWriter::Format format :
         {DatasetWriter::Format::OpenAiChat, DatasetWriter::Format::Eval,
          DatasetWriter::Format::Csv}) {
        const QString path = m_dir.filePath(u"dnt."_qs + DatasetWriter::formatName(format));
        DatasetWriter writer(*m_store);
        QString error;
        const auto summary = writer.write(path, u"tracked:false"_qs, format, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->doNotTrack, 1);
        QCOMPARE(summary->written, 0);
        QVERIFY(summary->describe().contains(u"1 Do-Not-Track logs left out"_qs));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(m_dntId.toUtf8()));
    }
}

void TestDatasetWriter::evalLines()
{
    const QString path = m_dir.filePath(u"eval.jsonl"_qs);
    DatasetWriter writer(*m_store);
    QString error;
    const auto summary = writer.write(path, QString(), DatasetWriter::Format::Eval, &error);
    QVERIFY2(summary, qPrintable(error));
    // The completion has a prompt: an evaluation takes it as its input.
    QCOMPARE(summary->written, 4);
    bool sawFeedback = false, sawPrompt = false;
    for (const QByteArray &line : lines(path)) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(
            QStringList(o.keys()),
            (QStringList {u"expected_output"_qs, u"feedback"_qs, u"input"_qs, u"metadata"_qs}));
        QVERIFY(!o.value(u"expected_output").toString().isEmpty());
        const QJsonObject meta = o.value(u"metadata").toObject();
        QVERIFY(!meta.value(u"id").toString().isEmpty());
        if (meta.value(u"id").toString() == m_feedbackId) {
            QCOMPARE(o.value(u"feedback").toDouble(), 7.0);
            sawFeedback = true;
        } else {
            QVERIFY(o.value(u"feedback").isNull());
        }
        sawPrompt = sawPrompt || o.value(u"input").isString();
    }
    QVERIFY(sawFeedback);
    QVERIFY(sawPrompt);
}

void TestDatasetWriter::csv()
{
    const QString path = m_dir.filePath(u"data.csv"_qs);
    DatasetWriter writer(*m_store);
    QString error;
    const auto summary
        = writer.write(path, u"model:gpt-4o-mini"_qs, DatasetWriter::Format::Csv, &error);
    QVERIFY2(summary, qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("id,created_at,model,input,messages,expected_output,feedback,"
                            "metadata\n"));
    QVERIFY(text.contains("gw-a9d1657e-88cb-4f21-b731-e0e0049b15fc,"));
    QVERIFY(text.contains(",Hello from mock upstream A (call 1).,7,"));
}

void TestDatasetWriter::imagesAsFiles()
{
    const QString path = m_dir.filePath(u"vision.jsonl"_qs);
    DatasetWriter writer(*m_store);
    writer.setImages(DatasetWriter::Images::Files);
    QString error;
    const auto summary
        = writer.write(path, u"model:gpt-4o"_qs, DatasetWriter::Format::OpenAiChat, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->written, 1);
    QCOMPARE(summary->imageFiles, 1);
    const QByteArray line = lines(path).value(0);
    QVERIFY(!line.contains("data:image"));
    const int at = line.indexOf("vision.jsonl.images/");
    QVERIFY(at > 0);
    const QString relative = QString::fromUtf8(line.mid(at, line.indexOf('"', at) - at));
    QFile image(m_dir.filePath(relative));
    QVERIFY2(image.open(QIODevice::ReadOnly), qPrintable(relative));
    QVERIFY(image.readAll().startsWith("\x89PNG"));
}

void TestDatasetWriter::validatorRejectsWhatItShould()
{
    QVERIFY(!validateTrainingLine(R"({"messages":[{"role":"user","content":"hi"}]})").isEmpty());
    QVERIFY(!validateTrainingLine(R"({"messages":[{"role":"assistant","content":"a"}],"id":"x"})")
                 .isEmpty());
    QVERIFY(!validateTrainingLine(R"({"messages":[{"role":"developer","content":"a"},)"
                                  R"({"role":"assistant","content":"b"}]})")
                 .isEmpty());
    QVERIFY(validateTrainingLine(R"({"messages":[{"role":"user","content":"a"},)"
                                 R"({"role":"assistant","content":"b"}]})")
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"
