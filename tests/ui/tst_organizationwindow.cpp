// The window knows the organization before texting anyone (issue 11): the confirmation lists
// every verdict group with its count and reason, a member is never texted (with groups chosen
// it gets the groups in one click), the member list's reading shows progress and can be
// cancelled, and a failed read says why and sends nothing. Against the real sandbox.
#include "accessgroupspicker.h"
#include "appdataisolation.h"
#include "core/application.h"
#include "invitations/invitationstatus.h"
#include "invitepanel.h"
#include "mainwindow.h"
#include "memberreadprogress.h"
#include "modalanswer.h"
#include "models/invitationtablemodel.h"
#include "sandboxhttp.h"
#include "sandboxprocess.h"
#include "sandboxwindow.h"
#include "sendconfirmationdialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sandboxwindow;

class TestOrganizationWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static void pressSend(ui::MainWindow &window, const QString &numbers)
    {
        QVERIFY(typeAndSend(window, numbers));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateAppData(m_data)); }

    void confirmation_listsEachVerdictGroup_memberNeverSent()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(addMember(sandbox, QStringLiteral("+46701118801")));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        // One pending invitation first.
        pressSend(window, QStringLiteral("0701118802"));
        QVERIFY(answerDialog<ui::SendConfirmationDialog>(&window, QString(),
                                                         QStringLiteral("confirmSend")));
        QTRY_COMPARE_WITH_TIMEOUT(perMsisdn(sandbox).size(), 1, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());

        // A member, the pending one, a new one listed twice.
        pressSend(window, QStringLiteral("0701118801\n0701118802\n0701118803\n0701118803"));
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("verdictSummary"));
        QVERIFY(summary);
        const QString text = summary->text();
        const QStringList lines = text.split(QLatin1Char('\n'));
        // new, pending, member: one line each (the number typed twice is caught while typing,
        // and listed below with the others left out).
        QVERIFY2(lines.size() == 3, qPrintable(text));
        const auto line = [&](const QString &words) {
            for (const QString &l : lines) {
                if (l.contains(words))
                    return l;
            }
            return QString();
        };
        QVERIFY2(line(QStringLiteral("new number")).contains(QStringLiteral("1 ")),
                 qPrintable(text));
        QVERIFY2(
            line(QStringLiteral("already members: not invited")).contains(QStringLiteral("1 ")),
            qPrintable(text));
        QVERIFY2(line(QStringLiteral("pending: left out")).contains(QStringLiteral("1 ")),
                 qPrintable(text));
        // The member is named with its reason among the numbers left out.
        auto *leftOut = dialog->findChild<QListWidget *>(QStringLiteral("leftOut"));
        bool memberListed = false;
        for (int i = 0; i < leftOut->count(); ++i) {
            memberListed = memberListed ||
                           (leftOut->item(i)->text().startsWith(QStringLiteral("+46701118801")) &&
                            leftOut->item(i)->text().contains(QStringLiteral("member")));
        }
        QVERIFY(memberListed);
        bool twiceListed = false;
        for (int i = 0; i < leftOut->count(); ++i)
            twiceListed =
                twiceListed || leftOut->item(i)->text().startsWith(QStringLiteral("0701118803"));
        QVERIFY(twiceListed);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QCOMPARE(confirm->text(), QStringLiteral("Send 1 invitation(s)"));
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(perMsisdn(sandbox).contains(QStringLiteral("+46701118803")),
                                 10000);
        QTRY_VERIFY(!app.sender()->isRunning());
        const QJsonObject sent = perMsisdn(sandbox);
        QCOMPARE(sent.value(QStringLiteral("+46701118803")).toInt(), 1);
        QCOMPARE(sent.value(QStringLiteral("+46701118802")).toInt(), 1); // not again
        QVERIFY(!sent.contains(QStringLiteral("+46701118801")));         // the member: never
    }

    void memberWithGroupsChosen_addedToGroups_oneClick_noSms()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--groups"), QStringLiteral("2")}),
                 qPrintable(sandbox.errorString()));
        QVERIFY(addMember(sandbox, QStringLiteral("+46701118811")));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        ui::AccessGroupsPicker *picker = window.invitePanel()->groupsPicker();
        QTRY_VERIFY_WITH_TIMEOUT(!picker->groups().isEmpty(), 10000);
        picker->setCheckedIds({picker->groups().at(0).id});
        pressSend(window, QStringLiteral("0701118811"));
        auto *dialog = waitForDialog<ui::SendConfirmationDialog>(&window);
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("verdictSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("added to the chosen access groups")),
                 qPrintable(summary->text()));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QVERIFY(confirm->isEnabled()); // one click, nothing to tick
        QCOMPARE(confirm->text(), QStringLiteral("Add 1 member(s) to the groups"));
        confirm->click();
        models::InvitationTableModel *rows = window.resultsModel();
        QTRY_COMPARE_WITH_TIMEOUT(
            rows->statusCounts().value(invitations::LocalStatus::addedToGroups()), 1, 10000);
        QTRY_VERIFY(!app.sender()->isRunning());
        QCOMPARE(rows->data(rows->index(0, models::InvitationTableModel::StatusColumn)).toString(),
                 QStringLiteral("Added to groups"));
        const QJsonObject state = sandbox.state();
        QCOMPARE(state.value(QStringLiteral("groupAdditions")).toInt(), 1);
        QCOMPARE(state.value(QStringLiteral("invitationRequests")).toInt(), 0); // no SMS
    }

    void memberWalkFailure_saysWhy_sendsNothing()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/members"), R"({"count":300})"));
        QVERIFY(
            sandbox.control(QStringLiteral("/_sandbox/members/faults"), R"({"emptyPageAt":1})"));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        pressSend(window, QStringLiteral("0701118821\n0701118822"));
        auto *box = waitForDialog<QMessageBox>(&window, QStringLiteral("notSentMessage"));
        QVERIFY(box);
        // What failed and why, in the admin's words.
        QVERIFY2(box->text().contains(QStringLiteral("Could not read the member list")) &&
                     box->text().contains(QStringLiteral("page 1 of the member list was empty")),
                 qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("Nothing was sent")), qPrintable(box->text()));
        QVERIFY(window.findChildren<ui::SendConfirmationDialog *>().isEmpty());
        box->accept();
        QCOMPARE(sandbox.state().value(QStringLiteral("invitationRequests")).toInt(), 0);
        // Nothing was lost: the numbers are still there to send when the server answers.
        QVERIFY(window.invitePanel()->numbersText().contains(QStringLiteral("0701118822")));
        QTRY_VERIFY(window.invitePanel()->canSend());
    }

    void membersRead_showsProgress_cancelSendsNothing()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("150")}),
                 qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.control(QStringLiteral("/_sandbox/members"), R"({"count":10000})"));
        core::Application app;
        ui::MainWindow window(&app);
        startWindow(window, sandbox);
        auto *progress = window.findChild<ui::MemberReadProgress *>();
        QVERIFY(progress);
        auto *bar = progress->findChild<QProgressBar *>(QStringLiteral("memberReadBar"));
        QStringList texts;
        connect(bar, &QProgressBar::valueChanged, this, [&] { texts << bar->format(); });
        pressSend(window, QStringLiteral("0701118831"));
        // 40 pages, four at a time: the bar counts them while the window stays responsive.
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && bar->value() >= 500, 20000);
        QVERIFY2(!texts.isEmpty() && texts.last().startsWith(QStringLiteral("Reading members: ")) &&
                     texts.last().contains(QStringLiteral("10")) &&
                     texts.last().contains(QStringLiteral(" of ")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("cancelMemberRead"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!progress->isVisible());
        QVERIFY(!app.sender()->isPreviewing());
        // The abandoned read's remaining pages must not bring a confirmation: give them the
        // time they would need (40 pages at 150 ms, four at a time, is about 1.5 s).
        QTest::qWait(2500);
        QVERIFY(window.findChildren<ui::SendConfirmationDialog *>().isEmpty());
        QCOMPARE(sandbox.state().value(QStringLiteral("invitationRequests")).toInt(), 0);
        QTRY_VERIFY(window.invitePanel()->canSend()); // ready for the next try
    }

    void progressText_namesReadAndTotal()
    {
        QCOMPARE(ui::MemberReadProgress::progressText(0, -1), QStringLiteral("Reading members…"));
        const QString text = ui::MemberReadProgress::progressText(500, 10000);
        QVERIFY2(text.startsWith(QStringLiteral("Reading members: 500 of ")) &&
                     text.endsWith(QStringLiteral("…")) && text.contains(QStringLiteral("10")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestOrganizationWindow)
#include "tst_organizationwindow.moc"
