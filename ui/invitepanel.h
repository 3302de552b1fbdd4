#pragma once

#include "models/phoneentrymodel.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace ui {

class AccessGroupsPicker;
class MessageComposer;

// The left side of the window: who to invite (typed, pasted or imported numbers, each checked
// as it arrives) and the message, with the Send button and why it is disabled when it is.
class InvitePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit InvitePanel(QWidget *parent = nullptr);

    models::PhoneEntryModel *checkedModel() { return &m_checked; }
    QList<phones::PhoneEntry> sendableEntries() const { return m_checked.sendableEntries(); }
    QString message() const;
    void setDefaultRegion(const QString &region);
    // Adds numbers at the end of the list (import, "invite again").
    void appendNumbers(const QStringList &numbers);
    // Entries that came with names from an import replace what was typed.
    void setImportedEntries(const QList<phones::PhoneEntry> &entries);
    // Imported entries after the numbers listed already (typed or imported), checked together.
    void addImportedEntries(const QList<phones::PhoneEntry> &entries);
    bool hasNumbers() const { return m_checked.rowCount() > 0; }
    // Brings back the imported list "Clear imported list" dropped, while nothing was typed.
    void undoClearImport();
    // For the draft: the numbers field as typed, and the imported list when there is one.
    QString numbersText() const;
    QList<phones::PhoneEntry> importedEntries() const { return m_imported; }
    void setNumbersText(const QString &text);
    // An imported list kept in a draft (rows, inputs and names): checked again here.
    void restoreImportedEntries(const QList<phones::PhoneEntry> &entries);
    // Replaces whatever is listed, typed or imported ("invite again").
    void replaceNumbers(const QStringList &numbers);
    // Empties the list after a send, typed numbers and an imported list alike.
    void clearNumbers();
    void setMessage(const QString &text);
    // A reason from outside the panel not to send now (no connection, a send running);
    // empty when there is none.
    void setBlockedReason(const QString &reason);
    bool canSend() const;
    void focusNumbers();
    QPlainTextEdit *numbersEdit() const { return m_numbers; }
    QPlainTextEdit *messageEdit() const;
    MessageComposer *composer() const { return m_message; }
    AccessGroupsPicker *groupsPicker() const { return m_groups; }

Q_SIGNALS:
    void sendRequested();
    // Text with several columns (copied from a spreadsheet) was pasted: it deserves the
    // import preview rather than landing in the field as it is.
    void spreadsheetPasted(const QString &text);
    // The admin chose another country for numbers written without a country code.
    void defaultRegionChosen(const QString &region);
    void sendabilityChanged(bool canSend);
    // "Clear imported list" dropped this many entries (undoClearImport() brings them back).
    void importCleared(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();
    // The admin chose a country (or undid a choice): says what it means next to the box.
    void chooseRegion(QString region, QString previous); // copies: both may alias members
    void showImported(const QList<phones::PhoneEntry> &entries);
    void clearImported(); // the admin's "Clear imported list": undoable
    void dropImported();
    void updateState();
    void updateGroupsToggle();

    models::PhoneEntryModel m_checked;
    QList<phones::PhoneEntry> m_imported;      // set while the list shown came from an import
    QList<phones::PhoneEntry> m_clearedImport; // for undo
    QTimer m_recheckTimer;
    QString m_region = QStringLiteral("SE");
    QString m_blockedReason;
    QPlainTextEdit *m_numbers;
    QPushButton *m_clearImport;
    QComboBox *m_regionChoice;
    QLabel *m_regionNote;     // what the country choice means, with an undo link
    QString m_previousRegion; // before the last choice, for undo
    QString m_typedPlaceholder;
    QTableView *m_checkedView;
    QLabel *m_counts;
    MessageComposer *m_message;
    AccessGroupsPicker *m_groups;
    QToolButton *m_groupsToggle;
    QLabel *m_hint;
    QPushButton *m_send;
};

} // namespace ui
