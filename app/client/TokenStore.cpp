#include "client/TokenStore.h"

#include "client/ClientLog.h"

#include <qt6keychain/keychain.h>

namespace natter::client {

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

// Jobs have no parent on purpose: a libsecret callback may still be on its way to a job after
// this store is gone, so each job lives until it has finished and then deletes itself; the
// connections use `this` as context, so nothing reaches a destroyed store.
TokenStore::~TokenStore() = default;

QString TokenStore::keyFor(const QUrl &server, const QString &phone)
{
    return phone + u'@'
        + server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

bool TokenStore::isBackendFailure(QKeychain::Job *job) const
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return true;
}

void TokenStore::markUnavailable(const QString &detail)
{
    const QString reason
        = tr("The system keychain is not available (%1). You stay logged in only until "
             "Natter is closed; next time you have to log in again.")
              .arg(detail.isEmpty() ? tr("no Secret Service is running") : detail);
    qCWarning(lcClientKeychain).noquote() << "keychain unavailable:" << detail;
    const bool changed = m_persistent || m_reason != reason;
    m_persistent = false;
    m_reason = reason;
    if (changed)
        emit persistenceChanged(false, m_reason);
}

void TokenStore::checkAvailability()
{
    if (!m_persistent) {
        QMetaObject::invokeMethod(
            this, [this] { emit availabilityChecked(false); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("natter-availability-probe"));
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        --m_pending;
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound
            && isBackendFailure(j))
            markUnavailable(j->errorString());
        emit availabilityChecked(m_persistent);
    });
    job->start();
}

void TokenStore::read(const QUrl &server, const QString &phone)
{
    const QString key = keyFor(server, phone);
    if (m_memory.contains(key) || !m_persistent) {
        // Already known this run (or no keychain): answer without a job, but still asynchronously.
        const QString token = m_memory.value(key);
        QMetaObject::invokeMethod(
            this, [this, server, phone, token] { emit readFinished(server, phone, token); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, server, phone, key](QKeychain::Job *j) {
        --m_pending;
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        QString token;
        if (j->error() == QKeychain::NoError) {
            token = readJob->textData();
            // Written meanwhile in this run: the newer value wins.
            m_memory.insert(key, m_memory.value(key, token));
            token = m_memory.value(key);
        } else if (j->error() == QKeychain::EntryNotFound) {
            token = m_memory.value(key);
        } else {
            if (isBackendFailure(j))
                markUnavailable(j->errorString());
            token = m_memory.value(key);
        }
        qCDebug(lcClientKeychain) << "read finished, token"
                                  << (token.isEmpty() ? "absent" : "present");
        emit readFinished(server, phone, token);
    });
    job->start();
}

void TokenStore::write(const QUrl &server, const QString &phone, const QString &token)
{
    const QString key = keyFor(server, phone);
    m_memory.insert(key, token);
    if (!m_persistent) {
        QMetaObject::invokeMethod(
            this, [this, server, phone] { emit writeFinished(server, phone, false); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    job->setTextData(token);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, server, phone](QKeychain::Job *j) {
        --m_pending;
        const bool ok = j->error() == QKeychain::NoError;
        if (!ok)
            markUnavailable(j->errorString());
        qCDebug(lcClientKeychain) << "write finished, persisted:" << ok;
        emit writeFinished(server, phone, ok);
    });
    job->start();
}

void TokenStore::remove(const QUrl &server, const QString &phone)
{
    const QString key = keyFor(server, phone);
    m_memory.remove(key);
    if (!m_persistent) {
        QMetaObject::invokeMethod(
            this, [this, server, phone] { emit removeFinished(server, phone); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, server, phone](QKeychain::Job *j) {
        --m_pending;
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound
            && isBackendFailure(j))
            markUnavailable(j->errorString());
        emit removeFinished(server, phone);
    });
    job->start();
}

} // namespace natter::client
