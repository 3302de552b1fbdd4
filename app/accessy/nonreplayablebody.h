#pragma once

#include <QByteArray>
#include <QIODevice>

namespace accessy {

// A request body that can be read once and never rewound.
//
// QNetworkAccessManager silently sends a request again when the connection closes before the
// first byte of the answer, if it can rewind the body. For creating invitations that would
// text people twice without anyone knowing. With a body that cannot be rewound Qt reports
// ContentReSendError instead, which we treat as an unknown outcome and reconcile.
// (Not a QBuffer: Qt reads a QBuffer's bytes directly and could rewind those.)
class NonReplayableBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit NonReplayableBody(const QByteArray &data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_offset >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace accessy
