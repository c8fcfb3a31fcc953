#include "core/sip/SipIdentity.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace threerings {

namespace {

bool looksLikePhoneNumber(const QString& user)
{
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9()\-. ]+$)"));
    return phone.match(user).hasMatch();
}

} // namespace

QString sipUserPart(const QString& uriOrNameAddr)
{
    QString s = uriOrNameAddr.trimmed();
    if (const int lt = s.indexOf(QLatin1Char('<')); lt >= 0) {
        const int gt = s.indexOf(QLatin1Char('>'), lt);
        s = s.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1);
    }
    s = s.trimmed();
    QString user;
    const QString lower = s.toLower();
    if (lower.startsWith(QLatin1String("tel:"))) {
        user = s.mid(4);
        user = user.left(user.indexOf(QLatin1Char(';')) < 0 ? user.size() : user.indexOf(QLatin1Char(';')));
    } else {
        if (lower.startsWith(QLatin1String("sip:")))
            s = s.mid(4);
        else if (lower.startsWith(QLatin1String("sips:")))
            s = s.mid(5);
        else
            return {};
        const int at = s.indexOf(QLatin1Char('@'));
        if (at < 0)
            return {}; // sip:host: no user part
        user = s.left(at);
        if (const int semi = user.indexOf(QLatin1Char(';')); semi >= 0)
            user = user.left(semi); // user parameters (;isub=…)
        if (const int colon = user.indexOf(QLatin1Char(':')); colon >= 0)
            user = user.left(colon); // user:password
    }
    user = QUrl::fromPercentEncoding(user.toUtf8()).trimmed();
    if (looksLikePhoneNumber(user)) {
        QString digits;
        for (const QChar c : user)
            if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
                digits += c;
        return digits;
    }
    return user;
}

QString sipCallerNumber(const QString& fromHeaderOrUri, const QString& pAssertedIdentity)
{
    for (const QString& entry : pAssertedIdentity.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString user = sipUserPart(entry); !user.isEmpty())
            return user;
    return sipUserPart(fromHeaderOrUri);
}

} // namespace threerings
