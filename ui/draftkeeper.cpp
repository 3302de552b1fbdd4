#include "draftkeeper.h"

#include "accessgroupspicker.h"
#include "invitepanel.h"
#include "sendflow.h"

#include "core/application.h"

namespace ui {

DraftKeeper::DraftKeeper(core::Application *app, InvitePanel *invite, SendFlow *flow,
                         QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_invite(invite)
{
    connect(flow, &SendFlow::sendStarted, this, &DraftKeeper::save);
    connect(flow, &SendFlow::sendEnded, this, [this](const QStringList &, int notDone) {
        if (notDone == 0)
            m_store.clear();
    });
    // The default names the organization once its name is known (after a send or sign-in).
    connect(app, &core::Application::connectionChanged, this, [this] {
        if (m_defaultShown.isEmpty() || m_invite->message() != m_defaultShown.trimmed())
            return;
        m_defaultShown = m_app->defaultMessage();
        m_invite->setMessage(m_defaultShown);
    });
    // The picker is reloaded at each sign-in with the remembered groups; the draft's win.
    connect(app, &core::Application::signedIn, this, [this] {
        if (!m_groupsToRestore.isEmpty())
            m_invite->groupsPicker()->setCheckedIds(std::exchange(m_groupsToRestore, {}));
    });
}

bool DraftKeeper::restore()
{
    const core::Draft draft = m_store.load();
    if (!draft.imported.isEmpty())
        m_invite->restoreImportedEntries(draft.imported);
    else if (!draft.numbersText.isEmpty())
        m_invite->setNumbersText(draft.numbersText);
    if (!draft.message.trimmed().isEmpty()) {
        m_invite->setMessage(draft.message);
    } else {
        m_defaultShown = m_app->defaultMessage();
        m_invite->setMessage(m_defaultShown);
    }
    if (!draft.groupIds.isEmpty()) {
        m_groupsToRestore = draft.groupIds;
        m_invite->groupsPicker()->setCheckedIds(draft.groupIds);
    }
    return draft.hasNumbers();
}

core::Draft DraftKeeper::current() const
{
    core::Draft draft;
    draft.numbersText = m_invite->numbersText();
    draft.imported = m_invite->importedEntries();
    draft.message = m_invite->message();
    draft.groupIds = m_invite->groupsPicker()->checkedIds();
    if (draft.groupIds.isEmpty())
        draft.groupIds = m_groupsToRestore; // not signed in yet: the picker has no groups
    return draft;
}

void DraftKeeper::save()
{
    m_store.save(current());
}

} // namespace ui
