// Every text has a Swedish translation, the catalogues match the sources, and they load.
#include "i18n/catalogtranslator.h"
#include "i18n/translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kTop = QStringLiteral(INVITE_SOURCE_DIR);

struct Catalog
{
    QSet<QString> sources;
    QStringList unfinished;
};

Catalog readCatalog(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            catalog.sources.insert(source);
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                catalog.unfinished << source;
        }
    }
    return catalog;
}

// What lupdate finds in the sources today, for one catalogue.
QSet<QString> sourcesNow(const QStringList &inputs)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("now.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(kTop);
    lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-no-obsolete")} +
                      inputs + QStringList{QStringLiteral("-ts"), ts});
    lupdate.waitForFinished(120000);
    return readCatalog(ts).sources;
}

QStringList coreInputs()
{
    QStringList dirs;
    for (const QString &d :
         QDir(kTop + QStringLiteral("/app")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (d != QLatin1String("sandbox") && d != QLatin1String("i18n"))
            dirs << QStringLiteral("app/") + d;
    }
    return dirs;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swedish_everyTextTranslated_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("window") << QStringLiteral("accessy-invite_sv.ts");
        QTest::newRow("core") << QStringLiteral("accessy-invite-core_sv.ts");
    }

    void swedish_everyTextTranslated()
    {
        QFETCH(QString, catalogue);
        const Catalog c = readCatalog(kTop + QStringLiteral("/translations/") + catalogue);
        QVERIFY(c.sources.size() > 50);
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g. \"%2\"")
                                                        .arg(c.unfinished.size())
                                                        .arg(c.unfinished.value(0))));
    }

    void catalogues_matchTheSources_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QStringList>("inputs");
        QTest::newRow("window") << QStringLiteral("accessy-invite_sv.ts")
                                << QStringList{QStringLiteral("ui"),
                                               QStringLiteral("app/main.cpp")};
        QTest::newRow("core") << QStringLiteral("accessy-invite-core_sv.ts") << coreInputs();
    }

    void catalogues_matchTheSources()
    {
        QFETCH(QString, catalogue);
        QFETCH(QStringList, inputs);
        const QSet<QString> committed =
            readCatalog(kTop + QStringLiteral("/translations/") + catalogue).sources;
        const QSet<QString> now = sourcesNow(inputs);
        QVERIFY(!now.isEmpty());
        const QStringList missing = (now - committed).values();
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("%1 text(s) not in %2 (run translations/update.sh): \"%3\"")
                           .arg(missing.size())
                           .arg(catalogue, missing.value(0))));
    }

    void installedSwedish_translatesTextsAndPlurals()
    {
        const QString language =
            i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
        QCOMPARE(language, QStringLiteral("sv"));
        const QString one = QCoreApplication::translate("PhoneVerdict", "%n to invite", nullptr, 1);
        const QString many =
            QCoreApplication::translate("PhoneVerdict", "%n to invite", nullptr, 5);
        QVERIFY2(!one.contains(QLatin1String("to invite")), qPrintable(one));
        QVERIFY(one.contains(QLatin1Char('1')));
        QVERIFY(many.contains(QLatin1Char('5')));
        // A namespaced context that lupdate could not resolve is still translated.
        const QString send = QCoreApplication::translate("ui::InvitePanel", "&Send invitations");
        QVERIFY2(send != QLatin1String("&Send invitations"), qPrintable(send));
    }

    void catalogTranslator_prefersTheAskingContext()
    {
        QTemporaryDir dir;
        QFile ts(dir.filePath(QStringLiteral("t.ts")));
        QVERIFY(ts.open(QIODevice::WriteOnly));
        ts.write(
            R"(<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sv">
<context><name>A</name><message><source>Open</source><translation>Öppna</translation></message></context>
<context><name>B</name><message><source>Open</source><translation>Öppen</translation></message>
<message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n fil</numerusform><numerusform>%n filer</numerusform></translation></message>
<message><source>Later</source><translation type="unfinished">Senare</translation></message></context></TS>)");
        ts.close();
        i18n::CatalogTranslator translator;
        QVERIFY(translator.loadCatalog(ts.fileName()));
        QCOMPARE(translator.translate("ns::B", "Open"), QStringLiteral("Öppen"));
        QCOMPARE(translator.translate("A", "Open"), QStringLiteral("Öppna"));
        QCOMPARE(translator.translate("Other", "%n file(s)", nullptr, 1), QStringLiteral("%n fil"));
        QCOMPARE(translator.translate("Other", "%n file(s)", nullptr, 3),
                 QStringLiteral("%n filer"));
        QCOMPARE(translator.translate("B", "Later"), QString()); // unfinished: not used
        QCOMPARE(translator.translate("B", "Unknown"), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
