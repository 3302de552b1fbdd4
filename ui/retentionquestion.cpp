#include "retentionquestion.h"

#include "history/retentionkeeper.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace ui {

void askBeforeFirstPurge(history::RetentionKeeper &keeper, QWidget *parent)
{
    QObject::connect(
        &keeper, &history::RetentionKeeper::consentNeeded, parent,
        [&keeper, parent](int entries, const QDateTime &cutoff, const QString &policy) {
            // After the window is on screen: the question must not appear before it.
            QTimer::singleShot(0, parent, [&keeper, parent, entries, cutoff, policy] {
                QMessageBox box(QMessageBox::Question, QObject::tr("Delete old send history?"),
                                QObject::tr("The send history is kept for %1. %n entries "
                                            "(sends and invitations) are from before %2.",
                                            nullptr, entries)
                                    .arg(policy, QLocale().toString(cutoff.toLocalTime().date(),
                                                                    QLocale::LongFormat)),
                                QMessageBox::NoButton, parent);
                box.setInformativeText(
                    QObject::tr("Deleting them removes the phone numbers, names and messages "
                                "from this computer; the invitations in Accessy are not "
                                "affected. From now on old entries are deleted once a day. "
                                "You can change the period in Help › What this app stores."));
                QPushButton *remove =
                    box.addButton(QObject::tr("Delete old entries"), QMessageBox::AcceptRole);
                QPushButton *keep =
                    box.addButton(QObject::tr("Keep everything"), QMessageBox::DestructiveRole);
                // Closing the box decides nothing: the question comes back at the next start.
                box.addButton(QObject::tr("Ask me later"), QMessageBox::RejectRole);
                box.setDefaultButton(remove);
                box.exec();
                if (box.clickedButton() == remove)
                    keeper.confirmPurge();
                else if (box.clickedButton() == keep)
                    keeper.keepForever();
            });
        });
}

} // namespace ui
