#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "cli/awaitresult.h"
#include "cli/watcharguments.h"
#include "history/historystore.h"
#include "tracking/livestatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace cli {

using events::InvitationStatusChange;
using events::OrganizationEvents;
using events::StompClient;

// Runs one `accessy-invite watch`: signs in, learns the current statuses without printing
// them, then prints every change the event stream or a list re-read reveals until a
// termination signal. run() returns the exit code.
class WatchRunner final : public QObject
{
    Q_OBJECT
public:
    WatchRunner(const WatchArguments &arguments, const accessy::Credentials &credentials,
                QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WatchRunner)

    int run();

private:
    bool signIn();
    bool readInitialList();
    void startWatching();
    void print(const tracking::StatusChange &change);
    void onConnectionState(StompClient::State state);
    void onEventsRefused();
    void stopWatching();
    // Ends the run with `code` once the event loop gets there (also from inside callbacks).
    void finish(int code, const QString &message = {});
    void note(const QString &text);

    WatchArguments m_arguments;
    accessy::ApiClient m_client;
    accessy::AccessySession m_session;
    tracking::LiveStatus m_live; // the same wiring of events and list as the window's
    tracking::InvitationTracker &m_tracker;
    OrganizationEvents &m_events;
    history::HistoryStore m_history; // open when this machine has one: it learns the statuses
    QTextStream m_out;
    QTextStream m_err;
    Interruption m_stop;        // a termination signal or finish(): no more waiting
    bool m_watching = false;    // the initial list is known: discoveries are news from now on
    bool m_interrupted = false; // a termination signal arrived
    int m_exitCode = 0;
    QElapsedTimer m_sinceResignIn; // events refused again soon after a new token = give up
    bool m_resigningIn = false;
};

} // namespace cli
