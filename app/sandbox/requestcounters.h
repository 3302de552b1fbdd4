#pragma once

#include <QJsonObject>

namespace sandbox {

// How the sandbox answered so far: part of the ground truth GET /_sandbox/state reports.
struct RequestCounters
{
    int tokenRequests = 0;
    int tokensIssued = 0;
    int invitationRequests = 0; // every POST to the invitation endpoint, refused ones included
    int invitationsCreated = 0;
    int answered200 = 0; // invitation POSTs answered normally
    int answered400 = 0;
    int answered401 = 0;
    int answered406 = 0;
    int answered415 = 0;
    int answered429 = 0;
    int injectedErrors = 0; // errorShare answers (errorCodes)
    int hung = 0;
    int droppedAfterCreate = 0;
    int malformed = 0;
    int shortAnswers = 0;
    int cutAnswers = 0;
    int lateCommits = 0; // held, then created (counted when processed)
    int listRequests = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("tokenRequests"), tokenRequests},
                {QStringLiteral("tokensIssued"), tokensIssued},
                {QStringLiteral("invitationRequests"), invitationRequests},
                {QStringLiteral("invitationsCreated"), invitationsCreated},
                {QStringLiteral("answered200"), answered200},
                {QStringLiteral("answered400"), answered400},
                {QStringLiteral("answered401"), answered401},
                {QStringLiteral("answered406"), answered406},
                {QStringLiteral("answered415"), answered415},
                {QStringLiteral("answered429"), answered429},
                {QStringLiteral("injectedErrors"), injectedErrors},
                {QStringLiteral("hung"), hung},
                {QStringLiteral("droppedAfterCreate"), droppedAfterCreate},
                {QStringLiteral("malformed"), malformed},
                {QStringLiteral("shortAnswers"), shortAnswers},
                {QStringLiteral("cutAnswers"), cutAnswers},
                {QStringLiteral("lateCommits"), lateCommits},
                {QStringLiteral("listRequests"), listRequests}};
    }
};

} // namespace sandbox
