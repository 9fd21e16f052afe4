#include "SuggestedNames.h"

#include "answers/FieldRules.h"

#include <QHostInfo>
#include <QNetworkInterface>

QStringList SuggestedNames::forThisMachine()
{
    QStringList names;
    auto add = [&names](const QString &name) {
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive) && FieldRules::hostName(name).isEmpty())
            names.append(name);
    };
    const QString host = QHostInfo::localHostName();
    add(host);
    if (!QHostInfo::localDomainName().isEmpty())
        add(host + QLatin1Char('.') + QHostInfo::localDomainName());
    add(QStringLiteral("localhost"));
    add(QStringLiteral("127.0.0.1"));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        QHostAddress plain(address);
        plain.setScopeId(QString());
        add(plain.toString());
    }
    return names;
}
