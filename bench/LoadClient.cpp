#include "LoadClient.h"

#include "protocol/ProtocolVersion.h"

#include <QUuid>

using namespace natter::protocol;

LoadClient::LoadClient(QString phone, QObject *parent) : QObject(parent), m_phone(std::move(phone))
{
    m_clock.start();
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LoadClient::onText);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        sendFrame(Hello {kProtocolVersion, QStringLiteral("natter-loadgen")});
        if (m_token.isEmpty())
            sendFrame(Register {m_phone, QStringLiteral("Load ") + m_phone.right(4), QStringLiteral("loadgen-password")});
        else
            sendFrame(Resume {m_token});
    });
}

void LoadClient::open(const QUrl &url)
{
    m_authenticated = false;
    m_syncDone = false;
    m_socket.open(url);
}

void LoadClient::sendFrame(const ClientFrame &f)
{
    m_socket.sendTextMessage(QString::fromUtf8(m_codec.encode(f)));
}

void LoadClient::sendText(const QString &to, const QString &text)
{
    // The bench texts need no JSON escaping; written directly, like onHotFrame() reads.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sentAt.insert(id, m_clock.nsecsElapsed() / 1000);
    m_socket.sendTextMessage(QStringLiteral("{\"type\":\"send\",\"client_id\":\"%1\",\"to\":\"%2\",\"kind\":\"text\",\"text\":\"%3\"}")
                                 .arg(id, to, text));
}

namespace {
// The value of "key": in a compact JSON object natterd wrote (a number, or a string without
// escapes); empty when absent.
QStringView field(QStringView json, QStringView key)
{
    const QString needle = u'"' + key.toString() + QStringLiteral("\":");
    const qsizetype at = json.indexOf(needle);
    if (at < 0)
        return {};
    qsizetype start = at + needle.size();
    if (start < json.size() && json[start] == u'"') {
        ++start;
        return json.mid(start, json.indexOf(u'"', start) - start);
    }
    qsizetype end = start;
    while (end < json.size() && json[end] != u',' && json[end] != u'}')
        ++end;
    return json.mid(start, end - start);
}
} // namespace

// The hot frames (ack, message, receipt) are read by looking up their few fields instead of
// through the full codec, so the load generator spends less CPU per message than the server it
// measures; everything else goes through the codec.
bool LoadClient::onHotFrame(const QString &text, qint64 now)
{
    const QStringView type = field(text, u"type");
    if (type == u"ack") {
        ++acks;
        const qint64 sent = m_sentAt.take(field(text, u"client_id").toString());
        ackLatenciesUs.append(now - sent);
        m_sentAtById.insert(field(text, u"server_id").toLongLong(), sent);
        if (onAck)
            onAck();
        return true;
    }
    if (type == u"message") {
        ++received;
        if (acknowledgeMessages) {
            m_pendingDelivered.append(field(text, u"server_id").toLongLong());
            if (m_pendingDelivered.size() == 1)
                QMetaObject::invokeMethod(this, &LoadClient::flushDelivered, Qt::QueuedConnection);
        }
        if (onMessage)
            onMessage();
        return true;
    }
    if (type == u"receipt") {
        ++receipts;
        const qint64 id = field(text, u"server_id").toLongLong();
        if (const auto it = m_sentAtById.find(id); it != m_sentAtById.end()) {
            receiptLatenciesUs.append(now - *it);
            m_sentAtById.erase(it);
        }
        if (acknowledgeReceipts)
            m_socket.sendTextMessage(QStringLiteral("{\"type\":\"receipt_ack\",\"server_ids\":[%1],\"state\":\"%2\"}")
                                         .arg(id)
                                         .arg(field(text, u"state")));
        if (onReceipt)
            onReceipt();
        return true;
    }
    return false;
}

void LoadClient::onText(const QString &text)
{
    if (onHotFrame(text, m_clock.nsecsElapsed() / 1000))
        return;
    auto result = m_codec.decodeServer(text.toUtf8());
    if (!std::holds_alternative<Decoded<ServerFrame>>(result)) {
        ++errors;
        return;
    }
    const ServerFrame &frame = std::get<Decoded<ServerFrame>>(result).frame;
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    if (const auto *ok = std::get_if<AuthOk>(&frame)) {
        if (!ok->token.isEmpty())
            m_token = ok->token;
        m_authenticated = true;
    } else if (const auto *done = std::get_if<SyncDone>(&frame)) {
        flushDelivered();
        if (done->more)
            sendFrame(Sync {});
        else
            m_syncDone = true;
    } else if (const auto *ack = std::get_if<Ack>(&frame)) {
        ++acks;
        const qint64 sent = m_sentAt.take(ack->clientId);
        ackLatenciesUs.append(now - sent);
        m_sentAtById.insert(ack->serverId, sent);
        if (onAck)
            onAck();
    } else if (const auto *m = std::get_if<ChatMessage>(&frame)) {
        ++received;
        if (acknowledgeMessages) {
            // Like the app: acknowledge a burst in one frame once the burst has been read.
            m_pendingDelivered.append(m->serverId);
            if (m_pendingDelivered.size() == 1)
                QMetaObject::invokeMethod(this, &LoadClient::flushDelivered, Qt::QueuedConnection);
        }
        if (onMessage)
            onMessage();
    } else if (const auto *r = std::get_if<Receipt>(&frame)) {
        ++receipts;
        if (const auto it = m_sentAtById.find(r->serverId); it != m_sentAtById.end()) {
            receiptLatenciesUs.append(now - *it);
            m_sentAtById.erase(it);
        }
        if (acknowledgeReceipts)
            sendFrame(ReceiptAck {{r->serverId}, r->state});
        if (onReceipt)
            onReceipt();
    } else if (std::holds_alternative<Error>(frame)) {
        ++errors;
    }
}

void LoadClient::flushDelivered()
{
    if (m_pendingDelivered.isEmpty())
        return;
    sendFrame(Delivered {std::exchange(m_pendingDelivered, {})});
}
