#include "datastoragedialog.h"

#include "history/datafolder.h"
#include "history/historystore.h"
#include "history/retentionpolicy.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

DataStorageDialog::DataStorageDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
    , m_months(new QSpinBox(this))
{
    setWindowTitle(tr("What this app stores"));
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(describe(currentFacts()));
    m_text->setMinimumSize(560, 380);

    m_months->setRange(0, 240);
    m_months->setSpecialValueText(tr("forever"));
    m_months->setSuffix(tr(" months"));
    m_months->setValue(history::RetentionPolicy::load(QSettings()).months);
    m_months->setAccessibleName(tr("Keep send history for"));

    auto *form = new QFormLayout;
    form->addRow(tr("Keep send history for:"), m_months);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DataStorageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DataStorageDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString DataStorageDialog::text() const
{
    return m_text->toHtml();
}

void DataStorageDialog::accept()
{
    QSettings settings;
    history::RetentionPolicy policy;
    policy.months = m_months->value();
    policy.save(settings);
    QDialog::accept();
}

DataStorageDialog::Facts DataStorageDialog::currentFacts()
{
    Facts facts;
    facts.dataFolder = history::datafolder::path();
    facts.historyFile = history::HistoryStore::defaultPath();
    facts.settingsFile = history::datafolder::settingsPath();
    facts.policy = history::RetentionPolicy::load(QSettings()).describe();
    const QFileInfo file(facts.historyFile);
    if (file.exists()) {
        facts.historyBytes = file.size();
        history::HistoryStore store;
        if (store.open(facts.historyFile))
            facts.oldestEntry = store.oldestEntry();
    }
    return facts;
}

QString DataStorageDialog::describe(const Facts &facts)
{
    const QLocale locale;
    auto code = [](const QString &path) {
        return QStringLiteral("<code>%1</code>").arg(path.toHtmlEscaped());
    };
    QString oldest =
        facts.oldestEntry.isValid()
            ? tr("The oldest entry is from %1.")
                  .arg(locale.toString(facts.oldestEntry.toLocalTime(), QLocale::LongFormat))
            : tr("The history holds no entry yet.");
    QString size = facts.historyBytes < 0
                       ? tr("(not created yet)")
                       : tr("(%1)").arg(locale.formattedDataSize(facts.historyBytes));
    QString html;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("The send history"),
                     tr("Every number you invite, with its name, the message, the invitation's "
                        "status and the journal of each send, is kept in %1 %2 in the folder "
                        "%3. It is kept for %4, then deleted automatically (checked at start "
                        "and once a day). %5")
                         .arg(code(facts.historyFile), size, code(facts.dataFolder),
                              facts.policy.toHtmlEscaped(), oldest.toHtmlEscaped()));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Settings"),
                     tr("The connection (server address, client ID, organization), your "
                        "preferences, message templates, the last folders and the paths of "
                        "recently imported files — never their contents — are kept in %1. No "
                        "draft of numbers is stored: the numbers you type or import stay in "
                        "memory until they are sent.")
                         .arg(code(facts.settingsFile)));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Secrets"),
                     tr("The client secret is kept only in the system keychain. When no keychain "
                        "is available it is kept in memory for this run only. The session token "
                        "is never written anywhere. No secret is in the files above or in a "
                        "log."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Who can read it"),
                     tr("Only your account: the files are created readable by you alone, and "
                        "corrected at start if they were not. Exports you save keep the normal "
                        "permissions of the place you chose."));
    html += QStringLiteral("<h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li></ul>")
                .arg(tr("How to delete it"),
                     tr("One person: right-click the number in the results and choose "
                        "“Forget this number…”, or run %1. The number is wiped from the "
                        "files; the invitation in Accessy is not affected.")
                         .arg(code(QStringLiteral("accessy-invite forget NUMBER"))),
                     tr("Old entries: choose below how many months to keep."),
                     tr("Everything: quit the app and delete the folder %1 and the file %2.")
                         .arg(code(facts.dataFolder), code(facts.settingsFile)));
    return html;
}

} // namespace ui
