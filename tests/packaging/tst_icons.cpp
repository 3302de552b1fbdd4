#include "icons.h"

#include "testtable.h"
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

const QStringList ActionIcons = {QStringLiteral("import"),  QStringLiteral("export"),
                                 QStringLiteral("send"),    QStringLiteral("copy"),
                                 QStringLiteral("refresh"), QStringLiteral("settings"),
                                 QStringLiteral("find")};
const QStringList Statuses = {QStringLiteral("PENDING"), QStringLiteral("ACCEPTED"),
                              QStringLiteral("DELETED"), QStringLiteral("QUEUED"),
                              QStringLiteral("SENDING"), QStringLiteral("FAILED")};

QPalette palette(const QColor &window, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}
// Breeze's light and dark windows.
const QPalette Light = palette(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29));
const QPalette Dark = palette(QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc));

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QImage render(const QIcon &icon, int size, qreal dpr = 1.0)
{
    return icon.pixmap(QSize(size, size), dpr).toImage().convertToFormat(QImage::Format_ARGB32);
}

double opaqueShare(const QImage &image)
{
    qsizetype opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 200 ? 1 : 0;
    return double(opaque) / double(image.width() * image.height());
}

// The best contrast any fully drawn pixel of the icon has against the background: the shape
// that must stand out (a glyph inside a disc counts against the disc, not the background).
double bestContrast(const QImage &image, const QColor &background)
{
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                best = std::max(best, contrast(QColor(image.pixel(x, y)), background));
    return best;
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Set INVITE_ICON_SHEET=file.png to look at every icon on both palettes.
        const QString sheet = qEnvironmentVariable("INVITE_ICON_SHEET");
        if (sheet.isEmpty())
            return;
        QImage image(16 + 8 * 56, 2 * 3 * 56, QImage::Format_ARGB32);
        QPainter p(&image);
        int row = 0;
        for (const QPalette *pal : {&Light, &Dark}) {
            for (int size : {16, 24, 48}) {
                p.fillRect(0, row * 56, image.width(), 56, pal->color(QPalette::Window));
                int x = 8;
                auto draw = [&](const QIcon &icon) {
                    p.drawPixmap(x, row * 56 + 4, icon.pixmap(size, size));
                    x += size + 8;
                };
                draw(ui::appIcon());
                for (const QString &name : ActionIcons)
                    draw(ui::actionIcon(name, *pal));
                for (const QString &s : Statuses)
                    draw(ui::statusIcon(s, *pal));
                ++row;
            }
        }
        p.end();
        image.save(sheet);
    }

    void appIcon_rendersAt16pxAnd200Percent()
    {
        const QIcon icon = ui::appIcon();
        QVERIFY(!icon.isNull());
        const QImage small = render(icon, 16);
        QCOMPARE(small.size(), QSize(16, 16));
        QVERIFY2(opaqueShare(small) > 0.6, qPrintable(QString::number(opaqueShare(small))));
        const QImage doubled = render(icon, 16, 2.0);
        QCOMPARE(doubled.size(), QSize(32, 32));
        QCOMPARE(doubled.devicePixelRatio(), 2.0);
        QVERIFY(opaqueShare(doubled) > 0.6);
    }

    void actionIcons_standOutOnLightAndDarkPalettes_data()
    {
        addColumns<QString>("name");
        for (const QString &name : ActionIcons)
            QTest::newRow(qPrintable(name)) << name;
    }
    void actionIcons_standOutOnLightAndDarkPalettes()
    {
        QFETCH(QString, name);
        for (const QPalette *pal : {&Light, &Dark}) {
            for (const qreal dpr : {1.0, 2.0}) {
                const QImage image = render(ui::actionIcon(name, *pal), 24, dpr);
                QCOMPARE(image.width(), int(24 * dpr));
                QVERIFY2(opaqueShare(image) > 0.05, qPrintable(name));
                // WCAG 2.1 non-text contrast: at least 3:1 against the window.
                const double c = bestContrast(image, pal->color(QPalette::Window));
                QVERIFY2(c >= 3.0, qPrintable(QStringLiteral("%1: %2").arg(name).arg(c)));
            }
        }
        QVERIFY(render(ui::actionIcon(name, Light), 24) != render(ui::actionIcon(name, Dark), 24));
    }

    void statusIcons_differInShapeAndStandOut()
    {
        for (const QPalette *pal : {&Light, &Dark}) {
            QList<QImage> alphaMasks;
            for (const QString &status : Statuses) {
                const QImage image = render(ui::statusIcon(status, *pal), 16, 2.0);
                QVERIFY2(opaqueShare(image) > 0.1, qPrintable(status));
                const double c = bestContrast(image, pal->color(QPalette::Window));
                QVERIFY2(c >= 3.0, qPrintable(QStringLiteral("%1: %2").arg(status).arg(c)));
                // Shape alone (no colour) must tell each status apart from the others.
                QImage mask = image;
                for (int y = 0; y < mask.height(); ++y)
                    for (int x = 0; x < mask.width(); ++x) {
                        const QRgb px = image.pixel(x, y);
                        const int grey = qAlpha(px) < 128 ? 0 : qGray(px) < 128 ? 1 : 2;
                        mask.setPixel(x, y, qRgb(grey * 100, grey * 100, grey * 100));
                    }
                for (const QImage &other : std::as_const(alphaMasks))
                    QVERIFY2(other != mask, qPrintable(status));
                alphaMasks.append(mask);
            }
        }
    }

    void unknownStatus_hasNoIcon()
    {
        QVERIFY(ui::statusIcon(QStringLiteral("SOMETHING_NEW"), Light).isNull());
        QVERIFY(ui::statusIcon(QString(), Dark).isNull());
    }

    void paletteLightness_picksTheVariant()
    {
        QVERIFY(!ui::isDarkPalette(Light));
        QVERIFY(ui::isDarkPalette(Dark));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
