#include "icons.h"

#include "invitations/invitationstatus.h"

#include <QGuiApplication>

namespace ui {
namespace {

QString variant(const QPalette &palette)
{
    return isDarkPalette(palette) ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/accessy-invite.svg"));
}

QIcon actionIcon(const QString &name, const QPalette &palette)
{
    return QIcon(QStringLiteral(":/icons/%1/actions/%2.svg").arg(variant(palette), name));
}

QIcon statusIcon(const QString &status, const QPalette &palette)
{
    const QString file = invitations::InvitationStatus::iconName(status);
    if (file.isEmpty())
        return {};
    return QIcon(QStringLiteral(":/icons/%1/status/%2.svg").arg(variant(palette), file));
}

QIcon actionIcon(const QString &name)
{
    return actionIcon(name, QGuiApplication::palette());
}

QIcon statusIcon(const QString &status)
{
    return statusIcon(status, QGuiApplication::palette());
}

} // namespace ui
