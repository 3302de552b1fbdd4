#pragma once

#include <QHash>
#include <QTranslator>

class QXmlStreamReader;

namespace i18n {

// A translator that reads a Qt Linguist .ts catalogue and looks texts up by their source text,
// using the context only to choose between two translations of the same text.
//
// Why not QTranslator + .qm: lupdate (6.4) often guesses the context of tr() wrong for classes
// in namespaces and for file-local tr() helpers ("accessy" where the code asks for
// "accessy::ApiClient" or "ApiError"), and a wrong context silently leaves a text untranslated.
class CatalogTranslator final : public QTranslator
{
    Q_OBJECT
public:
    explicit CatalogTranslator(QObject *parent = nullptr);

    // Reads a .ts file; false when it cannot be read or parsed.
    bool loadCatalog(const QString &path);
    bool isEmpty() const override { return m_bySource.isEmpty(); }
    QString catalogLanguage() const { return m_language; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    int size() const { return int(m_bySource.size()); }

private:
    struct Entry
    {
        QString context;
        QStringList forms; // one, or the plural forms in the language's order
    };
    void readMessage(QXmlStreamReader &xml, const QString &context);
    static QString key(const QString &source, const QString &comment);
    QString pick(const QStringList &forms, int n) const;

    QMultiHash<QString, Entry> m_bySource;
    QString m_language;
};

} // namespace i18n
