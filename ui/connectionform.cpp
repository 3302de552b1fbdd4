#include "connectionform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ui {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QGroupBox(tr("Connection"), parent)
    , m_apiUrl(new QLineEdit(QStringLiteral("https://api.accessy.se"), this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign &in"), this))
    , m_status(new QLabel(this))
{
    m_apiUrl->setAccessibleName(tr("API address"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setToolTip(tr("Kept in memory only; it is never saved."));
    m_signIn->setToolTip(tr("Sign in and read the organization, to check the details"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("API &address:"), m_apiUrl);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_clientSecret);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_signIn, 0, Qt::AlignTop);
    form->addRow(row);

    for (QLineEdit *edit : {m_apiUrl, m_clientId, m_clientSecret})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::changed);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionForm::signInRequested);
}

QUrl ConnectionForm::apiUrl() const
{
    return QUrl::fromUserInput(m_apiUrl->text().trimmed());
}

accessy::Credentials ConnectionForm::credentials() const
{
    accessy::Credentials c;
    c.clientId = m_clientId->text().trimmed();
    c.clientSecret = m_clientSecret->text();
    return c;
}

void ConnectionForm::setConnection(const QUrl &apiUrl, const QString &clientId,
                                   const QString &clientSecret)
{
    m_apiUrl->setText(apiUrl.toString());
    m_clientId->setText(clientId);
    m_clientSecret->setText(clientSecret);
    Q_EMIT changed();
}

void ConnectionForm::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b34700;") : QString());
}

void ConnectionForm::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
}

bool ConnectionForm::isComplete() const
{
    return apiUrl().isValid() && credentials().isComplete();
}

} // namespace ui
