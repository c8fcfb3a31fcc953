#include "core/auth/ServerCredentials.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace threerings::ServerCredentials {

QString loginOf(const QString& jobNumber)
{
    QString login = QStringLiteral("p");
    for (const QChar c : jobNumber.trimmed().toLower())
        login += (c.isDigit() || (c >= u'a' && c <= u'z')) && c.unicode() < 0x80 ? c : QLatin1Char('_');
    return login;
}

QString scramVerifier(const QString& password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(salt.data()),
                                             reinterpret_cast<quint32*>(salt.data() + salt.size()));
    }
    // SASLprep as libpq applies it to what a person types: compatibility-normalised, other spaces as ' '.
    QString prepared = password.normalized(QString::NormalizationForm_KC);
    for (QChar& c : prepared)
        if (c.isSpace())
            c = QLatin1Char(' ');
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                 prepared.toUtf8(), salt, iterations, 32);
    const auto hmac = [&](const char* text) {
        return QMessageAuthenticationCode::hash(QByteArray(text), salted, QCryptographicHash::Sha256);
    };
    const QByteArray storedKey = QCryptographicHash::hash(hmac("Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac("Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace threerings::ServerCredentials
