#include "composer/messagetemplatestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace composer;

class TestMessageTemplateStore final : public QObject
{
    Q_OBJECT
private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void empty_listsNothing()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        MessageTemplateStore store(&settings);
        QVERIFY(store.templates().isEmpty());
        QVERIFY(!store.text(QStringLiteral("any")));
    }

    void save_listsInNameOrder()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        MessageTemplateStore store(&settings);
        QVERIFY(store.save(QStringLiteral("gamma"), QStringLiteral("G")));
        QVERIFY(store.save(QStringLiteral("Alfa"), QStringLiteral("A")));
        QVERIFY(store.save(QStringLiteral("beta"), QStringLiteral("B")));
        const QList<MessageTemplate> expected = {{QStringLiteral("Alfa"), QStringLiteral("A")},
                                                 {QStringLiteral("beta"), QStringLiteral("B")},
                                                 {QStringLiteral("gamma"), QStringLiteral("G")}};
        QCOMPARE(store.templates(), expected);
    }

    void save_sameNameIgnoringCase_replaces()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        MessageTemplateStore store(&settings);
        store.save(QStringLiteral("Välkommen"), QStringLiteral("old"));
        QVERIFY(store.save(QStringLiteral("  VÄLKOMMEN "), QStringLiteral("new")));
        QCOMPARE(store.templates().size(), 1);
        QCOMPARE(store.templates().first().name, QStringLiteral("VÄLKOMMEN"));
        QCOMPARE(store.text(QStringLiteral("välkommen")), QStringLiteral("new"));
    }

    void save_blankName_isRefused()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        MessageTemplateStore store(&settings);
        QVERIFY(!store.save(QStringLiteral("   "), QStringLiteral("text")));
        QVERIFY(!store.save(QString(), QStringLiteral("text")));
        QVERIFY(store.templates().isEmpty());
    }

    void remove_deletesOnlyThatOne()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        MessageTemplateStore store(&settings);
        store.save(QStringLiteral("a"), QStringLiteral("1"));
        store.save(QStringLiteral("b"), QStringLiteral("2"));
        QVERIFY(store.remove(QStringLiteral("A")));
        QVERIFY(!store.remove(QStringLiteral("a")));
        QVERIFY(!store.remove(QStringLiteral("missing")));
        const QList<MessageTemplate> expected = {{QStringLiteral("b"), QStringLiteral("2")}};
        QCOMPARE(store.templates(), expected);
    }

    void templates_surviveRestart_withExactText()
    {
        const QString text = QString::fromUtf8(
            "Hej!\nVälkommen till “kontoret” – öppna dörren med Accessy 👍\n\n/Åsa, 08=ok;#");
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            MessageTemplateStore store(&settings);
            store.save(QStringLiteral("Nyanställd, kontor"), text);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QSettings reopened(iniPath(), QSettings::IniFormat);
        MessageTemplateStore store(&reopened);
        QCOMPARE(store.text(QStringLiteral("nyanställd, kontor")), text);
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplateStore)
#include "tst_messagetemplatestore.moc"
