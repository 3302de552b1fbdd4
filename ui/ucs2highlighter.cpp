#include "ucs2highlighter.h"

#include "composer/smscounter.h"

namespace ui {

Ucs2Highlighter::Ucs2Highlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

QTextCharFormat Ucs2Highlighter::markFormat()
{
    // Vermillion from the Okabe-Ito palette: apart from blue and green for colour-blind
    // readers; the translucent tint reads on light and dark backgrounds alike.
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xD5, 0x5E, 0x00));
    format.setBackground(QColor(0xD5, 0x5E, 0x00, 70));
    return format;
}

void Ucs2Highlighter::highlightBlock(const QString &text)
{
    const QTextCharFormat format = markFormat();
    for (const composer::Ucs2Character &c : composer::ucs2Characters(text))
        setFormat(int(c.position), int(c.length), format);
}

} // namespace ui
