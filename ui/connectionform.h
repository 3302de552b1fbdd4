#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace ui {

// The connection at a glance: where, as whom, which organization, and whether signed in, with
// the buttons to change it (the Connection settings dialog), sign in and sign out. No secret
// is ever shown or typed here.
class ConnectionForm final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    // One or two lines: the address, the way of signing in, the organization.
    void setSummary(const QString &text);
    void setStatus(const QString &text, bool problem);
    void setBusy(bool busy);
    void setSignedIn(bool signedIn);
    QString summaryText() const;
    QString statusText() const;

Q_SIGNALS:
    void settingsRequested();
    void signInRequested();
    void signOutRequested();

private:
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_settings;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
};

} // namespace ui
