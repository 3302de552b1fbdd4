#pragma once

#include <QDateTime>
#include <QDialog>

class QSpinBox;
class QTextBrowser;

namespace ui {

// Help › What this app stores…: which personal data the app keeps, where (the real paths of
// this computer), for how long (the retention setting, editable here), how to delete it, and
// where secrets are (the system keychain only).
class DataStorageDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DataStorageDialog(QWidget *parent = nullptr);

    // The explanation as shown (HTML), for tests.
    QString text() const;
    QSpinBox *retentionMonths() const { return m_months; }

    // The explanation for these facts; used by the dialog and its test.
    struct Facts
    {
        QString dataFolder;
        QString historyFile;
        qint64 historyBytes = -1; // -1: no history yet
        QDateTime oldestEntry;    // invalid: nothing kept
        QString settingsFile;
        QString policy; // "12 months", "forever"
    };
    static Facts currentFacts();
    static QString describe(const Facts &facts);

    void accept() override; // saves the retention period

private:
    QTextBrowser *m_text;
    QSpinBox *m_months;
};

} // namespace ui
