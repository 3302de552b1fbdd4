#include "connectiondialog.h"

#include "accessy/credentialstore.h"
#include "accessy/tokeninfo.h"
#include "settings/profilestore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
QString durationText(qint64 seconds)
{
    if (seconds < 3600)
        return ConnectionDialog::tr("%n minute(s)", nullptr, int(qMax<qint64>(1, seconds / 60)));
    if (seconds < 2 * 86400)
        return ConnectionDialog::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return ConnectionDialog::tr("%n day(s)", nullptr, int(seconds / 86400));
}
} // namespace

ConnectionDialog::ConnectionDialog(settings::ProfileStore *profiles,
                                   accessy::CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    setWindowTitle(tr("Connection settings"));
    buildUi();
    loadProfile(m_profiles->currentProfileName());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_profileName = new QComboBox(this);
    m_profileName->setEditable(true);
    m_profileName->setObjectName(QStringLiteral("profile"));
    m_profileName->setAccessibleName(tr("Profile"));
    m_profileName->setToolTip(tr("Several organizations or servers: one profile each"));
    m_profileName->addItems(m_profiles->profileNames());
    form->addRow(tr("&Profile:"), m_profileName);

    m_apiUrl = new QLineEdit(this);
    m_apiUrl->setObjectName(QStringLiteral("apiUrl"));
    m_apiUrl->setAccessibleName(tr("API address"));
    form->addRow(tr("&API address:"), m_apiUrl);
    m_eventsUrl = new QLineEdit(this);
    m_eventsUrl->setObjectName(QStringLiteral("eventsUrl"));
    m_eventsUrl->setAccessibleName(tr("Events address"));
    form->addRow(tr("&Events address:"), m_eventsUrl);
    // Accessy names the organization only inside invitations: before the first one, the
    // confirmation and the default message use the name typed here.
    m_organizationName = new QLineEdit(this);
    m_organizationName->setObjectName(QStringLiteral("organizationName"));
    m_organizationName->setAccessibleName(tr("Organization name"));
    m_organizationName->setPlaceholderText(tr("Filled in once Accessy has sent an invitation"));
    m_organizationName->setToolTip(
        tr("Shown when you confirm a send and in the default message. Accessy tells it only "
           "with an invitation, so type it here before the first send."));
    form->addRow(tr("Or&ganization name:"), m_organizationName);

    m_tokenMode =
        new QRadioButton(tr("Paste a session &token (recommended on shared computers)"), this);
    m_tokenMode->setObjectName(QStringLiteral("tokenMode"));
    m_tokenMode->setToolTip(tr("Someone who administers the organization gives you a session "
                               "token. Nothing that lasts is stored on this computer."));
    m_credentialsMode = new QRadioButton(this);
    m_credentialsMode->setObjectName(QStringLiteral("credentialsMode"));
    m_credentialsMode->setToolTip(tr("Whoever holds the client ID and secret can administer the "
                                     "whole organization. Use this only on a computer you alone "
                                     "use."));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_tokenMode);
    modes->addButton(m_credentialsMode);
    form->addRow(tr("Sign in with:"), m_tokenMode);
    form->addRow(QString(), m_credentialsMode);

    m_modePages = new QStackedWidget(this);
    auto *tokenPage = new QWidget(m_modePages);
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    m_token = new QLineEdit(tokenPage);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Session token"));
    m_token->setToolTip(tr("Kept in memory only; never saved."));
    m_tokenExpiry = new QLabel(tokenPage);
    m_tokenExpiry->setObjectName(QStringLiteral("tokenExpiry"));
    tokenForm->addRow(tr("Session to&ken:"), m_token);
    tokenForm->addRow(QString(), m_tokenExpiry);
    m_modePages->addWidget(tokenPage);

    auto *credentialsPage = new QWidget(m_modePages);
    auto *credentialsForm = new QFormLayout(credentialsPage);
    credentialsForm->setContentsMargins(0, 0, 0, 0);
    m_clientId = new QLineEdit(credentialsPage);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret = new QLineEdit(credentialsPage);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_keychainNotice = new QLabel(credentialsPage);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    updateKeychainWording();
    connect(m_credentials, &accessy::CredentialStore::keychainProblem, this,
            &ConnectionDialog::updateKeychainWording);
    credentialsForm->addRow(tr("C&lient ID:"), m_clientId);
    credentialsForm->addRow(tr("Client &secret:"), m_clientSecret);
    credentialsForm->addRow(QString(), m_keychainNotice);
    m_modePages->addWidget(credentialsPage);
    // A long test result must not squeeze the fields above it into thin strips.
    m_modePages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    form->addRow(m_modePages);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setPlaceholderText(tr("Optional: for company networks that inspect HTTPS"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    // A label of its own: QFormLayout cannot give a row of a layout a buddy, and a label
    // without one shows its '&' literally.
    auto *caLabel = new QLabel(tr("Extra &CA certificate (PEM):"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    outer->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(tr("Test co&nnection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Sign in and read the organization, without saving"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setToolTip(tr("Forget the session token and remove the saved secret from the "
                             "system keychain"));
    testRow->addWidget(m_result, 1);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_signOut, 0, Qt::AlignTop);
    outer->addLayout(testRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    outer->addWidget(buttons);

    // Choosing a saved profile loads it; a new name keeps the fields (save them under it).
    connect(m_profileName, &QComboBox::textActivated, this, [this](const QString &name) {
        if (m_profiles->profileNames().contains(name))
            loadProfile(name);
    });
    connect(m_tokenMode, &QRadioButton::toggled, this, &ConnectionDialog::updateMode);
    connect(m_token, &QLineEdit::textChanged, this, &ConnectionDialog::updateTokenExpiry);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(&m_tester, &settings::ConnectionTester::finished, this,
            &ConnectionDialog::showTestOutcome);
    connect(m_signOut, &QPushButton::clicked, this, &ConnectionDialog::signOut);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    resize(620, sizeHint().height());
}

void ConnectionDialog::loadProfile(const QString &name)
{
    setProfile(m_profiles->load(name));
}

void ConnectionDialog::setProfile(const settings::ConnectionProfile &p)
{
    m_loaded = p;
    m_profileName->setCurrentText(p.name);
    m_apiUrl->setText(p.apiUrl.toString());
    m_eventsUrl->setText(p.eventsUrl.toString());
    (p.mode == settings::SignInMode::ClientCredentials ? m_credentialsMode : m_tokenMode)
        ->setChecked(true);
    m_clientId->setText(p.clientId);
    m_clientSecret->clear();
    m_caFile->setText(p.caCertificateFile);
    m_organizationName->setText(p.organizationName);
    m_keychainNotice->clear();
    updateMode();
    if (!p.organizationId.isEmpty()) {
        const QString org = p.organizationName.isEmpty()
                                ? p.organizationId
                                : tr("%1 (%2)").arg(p.organizationName, p.organizationId);
        showResult(tr("Last connected to %1.").arg(org), false);
    } else {
        showResult(QString(), false);
    }
    if (p.mode == settings::SignInMode::ClientCredentials && !p.clientId.isEmpty()) {
        const QString account = p.keychainAccount();
        m_credentials->read(account, this, [this, account](const auto &outcome) {
            // The admin may have switched profile or typed meanwhile.
            if (profile().keychainAccount() != account || !m_clientSecret->text().isEmpty())
                return;
            m_clientSecret->setText(outcome.secret);
            if (!outcome.ok())
                m_keychainNotice->setText(outcome.keychainProblem);
            else if (!outcome.secret.isEmpty())
                m_keychainNotice->setText(tr("Secret loaded from the system keychain."));
        });
    }
}

void ConnectionDialog::setPastedToken(const QString &token)
{
    m_token->setText(token);
}

void ConnectionDialog::setClientSecret(const QString &secret)
{
    m_clientSecret->setText(secret);
}

settings::ConnectionProfile ConnectionDialog::profile() const
{
    settings::ConnectionProfile p = m_loaded;
    p.name = m_profileName->currentText().trimmed();
    if (p.name.isEmpty())
        p.name = QStringLiteral("default");
    p.apiUrl = QUrl::fromUserInput(m_apiUrl->text().trimmed());
    p.eventsUrl = QUrl::fromUserInput(m_eventsUrl->text().trimmed());
    p.mode = m_credentialsMode->isChecked() ? settings::SignInMode::ClientCredentials
                                            : settings::SignInMode::PastedToken;
    p.clientId = m_clientId->text().trimmed();
    p.caCertificateFile = m_caFile->text().trimmed();
    p.organizationName = m_organizationName->text().simplified();
    return p;
}

accessy::Credentials ConnectionDialog::credentials() const
{
    accessy::Credentials c;
    if (m_credentialsMode->isChecked()) {
        c.clientId = m_clientId->text().trimmed();
        c.clientSecret = m_clientSecret->text();
    } else {
        c.pastedToken = m_token->text().trimmed();
    }
    return c;
}

accessy::Result<accessy::ApiClientSettings> ConnectionDialog::clientSettings() const
{
    return settings::clientSettingsFor(profile());
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

QString ConnectionDialog::tokenExpiryText() const
{
    return m_tokenExpiry->text();
}

QString ConnectionDialog::keychainNotice() const
{
    return m_keychainNotice->text();
}

void ConnectionDialog::updateMode()
{
    m_modePages->setCurrentIndex(m_credentialsMode->isChecked() ? 1 : 0);
    updateTokenExpiry();
}

void ConnectionDialog::updateTokenExpiry()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        m_tokenExpiry->setText(tr("Paste the token you were given."));
        return;
    }
    const QDateTime expiry = accessy::jwtExpiry(token);
    if (!expiry.isValid()) {
        m_tokenExpiry->setText(tr("Expiry unknown: you will be asked for a new token when this "
                                  "one stops working."));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expiry);
    const QString when = QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat);
    if (left <= 0)
        m_tokenExpiry->setText(tr("This token expired on %1. Ask for a new one.").arg(when));
    else
        m_tokenExpiry->setText(tr("Expires %1 (in %2).").arg(when, durationText(left)));
}

void ConnectionDialog::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setToolTip(QString());
    m_result->setStyleSheet(problem ? QStringLiteral("color: #b34700;") : QString());
    // Grow to fit a longer text instead of squeezing the fields.
    if (layout()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : sizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    }
}

void ConnectionDialog::updateKeychainWording()
{
    // Say where the secret goes only where it really goes there.
    const bool keychain = !m_credentials->keychainUnavailable();
    m_credentialsMode->setText(
        keychain ? tr("Client &ID and secret (the secret is kept in the system keychain)")
                 : tr("Client &ID and secret (no keychain here: the secret is kept for this "
                      "session only)"));
    m_clientSecret->setToolTip(keychain
                                   ? tr("Saved only in the system keychain, never in a file.")
                                   : tr("Kept in memory for this session only, never in a file."));
}

void ConnectionDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Extra CA certificate"), m_caFile->text(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectionDialog::testConnection()
{
    const QString problem =
        settings::ConnectionTester::problemBeforeSignIn(profile(), credentials());
    if (!problem.isEmpty()) {
        showResult(problem, true);
        return;
    }
    m_test->setEnabled(false);
    showResult(tr("Connecting…"), false);
    m_tester.test(profile(), credentials());
}

void ConnectionDialog::showTestOutcome(const settings::ConnectionTestOutcome &outcome)
{
    m_test->setEnabled(true);
    if (!outcome.ok) {
        showResult(outcome.problem, true);
        Q_EMIT connectionTested(false, {});
        return;
    }
    const accessy::Membership &m = outcome.membership;
    if (!m_loaded.organizationId.isEmpty() && m.organizationId != m_loaded.organizationId &&
        m_organizationName->text().simplified() == m_loaded.organizationName)
        m_organizationName->clear(); // the remembered name was another organization's
    m_loaded.organizationId = m.organizationId;
    // The server's name (from an invitation) wins over a typed one.
    if (!outcome.organizationName.isEmpty())
        m_organizationName->setText(outcome.organizationName);
    m_loaded.organizationName = m_organizationName->text().simplified();
    // The name is what admins know; the id only when the name cannot be read yet.
    QString text = m_loaded.organizationName.isEmpty()
                       ? tr("Connected to organization %1 (Accessy tells its name only with an "
                            "invitation: type it under Organization name).")
                             .arg(m.organizationId)
                       : tr("Connected to %1.").arg(m_loaded.organizationName);
    m_result->setToolTip(tr("Organization ID: %1").arg(m.organizationId));
    text +=
        QLatin1Char(' ') +
        tr("Roles: %1.").arg(m.roles.isEmpty() ? tr("none") : m.roles.join(QStringLiteral(", ")));
    if (outcome.lacksAdministrator())
        text += QLatin1Char(' ') + tr("Warning: these credentials lack the "
                                      "ORGANIZATION_ADMINISTRATOR role, so sending "
                                      "invitations may be refused.");
    if (outcome.tokenExpiresAt.isValid())
        text += QLatin1Char(' ') + tr("The session token expires %1.")
                                       .arg(QLocale().toString(outcome.tokenExpiresAt.toLocalTime(),
                                                               QLocale::ShortFormat));
    showResult(text, outcome.lacksAdministrator());
    Q_EMIT connectionTested(true, m);
}

void ConnectionDialog::signOut()
{
    const settings::ConnectionProfile p = profile();
    m_token->clear();
    m_clientSecret->clear();
    m_tester.forget();
    if (!p.clientId.isEmpty()) {
        m_credentials->remove(p.keychainAccount(), this, [this](const auto &outcome) {
            if (!outcome.ok())
                m_keychainNotice->setText(outcome.keychainProblem);
        });
    }
    showResult(tr("Signed out: the session token is forgotten and the saved secret removed."),
               false);
    Q_EMIT signOutRequested();
}

void ConnectionDialog::accept()
{
    if (m_saving)
        return;
    const settings::ConnectionProfile p = profile();
    if (const QString problem = settings::addressProblem(p); !problem.isEmpty()) {
        showResult(problem, true);
        return;
    }
    if (!p.caCertificateFile.isEmpty()) {
        const auto settings = clientSettings();
        if (!settings.ok()) {
            showResult(settings.error().userMessage(), true);
            return;
        }
    }
    m_profiles->save(p);
    m_profiles->setCurrentProfileName(p.name);
    m_profiles->sync();
    const QString secret = m_clientSecret->text();
    if (p.mode != settings::SignInMode::ClientCredentials || p.clientId.isEmpty() ||
        secret.isEmpty())
        return QDialog::accept();
    m_saving = true;
    m_save->setEnabled(false);
    m_credentials->store(p.keychainAccount(), secret, this, [this](const auto &outcome) {
        m_saving = false;
        m_save->setEnabled(true);
        if (!outcome.ok()) {
            m_keychainNotice->setText(outcome.keychainProblem);
            Q_EMIT keychainProblem(outcome.keychainProblem);
        }
        QDialog::accept();
    });
}

} // namespace ui
