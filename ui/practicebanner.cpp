#include "practicebanner.h"

#include <QCoreApplication>
#include <QLabel>

namespace ui {

QLabel *createPracticeBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("practiceBanner"));
    // The texts keep the window's translation context: they were the window's own.
    banner->setText(QCoreApplication::translate(
        "ui::MainWindow", "<b>Practice mode</b> — connected to a local practice server. "
                          "No SMS is sent and nobody is invited."));
    banner->setWordWrap(true);
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #3d3000; border: 1px solid #d9b500; "
                       "border-radius: 4px; padding: 6px; }"));
    banner->setAccessibleName(
        QCoreApplication::translate("ui::MainWindow", "Practice mode notice"));
    banner->setVisible(false);
    return banner;
}

} // namespace ui
