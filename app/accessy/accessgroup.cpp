#include "accessy/accessgroup.h"
#include "accessy/jsontext.h"

#include <QJsonObject>

namespace accessy::json {

Result<AccessGroupPage> parseAccessGroupPage(const QByteArray &body, const QString &operation)
{
    const PageTexts texts{Text::tr("the access group page is not a JSON object"),
                          Text::tr("the access group page has no \"items\" list"),
                          Text::tr("the access group page has no valid \"totalItems\""),
                          Text::tr("an access group has no \"id\"")};
    return parsePage(body, operation, texts, &AccessGroup::id, [](const QJsonObject &item) {
        return AccessGroup{stringAt(item, "id"), stringAt(item, "name"),
                           stringAt(item, "description")};
    });
}

} // namespace accessy::json
