#include "i18n/catalogtranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace i18n {

CatalogTranslator::CatalogTranslator(QObject *parent)
    : QTranslator(parent)
{
}

QString CatalogTranslator::key(const QString &source, const QString &comment)
{
    return comment.isEmpty() ? source : source + QChar(0) + comment;
}

bool CatalogTranslator::loadCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            m_language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            readMessage(xml, context);
    }
    return !xml.hasError();
}

void CatalogTranslator::readMessage(QXmlStreamReader &xml, const QString &context)
{
    QString source;
    QString comment;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            unfinished = !type.isEmpty(); // unfinished, obsolete, vanished
            QString text;
            bool hasForms = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    hasForms = true;
                    forms << xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (!hasForms)
                forms << text;
        }
    }
    forms.removeAll(QString());
    if (!unfinished && !source.isEmpty() && !forms.isEmpty())
        m_bySource.insert(key(source, comment), Entry{context, forms});
}

QString CatalogTranslator::pick(const QStringList &forms, int n) const
{
    // Swedish and English: one form for exactly one, another for every other count.
    if (n < 0 || forms.size() == 1)
        return forms.first();
    return forms.at(n == 1 ? 0 : qMin<qsizetype>(1, forms.size() - 1));
}

QString CatalogTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    const QString source = QString::fromUtf8(sourceText);
    const QString k = key(source, QString::fromUtf8(disambiguation));
    auto it = m_bySource.constFind(k);
    if (it == m_bySource.cend())
        return {};
    // Several translations of one text: prefer the one of the asking context (without or
    // with its namespace), else the first.
    const QString wanted = QString::fromUtf8(context);
    const QString bare = wanted.section(QStringLiteral("::"), -1);
    for (auto candidate = it; candidate != m_bySource.cend() && candidate.key() == k; ++candidate) {
        if (candidate->context == wanted || candidate->context == bare)
            return pick(candidate->forms, n);
    }
    return pick(it->forms, n);
}

} // namespace i18n
