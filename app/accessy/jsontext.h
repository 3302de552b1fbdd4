#pragma once

#include <QCoreApplication>

namespace accessy::json {

// The one context of the texts that say why an API answer could not be read, shared by the
// files that read the answers (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(accessy::json)
};

} // namespace accessy::json
