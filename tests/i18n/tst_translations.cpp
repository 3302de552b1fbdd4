// Every text has a Swedish translation, the catalogues match the sources, the .qm files the build
// makes translate every text under the context the code asks with, and the real code speaks
// Swedish under a Swedish translator.
#include "accessy/apierror.h"
#include "accessy/tlspolicy.h"
#include "i18n/translations.h"
#include "importing/csvreader.h"
#include "invitations/invitationstatus.h"
#include "phones/numberregion.h"

#include "testtable.h"
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>
#include <QXmlStreamReader>

namespace {

const QString kTop = QStringLiteral(INVITE_SOURCE_DIR);

// One message of a catalogue, as QTranslator looks it up.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList forms; // the translation's plural forms (numerus messages); not part of the key
    friend bool operator==(const Message &a, const Message &b)
    {
        return a.context == b.context && a.source == b.source && a.comment == b.comment;
    }
    friend size_t qHash(const Message &m, size_t seed = 0)
    {
        return qHashMulti(seed, m.context, m.source, m.comment);
    }
};

struct Catalog
{
    QList<Message> messages;
    QStringList unfinished;
    QString warnings; // lupdate's, when read from the sources
    QSet<Message> keys() const { return {messages.cbegin(), messages.cend()}; }
};

Catalog readCatalog(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message =
                Message{context,
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.forms << xml.readElementText();
            }
            text += message.forms.join(QString());
            catalog.messages << message;
            if (!type.isEmpty() || text.trimmed().isEmpty())
                catalog.unfinished << message.source;
        }
    }
    return catalog;
}

// What lupdate finds in the sources today, for one catalogue, read as translations/update.sh
// reads them (with -I app, so that contexts carry their namespaces as at run time).
Catalog sourcesNow(const QStringList &inputs)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("now.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(kTop);
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                              QStringLiteral("-I"), QStringLiteral("app")} +
                      inputs + QStringList{QStringLiteral("-ts"), ts});
    lupdate.waitForFinished(120000);
    Catalog catalog = readCatalog(ts);
    catalog.warnings = QString::fromUtf8(lupdate.readAllStandardError()).trimmed();
    return catalog;
}

QStringList windowInputs()
{
    return {QStringLiteral("ui"), QStringLiteral("app/main.cpp")};
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

void addCatalogueRows()
{
    addColumns<QString, QStringList>("catalogue", "inputs");
    QTest::newRow("window") << QStringLiteral("accessy-invite") << windowInputs();
    QTest::newRow("core") << QStringLiteral("accessy-invite-core") << coreInputs();
}

// A catalogue in git, translations/<catalogue>_<language>.ts: its file name, and what it holds.
QString committedFile(const QString &catalogue, const QString &language)
{
    return QStringLiteral("%1_%2.ts").arg(catalogue, language);
}

Catalog committedCatalogue(const QString &catalogue, const QString &language)
{
    return readCatalog(kTop + QStringLiteral("/translations/") +
                       committedFile(catalogue, language));
}

QString describe(const Message &m)
{
    return QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swedish_everyTextTranslated_data() { addCatalogueRows(); }

    void swedish_everyTextTranslated()
    {
        QFETCH(QString, catalogue);
        const Catalog c = committedCatalogue(catalogue, QStringLiteral("sv"));
        QVERIFY(c.messages.size() > 50);
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g. \"%2\"")
                                                        .arg(c.unfinished.size())
                                                        .arg(c.unfinished.value(0))));
    }

    void catalogues_matchTheSources_data() { addCatalogueRows(); }

    // Same texts under the same contexts: a text whose class moved to another namespace is
    // missing until translations/update.sh (or the update_translations target) runs.
    void catalogues_matchTheSources()
    {
        QFETCH(QString, catalogue);
        QFETCH(QStringList, inputs);
        for (const QString &language : {QStringLiteral("sv"), QStringLiteral("en")}) {
            const QString name = committedFile(catalogue, language);
            const QSet<Message> committed = committedCatalogue(catalogue, language).keys();
            const Catalog read = sourcesNow(inputs);
            // "Class 'x' lacks Q_OBJECT macro", "Qualifying with unknown namespace/class": lupdate
            // guessed a context, which QTranslator would not find at run time.
            QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings));
            const QSet<Message> now = read.keys();
            QVERIFY(!now.isEmpty());
            const QList<Message> missing = (now - committed).values();
            QVERIFY2(
                missing.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 text(s) not in %2 (run translations/update.sh): %3")
                        .arg(missing.size())
                        .arg(name, missing.isEmpty() ? QString() : describe(missing.first()))));
        }
    }

    void builtSwedish_translatesEveryTextUnderItsContext_data() { addCatalogueRows(); }

    // The .qm the build embeds answers for every (context, text) lupdate reads in the sources,
    // asked the way the code asks: contexts must match exactly, QTranslator has no fallback.
    void builtSwedish_translatesEveryTextUnderItsContext()
    {
        QFETCH(QString, catalogue);
        QFETCH(QStringList, inputs);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/%1_sv.qm").arg(catalogue)));
        const Catalog now = sourcesNow(inputs);
        QVERIFY(now.messages.size() > 50);
        QStringList untranslated;
        for (const Message &m : now.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
            const QList<int> counts = m.numerus ? QList<int>{1, 5} : QList<int>{-1};
            for (int n : counts) {
                if (translator.translate(context.constData(), source.constData(), disambiguation, n)
                        .isEmpty())
                    untranslated << describe(m);
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 not translated, e.g. %2")
                                                        .arg(untranslated.size())
                                                        .arg(untranslated.value(0))));
    }

    void english_pluralsAreRealForms_data() { addCatalogueRows(); }

    // "1 duplicate(s)" reads badly in English too: a text about a count takes the count as %n
    // and the English catalogue has its singular and plural.
    void english_pluralsAreRealForms()
    {
        QFETCH(QString, catalogue);
        const Catalog c = committedCatalogue(catalogue, QStringLiteral("en"));
        QVERIFY(c.messages.size() > 50);
        // A word with "(s)" glued on, but not the "http(s)" of a URL's scheme.
        static const QRegularExpression glued(
            QStringLiteral("\\b(?!https?\\(|wss?\\()\\w+\\(s\\)"));
        int plurals = 0;
        for (const Message &m : c.messages) {
            if (!m.numerus) {
                QVERIFY2(!glued.match(m.source).hasMatch(),
                         qPrintable(describe(m) + QStringLiteral(": a count needs tr(…, %n)")));
                continue;
            }
            ++plurals;
            QVERIFY2(m.forms.size() == 2, qPrintable(describe(m)));
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty() && !form.contains(QStringLiteral("(s)")),
                         qPrintable(describe(m) + QStringLiteral(" → ") + form));
            }
        }
        QVERIFY(plurals >= 10);
    }

    // Our Swedish for Qt's own texts: complete, and in the build under Qt's contexts.
    void qtTexts_swedishCatalogueComplete()
    {
        const Catalog c = readCatalog(kTop + QStringLiteral("/translations/qtbase_sv.ts"));
        QVERIFY(c.messages.size() > 50);
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(c.unfinished.join(QStringLiteral(", "))));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/qtbase_sv.qm")));
        for (const Message &m : c.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            QVERIFY2(!translator
                          .translate(context.constData(), source.constData(),
                                     comment.isEmpty() ? nullptr : comment.constData())
                          .isEmpty(),
                     qPrintable(describe(m)));
        }
        QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    }

    void installedSwedish_translatesTextsAndPlurals()
    {
        const QString language =
            i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
        QCOMPARE(language, QStringLiteral("sv"));
        const QString one = QCoreApplication::translate("PhoneVerdict", "%n to invite", nullptr, 1);
        const QString many =
            QCoreApplication::translate("PhoneVerdict", "%n to invite", nullptr, 5);
        QCOMPARE(one, QStringLiteral("1 att bjuda in"));
        QCOMPARE(many, QStringLiteral("5 att bjuda in"));
        QCOMPARE(QCoreApplication::translate("ui::InvitePanel", "&Send invitations"),
                 QStringLiteral("&Skicka inbjudningar"));
    }

    // Texts produced by the real code, one from each kind of context: a plain struct
    // (ApiError), a file's own context (the TLS policy), a namespaced class with a declared
    // context (the status list). Runs after installedSwedish_… installed the translators.
    void realCode_speaksSwedish()
    {
        accessy::ApiError refused;
        refused.kind = accessy::ApiError::Kind::Http;
        refused.httpStatus = 401;
        refused.operation = QStringLiteral("sign in");
        QVERIFY2(refused.userMessage().contains(
                     QStringLiteral("Inloggningen nekades eller har gått ut")),
                 qPrintable(refused.userMessage()));
        const QString tls = accessy::tls::transportProblem(
            QUrl(QStringLiteral("http://api.example.invalid")), accessy::tls::Channel::Api);
        QVERIFY2(tls.contains(QStringLiteral("är inte krypterad")), qPrintable(tls));
        QCOMPARE(invitations::InvitationStatus::text(invitations::ApiStatus::pending),
                 QStringLiteral("Inbjuden"));
        // The import preview names the file's separator ("';'-separated" was English).
        QByteArray csv("Namn;Mobil\nAnna;070-123 45 67\n");
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const importing::TableResult table =
            importing::CsvReader().read(buffer, QStringLiteral("lista.csv"));
        QVERIFY(table.ok());
        QVERIFY2(table.value().detail.endsWith(QStringLiteral("avgränsad med ;")),
                 qPrintable(table.value().detail));
    }

    // Country names come from one function, in the language in use: the country box and the
    // note on a number from another country agree ("USA", not Qt's English "United States").
    void countryNames_followTheLanguage()
    {
        i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
        QCOMPARE(i18n::countryName(QStringLiteral("SE")), QStringLiteral("Sverige"));
        QCOMPARE(i18n::countryName(QStringLiteral("US")), QStringLiteral("USA"));
        QCOMPARE(i18n::countryName(QStringLiteral("EH")), QStringLiteral("Västsahara"));
        QCOMPARE(i18n::countryName(QStringLiteral("KR")), QStringLiteral("Sydkorea"));
        QCOMPARE(phones::regionName(QStringLiteral("US")), QStringLiteral("USA"));
        phones::PhoneEntry american;
        american.input = QStringLiteral("+1 415 555 2671");
        american.e164 = QStringLiteral("+14155552671");
        american.verdict = phones::Verdict::Valid;
        QList<phones::PhoneEntry> entries{american};
        phones::noteForeignNumbers(entries, QStringLiteral("SE"));
        QVERIFY2(entries.first().note.contains(QStringLiteral("USA")),
                 qPrintable(entries.first().note));
        // Not a country of ISO 3166-1 (Kosovo), and nonsense: a name, or the code itself.
        QVERIFY(!i18n::countryName(QStringLiteral("XK")).isEmpty());
        QCOMPARE(i18n::countryName(QStringLiteral("QQ")), QStringLiteral("QQ"));

        i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(i18n::countryName(QStringLiteral("US")), QStringLiteral("United States"));
        QCOMPARE(i18n::countryName(QStringLiteral("SE")), QStringLiteral("Sweden"));
        QCOMPARE(i18n::countryName(QStringLiteral("BO")), QStringLiteral("Bolivia"));
        i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
    }

    // The language can change while the app runs: the next installTranslations() replaces the
    // translators of the one before (none is left behind to answer in the old language).
    void installTranslations_replacesTheEarlierLanguage()
    {
        const auto cancel = [] {
            return QCoreApplication::translate("QPlatformTheme", "Cancel");
        };
        const auto send = [] {
            return QCoreApplication::translate("ui::InvitePanel", "&Send invitations");
        };
        QCOMPARE(i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("sv")),
                 QStringLiteral("sv"));
        QCOMPARE(cancel(), QStringLiteral("Avbryt"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("sv"));
        QCOMPARE(i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QCOMPARE(cancel(), QStringLiteral("Cancel"));
        QCOMPARE(send(), QStringLiteral("&Send invitations"));
        QCOMPARE(QLocale().language(), QLocale::system().language());
        i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("sv"));
        QCOMPARE(send(), QStringLiteral("&Skicka inbjudningar"));
        QCOMPARE(QLocale().language(), QLocale::Swedish);
    }

    void commandLine_speaksSwedish_data()
    {
        addColumns<QStringList, QString>("arguments", "swedish");
        QTest::newRow("check") << QStringList{QStringLiteral("check")}
                               << QStringLiteral("Ange exakt en fil att kontrollera.");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("okänt kommando 'frobnicate'");
        QTest::newRow("send --help")
            << QStringList{QStringLiteral("send"), QStringLiteral("--help")}
            << QStringLiteral("Bjuder in varje giltigt mobilnummer i FILE");
        QTest::newRow("remind without age")
            << QStringList{QStringLiteral("remind")} << QStringLiteral("--older-than AGE krävs");
    }

    // The installed program under a Swedish locale, as an admin runs it.
    void commandLine_speaksSwedish()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, swedish);
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("sv_SE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("sv_SE.UTF-8"));
        env.insert(QStringLiteral("ACCESSY_INVITE_DATA_DIR"), m_data.path());
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(APP_PATH), arguments);
        program.closeWriteChannel();
        QVERIFY(program.waitForFinished(30000));
        const QString output =
            QString::fromUtf8(program.readAllStandardOutput() + program.readAllStandardError());
        QVERIFY2(output.contains(swedish), qPrintable(output));
    }

private:
    QTemporaryDir m_data;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
