#pragma once

#include "phones/verdict.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

// What the admin was about to send: kept when the window closes (even during a send, or
// because of a crash after the last save) and offered back at the next start, until a send
// succeeds. Numbers, names and messages are personal data: the file is private (0600) in the
// data folder, never in the settings file.
struct Draft
{
    QString numbersText;                // the numbers field as typed
    QList<phones::PhoneEntry> imported; // an imported list (row, input and name of each)
    QString message;
    QStringList groupIds;

    bool hasNumbers() const { return !numbersText.trimmed().isEmpty() || !imported.isEmpty(); }
    friend bool operator==(const Draft &, const Draft &) = default;
};

class DraftStore final
{
public:
    // `path` empty: draft.json in the data folder (history::datafolder::path()).
    explicit DraftStore(QString path = {});

    QString path() const { return m_path; }
    // An empty Draft when there is none or the file cannot be read.
    Draft load() const;
    // Writes the draft privately; a draft without numbers removes the file instead.
    bool save(const Draft &draft) const;
    void clear() const;
    // Forgetting a person: takes every line of the typed numbers and every imported row whose
    // number (read with `region` for numbers without a country code) is one of `msisdns` out
    // of the draft. Returns how many were taken out (0: the draft is untouched).
    int forget(const QStringList &msisdns, const QString &region = QStringLiteral("SE")) const;

private:
    QString m_path;
};

} // namespace core
