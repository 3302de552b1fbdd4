#include "importpreviewdialog.h"

#include "phoneentryview.h"
#include "stretchrow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

using models::PhoneEntryModel;

namespace {
// Shows only the rows that will not be imported.
class ProblemFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setEnabled(bool enabled)
    {
        m_enabled = enabled;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_enabled)
            return true;
        const auto verdict = phones::Verdict(
            sourceModel()->index(row, 0, parent).data(PhoneEntryModel::VerdictRole).toInt());
        return !phones::isSendable(verdict);
    }

private:
    bool m_enabled = false;
};

QString columnLabel(const importing::RowTable &table, bool hasHeader, int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    if (hasHeader && !table.rows.isEmpty() && column < table.rows.first().size() &&
        !table.rows.first().at(column).trimmed().isEmpty()) {
        return QStringLiteral("%1 — %2").arg(letters, table.rows.first().at(column).trimmed());
    }
    return ImportPreviewDialog::tr("Column %1").arg(letters);
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_problemsOnly(new ProblemFilter(this))
    , m_source(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_phoneColumn(new QComboBox(this))
    , m_nameColumn(new QComboBox(this))
    , m_hasHeader(new QCheckBox(tr("First row holds column names"), this))
    , m_counts(new QLabel(this))
    , m_showProblems(new QCheckBox(tr("Show only rows with problems"), this))
    , m_view(new QTableView(this))
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(this))
    , m_copyProblems(new QPushButton(tr("Copy problems"), this))
    , m_saveProblems(new QPushButton(tr("Save problems as CSV…"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import phone numbers"));
    setObjectName(QStringLiteral("importPreview"));
    auto *layout = new QVBoxLayout(this);

    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);

    auto *choices = new QFormLayout;
    m_choices = choices;
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setAccessibleName(tr("Worksheet"));
    m_phoneColumn->setObjectName(QStringLiteral("phoneColumn"));
    m_phoneColumn->setAccessibleName(tr("Column with phone numbers"));
    m_nameColumn->setObjectName(QStringLiteral("nameColumn"));
    m_nameColumn->setAccessibleName(tr("Column with names"));
    m_hasHeader->setObjectName(QStringLiteral("hasHeader"));
    choices->addRow(tr("&Worksheet:"), m_sheet);
    choices->addRow(tr("&Phone numbers in:"), m_phoneColumn);
    choices->addRow(tr("&Names in:"), m_nameColumn);
    choices->addRow(QString(), m_hasHeader);
    layout->addLayout(choices);
    choices->setRowVisible(m_sheet, false);

    auto *busyRow = new QHBoxLayout;
    m_busy->setRange(0, 0); // the readers do not report how far they are: show activity
    m_busy->setAccessibleName(tr("Reading the list"));
    busyRow->addWidget(m_busyText);
    busyRow->addWidget(m_busy, 1);
    layout->addLayout(busyRow);

    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_showProblems->setObjectName(QStringLiteral("showProblems"));
    layout->addLayout(stretchRow(m_counts, {m_showProblems}));

    m_problemsOnly->setSourceModel(&m_entries);
    m_view->setObjectName(QStringLiteral("importRows"));
    m_view->setModel(m_problemsOnly);
    m_view->setAccessibleName(tr("Rows of the list"));
    setUpPhoneEntryView(
        m_view, {.row = 56, .input = 150, .name = 170, .number = 130, .verdictAtLeast = 100});
    layout->addWidget(m_view, 1);

    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_copyProblems->setToolTip(tr("Copy the rows that will not be imported, to fix them"));
    m_saveProblems->setToolTip(tr("Save the rows that will not be imported as a CSV file"));
    m_buttons->addButton(m_copyProblems, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_saveProblems, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_job.cancel();
        reject();
    });
    connect(m_copyProblems, &QPushButton::clicked, this, &ImportPreviewDialog::copyProblems);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportPreviewDialog::saveProblems);
    connect(m_showProblems, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<ProblemFilter *>(m_problemsOnly)->setEnabled(on); });
    connect(&m_job, &importing::ImportJob::finished, this, &ImportPreviewDialog::showResult);
    for (QComboBox *combo : {m_phoneColumn, m_nameColumn}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                rechoose();
        });
    }
    connect(m_hasHeader, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            rechoose();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || m_result.file.isEmpty())
            return;
        setBusy(true, tr("Reading worksheet %1…").arg(m_sheet->currentText()));
        m_job.readFile(m_result.file, m_sheet->currentText());
    });
    resize(860, 600);
    setBusy(false);
}

void ImportPreviewDialog::readFile(const QString &path)
{
    m_source->setText(tr("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_job.readFile(path);
}

void ImportPreviewDialog::readClipboard(const QString &text)
{
    m_source->setText(tr("<b>Pasted text</b>"));
    setBusy(true, tr("Checking the pasted numbers…"));
    m_job.readClipboard(text);
}

QList<phones::PhoneEntry> ImportPreviewDialog::acceptedEntries() const
{
    return m_entries.sendableEntries();
}

void ImportPreviewDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(what);
    for (QWidget *w : std::initializer_list<QWidget *>{m_phoneColumn, m_nameColumn, m_hasHeader,
                                                       m_sheet, m_showProblems, m_view})
        w->setEnabled(!busy);
    m_import->setEnabled(!busy && m_entries.counts().sendable() > 0);
    const bool problems = !busy && m_entries.counts().sendable() < m_entries.counts().total();
    m_copyProblems->setEnabled(problems);
    m_saveProblems->setEnabled(problems);
}

void ImportPreviewDialog::showResult(const importing::ImportResult &result)
{
    if (result.error && result.table.rows.isEmpty()) {
        // Nothing could be read: there is nothing to preview.
        setBusy(false);
        Q_EMIT readFailed(result.error->message);
        reject();
        return;
    }
    m_result = result;
    m_entries.setEntries(result.entries);
    fillColumnChoosers();
    QString source = result.file.isEmpty() ? tr("Pasted text")
                                           : QFileInfo(result.file).fileName().toHtmlEscaped();
    if (!result.table.detail.isEmpty())
        source = tr("<b>%1</b> (%2)").arg(source, result.table.detail.toHtmlEscaped());
    else
        source = tr("<b>%1</b>").arg(source);
    if (result.error)
        source += QStringLiteral("<br>") + result.error->message.toHtmlEscaped();
    m_source->setText(source);

    const phones::VerdictCounts c = m_entries.counts();
    m_counts->setText(phones::verdictSummary(c));
    m_import->setText(tr("Import %n number(s)", nullptr, c.sendable()));
    setBusy(false);
}

void ImportPreviewDialog::fillColumnChoosers()
{
    m_filling = true;
    const importing::RowTable &table = m_result.table;
    int columns = 0;
    for (int r = 0; r < qMin<qsizetype>(table.rows.size(), 200); ++r)
        columns = qMax(columns, int(table.rows.at(r).size()));
    const bool header = m_result.columns.hasHeader;
    m_phoneColumn->clear();
    m_nameColumn->clear();
    m_nameColumn->addItem(tr("No names"), QVariantList());
    for (int c = 0; c < columns; ++c) {
        const QString label = columnLabel(table, header, c);
        m_phoneColumn->addItem(label, c);
        m_nameColumn->addItem(label, QVariantList{c});
    }
    const QList<int> nameColumns = m_result.columns.nameColumns;
    if (nameColumns.size() > 1) {
        QStringList labels;
        QVariantList value;
        for (int c : nameColumns) {
            labels << columnLabel(table, header, c);
            value << c;
        }
        m_nameColumn->addItem(labels.join(QStringLiteral(" + ")), value);
    }
    m_phoneColumn->setCurrentIndex(m_phoneColumn->findData(m_result.columns.phoneColumn));
    QVariantList chosen;
    for (int c : nameColumns)
        chosen << c;
    m_nameColumn->setCurrentIndex(qMax(0, m_nameColumn->findData(chosen)));
    m_hasHeader->setChecked(header);
    m_sheet->clear();
    m_sheet->addItems(m_result.sheets);
    m_sheet->setCurrentIndex(
        m_result.sheet.isEmpty() ? 0 : int(m_result.sheets.indexOf(m_result.sheet)));
    m_choices->setRowVisible(m_sheet, m_result.sheets.size() > 1);
    m_filling = false;
}

void ImportPreviewDialog::rechoose()
{
    importing::ColumnChoice columns;
    columns.hasHeader = m_hasHeader->isChecked();
    columns.phoneColumn = m_phoneColumn->currentData().toInt();
    for (const QVariant &c : m_nameColumn->currentData().toList())
        columns.nameColumns << c.toInt();
    setBusy(true, tr("Checking the numbers again…"));
    m_job.rechoose(m_result, columns);
}

void ImportPreviewDialog::copyProblems()
{
    QStringList lines;
    for (const phones::PhoneEntry &e : importing::problemEntries(m_entries.entries())) {
        lines << QStringList{QString::number(e.row), e.input, e.name,
                             phones::verdictLabel(e.verdict), e.note}
                     .join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ImportPreviewDialog::saveProblems()
{
    const QString base = m_result.file.isEmpty() ? tr("pasted-numbers")
                                                 : QFileInfo(m_result.file).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save problem rows"), tr("%1-problems.csv").arg(base), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(importing::problemsCsv(importing::problemEntries(m_entries.entries()))) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("Could not save %1: %2").arg(path, file.errorString()));
    }
}

} // namespace ui
