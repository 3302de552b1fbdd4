#pragma once

#include "accessy/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sending {

// One number to invite. `key` is the caller's handle for it (the table row).
struct SendItem
{
    int key = -1;
    QString msisdn; // E.164
    QString name;
    QString input;
};

// What became of one number: an invitation, or the reason there is none.
struct SendOutcome
{
    int key = -1;
    QString msisdn;
    bool invited = false;
    accessy::Invitation invitation;
    QString error; // in admin words, when not invited
};

struct SendOptions
{
    int batchSize = 50;
    int maxInFlight = 4;
};

} // namespace sending
