#pragma once

#include "accessy/accessysession.h"

#include <QGroupBox>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

// Where and as whom to sign in. The secret lives in memory only.
class ConnectionForm final : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    QUrl apiUrl() const;
    accessy::Credentials credentials() const;
    void setConnection(const QUrl &apiUrl, const QString &clientId, const QString &clientSecret);
    void setStatus(const QString &text, bool problem);
    void setBusy(bool busy);
    // True when the fields hold enough to try signing in.
    bool isComplete() const;

Q_SIGNALS:
    void changed();
    void signInRequested();

private:
    QLineEdit *m_apiUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QPushButton *m_signIn;
    QLabel *m_status;
};

} // namespace ui
