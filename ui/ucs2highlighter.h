#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ui {

// Marks the characters that make an SMS UCS-2 (typographic quotes, dashes, emoji …) with a
// wavy underline and a tinted background; the composer also names them in text, so the mark is
// never the only signal.
class Ucs2Highlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit Ucs2Highlighter(QTextDocument *document);

    static QTextCharFormat markFormat();

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace ui
