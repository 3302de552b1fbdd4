#include "sendconfirmationdialog.h"

#include "sending/sendplanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

SendConfirmationDialog::SendConfirmationDialog(const sending::SendPlan &plan,
                                               const QString &organization, const QString &message,
                                               const QStringList &groupNames,
                                               const QList<phones::PhoneEntry> &notSendable,
                                               QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("sendConfirmation"));
    setWindowTitle(tr("Send invitations"));
    auto *layout = new QVBoxLayout(this);

    auto *question = new QLabel(this);
    question->setObjectName(QStringLiteral("question"));
    question->setWordWrap(true);
    if (plan.toSend.isEmpty() && !plan.toAddToGroups.isEmpty()) {
        question->setText(tr("<b>Add %n member(s) of %1 to the chosen access groups?</b><br>"
                             "Nobody gets an SMS. Anyone you invite again below gets this "
                             "message:",
                             nullptr, int(plan.toAddToGroups.size()))
                              .arg(organization.toHtmlEscaped()));
    } else {
        question->setText(
            tr("<b>Send %n invitation(s) to %1?</b><br>Each person gets an SMS with this message:",
               nullptr, int(plan.toSend.size()))
                .arg(organization.toHtmlEscaped()));
    }
    layout->addWidget(question);

    // Plain text: the admin sees exactly what the SMS says, quotes and ampersands included.
    auto *quoted = new QLabel(message, this);
    quoted->setObjectName(QStringLiteral("quotedMessage"));
    quoted->setTextFormat(Qt::PlainText);
    quoted->setWordWrap(true);
    quoted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    quoted->setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid palette(mid); "
                                         "padding: 4px 8px; margin-left: 8px; }"));
    layout->addWidget(quoted);

    auto *groups = new QLabel(this);
    groups->setObjectName(QStringLiteral("accessGroups"));
    groups->setTextFormat(Qt::PlainText);
    groups->setWordWrap(true);
    groups->setText(groupNames.isEmpty() ? tr("They join no access group when they accept.")
                                         : tr("They join these access groups when they accept: %1")
                                               .arg(groupNames.join(QStringLiteral(", "))));
    layout->addWidget(groups);

    // What the organization's lists made of the numbers: each verdict with its count and why
    // (new, members, added to groups, pending, deleted, listed twice…).
    const QStringList summary = sending::planner::summaryLines(plan);
    if (!summary.isEmpty()) {
        auto *verdicts = new QLabel(this);
        verdicts->setObjectName(QStringLiteral("verdictSummary"));
        verdicts->setTextFormat(Qt::PlainText);
        verdicts->setWordWrap(true);
        verdicts->setAccessibleName(tr("What happens to each number"));
        verdicts->setText(QStringLiteral("• ") + summary.join(QStringLiteral("\n• ")));
        layout->addWidget(verdicts);
    }

    // Everything left out, with the reason.
    auto *leftOut = new QListWidget(this);
    leftOut->setObjectName(QStringLiteral("leftOut"));
    leftOut->setAccessibleName(tr("Numbers left out"));
    const QLocale locale;
    // Members are never texted: with groups chosen they get the groups instead.
    for (const QList<sending::NumberVerdict> &members : {plan.members, plan.toAddToGroups}) {
        for (const sending::NumberVerdict &v : members) {
            leftOut->addItem(tr("%1 — %2").arg(v.item.msisdn, sending::planner::verdictReason(v)));
        }
    }
    for (const sending::AlreadyInvited &a : plan.alreadyInvited) {
        const QDateTime when = a.invitation.createdAt.toLocalTime();
        leftOut->addItem(tr("%1 — already invited on %2 (still pending)")
                             .arg(a.item.msisdn, when.isValid()
                                                     ? locale.toString(when, QLocale::ShortFormat)
                                                     : tr("an earlier day")));
    }
    for (const sending::SendItem &d : plan.duplicates)
        leftOut->addItem(tr("%1 — listed twice: sent once").arg(d.msisdn));
    for (const phones::PhoneEntry &e : notSendable) {
        leftOut->addItem(
            tr("%1 — %2").arg(e.input.isEmpty() ? tr("(empty)") : e.input,
                              e.note.isEmpty() ? phones::verdictLabel(e.verdict) : e.note));
    }
    if (leftOut->count() > 0) {
        auto *leftOutLabel =
            new QLabel(tr("%n number(s) will not be sent:", nullptr, leftOut->count()), this);
        leftOutLabel->setBuddy(leftOut);
        layout->addWidget(leftOutLabel);
        layout->addWidget(leftOut, 1);
    } else {
        leftOut->hide();
    }

    if (!plan.alreadyInvited.isEmpty()) {
        // Unticked: a pending invitation is left out unless the admin chooses a reminder. Never
        // members (the plan has them apart); deleted ones are invited again without asking.
        m_remindPending =
            new QCheckBox(tr("Remind the %n person(s) whose invitation is still pending (a "
                             "second SMS)",
                             nullptr, int(plan.alreadyInvited.size())),
                          this);
        m_remindPending->setObjectName(QStringLiteral("remindPending"));
        m_remindPending->setToolTip(
            tr("They get a new invitation by SMS, recorded as a reminder in the send history."));
        connect(m_remindPending, &QCheckBox::toggled, this,
                &SendConfirmationDialog::updateSendButton);
        layout->addWidget(m_remindPending);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("confirmSend"));
    m_send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSendButton();
    resize(560, leftOut->count() > 0 ? 440 : 240);
}

bool SendConfirmationDialog::remindPending() const
{
    return m_remindPending && m_remindPending->isChecked();
}

QStringList SendConfirmationDialog::numbersToRemind() const
{
    QStringList numbers;
    if (remindPending()) {
        for (const sending::AlreadyInvited &a : m_plan.alreadyInvited)
            numbers << a.item.msisdn;
    }
    return numbers;
}

int SendConfirmationDialog::numberToSend() const
{
    return int(m_plan.toSend.size()) + (remindPending() ? int(m_plan.alreadyInvited.size()) : 0) +
           int(chosenCancelledKeys().size());
}

void SendConfirmationDialog::setCancelledNumbers(const QList<sending::SendItem> &cancelled)
{
    if (cancelled.isEmpty())
        return;
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    const int beforeButtons = layout->count() - 1;
    auto *label = new QLabel(tr("%n number(s) you cancelled — tick those to send as well:", nullptr,
                                int(cancelled.size())),
                             this);
    m_cancelled = new QListWidget(this);
    m_cancelled->setObjectName(QStringLiteral("cancelledNumbers"));
    m_cancelled->setAccessibleName(tr("Cancelled numbers"));
    label->setBuddy(m_cancelled);
    for (const sending::SendItem &item : cancelled) {
        auto *row = new QListWidgetItem(
            item.name.isEmpty() ? item.msisdn : tr("%1 (%2)").arg(item.msisdn, item.name),
            m_cancelled);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked); // cancelled on purpose: not again unless asked
        row->setData(Qt::UserRole, item.key);
    }
    layout->insertWidget(beforeButtons, label);
    layout->insertWidget(beforeButtons + 1, m_cancelled, 1);
    connect(m_cancelled, &QListWidget::itemChanged, this,
            &SendConfirmationDialog::updateSendButton);
    updateSendButton();
}

QList<int> SendConfirmationDialog::chosenCancelledKeys() const
{
    QList<int> keys;
    for (int row = 0; m_cancelled && row < m_cancelled->count(); ++row) {
        if (m_cancelled->item(row)->checkState() == Qt::Checked)
            keys << m_cancelled->item(row)->data(Qt::UserRole).toInt();
    }
    return keys;
}

void SendConfirmationDialog::updateSendButton()
{
    const int n = numberToSend();
    const int members = int(m_plan.toAddToGroups.size());
    if (n == 0 && members > 0)
        m_send->setText(tr("Add %n member(s) to the groups", nullptr, members));
    else
        m_send->setText(tr("Send %n invitation(s)", nullptr, n));
    m_send->setEnabled(n > 0 || members > 0);
}

} // namespace ui
