#pragma once

#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace sandbox {

class InvitationStore;
struct Invitation;

// Pretends to be the people invited: each new PENDING invitation is accepted (share
// acceptShare) or deleted (share deleteShare) after a random delay in [minDelayMs, maxDelayMs],
// unless its status changed meanwhile. Shares of 0 (the default) mean nobody acts.
class InviteeSimulator final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        double acceptShare = 0;
        double deleteShare = 0;
        int minDelayMs = 3000;
        int maxDelayMs = 15000;

        QJsonObject toJson() const;
        static std::optional<Settings> fromJson(const QJsonObject &object, QString *error);
        QString validate() const;
    };

    InviteeSimulator(InvitationStore &invitations, const Settings &settings,
                     std::optional<quint32> seed, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InviteeSimulator)

    const Settings &settings() const { return m_settings; }
    // Applies to invitations created from now on.
    void setSettings(const Settings &settings) { m_settings = settings; }

private:
    void onCreated(const Invitation &invitation);

    InvitationStore &m_invitations;
    Settings m_settings;
    QRandomGenerator m_random;
};

} // namespace sandbox
