#include "api/OneShotBody.h"

#include <cstring>

namespace snapshotdesk {

OneShotBody::OneShotBody(QByteArray bytes, QObject* parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

OneShotBody::~OneShotBody() = default;

qint64 OneShotBody::bytesAvailable() const
{
    return m_bytes.size() - m_pos + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - m_pos);
    if (count <= 0)
        return -1; // the end
    std::memcpy(data, m_bytes.constData() + m_pos, static_cast<size_t>(count));
    m_pos += count;
    return count;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace snapshotdesk
