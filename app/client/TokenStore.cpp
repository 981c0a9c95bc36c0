#include "client/TokenStore.h"

namespace natter::client {
// Stub: implemented in the next commit.
TokenStore::TokenStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }
TokenStore::~TokenStore() = default;
void TokenStore::read(const QUrl &, const QString &) { }
void TokenStore::write(const QUrl &, const QString &, const QString &) { }
void TokenStore::remove(const QUrl &, const QString &) { }
QString TokenStore::keyFor(const QUrl &server, const QString &phone) { return server.toString() + u'|' + phone; }
} // namespace natter::client
