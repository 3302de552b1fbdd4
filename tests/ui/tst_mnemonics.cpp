// Alt+letter: within one window no two visible controls (buttons, labelled fields, group boxes,
// the menu bar's menus) share a letter, in Swedish and in English. Qt would only cycle between
// them, so the key the admin learned would sometimes land elsewhere.
#include "appdataisolation.h"
#include "connectiondialog.h"
#include "core/application.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "testtable.h"
#include <memory>

namespace {

// The letter after a single '&' ("Se&ttings…" → 't'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter the window answers to, with the texts that claim it.
QMap<QChar, QStringList> mnemonicsOf(QWidget *window)
{
    QMap<QChar, QStringList> claims;
    const auto claim = [&claims](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            claims[letter] << text;
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window) && button->isEnabled())
            claim(button->text());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisibleTo(window) && label->buddy())
            claim(label->text());
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(window))
            claim(box->title());
    }
    if (auto *menuBar = window->findChild<QMenuBar *>()) {
        for (QAction *menu : menuBar->actions())
            claim(menu->text());
    }
    return claims;
}

QStringList clashes(const QMap<QChar, QStringList> &claims)
{
    QStringList found;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(u" | "));
    }
    return found;
}

} // namespace

class TestMnemonics final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<core::Application> m_app;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateAppData(m_data));
        m_app = std::make_unique<core::Application>();
    }

    void check_findsAClash()
    {
        QWidget window;
        for (const QString &text : {u"Se&ttings…"_qs, u"&Templates"_qs, u"Save && &close"_qs})
            new QPushButton(text, &window);
        const QMap<QChar, QStringList> claims = mnemonicsOf(&window);
        QCOMPARE(claims.value(u't'), (QStringList{u"Se&ttings…"_qs, u"&Templates"_qs}));
        QCOMPARE(claims.value(u'c'), QStringList{u"Save && &close"_qs});
        QCOMPARE(clashes(claims).size(), 1);
    }

    void window_hasNoClash_data()
    {
        addColumns<QString, QString>("language", "window");
        for (const QString &language : {u"sv"_qs, u"en"_qs}) {
            for (const QString &window : {u"main window"_qs, u"connection"_qs})
                QTest::addRow("%s %s", qPrintable(language), qPrintable(window))
                    << language << window;
        }
    }

    void window_hasNoClash()
    {
        QFETCH(QString, language);
        QFETCH(QString, window);
        QCOMPARE(i18n::installTranslations(*qApp, language), language);
        std::unique_ptr<QWidget> widget;
        if (window == u"main window")
            widget = std::make_unique<ui::MainWindow>(m_app.get());
        else
            widget =
                std::make_unique<ui::ConnectionDialog>(m_app->profiles(), m_app->credentialStore());
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        const QMap<QChar, QStringList> claims = mnemonicsOf(widget.get());
        QVERIFY(claims.size() >= 3); // the check saw the window's controls
        const QStringList found = clashes(claims);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
