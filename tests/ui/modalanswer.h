#pragma once

// Finds a dialog the window opened (window-modal, by open()) and answers it, like an admin
// would: tests wait for it with a deadline instead of a fixed sleep.
#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QWidget>

template<typename Dialog>
Dialog *waitForDialog(QWidget *window, const QString &objectName = {}, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (Dialog *d : window->findChildren<Dialog *>(objectName)) {
            if (d->isVisible())
                return d;
        }
        QTest::qWait(10); // a poll step of the bounded wait above, not a fixed delay
    }
    return nullptr;
}

// Clicks the button called `buttonName` in the first visible dialog called `dialogName`.
template<typename Dialog>
bool answerDialog(QWidget *window, const QString &dialogName, const QString &buttonName)
{
    Dialog *dialog = waitForDialog<Dialog>(window, dialogName);
    if (!dialog)
        return false;
    auto *button = dialog->template findChild<QAbstractButton *>(buttonName);
    // A dialog may still be reading (an import preview): its button comes alive when done.
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 10000))
        return false;
    button->click();
    return true;
}
