#include "accessy/logredaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace accessy::logging {

namespace {
constexpr qsizetype kMaxProblems = 50;
const QString kMask = QStringLiteral("***");

struct State
{
    QMutex mutex;
    QStringList secrets; // longest first, so a secret containing another is masked whole
    QStringList problems;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

// Both live until the process ends, never destroyed: Qt logs while global objects are torn
// down after main() (plugins unloading, database connections), and those lines must still be
// redacted — a destroyed mutex or pattern list there crashed the command line at exit.
State &state()
{
    static State *s = new State;
    return *s;
}

const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> *list = new QList<QRegularExpression>([] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<QRegularExpression>{
            // Authorization: <anything up to the end of the value>
            // (QDebug quotes strings: the value may come quoted, the scheme outside the quotes.)
            QRegularExpression(QStringLiteral(R"((authorization\\?["']?\s*[:=]\s*\\?["']?))"
                                              R"((?:(?:bearer|basic)\s+\\?["']?)?[^"'\\\r\n,;}]+)"),
                               ci),
            // Bearer/Basic credentials anywhere else.
            QRegularExpression(
                QStringLiteral(R"(\b((?:bearer|basic)\s+\\?["']?)[A-Za-z0-9\-._~+/]+=*)"), ci),
            // "key": "value", key=value, key: value
            QRegularExpression(
                QStringLiteral(
                    R"(\b((?:access_token|refresh_token|id_token|client_secret|)"
                    R"(clientsecret|pastedtoken|password|secret)\\?["']?\s*[:=]\s*\\?["']?))"
                    R"([^"'\\\s,&;}]+)"),
                ci),
            // A JWT (header.payload.signature, base64url, header starts with {" = eyJ).
            QRegularExpression(
                QStringLiteral(R"(()eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)")),
        };
    }());
    return *list;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message logged by Qt while we redact (it would be about our own patterns): dropped,
    // since it cannot be redacted without recursing.
    static thread_local bool inside = false;
    if (inside)
        return;
    inside = true;
    const QString clean = redact(message);
    inside = false;
    State &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        const QLatin1String category(context.category ? context.category : "default");
        const bool ours = category.startsWith(QLatin1String("accessy."));
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg ||
            (ours && type == QtInfoMsg)) {
            s.problems << QStringLiteral("%1: %2").arg(category, clean);
            if (s.problems.size() > kMaxProblems)
                s.problems.removeFirst();
        }
        previous = s.previous;
    }
    if (previous)
        previous(type, context, clean);
}
} // namespace

QString redact(const QString &text)
{
    QString out = text;
    {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        for (const QString &secret : std::as_const(s.secrets))
            out.replace(secret, kMask);
    }
    for (const QRegularExpression &re : patterns())
        out.replace(re, QStringLiteral("\\1") + kMask);
    return out;
}

void registerSecret(const QString &secret)
{
    if (secret.size() < 6)
        return;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.secrets.contains(secret))
        return;
    // Unbounded on purpose: a forgotten secret would be a leak, and a run sees few tokens.
    s.secrets << secret;
    std::stable_sort(s.secrets.begin(), s.secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void installRedactingMessageHandler()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        return;
    s.installed = true;
    s.previous = qInstallMessageHandler(handler);
}

QStringList recentProblems()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.problems;
}

} // namespace accessy::logging
