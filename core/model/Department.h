#pragma once

#include "core/db/RecordMeta.h"
#include "core/model/Category.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace threerings {

// A department that handles transferred forms and owns complaints.
struct Department
{
    Q_DECLARE_TR_FUNCTIONS(Department)

public:
    RecordMeta meta;
    QString name;
    QString kind = QStringLiteral("service"); // service, technical, sales, product, other
    QString headUserId;                       // 部门主管
    QString phone;
    // The problem-form categories transferred here by default (003 §4.5.6). Empty: those of its kind.
    QList<Category> routes;
    bool active = true; // a retired department stays on the records that name it, and is offered no more

    // The kinds, as stored, and as people read them.
    static QStringList kinds();
    static QString kindLabel(const QString& kind);
    // The categories a department of `kind` takes when it names none: technical support takes technical
    // quality and other, the product division sales, the user service department service.
    static QList<Category> defaultRoutes(const QString& kind);
    // routes, or those of its kind when it names none.
    QList<Category> effectiveRoutes() const;
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;

private:
    // The kind is one of kinds(); the message lists them as people read them, with their stored keys.
    Status knownKind() const;
};

} // namespace threerings
