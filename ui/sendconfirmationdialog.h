#pragma once

#include "phones/verdict.h"
#include "sending/sendtypes.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace ui {

// "Send 240 invitations to ORGANIZATION?" — with the message, the access groups, and every
// number left out with the reason, so nothing is sent or skipped without the admin seeing it.
class SendConfirmationDialog final : public QDialog
{
    Q_OBJECT
public:
    SendConfirmationDialog(const sending::SendPlan &plan, const QString &organization,
                           const QString &message, const QStringList &groupNames,
                           const QList<phones::PhoneEntry> &notSendable, QWidget *parent = nullptr);

    // The admin ticked "remind" for the numbers whose invitation is still pending: they get a
    // second SMS, recorded as reminders.
    bool remindPending() const;
    // Those numbers (E.164) when ticked, else none.
    QStringList numbersToRemind() const;
    int numberToSend() const;
    // Members added to the chosen access groups instead of texted.
    int membersToAdd() const { return int(m_plan.toAddToGroups.size()); }
    // "Retry failed": the numbers the admin cancelled on purpose, listed apart and unticked;
    // a ticked one is sent too.
    void setCancelledNumbers(const QList<sending::SendItem> &cancelled);
    QList<int> chosenCancelledKeys() const;

private:
    void updateSendButton();

    sending::SendPlan m_plan;
    QCheckBox *m_remindPending = nullptr;
    QListWidget *m_cancelled = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace ui
