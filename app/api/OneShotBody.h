#pragma once

#include <QByteArray>
#include <QIODevice>

namespace snapshotdesk {

// A request body that can be read once and never rewound. Qt's HTTP client silently sends a
// request again when the server closes the connection before any byte of answer, POST included,
// if it can rewind the body: for a create that is a second snapshot. With this body (not buffered,
// Content-Length set) it cannot, and reports ContentReSendError instead, which the transport takes
// for what it is: an outcome it does not know.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray bytes, QObject* parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    // Never: a rewind is what a silent second send needs.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

} // namespace snapshotdesk
