#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace i18n {

namespace {
// Two catalogues: the window's strings and the strings of the headless modules.
const char *const kCatalogues[] = {"accessy-invite", "accessy-invite-core"};

QString &chosenLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

// The translators the last installTranslations() installed, removed by the next one.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

void install(QCoreApplication &app, const QString &directory, const QString &name,
             const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        installed() << translator;
    } else {
        delete translator;
    }
}

QString pickLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return availableLanguages().contains(requested) ? requested : QStringLiteral("en");
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

struct CountryNames
{
    QString english;
    QString swedish;
};

// translations/countries.tsv (made by translations/countries.py from Debian's iso-codes).
const QHash<QString, CountryNames> &countryTable()
{
    static const QHash<QString, CountryNames> table = [] {
        QHash<QString, CountryNames> names;
        QFile file(QStringLiteral(":/i18n/countries.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return names;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (line.startsWith(QLatin1Char('#')) || fields.size() != 3)
                continue;
            names.insert(fields.at(0), {fields.at(1), fields.at(2)});
        }
        return names;
    }();
    return table;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

QString currentLanguage()
{
    return chosenLanguage();
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    removeInstalled();
    const QString chosen = pickLanguage(language);
    const QLocale locale(chosen);
    // Searched in the reverse order of installing: ours first, then our catalogue of Qt's own
    // strings (buttons, file dialog; Debian ships no qtbase_sv), then Debian's old qt_sv for
    // whatever else Qt shows.
    install(app, QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral("qt"), locale);
    install(app, QStringLiteral(":/i18n"), QStringLiteral("qtbase"), locale);
    for (const char *catalogue : kCatalogues)
        install(app, QStringLiteral(":/i18n"), QLatin1String(catalogue), locale);
    QLocale::setDefault(QLocale(chosen == QLatin1String("sv") ? QStringLiteral("sv_SE")
                                                              : QLocale::system().name()));
    chosenLanguage() = chosen;
    return chosen;
}

QString countryName(const QString &regionCode)
{
    const auto found = countryTable().constFind(regionCode.toUpper());
    if (found != countryTable().cend())
        return currentLanguage() == QLatin1String("sv") ? found->swedish : found->english;
    // Not an ISO 3166-1 country (Kosovo, Ascension): Qt's English name, or the code.
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    return territory == QLocale::AnyTerritory ? regionCode : QLocale::territoryToString(territory);
}

} // namespace i18n
