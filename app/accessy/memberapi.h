#pragma once

#include "accessy/apiclient.h"
#include "accessy/member.h"

#include <QObject>

#include <optional>

namespace accessy {

class AccessySession;

// The member endpoints (API.md §6) through a signed-in session: each call gets a valid token
// and, after a 401, one new token and one retry (as the session's own calls do).
class MemberApi final : public QObject
{
    Q_OBJECT
public:
    explicit MemberApi(AccessySession *session, QObject *parent = nullptr);

    template<typename T>
    using Callback = ApiClient::Callback<T>;

    // GET /org/organization/{orgId}/user?page_number=N&page_size=S (see MemberWalker).
    void fetchMemberPage(int pageNumber, int pageSize, QObject *context,
                         Callback<MemberPage> callback);
    // The number's membership; an empty optional when it is not a member (404).
    void findByMsisdn(const QString &msisdn, QObject *context,
                      Callback<std::optional<MembershipRef>> callback);
    // GET /asset/admin/user/{userId}/organization/{orgId}/membership.
    void membershipOfUser(const QString &userId, QObject *context,
                          Callback<MembershipRef> callback);
    // PUT /asset/admin/access-permission-group/{groupId}/membership {"membership": id}.
    void addToGroup(const QString &groupId, const QString &membershipId, QObject *context,
                    Callback<bool> callback);

    AccessySession *session() const { return m_session; }

private:
    using PathFor = std::function<QString(const QString &organizationId)>;
    void call(ApiClient::Method method, PathFor path, const QByteArray &body,
              const QString &operation, QObject *context,
              std::function<void(const ApiClient::Reply &)> handler, bool mayRetry = true);

    AccessySession *m_session;
};

} // namespace accessy
