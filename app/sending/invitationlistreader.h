#pragma once

#include "accessy/result.h"
#include "accessy/types.h"

#include <QList>
#include <QObject>

#include <functional>

namespace accessy {
class AccessySession;
}

namespace sending {

// Reads the organization's invitation list for reconciliations. Many batches may need it at
// once; the list can be large, so callers share reads: each caller gets the answer of a read
// that started after it asked (never an older one, which might predate its batch).
class InvitationListReader final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const accessy::Result<QList<accessy::Invitation>> &)>;

    explicit InvitationListReader(accessy::AccessySession *session, QObject *parent = nullptr);

    void read(Callback callback);
    int readsStarted() const { return m_reads; }

private:
    void startRead();

    accessy::AccessySession *m_session;
    QList<Callback> m_waiting; // asked while a read was running: served by the next read
    bool m_reading = false;
    int m_reads = 0;
};

} // namespace sending
