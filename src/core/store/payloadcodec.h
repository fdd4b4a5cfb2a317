#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

// The bodies and the raw source record of one log, as they are stored: one zstd frame holding
// request, response, raw record and raw format name, so zstd exploits the repetition between
// the raw record and the bodies it contains. Keeps its zstd contexts between calls; one
// instance per thread.
class PayloadCodec
{
public:
    struct Parts
    {
        QByteArray request;
        QByteArray response;
        QByteArray raw;
        QString rawFormat;
    };

    PayloadCodec();
    ~PayloadCodec();
    PayloadCodec(const PayloadCodec &) = delete;
    PayloadCodec &operator=(const PayloadCodec &) = delete;

    // Appends the stored form of the parts to out (cleared first).
    void encode(const QByteArray &request, const QByteArray &response, const QByteArray &raw,
                const QString &rawFormat, QByteArray &out);
    std::optional<Parts> decode(const char *data, qsizetype size, QString *error);

private:
    ZSTD_CCtx_s *m_cctx = nullptr;
    ZSTD_DCtx_s *m_dctx = nullptr;
    QByteArray m_plain;
};
