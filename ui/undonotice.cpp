#include "undonotice.h"

#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace ui {

void showUndoNotice(QStatusBar *bar, const QString &text, std::function<void()> undo, int timeoutMs)
{
    if (!bar)
        return;
    // One notice at a time: a newer one replaces the older one's button.
    delete bar->findChild<QPushButton *>(QStringLiteral("undoNotice"));
    auto *button = new QPushButton(QPushButton::tr("Undo"), bar);
    button->setObjectName(QStringLiteral("undoNotice"));
    button->setToolTip(text);
    button->setFlat(true);
    bar->showMessage(text, timeoutMs);
    bar->addWidget(button);
    QPointer<QPushButton> guard(button);
    QObject::connect(button, &QPushButton::clicked, button, [bar, button, undo] {
        undo();
        bar->clearMessage();
        button->deleteLater();
    });
    QTimer::singleShot(timeoutMs, button, [guard] {
        if (guard)
            guard->deleteLater();
    });
}

} // namespace ui
