#include "inviteesimulator.h"

#include "invitationstore.h"

#include <QTimer>

namespace sandbox {

QJsonObject InviteeSimulator::Settings::toJson() const
{
    return {{QStringLiteral("acceptShare"), acceptShare},
            {QStringLiteral("deleteShare"), deleteShare},
            {QStringLiteral("minDelayMs"), minDelayMs},
            {QStringLiteral("maxDelayMs"), maxDelayMs}};
}

std::optional<InviteeSimulator::Settings>
InviteeSimulator::Settings::fromJson(const QJsonObject &object, QString *error)
{
    Settings settings;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble()) {
            *error = QStringLiteral("%1 must be a number").arg(it.key());
            return std::nullopt;
        }
        const double value = it.value().toDouble();
        if (it.key() == QLatin1String("acceptShare")) {
            settings.acceptShare = value;
        } else if (it.key() == QLatin1String("deleteShare")) {
            settings.deleteShare = value;
        } else if (it.key() == QLatin1String("minDelayMs") ||
                   it.key() == QLatin1String("maxDelayMs")) {
            if (value != double(qint64(value)) || value < 0 || value > 86400000) {
                *error = QStringLiteral("%1 must be a whole number of ms from 0 to 86400000")
                             .arg(it.key());
                return std::nullopt;
            }
            (it.key() == QLatin1String("minDelayMs") ? settings.minDelayMs : settings.maxDelayMs) =
                int(value);
        } else {
            *error = QStringLiteral("unknown invitee setting: %1").arg(it.key());
            return std::nullopt;
        }
    }
    *error = settings.validate();
    if (!error->isEmpty())
        return std::nullopt;
    return settings;
}

QString InviteeSimulator::Settings::validate() const
{
    if (!(acceptShare >= 0 && acceptShare <= 1))
        return QStringLiteral("acceptShare must be between 0 and 1");
    if (!(deleteShare >= 0 && deleteShare <= 1))
        return QStringLiteral("deleteShare must be between 0 and 1");
    if (acceptShare + deleteShare > 1.0 + 1e-9)
        return QStringLiteral("acceptShare and deleteShare add up to more than 1");
    if (minDelayMs < 0 || maxDelayMs < minDelayMs)
        return QStringLiteral("the delays need 0 <= minDelayMs <= maxDelayMs");
    return {};
}

InviteeSimulator::InviteeSimulator(InvitationStore &invitations, const Settings &settings,
                                   std::optional<quint32> seed, QObject *parent)
    : QObject(parent)
    , m_invitations(invitations)
    , m_settings(settings)
    , m_random(seed ? *seed : QRandomGenerator::system()->generate())
{
    connect(&invitations, &InvitationStore::created, this, &InviteeSimulator::onCreated);
}

void InviteeSimulator::onCreated(const Invitation &invitation)
{
    const double draw = m_random.generateDouble();
    QString outcome;
    if (draw < m_settings.acceptShare)
        outcome = QStringLiteral("ACCEPTED");
    else if (draw < m_settings.acceptShare + m_settings.deleteShare)
        outcome = QStringLiteral("DELETED");
    else
        return;
    const int span = m_settings.maxDelayMs - m_settings.minDelayMs;
    const int delay = m_settings.minDelayMs + (span > 0 ? int(m_random.bounded(span + 1)) : 0);
    const QString id = invitation.id;
    QTimer::singleShot(delay, this, [this, id, outcome] {
        // Only if nobody (a test, a reset) touched it meanwhile.
        const Invitation *current = m_invitations.find(id);
        if (current && current->status == QLatin1String("PENDING"))
            m_invitations.setStatus(id, outcome);
    });
}

} // namespace sandbox
