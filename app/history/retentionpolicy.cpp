#include "history/retentionpolicy.h"

#include <QCoreApplication>
#include <QSettings>

namespace history {

namespace {

const QString kMonthsKey = QStringLiteral("privacy/keepHistoryMonths");
const QString kConfirmedKey = QStringLiteral("privacy/purgeConfirmed");

} // namespace

QDateTime RetentionPolicy::cutoff(const QDateTime &now) const
{
    return keepsForever() ? QDateTime() : now.toUTC().addMonths(-months);
}

QString RetentionPolicy::describe() const
{
    if (keepsForever())
        return QCoreApplication::translate("RetentionPolicy", "forever");
    return QCoreApplication::translate("RetentionPolicy", "%n month(s)", nullptr, months);
}

RetentionPolicy RetentionPolicy::load(const QSettings &settings)
{
    RetentionPolicy policy;
    const QString value = settings.value(kMonthsKey).toString().trimmed();
    if (value.compare(QLatin1String("forever"), Qt::CaseInsensitive) == 0) {
        policy.months = 0;
    } else if (!value.isEmpty()) {
        bool ok = false;
        const int months = value.toInt(&ok);
        // A hand-edited value that is not a number keeps the default: never purge by mistake
        // more than the default would.
        if (ok && months >= 0)
            policy.months = months;
    }
    return policy;
}

void RetentionPolicy::save(QSettings &settings) const
{
    settings.setValue(kMonthsKey,
                      keepsForever() ? QStringLiteral("forever") : QString::number(months));
}

bool RetentionPolicy::purgeConfirmed(const QSettings &settings)
{
    return settings.value(kConfirmedKey, false).toBool();
}

void RetentionPolicy::setPurgeConfirmed(QSettings &settings, bool confirmed)
{
    settings.setValue(kConfirmedKey, confirmed);
}

} // namespace history
