#include "draftstore.h"

#include "history/datafolder.h"
#include "history/privatefiles.h"
#include "phones/phonenormalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace core {

namespace {
const QLatin1String kNumbers("numbers");
const QLatin1String kImported("imported");
const QLatin1String kMessage("message");
const QLatin1String kGroups("groups");
const qint64 kMaxDraftBytes = 64 * 1024 * 1024; // a draft is never bigger than a huge import
} // namespace

DraftStore::DraftStore(QString path)
    : m_path(path.isEmpty() ? history::datafolder::path() + QStringLiteral("/draft.json")
                            : std::move(path))
{
}

Draft DraftStore::load() const
{
    QFile file(m_path);
    if (file.size() > kMaxDraftBytes || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Draft draft;
    draft.numbersText = json.value(kNumbers).toString();
    draft.message = json.value(kMessage).toString();
    for (const QJsonValue &id : json.value(kGroups).toArray())
        draft.groupIds << id.toString();
    for (const QJsonValue &value : json.value(kImported).toArray()) {
        const QJsonObject entry = value.toObject();
        phones::PhoneEntry e;
        e.row = entry.value(QLatin1String("row")).toInt();
        e.input = entry.value(QLatin1String("input")).toString();
        e.name = entry.value(QLatin1String("name")).toString();
        draft.imported << e;
    }
    return draft;
}

bool DraftStore::save(const Draft &draft) const
{
    if (!draft.hasNumbers()) { // the message alone is remembered by the settings
        clear();
        return true;
    }
    QJsonArray imported;
    for (const phones::PhoneEntry &e : draft.imported) {
        imported.append(QJsonObject{{QLatin1String("row"), e.row},
                                    {QLatin1String("input"), e.input},
                                    {QLatin1String("name"), e.name}});
    }
    const QJsonObject json{{kNumbers, draft.numbersText},
                           {kImported, imported},
                           {kMessage, draft.message},
                           {kGroups, QJsonArray::fromStringList(draft.groupIds)}};
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!history::privatefiles::makePrivateFolder(folder))
        return false;
    const history::privatefiles::ScopedPrivateUmask privateUmask; // 0600 from the first byte
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return file.commit() && history::privatefiles::makePrivate(m_path);
}

int DraftStore::forget(const QStringList &msisdns, const QString &region) const
{
    Draft draft = load();
    if (!draft.hasNumbers())
        return 0;
    const phones::PhoneNormalizer normalizer(region);
    const auto isForgotten = [&](QStringView input) {
        const QString e164 = normalizer.check(input).e164;
        return !e164.isEmpty() && msisdns.contains(e164);
    };
    int removed = 0;
    QStringList kept;
    for (const QString &line : draft.numbersText.split(QLatin1Char('\n'))) {
        if (isForgotten(line.trimmed()))
            ++removed;
        else
            kept << line;
    }
    draft.numbersText = kept.join(QLatin1Char('\n'));
    removed += int(draft.imported.removeIf([&](const phones::PhoneEntry &entry) {
        return msisdns.contains(entry.e164) || isForgotten(entry.input);
    }));
    if (removed > 0)
        save(draft); // rewritten whole: the old file is replaced, not patched
    return removed;
}

void DraftStore::clear() const
{
    QFile::remove(m_path);
}

} // namespace core
