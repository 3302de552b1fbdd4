// Keyboard and screen-reader use, offscreen: every action can be reached from the keyboard,
// every control has a name, and no text is cut off in any window, in Swedish or English.
#include "aboutdialog.h"
#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "core/application.h"
#include "datastoragedialog.h"
#include "i18n/translations.h"
#include "importpreviewdialog.h"
#include "invitations/invitationstatus.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "sendconfirmationdialog.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "testtable.h"
#include <memory>

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName());
}

bool hasMnemonic(const QString &text)
{
    const int amp = int(text.indexOf(QLatin1Char('&')));
    return amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != QLatin1Char('&');
}

QList<QKeySequence> allShortcuts(const ui::MainWindow &window)
{
    QList<QKeySequence> keys;
    for (const QAction *action : window.findChildren<QAction *>())
        keys += action->shortcuts();
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        keys << button->shortcut();
    return keys;
}

// The width (or height) of `w` that can be seen: its own rectangle cut by every parent's.
QRect visibleRect(const QWidget *w)
{
    QRect r = w->rect();
    for (const QWidget *child = w; child->parentWidget() && !child->isWindow();
         child = child->parentWidget()) {
        r.translate(child->pos());
        r &= child->parentWidget()->rect();
    }
    return r;
}

// The width a text takes on screen, as QFontMetrics measures it (several lines: the widest).
int textWidth(const QFont &font, const QString &text, bool mnemonic)
{
    return QFontMetrics(font).size(mnemonic ? int(Qt::TextShowMnemonic) : 0, text).width();
}

int labelTextWidth(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return textWidth(label->font(), label->text(), label->buddy() != nullptr);
    QTextDocument document;
    document.setDefaultFont(label->font());
    document.setDocumentMargin(0);
    document.setHtml(label->text());
    return int(std::ceil(document.idealWidth()));
}

QString cutOffLabel(const QLabel *label)
{
    const QRect seen = visibleRect(label);
    if (label->wordWrap()) {
        // Wrapped text may take any width; it needs the height that width asks for.
        const int needed = label->heightForWidth(label->width());
        if (qMin(label->height(), seen.height()) < needed)
            return QStringLiteral("needs %1 px of height, has %2").arg(needed).arg(seen.height());
        return {};
    }
    int indent = label->indent();
    if (indent < 0)
        indent = label->frameWidth() > 0
                     ? QFontMetrics(label->font()).horizontalAdvance(QLatin1Char('x')) / 2
                     : 0;
    const int hidden = label->width() - seen.width();
    const int room = label->contentsRect().width() - 2 * label->margin() - indent - hidden;
    const int needed = labelTextWidth(label);
    if (room < needed)
        return QStringLiteral("text needs %1 px, has %2").arg(needed).arg(room);
    return {};
}

// What a button's label (text and icon) needs, through the style's own size rules, against
// the width it has.
QString cutOffButton(const QAbstractButton *button)
{
    const QStyle *style = button->style();
    const bool mnemonic = true;
    const int text = textWidth(button->font(), button->text(), mnemonic);
    const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    const int height = button->height();
    int needed = 0;
    if (auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !button->icon().isNull())
            return {};
        QStyleOptionToolButton option;
        option.initFrom(tool);
        option.toolButtonStyle = tool->toolButtonStyle();
        const int contents =
            tool->toolButtonStyle() == Qt::ToolButtonTextUnderIcon
                ? qMax(text, icon)
                : text + (tool->toolButtonStyle() == Qt::ToolButtonTextOnly ? 0 : icon);
        needed =
            style->sizeFromContents(QStyle::CT_ToolButton, &option, QSize(contents, height), tool)
                .width();
        if (tool->popupMode() == QToolButton::MenuButtonPopup)
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, tool);
    } else {
        QStyleOptionButton option;
        option.initFrom(button);
        QStyle::ContentsType type = QStyle::CT_PushButton;
        if (qobject_cast<const QCheckBox *>(button)) {
            type = QStyle::CT_CheckBox;
            option.text = button->text(); // the style adds the label spacing only for a text
        } else if (qobject_cast<const QRadioButton *>(button)) {
            type = QStyle::CT_RadioButton;
            option.text = button->text();
        } else if (auto *push = qobject_cast<const QPushButton *>(button)) {
            // No text in the option: the style's minimum width for text buttons is not a
            // need of the text.
            if (push->autoDefault() || push->isDefault())
                option.features |= QStyleOptionButton::AutoDefaultButton;
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
        }
        needed = style->sizeFromContents(type, &option, QSize(text + icon, height), button).width();
        if (option.features & QStyleOptionButton::HasMenu)
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
    }
    const int has = visibleRect(button).width();
    if (has < needed)
        return QStringLiteral("text needs %1 px, has %2").arg(needed).arg(has);
    return {};
}

QString cutOffTitle(const QGroupBox *box)
{
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    int width = textWidth(box->font(), box->title(), true);
    if (box->isCheckable()) {
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
        width += box->style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, box) +
                 box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &option, box);
    }
    const int needed =
        box->style()->sizeFromContents(QStyle::CT_GroupBox, &option, QSize(width, 0), box).width();
    const int has = visibleRect(box).width();
    if (has < needed)
        return QStringLiteral("title needs %1 px, has %2").arg(needed).arg(has);
    return {};
}

// Column titles and the first rows of a table or tree: each text (with its icon) against its
// column's width. A text that does not fit passes only when its tooltip is the whole text
// (a deliberately elided value, like an invitation ID): "Accepter…" explained by a tooltip
// about what accepted means is still cut. On a screen too small for the whole table (the
// window fitted to 800×600), Room::Small lets a cell elide when its tooltip holds its
// whole text: the "elided columns with tooltips"; column titles stay whole.
enum class Room
{
    Enough,
    Small
};
QStringList cutOffCells(const QAbstractItemView *view, int *count, Room room)
{
    QStringList found;
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<const QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    if (!model || !header || !header->isVisibleTo(view))
        return found;
    const QStyle *style = view->style();
    const int cellMargin =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const int headerMargin = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto where = [view](const QString &what) {
        return describe(view) + QLatin1Char(' ') + what;
    };
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int width = header->sectionSize(column);
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        int needed = QFontMetrics(header->font()).horizontalAdvance(title) + headerMargin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
            needed += header->height();
        ++*count;
        if (!title.isEmpty() && width < needed) {
            found << where(QStringLiteral("column \"%1\": title needs %2 px, has %3")
                               .arg(title)
                               .arg(needed)
                               .arg(width));
        }
        for (int row = 0; row < qMin(model->rowCount(), 30); ++row) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            ++*count;
            const QFont font = index.data(Qt::FontRole).isValid()
                                   ? index.data(Qt::FontRole).value<QFont>()
                                   : view->font();
            needed = QFontMetrics(font).horizontalAdvance(text) + cellMargin;
            if (!index.data(Qt::DecorationRole).isNull())
                needed += view->iconSize().isValid() ? view->iconSize().width() + 4 : 20;
            const QString tooltip = index.data(Qt::ToolTipRole).toString();
            if (width >= needed || tooltip == text ||
                (room == Room::Small && tooltip.contains(text)))
                continue;
            found << where(QStringLiteral("cell \"%1\": needs %2 px, has %3")
                               .arg(text)
                               .arg(needed)
                               .arg(width));
        }
    }
    return found;
}

// One line per visible label, button, group box title or table cell under `root` that gets
// less room than its text needs; `checked` counts the texts looked at.
QStringList cutOffTexts(const QWidget *root, int *checked = nullptr, Room room = Room::Enough)
{
    QStringList found;
    int count = 0;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        QString problem;
        QString text;
        if (auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            // Qt's file dialog sizes its own file list (file names and dates of any length,
            // columns the admin can widen); its labels and buttons are checked.
            if (!qobject_cast<const QFileDialog *>(view->window()))
                found << cutOffCells(view, &count, room);
            continue;
        }
        if (auto *label = qobject_cast<const QLabel *>(w)) {
            text = label->text();
            if (text.isEmpty())
                continue;
            problem = cutOffLabel(label);
        } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            text = button->text();
            if (text.isEmpty())
                continue;
            problem = cutOffButton(button);
        } else if (auto *box = qobject_cast<const QGroupBox *>(w)) {
            text = box->title();
            if (text.isEmpty())
                continue;
            problem = cutOffTitle(box);
        } else {
            continue;
        }
        ++count;
        if (!problem.isEmpty())
            found << describe(w) + QStringLiteral(" \"") + text.left(80) + QStringLiteral("\": ") +
                         problem;
    }
    if (checked)
        *checked = count;
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    TestConnectionProfiles m_connection;
    std::unique_ptr<core::Application> m_app; // what the windows show; made after the set-up

    // The window or dialog by its name in noTextIsCutOff, filled as the app fills it.
    std::unique_ptr<QWidget> openWindow(const QString &name)
    {
        if (name == QLatin1String("main window")) {
            auto window = std::make_unique<ui::MainWindow>(m_app.get());
            // Every verdict the checked numbers can show ("Ej mobilnummer", a landline).
            window->invitePanel()->setNumbersText(
                QStringLiteral("070-123 45 67\n08-123 456 78\n070-123 45 67\n12\n+1 415 555 2671"));
            return window;
        }
        if (name == QLatin1String("file dialog")) {
            // As Qt draws it on a bare X session (no desktop's own dialog), in an empty folder.
            auto dialog = std::make_unique<QFileDialog>(
                nullptr, QString(), m_data.filePath(QStringLiteral("empty")),
                QStringLiteral("CSV (*.csv *.txt);;Excel (*.xlsx);;vCard (*.vcf);;All Files (*)"));
            dialog->setOption(QFileDialog::DontUseNativeDialog);
            dialog->setFileMode(QFileDialog::ExistingFile);
            return dialog;
        }
        if (name == QLatin1String("message box")) {
            auto box = std::make_unique<QMessageBox>(
                QMessageBox::Question, QStringLiteral("Accessy Invite"),
                QCoreApplication::translate("ui::CloseGuard",
                                            "A send is running: %1 of %n sent. Stop after the "
                                            "batches in flight and quit?",
                                            nullptr, 40)
                    .arg(12),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            box->setDetailedText(QStringLiteral("details"));
            return box;
        }
        if (name.startsWith(QLatin1String("connection"))) {
            auto dialog = std::make_unique<ui::ConnectionDialog>(m_connection.profiles(),
                                                                 m_connection.keychain());
            const bool token = name.contains(QLatin1String("token"));
            auto *mode = dialog->findChild<QRadioButton *>(
                token ? QStringLiteral("tokenMode") : QStringLiteral("credentialsMode"));
            if (!mode)
                return nullptr;
            mode->click();
            return dialog;
        }
        if (name == QLatin1String("import preview")) {
            auto dialog = std::make_unique<ui::ImportPreviewDialog>();
            dialog->readFile(QStringLiteral(INVITE_TEST_DATA "/phones/lo/members-numbers.xlsx"));
            return dialog;
        }
        if (name == QLatin1String("send confirmation")) {
            sending::SendPlan plan;
            for (int i = 0; i < 3; ++i) {
                plan.toSend.append({i, QStringLiteral("+4670123456%1").arg(i),
                                    QStringLiteral("Anna Andersson"), QString()});
            }
            plan.duplicates.append(plan.toSend.first());
            sending::AlreadyInvited pending;
            pending.item = {7, QStringLiteral("+46701234599"), QString(), QString()};
            pending.invitation.id = QStringLiteral("inv-7");
            pending.invitation.recipientMsisdn = pending.item.msisdn;
            pending.invitation.status = QStringLiteral("PENDING");
            plan.alreadyInvited.append(pending);
            phones::PhoneEntry bad;
            bad.row = 9;
            bad.input = QStringLiteral("070-12");
            bad.verdict = phones::Verdict::Invalid;
            bad.note = QStringLiteral("Too short to be a phone number");
            return std::make_unique<ui::SendConfirmationDialog>(
                plan, QStringLiteral("Bostadsrättsföreningen Solgläntan"),
                QStringLiteral("Välkommen!"), QStringList{QStringLiteral("Tvättstuga")},
                QList<phones::PhoneEntry>{bad});
        }
        if (name == QLatin1String("shortcuts")) {
            auto dialog = std::make_unique<ui::ShortcutsDialog>();
            ui::MainWindow window(
                m_app.get()); // its real actions, as Help › Keyboard shortcuts lists them
            dialog->addActions(window.findChildren<QAction *>());
            return dialog;
        }
        if (name == QLatin1String("about"))
            return std::make_unique<ui::AboutDialog>();
        if (name == QLatin1String("what this app stores"))
            return std::make_unique<ui::DataStorageDialog>();
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("ACCESSY_INVITE_DATA_DIR", m_data.path().toUtf8());
        m_connection.reset(m_data.filePath(QStringLiteral("profiles.ini")));
        m_app = std::make_unique<core::Application>();
        QVERIFY(QDir(m_data.path()).mkpath(QStringLiteral("empty")));
        // A results table with every status the window names, as after a send.
        QList<invitations::InvitationRow> rows;
        const QStringList statuses{
            invitations::ApiStatus::accepted,   invitations::ApiStatus::pending,
            invitations::ApiStatus::deleted,    invitations::LocalStatus::failed(),
            invitations::LocalStatus::member(), invitations::LocalStatus::addedToGroups(),
            invitations::LocalStatus::queued()};
        for (int i = 0; i < statuses.size(); ++i) {
            invitations::InvitationRow row;
            row.input = QStringLiteral("070-111 22 3%1").arg(i);
            row.msisdn = QStringLiteral("+4670111223%1").arg(i);
            row.name = QStringLiteral("Anna Andersson");
            row.status = statuses.at(i);
            row.invitationId = QStringLiteral("3f1c2a9e-8b7d-4c55-9a0e-5d2b7c1e9f0%1").arg(i);
            row.createdAt = QDateTime(QDate(2026, 11, 30), QTime(12, 30));
            rows << row;
        }
        m_app->results()->appendRows(rows);
    }

    void standardShortcuts_exist_data()
    {
        addColumns<QKeySequence>("keys");
        QTest::newRow("import") << QKeySequence(Qt::CTRL | Qt::Key_O);
        QTest::newRow("send") << QKeySequence(Qt::CTRL | Qt::Key_Return);
        QTest::newRow("copy IDs") << QKeySequence(Qt::CTRL | Qt::Key_C);
        QTest::newRow("find") << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("refresh") << QKeySequence(Qt::Key_F5);
        QTest::newRow("export") << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("settings") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    }

    void standardShortcuts_exist()
    {
        QFETCH(QKeySequence, keys);
        ui::MainWindow window(m_app.get());
        QVERIFY2(allShortcuts(window).contains(keys), qPrintable(keys.toString()));
    }

    void everyMenuAction_reachableFromTheKeyboard()
    {
        ui::MainWindow window(m_app.get());
        for (QAction *top : window.menuBar()->actions()) {
            QVERIFY2(hasMnemonic(top->text()), qPrintable(top->text()));
            QMenu *menu = top->menu();
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                QVERIFY2(!action->text().isEmpty(), "an action without a name");
                QVERIFY2(hasMnemonic(action->text()) || !action->shortcut().isEmpty(),
                         qPrintable(action->text()));
            }
        }
    }

    void everyControl_hasAnAccessibleName()
    {
        ui::MainWindow window(m_app.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue; // the view's own viewport and editors
            QString name = w->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && name.isEmpty())
                name = button->text();
            if (name.isEmpty()) {
                // A label that names it (setBuddy) is what a screen reader reads.
                for (QLabel *label : window.findChildren<QLabel *>()) {
                    if (label->buddy() == w)
                        name = label->text();
                }
            }
            QVERIFY2(!name.isEmpty(), qPrintable(describe(w)));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    // Every window the app opens, in Swedish and English, at the size it opens with and at
    // 1024×700: no label, button or group box title gets less room than its text needs.
    void noTextIsCutOff_data()
    {
        addColumns<QString, QString, QSize>("language", "window", "size");
        const QStringList windows{QStringLiteral("main window"),
                                  QStringLiteral("file dialog"),
                                  QStringLiteral("message box"),
                                  QStringLiteral("connection"),
                                  QStringLiteral("connection, pasted token"),
                                  QStringLiteral("import preview"),
                                  QStringLiteral("send confirmation"),
                                  QStringLiteral("shortcuts"),
                                  QStringLiteral("about"),
                                  QStringLiteral("what this app stores")};
        for (const QString &language : {QStringLiteral("sv"), QStringLiteral("en")}) {
            for (const QString &window : windows) {
                for (const QSize size : {QSize(), QSize(1024, 700)}) {
                    const QString sizeName =
                        size.isValid() ? QStringLiteral("1024x700") : QStringLiteral("default");
                    QTest::addRow("%s %s %s", qPrintable(language), qPrintable(window),
                                  qPrintable(sizeName))
                        << language << window << size;
                }
            }
        }
    }

    void noTextIsCutOff()
    {
        QFETCH(QString, language);
        QFETCH(QString, window);
        QFETCH(QSize, size);
        QCOMPARE(i18n::installTranslations(*qApp, language), language);
        std::unique_ptr<QWidget> widget = openWindow(window);
        QVERIFY(widget);
        if (size.isValid())
            widget->resize(size);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        if (window == QLatin1String("import preview")) {
            auto *import = widget->findChild<QPushButton *>(QStringLiteral("importButton"));
            QVERIFY(import);
            QTRY_VERIFY(import->isEnabled()); // the counts and notes are in
        }
        if (language == QLatin1String("sv") && window == QLatin1String("main window")) {
            // Translated: the Send button speaks Swedish.
            auto *send = widget->findChild<QAbstractButton *>(QStringLiteral("send"));
            QVERIFY(send);
            QVERIFY2(!send->text().contains(QStringLiteral("Send")), qPrintable(send->text()));
        }
        // Texts that changed (counts, button labels) ask for a new layout by a posted event.
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        int checked = 0;
        // Narrower than 1024 (the offscreen screen is 800×600): table cells may elide with
        // their whole text in the tooltip; at 1024×700 every text is whole.
        const Room room = widget->width() < 1024 ? Room::Small : Room::Enough;
        const QStringList cutOff = cutOffTexts(widget.get(), &checked, room);
        QVERIFY2(cutOff.isEmpty(), qPrintable(cutOff.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 1); // the check looked at something
    }

    // The check itself finds what it is for: text squeezed below its width, a wrapped label
    // cut in height, a group box title too long for its box, a button too narrow.
    void cutOffCheck_reportsSqueezedText()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        const QString longText = QStringLiteral("Inbjudningarna skickas i omgångar om femtio");
        auto *fits = new QLabel(longText);
        fits->setObjectName(QStringLiteral("fits"));
        auto *narrow = new QLabel(longText);
        narrow->setObjectName(QStringLiteral("narrow"));
        narrow->setFixedWidth(60);
        auto *wrapped = new QLabel(longText + QLatin1Char(' ') + longText);
        wrapped->setObjectName(QStringLiteral("wrapped"));
        wrapped->setWordWrap(true);
        wrapped->setFixedSize(120, 20);
        auto *button = new QPushButton(longText);
        button->setObjectName(QStringLiteral("button"));
        button->setFixedWidth(80);
        auto *check = new QCheckBox(longText);
        check->setObjectName(QStringLiteral("check"));
        check->setMaximumWidth(90);
        auto *box = new QGroupBox(longText);
        box->setObjectName(QStringLiteral("box"));
        box->setFixedWidth(70);
        // A table: a squeezed cell, and one elided on purpose with the whole text as tooltip.
        auto *table = new QTableView;
        table->setObjectName(QStringLiteral("table"));
        QStandardItemModel cells(2, 1);
        cells.setHorizontalHeaderLabels({QStringLiteral("Status")});
        cells.setItem(0, 0, new QStandardItem(QStringLiteral("Accepterad av mottagaren")));
        cells.item(0, 0)->setToolTip(QStringLiteral("Accepterad: personen har gått med."));
        auto *elided = new QStandardItem(QStringLiteral("3f1c2a9e-8b7d-4c55-9a0e-5d2b7c1e9f00"));
        elided->setToolTip(elided->text());
        cells.setItem(1, 0, elided);
        table->setModel(&cells);
        table->setColumnWidth(0, 60);
        for (QWidget *w : QList<QWidget *>{fits, narrow, wrapped, button, check, box, table})
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString report = cutOffTexts(&window).join(QLatin1Char('\n'));
        for (const char *name : {"narrow", "wrapped", "button", "check", "box"})
            QVERIFY2(report.contains(QLatin1String(name)), qPrintable(name + (": " + report)));
        QVERIFY2(!report.contains(QStringLiteral("'fits'")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("\"Accepterad av mottagaren\"")),
                 qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("3f1c2a9e")), qPrintable(report));
        // On a small screen a cell may elide when its tooltip holds its whole text; an
        // explanation that leaves the text out is still a cut.
        const QString small = cutOffTexts(&window, nullptr, Room::Small).join(QLatin1Char('\n'));
        QVERIFY2(small.contains(QStringLiteral("\"Accepterad av mottagaren\"")), qPrintable(small));
        cells.item(0, 0)->setToolTip(
            QStringLiteral("Accepterad av mottagaren: personen gick med."));
        QVERIFY2(!cutOffTexts(&window, nullptr, Room::Small)
                      .join(QLatin1Char('\n'))
                      .contains(QStringLiteral("Accepterad")),
                 "a cell elided with its whole text in the tooltip passes on a small screen");
        QVERIFY2(
            cutOffTexts(&window).join(QLatin1Char('\n')).contains(QStringLiteral("Accepterad")),
            "with enough room the same cell is still cut");
        table->setColumnWidth(0, 400);

        // Given room, the same widgets pass.
        for (QWidget *w : QList<QWidget *>{narrow, wrapped, button, check, box, table}) {
            w->setMinimumSize(0, 0);
            w->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        }
        window.adjustSize();
        QTRY_VERIFY2(cutOffTexts(&window).isEmpty(),
                     qPrintable(cutOffTexts(&window).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
