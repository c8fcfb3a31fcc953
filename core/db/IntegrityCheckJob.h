#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace threerings {

// Runs Database::quickCheck on a worker thread: the console opens its file without the check (it takes
// seconds on a million-customer file) and learns within moments whether the file is sound.
class IntegrityCheckJob : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheckJob(QString dbPath, QObject* parent = nullptr);
    ~IntegrityCheckJob() override;

    void start();

signals:
    // `problem` is empty when the file is sound; else the message to show (where the backups are).
    void finished(const QString& problem);

private:
    QString m_dbPath;
    QThread* m_thread = nullptr;
};

} // namespace threerings
