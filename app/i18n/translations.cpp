#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace i18n {

namespace {
// Two catalogues: the window's strings and the strings of the headless modules.
const char *const kCatalogues[] = {"accessy-invite", "accessy-invite-core"};

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
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QString chosen = pickLanguage(language);
    for (const char *catalogue : kCatalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(
                QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(catalogue), chosen)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    // Qt's own strings: OK, Cancel, the file dialog... (Debian's qt6-translations-l10n).
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(chosen), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(chosen == QLatin1String("sv") ? QStringLiteral("sv_SE")
                                                              : QLocale::system().name()));
    return chosen;
}

} // namespace i18n
