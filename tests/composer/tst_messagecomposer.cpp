#include "messagecomposer.h"
#include "ucs2highlighter.h"

#include "composer/messagetemplatestore.h"

#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using ui::MessageComposer;

class TestMessageComposer final : public QObject
{
    Q_OBJECT
private:
    static QLabel *countLabel(MessageComposer &c)
    {
        return c.findChild<QLabel *>(QStringLiteral("messageCount"));
    }
    static QLabel *ucs2Label(MessageComposer &c)
    {
        return c.findChild<QLabel *>(QStringLiteral("ucs2Characters"));
    }
    static QPushButton *replaceButton(MessageComposer &c)
    {
        return c.findChild<QPushButton *>(QStringLiteral("replacePlain"));
    }

    // QTest::keyClicks takes Latin-1 only: type each character as a key press carrying it.
    static void type(QWidget *w, const QString &text)
    {
        for (const char32_t cp : text.toUcs4())
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString::fromUcs4(&cp, 1),
                                Qt::NoModifier);
    }

    // The words are translated (and "%n character(s)" only reads right once the English
    // translation resolves the plural): check the numbers and the alphabet.
    static bool labelSays(QLabel *label, int characters, int sms, const char *alphabet,
                          int left = -1)
    {
        QString pattern = QStringLiteral("^%1 \\S+ · %2 SMS \\(%3\\)")
                              .arg(characters)
                              .arg(sms)
                              .arg(QLatin1String(alphabet));
        if (left >= 0)
            pattern += QStringLiteral(" · %1 left").arg(left);
        pattern += QLatin1Char('$');
        const bool ok = QRegularExpression(pattern).match(label->text()).hasMatch();
        if (!ok)
            qWarning() << label->text() << "does not match" << pattern;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Set INVITE_COMPOSER_SHOT=file.png to look at the widget with UCS-2 characters in it.
        const QString shot = qEnvironmentVariable("INVITE_COMPOSER_SHOT");
        if (shot.isEmpty())
            return;
        MessageComposer c;
        c.resize(460, 200);
        c.setText(
            QString::fromUtf8("Hej! Välkommen till “kontoret” – öppna dörren med Accessy… 👍"));
        c.show();
        QCoreApplication::processEvents();
        c.grab().save(shot);
    }

    void typing_updatesCountLabel()
    {
        MessageComposer c;
        c.show();
        QVERIFY(labelSays(countLabel(c), 0, 0, "GSM"));
        type(c.editor(), QString::fromUtf8("Hej Åsa {}"));
        QVERIFY(labelSays(countLabel(c), 12, 1, "GSM", 148));
        QTest::keyClicks(c.editor(), QString(151, QLatin1Char('a')));
        QVERIFY(labelSays(countLabel(c), 163, 2, "GSM", 143));
        QCOMPARE(c.count().parts, 2);
        QVERIFY(replaceButton(c)->isHidden());
        QVERIFY(ucs2Label(c)->isHidden());
    }

    void typographicCharacters_areNamedAndReplaced()
    {
        MessageComposer c;
        c.show();
        QSignalSpy changed(&c, &MessageComposer::textChanged);
        type(c.editor(), QString::fromUtf8("“Hej” – välkommen…"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(c.count().encoding, composer::SmsEncoding::Ucs2);
        QVERIFY(labelSays(countLabel(c), 18, 1, "Unicode", 52));
        QVERIFY(!replaceButton(c)->isHidden());
        QVERIFY(!ucs2Label(c)->isHidden());
        for (const char *ch : {"“", "”", "–", "…"})
            QVERIFY2(ucs2Label(c)->text().contains(QString::fromUtf8(ch)), ch);
        QVERIFY(ucs2Label(c)->text().startsWith(QStringLiteral("4 ")));

        QTest::mouseClick(replaceButton(c), Qt::LeftButton);
        QCOMPARE(c.text(), QString::fromUtf8("\"Hej\" - välkommen..."));
        QCOMPARE(c.count().encoding, composer::SmsEncoding::Gsm7);
        QVERIFY(replaceButton(c)->isHidden());
        QVERIFY(ucs2Label(c)->isHidden());

        // The replacement is one undo step.
        c.editor()->undo();
        QCOMPARE(c.text(), QString::fromUtf8("“Hej” – välkommen…"));
    }

    void emojiOnly_isNamedButNotReplaceable()
    {
        MessageComposer c;
        c.show();
        c.setText(QString::fromUtf8("Välkommen 👍"));
        QVERIFY(labelSays(countLabel(c), 12, 1, "Unicode", 58));
        QVERIFY(replaceButton(c)->isHidden());
        QVERIFY(!ucs2Label(c)->isHidden());
        QVERIFY(ucs2Label(c)->text().contains(QString::fromUtf8("👍")));
    }

    void ucs2Characters_areHighlightedAtTheirPositions()
    {
        MessageComposer c;
        c.show();
        c.setText(QString::fromUtf8("Åsa “x” ok\nrad två 👍 ä"));
        QTRY_VERIFY(!c.editor()->document()->firstBlock().layout()->formats().isEmpty());
        auto marked = [](const QTextBlock &block) {
            QList<QPair<int, int>> ranges;
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                if (r.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                    ranges.append({r.start, r.length});
            return ranges;
        };
        const QTextBlock first = c.editor()->document()->firstBlock();
        const QList<QPair<int, int>> firstExpected = {{4, 1}, {6, 1}};
        QCOMPARE(marked(first), firstExpected);
        const QList<QPair<int, int>> secondExpected = {{8, 2}};
        QCOMPARE(marked(first.next()), secondExpected);

        c.replaceWithPlainCharacters();
        QVERIFY(marked(c.editor()->document()->firstBlock()).isEmpty());
    }

    void templates_saveApplyRemoveThroughMenu()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        composer::MessageTemplateStore store(&settings);
        MessageComposer c;
        c.setTemplateStore(&store);
        c.show();

        c.setText(QStringLiteral("Welcome to the office"));
        QVERIFY(c.saveAsTemplate(QStringLiteral("Office")));
        QVERIFY(!c.saveAsTemplate(QStringLiteral(" ")));
        c.setText(QString());

        auto *button = c.findChild<QToolButton *>(QStringLiteral("messageTemplates"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QMenu *menu = button->menu();
        Q_EMIT menu->aboutToShow();
        QAction *office = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QStringLiteral("Office"))
                office = a;
        QVERIFY(office);
        office->trigger();
        QCOMPARE(c.text(), QStringLiteral("Welcome to the office"));

        QVERIFY(c.removeTemplate(QStringLiteral("office")));
        Q_EMIT menu->aboutToShow();
        for (QAction *a : menu->actions())
            QVERIFY(a->text() != QStringLiteral("Office"));
        QVERIFY(store.templates().isEmpty());
    }

    void controls_haveAccessibleNamesOrText()
    {
        MessageComposer c;
        for (QWidget *w : c.findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QMenu *>(w))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            QVERIFY2(!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(w->objectName()));
            QVERIFY2(!w->toolTip().isEmpty() || !w->accessibleDescription().isEmpty(),
                     qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestMessageComposer)
#include "tst_messagecomposer.moc"
