#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace i18n {

// The languages the app speaks, as language codes ("sv", "en").
QStringList availableLanguages();

// Installs the app's own and Qt's translations (dialog buttons, the file dialog and the like)
// for `language` ("sv", "en"); an empty string follows the system's language. Falls back to
// English when there is no translation for it. Replaces the translations an earlier call
// installed, so the language can change while the app runs (widgets get a LanguageChange
// event). Returns the language in use.
QString installTranslations(QCoreApplication &app, const QString &language = {});

// The language installTranslations() chose last ("en" before any call).
QString currentLanguage();

// A country's name in the language in use, from its ISO 3166-1 region code ("US" → "USA" in
// Swedish, "United States" in English); the code itself when the code is unknown. Every
// country name the app shows comes from here.
QString countryName(const QString &regionCode);

} // namespace i18n
