// The reading of past sends (SendHistoryQuery) and the models of File › Send history…, on a
// history filled through the app's own HistoryStore; and `accessy-invite history` printing the
// same as the window's model on the same file.
#include "common/delimitedtext.h"
#include "history/historystore.h"
#include "history/sendhistoryquery.h"
#include "importing/csvparser.h"
#include "models/modelexport.h"
#include "models/sendhistorymodel.h"
#include "models/sendnumbersmodel.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace history;
using models::SendHistoryFilterModel;
using models::SendHistoryModel;

namespace {

const QString kOrg = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");
const QString kOtherOrg = QStringLiteral("0b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4");

JobNumber number(const QString &msisdn, NumberState state, const QString &invitationId = {},
                 const QString &reason = {})
{
    return JobNumber{msisdn, {}, msisdn, state, invitationId, reason};
}

// Three sends as the engine journals them: a finished one from a file, a reminder with a
// pasted token to another organization, and a cancelled one whose message looks like a
// formula. Returns their ids, oldest first.
QList<qint64> fill(HistoryStore &store)
{
    JobRecord first;
    first.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    first.organizationId = kOrg;
    first.message = QStringLiteral("Welcome to the club,\nsee you on Monday");
    first.groupIds = {QStringLiteral("group-a"), QStringLiteral("group-b")};
    first.state = QStringLiteral("finished");
    first.sender = QStringLiteral("client-1");
    first.source = QStringLiteral("club members.csv");
    const qint64 a = store.createJob(
        first,
        {number(QStringLiteral("+46701110001"), NumberState::Invited, QStringLiteral("i1")),
         number(QStringLiteral("+46701110002"), NumberState::Invited, QStringLiteral("i2")),
         number(QStringLiteral("+46701110003"), NumberState::Member),
         number(QStringLiteral("+46701110004"), NumberState::AddedToGroups),
         number(QStringLiteral("+46701110005"), NumberState::AlreadyInvited, QStringLiteral("i0")),
         number(QStringLiteral("+46701110006"), NumberState::Failed, {},
                QStringLiteral("Not sent: refused"))});
    InvitationRecord i1{QStringLiteral("i1"),
                        QStringLiteral("+46701110001"),
                        {},
                        QStringLiteral("PENDING"),
                        first.createdAt,
                        first.message,
                        kOrg,
                        0,
                        a};
    InvitationRecord i2 = i1;
    i2.id = QStringLiteral("i2");
    i2.msisdn = QStringLiteral("+46701110002");
    store.recordResult(a, 0, BatchState::Done, {i1, i2}, {});
    store.learnStatuses({{QStringLiteral("i1"), QStringLiteral("ACCEPTED")},
                         {QStringLiteral("i2"), QString::fromLatin1(kGoneStatus)}});

    JobRecord second;
    second.createdAt = QDateTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);
    second.organizationId = kOtherOrg;
    second.message = QStringLiteral("Reminder: join us");
    second.state = QStringLiteral("finished");
    second.reminder = true;
    second.sender = QStringLiteral("pasted token");
    const qint64 b =
        store.createJob(second, {number(QStringLiteral("+46702220001"), NumberState::Invited),
                                 number(QStringLiteral("+46702220002"), NumberState::Unconfirmed)});

    JobRecord third;
    third.createdAt = QDateTime(QDate(2026, 11, 28), QTime(7, 15), Qt::UTC);
    third.organizationId = kOrg;
    third.message = QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"click\")");
    third.state = QStringLiteral("cancelled");
    third.sender = QStringLiteral("client-1");
    third.source = QStringLiteral("new.xlsx");
    const qint64 c =
        store.createJob(third, {number(QStringLiteral("+46703330001"), NumberState::Cancelled),
                                number(QStringLiteral("+46703330002"), NumberState::Pending),
                                number(QStringLiteral("+46703330003"), NumberState::Invited)});
    return {a, b, c};
}

// The shown rows of a model, column `column`, as text.
QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells << model.index(row, column).data().toString();
    return cells;
}

} // namespace

class TestSendHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void query_everySendOldestFirst_withCountsPerOutcome()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("q.sqlite"))));
        const QList<qint64> ids = fill(store);
        const SendHistoryQuery query(store);
        const QList<SendSummary> sends = query.sends();
        QCOMPARE(sends.size(), 3);
        QCOMPARE(sends.at(0).job.id, ids.at(0));
        QCOMPARE(sends.at(2).job.id, ids.at(2));
        const SendSummary &first = sends.at(0);
        QCOMPARE(first.numbers, 6);
        QCOMPARE(first.count(NumberState::Invited), 2);
        QCOMPARE(first.count(NumberState::Member), 1);
        QCOMPARE(first.count(NumberState::AddedToGroups), 1);
        QCOMPARE(first.count(NumberState::AlreadyInvited), 1);
        QCOMPARE(first.count(NumberState::Failed), 1);
        QCOMPARE(first.count(NumberState::Cancelled), 0);
        QCOMPARE(first.job.source, QStringLiteral("club members.csv"));
        QCOMPARE(sends.at(1).count(NumberState::Unconfirmed), 1);
        QCOMPARE(sends.at(2).count(NumberState::Pending), 1);
        // The counts agree with the store's own per-job count.
        for (const SendSummary &send : sends) {
            const QHash<QString, int> counts = store.numberStateCounts(send.job.id);
            for (NumberState state : SendHistoryQuery::outcomes())
                QCOMPARE(send.count(state), counts.value(numberStateKey(state)));
        }

        const QList<SendSummary> since =
            query.sends(QDateTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC));
        QCOMPARE(since.size(), 2);
        QCOMPARE(since.first().job.id, ids.at(1));

        // The numbers with their status now.
        const QList<JobNumberStatus> numbers = query.numbers(ids.at(0));
        QCOMPARE(numbers.size(), 6);
        QCOMPARE(numbers.at(0).currentStatus, QStringLiteral("ACCEPTED"));
        QCOMPARE(numbers.at(1).currentStatus, QString::fromLatin1(kGoneStatus));
        QCOMPARE(numbers.at(2).number.state, NumberState::Member);
    }

    void matches_numberInAnyForm_file_message_organization()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("m.sqlite"))));
        fill(store);
        const SendSummary first = SendHistoryQuery(store).sends().first();
        for (const char *hit :
             {"", "+46701110003", "070-111 00 03", "0701110003", "46701110003", "0046701110003",
              "club MEMBERS", "see you", "5a4d0b8e", "client-1", "group-b"})
            QVERIFY2(SendHistoryQuery::matches(first, QString::fromUtf8(hit)), hit);
        for (const char *miss : {"+46709999999", "070-999", "reminder", "0b7c9d1e", "x.xlsx", "12"})
            QVERIFY2(!SendHistoryQuery::matches(first, QString::fromUtf8(miss)), miss);
    }

    void model_sortsByAnyColumn_andTheFilterNarrows()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("s.sqlite"))));
        const QList<qint64> ids = fill(store);
        SendHistoryModel model;
        model.setSends(SendHistoryQuery(store).sends());
        model.setOrganizationNames({{kOtherOrg, QStringLiteral("Padel Hall")}});
        SendHistoryFilterModel shown;
        shown.setSourceModel(&model);
        QCOMPARE(shown.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SendHistoryModel::ColumnCount));
        QCOMPARE(SendHistoryModel::MessageColumn - SendHistoryModel::FirstOutcomeColumn,
                 SendHistoryQuery::outcomes().size());
        // What a row shows: one line of the message (the tooltip has all of it), the name of a
        // known organization, and a reminder said as such.
        QCOMPARE(model.index(0, SendHistoryModel::MessageColumn).data().toString(),
                 QStringLiteral("Welcome to the club, see you on Monday"));
        QCOMPARE(model.index(0, SendHistoryModel::MessageColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Welcome to the club,\nsee you on Monday"));
        QCOMPARE(model.index(1, SendHistoryModel::OrganizationColumn).data().toString(),
                 QStringLiteral("Padel Hall"));
        QCOMPARE(model.index(0, SendHistoryModel::OrganizationColumn).data().toString(), kOrg);
        QCOMPARE(model.index(1, SendHistoryModel::StateColumn).data().toString(),
                 QStringLiteral("Finished (reminder)"));
        QCOMPARE(model.index(0, SendHistoryModel::outcomeColumn(NumberState::Member)).data(), 1);
        QCOMPARE(
            model.headerData(SendHistoryModel::outcomeColumn(NumberState::Member), Qt::Horizontal),
            QStringLiteral("Members"));

        // Sorting: by time, by a count, by text.
        const auto jobIds = [&shown] {
            QList<qint64> result;
            for (int row = 0; row < shown.rowCount(); ++row)
                result << shown.index(row, 0).data(SendHistoryModel::JobIdRole).toLongLong();
            return result;
        };
        shown.sort(SendHistoryModel::WhenColumn, Qt::DescendingOrder);
        QCOMPARE(jobIds(), (QList<qint64>{ids.at(2), ids.at(1), ids.at(0)}));
        shown.sort(SendHistoryModel::NumbersColumn, Qt::AscendingOrder);
        QCOMPARE(jobIds(), (QList<qint64>{ids.at(1), ids.at(2), ids.at(0)}));
        shown.sort(SendHistoryModel::outcomeColumn(NumberState::Invited), Qt::DescendingOrder);
        QCOMPARE(jobIds().first(), ids.at(0));
        shown.sort(SendHistoryModel::SourceColumn, Qt::AscendingOrder);
        QCOMPARE(column(shown, SendHistoryModel::SourceColumn),
                 (QStringList{QString(), QStringLiteral("club members.csv"),
                              QStringLiteral("new.xlsx")}));
        shown.sort(SendHistoryModel::MessageColumn, Qt::AscendingOrder);
        QCOMPARE(jobIds().first(), ids.at(2)); // '=' sorts before letters

        // Filtering: the search, the organization's name, the period, and both at once.
        shown.setSearchText(QStringLiteral("070-333 00 02"));
        QCOMPARE(jobIds(), QList<qint64>{ids.at(2)});
        shown.setSearchText(QStringLiteral("padel"));
        QCOMPARE(jobIds(), QList<qint64>{ids.at(1)});
        shown.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(shown.rowCount(), 0);
        shown.setSearchText(QString());
        shown.setSince(QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC));
        QCOMPARE(shown.rowCount(), 2);
        shown.setSearchText(QStringLiteral("club"));
        QCOMPARE(shown.rowCount(), 0); // the club send is older
        shown.setSince({});
        QCOMPARE(jobIds(), QList<qint64>{ids.at(0)});

        // The export takes the rows as shown, with the whole message and ISO times.
        const exporting::ExportTable table = models::exportTable(shown);
        QCOMPARE(table.header.size(), model.columnCount());
        QCOMPARE(table.header.at(SendHistoryModel::SourceColumn), QStringLiteral("File"));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first().at(SendHistoryModel::MessageColumn),
                 QStringLiteral("Welcome to the club,\nsee you on Monday"));
        QVERIFY(table.rows.first()
                    .at(SendHistoryModel::WhenColumn)
                    .startsWith(QLatin1String("2026-11-02T")));
    }

    void numbersModel_outcomeAndStatusNow()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("n.sqlite"))));
        const QList<qint64> ids = fill(store);
        models::SendNumbersModel numbers;
        numbers.setNumbers(SendHistoryQuery(store).numbers(ids.at(0)));
        QCOMPARE(numbers.rowCount(), 6);
        using M = models::SendNumbersModel;
        QCOMPARE(column(numbers, M::OutcomeColumn),
                 (QStringList{QStringLiteral("Invited"), QStringLiteral("Invited"),
                              QStringLiteral("Member"), QStringLiteral("Added to groups"),
                              QStringLiteral("Already pending"), QStringLiteral("Not sent")}));
        QCOMPARE(
            column(numbers, M::CurrentStatusColumn),
            (QStringList{QStringLiteral("Accepted"), QStringLiteral("No longer on Accessy's list"),
                         QStringLiteral("Member"), QStringLiteral("Added to groups"), QString(),
                         QString()}));
        QCOMPARE(numbers.index(5, M::ReasonColumn).data().toString(),
                 QStringLiteral("Not sent: refused"));
        QVERIFY(!numbers.index(0, M::SeenColumn).data().toString().isEmpty());
    }

    // The command line and the window read the same file through the same query: every field
    // the command prints for a send is what the window's model holds for it.
    void historyCommand_andTheWindowsModel_agree()
    {
        QTemporaryDir data;
        HistoryStore store;
        QVERIFY(store.open(data.filePath(QStringLiteral("history.sqlite"))));
        fill(store);
        SendHistoryModel model;
        model.setSends(SendHistoryQuery(store).sends());

        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACCESSY_INVITE_DATA_DIR"), data.path());
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(INVITE_BIN_DIR "/accessy-invite"),
                      {QStringLiteral("history")});
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitCode(), 0);
        importing::CsvParser parser(QLatin1Char(','), 100000, 1000);
        QVERIFY(parser.feed(QString::fromUtf8(program.readAllStandardOutput())));
        QVERIFY(parser.finish());
        const QList<QStringList> lines = parser.records();
        QCOMPARE(lines.size(), model.rowCount() + 1);
        const QStringList header = lines.first();
        const auto field = [&header](const QStringList &line, const char *name) {
            return line.value(header.indexOf(QLatin1String(name)));
        };
        const QList<std::pair<const char *, NumberState>> outcomes{
            {"invited", NumberState::Invited},
            {"member", NumberState::Member},
            {"added_to_groups", NumberState::AddedToGroups},
            {"already_invited", NumberState::AlreadyInvited},
            {"failed", NumberState::Failed},
            {"cancelled", NumberState::Cancelled},
            {"unconfirmed", NumberState::Unconfirmed},
            {"pending", NumberState::Pending}};
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList line = lines.at(row + 1);
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model.index(row, column).data(role).toString();
            };
            QCOMPARE(field(line, "job"), cell(0, SendHistoryModel::JobIdRole));
            QCOMPARE(field(line, "organization"), cell(SendHistoryModel::OrganizationColumn));
            QCOMPARE(field(line, "source"), cell(SendHistoryModel::SourceColumn));
            // Formula-looking text is printed inert, as every CSV of the app writes it.
            const QString message = cell(SendHistoryModel::MessageColumn, Qt::ToolTipRole);
            QCOMPARE(field(line, "message"), common::delimited::startsFormula(message)
                                                 ? QLatin1Char('\'') + message
                                                 : message);
            QCOMPARE(field(line, "sender"), cell(SendHistoryModel::SenderColumn));
            QCOMPARE(field(line, "numbers"), cell(SendHistoryModel::NumbersColumn));
            QCOMPARE(QDateTime::fromString(field(line, "when"), Qt::ISODate),
                     model.send(row).job.createdAt);
            for (const auto &[name, state] : outcomes)
                QCOMPARE(field(line, name), cell(SendHistoryModel::outcomeColumn(state)));
        }
        QCOMPARE(field(lines.at(3), "message").left(2), QStringLiteral("'="));
    }
};

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
