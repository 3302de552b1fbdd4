#include "connectionform.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QGroupBox(tr("Connection"), parent)
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_settings(new QPushButton(tr("Setti&ngs…"), this))
    , m_signIn(new QPushButton(tr("Sign &in"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
{
    setObjectName(QStringLiteral("connection"));
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setAccessibleName(tr("Connection"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_settings->setObjectName(QStringLiteral("connectionSettings"));
    m_settings->setToolTip(tr("API address, how to sign in, certificates (Ctrl+,)"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setToolTip(tr("Sign in and read the organization, to check the connection"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setToolTip(tr("Forget the session token and remove the saved secret"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_summary, 0, 0);
    grid->addWidget(m_status, 1, 0);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_settings);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    grid->addLayout(buttons, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);

    connect(m_settings, &QPushButton::clicked, this, &ConnectionForm::settingsRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionForm::signInRequested);
    connect(m_signOut, &QPushButton::clicked, this, &ConnectionForm::signOutRequested);
    setSignedIn(false);
}

void ConnectionForm::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ConnectionForm::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb3, 0x47, 0x00));
    m_status->setPalette(palette);
}

void ConnectionForm::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
}

void ConnectionForm::setSignedIn(bool signedIn)
{
    m_signOut->setEnabled(signedIn);
}

QString ConnectionForm::summaryText() const
{
    return m_summary->text();
}

QString ConnectionForm::statusText() const
{
    return m_status->text();
}

} // namespace ui
