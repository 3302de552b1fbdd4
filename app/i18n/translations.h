#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace i18n {

// The languages the app speaks, as language codes ("sv", "en").
QStringList availableLanguages();

// Installs the app's own and Qt's translations (dialog buttons and the like) for `language`
// ("sv", "en"); an empty string follows the system's language. Falls back to English when
// there is no translation for it. Returns the language in use.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace i18n
