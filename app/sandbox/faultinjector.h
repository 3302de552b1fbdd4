#pragma once

#include "faultsettings.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <deque>

namespace sandbox {

// Decides, once per well-formed invitation POST, whether it is answered normally or suffers
// one of the configured faults. One uniform draw per request picks the outcome, so a seed makes
// a whole run reproducible.
class FaultInjector final
{
public:
    enum class Outcome
    {
        Normal,
        RateLimited,     // 429, nothing created
        ServerError,     // errorCode(), nothing created
        Hang,            // never answered, nothing created
        DropAfterCreate, // created, connection closed without an answer
        Malformed,       // nothing created, answer 200 with a broken body
        ShortAnswer,     // created, the answer lacks the last element
        CutAnswer,       // created, the connection closes halfway through the answer
        LateCommit       // held, then created and answered (if the client still listens)
    };
    struct Decision
    {
        Outcome outcome = Outcome::Normal;
        int statusCode = 200;
        int holdMs = 0; // LateCommit
    };

    explicit FaultInjector(const FaultSettings &settings);
    Q_DISABLE_COPY_MOVE(FaultInjector)

    const FaultSettings &settings() const { return m_settings; }
    // Replaces every setting; reseeds the draws when the settings carry a seed.
    void setSettings(const FaultSettings &settings);

    Decision decideInvitationPost();

private:
    bool overPerSecondLimit();
    // The answer an outcome gets (a ServerError draws its code).
    Decision decisionFor(Outcome outcome);

    FaultSettings m_settings;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    std::deque<qint64> m_admittedAt; // when the POSTs of the last second were let through
};

} // namespace sandbox
