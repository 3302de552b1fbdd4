#include "aboutdialog.h"

#include "icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Accessy Invite"));

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Accessy Invite icon"));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("Accessy Invite").toHtmlEscaped(),
                 tr("Version %1").arg(QApplication::applicationVersion()).toHtmlEscaped()));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(
        tr("Invite people to your Accessy organization by SMS.") + QStringLiteral("\n\n") +
        tr("Built with Qt %1, libphonenumber, libzip and QtKeychain.")
            .arg(QString::fromLatin1(qVersion())) +
        QStringLiteral("\n\n") +
        tr("Accessy Invite is free software under the MIT licence. It is not made by Accessy AB."));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_licence = new QPlainTextEdit(licenceText(), this);
    m_licence->setObjectName(QStringLiteral("licenceText"));
    m_licence->setReadOnly(true);
    m_licence->setAccessibleName(tr("Licence"));
    m_licence->setVisible(false);
    m_licence->setMinimumHeight(220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *licence = buttons->addButton(tr("&Licence"), QDialogButtonBox::HelpRole);
    licence->setObjectName(QStringLiteral("showLicence"));
    licence->setCheckable(true);
    licence->setToolTip(tr("Show the licence under which Accessy Invite is distributed"));
    connect(licence, &QPushButton::toggled, m_licence, &QWidget::setVisible);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(text);
    head->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_licence, 1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("MIT License");
    return QString::fromUtf8(file.readAll());
}

} // namespace ui
