#include "sendflow.h"

#include "accessgroupspicker.h"
#include "invitepanel.h"
#include "namedbutton.h"
#include "sendconfirmationdialog.h"

#include "core/application.h"

#include <QMessageBox>
#include <QPushButton>

namespace ui {

SendFlow::SendFlow(QWidget *window, core::Application *app, InvitePanel *invite)
    : QObject(window)
    , m_window(window)
    , m_app(app)
    , m_invite(invite)
{
    sending::SendController *sender = app->sender();
    connect(sender, &sending::SendController::previewReady, this, &SendFlow::confirmAndSend);
    connect(sender, &sending::SendController::previewFailed, this, &SendFlow::showPreviewFailed);
    connect(sender, &sending::SendController::previewCancelled, this, [this] {
        m_previewing = false;
        m_pendingItems.clear();
        Q_EMIT stateChanged();
        Q_EMIT message(tr("Cancelled: nothing was sent."), 8000);
    });
    connect(sender, &sending::SendController::recovered, this, &SendFlow::showRecovery);
    connect(sender, &sending::SendController::finished, this, &SendFlow::showFinished);
    connect(sender, &sending::SendController::runningChanged, this, [this](bool running) {
        if (running) {
            m_sentIds.clear();
            m_notDone = 0;
        }
    });
    connect(sender, &sending::SendController::itemOutcome, this,
            [this](const sending::SendOutcome &outcome) {
                if (outcome.invited && !outcome.invitation.id.isEmpty())
                    m_sentIds << outcome.invitation.id;
                else if (!outcome.invited && outcome.kind != sending::OutcomeKind::AlreadyInvited)
                    ++m_notDone;
            });
}

void SendFlow::send()
{
    if (m_app->sender()->isRunning() || m_previewing || m_askingRetry)
        return;
    m_pendingItems.clear();
    for (const phones::PhoneEntry &e : m_invite->sendableEntries())
        m_pendingItems << sending::SendItem{-1, e.e164, e.name, e.input};
    if (m_pendingItems.isEmpty())
        return;
    m_previewing = true;
    Q_EMIT stateChanged();
    Q_EMIT message(tr("Checking who already has an invitation…"), 0);
    // Members are planned "add to the chosen groups" exactly as the send will do it.
    m_app->sender()->preview(m_pendingItems, !m_invite->groupsPicker()->checkedIds().isEmpty());
}

void SendFlow::showPreviewFailed(const QString &why)
{
    m_previewing = false;
    Q_EMIT stateChanged();
    // The status bar said "Checking who already has an invitation…": not any more.
    Q_EMIT message(tr("Nothing was sent."), 8000);
    using Kind = accessy::ApiError::Kind;
    const Kind kind = m_app->sender()->lastPreviewError().kind;
    const bool practiceServerGone =
        m_app->isPractice() && (kind == Kind::Network || kind == Kind::Timeout);
    QString text;
    if (practiceServerGone) {
        // The admin never typed an address in practice mode: advice about it would mislead.
        text = tr("The practice server stopped answering, so nothing was sent.\n\nRestart it "
                  "and send again.");
    } else {
        text = tr("Before sending, the app reads the organization's members and invitations, "
                  "so that no member and nobody already invited gets an SMS. That read "
                  "failed:\n%1\n\nNothing was sent. Try again when the connection works.")
                   .arg(why);
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Not sent"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("notSentMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (practiceServerGone) {
        box->setDetailedText(why);
        QPushButton *restart =
            addNamedButton(box, tr("&Restart the practice server"), QMessageBox::AcceptRole,
                           QStringLiteral("restartPractice"));
        connect(restart, &QPushButton::clicked, this, &SendFlow::practiceRestartRequested);
    }
    box->open();
}

void SendFlow::confirmAndSend(const sending::SendPlan &plan)
{
    QList<phones::PhoneEntry> notSendable;
    for (const phones::PhoneEntry &e : m_invite->checkedModel()->entries()) {
        if (!phones::isSendable(e.verdict))
            notSendable << e;
    }
    // The preview has just read the organization's invitations, which carry its name; an
    // organization without any invitation yet has no name the API gives.
    QString organization = m_app->organizationName();
    if (organization.isEmpty())
        organization = tr("your organization");
    auto *dialog =
        new SendConfirmationDialog(plan, organization, m_invite->message(),
                                   m_invite->groupsPicker()->checkedNames(), notSendable, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_previewing = false;
        if (result == QDialog::Accepted) {
            sending::SendController *sender = m_app->sender();
            const QStringList groups = m_invite->groupsPicker()->checkedIds();
            m_app->rememberAccessGroupSelection(groups);
            Q_EMIT sendStarted(); // the draft is kept before anything leaves
            // The pending ones ticked in go out as reminders, recorded as such.
            const bool started = sender->start(m_pendingItems, m_invite->message(), groups,
                                               dialog->numbersToRemind());
            if (started) {
                m_app->rememberMessage(m_invite->message());
                if (dialog->numberToSend() > 0)
                    Q_EMIT message(tr("Sending %n invitation(s)…", nullptr, dialog->numberToSend()),
                                   0);
                else
                    Q_EMIT message(tr("Adding %n member(s) to the access groups…", nullptr,
                                      dialog->membersToAdd()),
                                   0);
            }
        } else {
            Q_EMIT message(tr("Nothing was sent."), 4000);
        }
        m_pendingItems.clear();
        Q_EMIT stateChanged();
    });
    dialog->open();
}

void SendFlow::retryFailed()
{
    sending::SendController *sender = m_app->sender();
    if (sender->isRunning() || m_previewing || m_askingRetry || sender->failedItemCount() == 0)
        return;
    sending::SendPlan plan;
    plan.toSend = sender->failedItems();
    QStringList groupNames;
    const QStringList groupIds = sender->lastGroupIds();
    for (const accessy::AccessGroup &g : m_invite->groupsPicker()->groups()) {
        if (groupIds.contains(g.id))
            groupNames << (g.name.isEmpty() ? g.id : g.name);
    }
    QString organization = m_app->organizationName();
    if (organization.isEmpty())
        organization = tr("your organization");
    auto *dialog = new SendConfirmationDialog(plan, organization, sender->lastMessage(), groupNames,
                                              {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Retry failed"));
    dialog->setCancelledNumbers(sender->cancelledItems());
    m_askingRetry = true; // one question at a time
    connect(dialog, &QDialog::finished, this, [this, dialog, plan](int result) {
        m_askingRetry = false;
        if (result == QDialog::Accepted) {
            QList<int> keys = dialog->chosenCancelledKeys();
            for (const sending::SendItem &item : plan.toSend)
                keys << item.key;
            if (m_app->sender()->retryFailed(keys))
                Q_EMIT message(tr("Sending %n invitation(s) again…", nullptr, int(keys.size())), 0);
        } else {
            Q_EMIT message(tr("Nothing was sent."), 4000);
        }
        Q_EMIT stateChanged();
    });
    dialog->open();
}

void SendFlow::showRecovery(const sending::RecoverySummary &summary)
{
    if (summary.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("An earlier send was interrupted"),
                        summary.lines().join(QLatin1Char('\n')), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("recoverySummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *finish = nullptr;
    if (!summary.interruptedJobIds.isEmpty()) {
        finish = box->addButton(tr("Finish that send"), QMessageBox::AcceptRole);
        box->addButton(tr("Not now"), QMessageBox::RejectRole);
    } else {
        box->addButton(QMessageBox::Ok);
    }
    const QList<qint64> jobs = summary.interruptedJobIds;
    connect(box, &QMessageBox::buttonClicked, this, [this, finish, jobs](QAbstractButton *b) {
        if (b != finish || !finish)
            return;
        for (qint64 job : jobs) {
            if (m_app->sender()->resumeInterrupted(job))
                break; // one at a time; the next is offered at the next start
        }
    });
    box->open();
}

void SendFlow::showFinished(int sent, int failed)
{
    if (failed == 0)
        Q_EMIT message(tr("Done: %n invitation(s) sent.", nullptr, sent), 0);
    else
        Q_EMIT message(
            tr("Done: %1 sent, %2 not sent — see the Problem column.").arg(sent).arg(failed), 0);
    Q_EMIT stateChanged();
    Q_EMIT sendEnded(m_sentIds, m_notDone);
}

} // namespace ui
