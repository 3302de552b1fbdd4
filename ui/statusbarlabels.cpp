#include "statusbarlabels.h"

#include "invitations/invitationstatus.h"
#include "models/invitationtablemodel.h"

#include <utility>

namespace ui {

LiveStateLabel::LiveStateLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionState"));
    setAccessibleName(tr("Live status connection"));
    showState(events::StompClient::State::Offline);
}

void LiveStateLabel::showState(events::StompClient::State state)
{
    using State = events::StompClient::State;
    // The label, and what the state means for the statuses shown.
    const auto [text, tip] = [state]() -> std::pair<QString, QString> {
        switch (state) {
        case State::Live:
            return {tr("● Live"), tr("Status changes arrive as they happen.")};
        case State::Connecting:
            return {tr("◌ Connecting…"), QString()};
        case State::Reconnecting:
            return {tr("◌ Reconnecting…"),
                    tr("The live connection dropped; statuses are refreshed when it is back.")};
        case State::SignInRefused:
            return {tr("○ Live updates refused"),
                    tr("The event service refused the sign-in. Statuses are still refreshed "
                       "every minute and with F5.")};
        case State::Offline:
            return {tr("○ Offline"), tr("No live connection. Statuses are refreshed with F5.")};
        }
        return {};
    }();
    setText(text);
    setToolTip(tip);
}

StatusCountsLabel::StatusCountsLabel(models::InvitationTableModel *results, QWidget *parent)
    : QLabel(parent)
    , m_results(results)
{
    setObjectName(QStringLiteral("statusCounts"));
    setAccessibleName(tr("Invitations per status"));
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(100);
    connect(&m_throttle, &QTimer::timeout, this, &StatusCountsLabel::updateCounts);
    connect(results, &models::InvitationTableModel::statusCountsChanged, this, [this] {
        if (!m_throttle.isActive()) // a throttle, not a debounce: steady changes still show
            m_throttle.start();
    });
    updateCounts();
}

void StatusCountsLabel::updateCounts()
{
    const QHash<QString, int> &counts = m_results->statusCounts();
    QStringList parts;
    for (const invitations::StatusDefinition &status : invitations::InvitationStatus::all()) {
        if (counts.value(status.key) > 0)
            parts << QStringLiteral("%1: %2").arg(status.text()).arg(counts.value(status.key));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!invitations::InvitationStatus::find(it.key()))
            parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    }
    setText(parts.join(QStringLiteral(" · ")));
}

} // namespace ui
