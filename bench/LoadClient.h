#pragma once

#include "protocol/FrameCodec.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QWebSocket>

#include <functional>

// One simulated user for the load generator: logs in, sends, acknowledges like the real app.
class LoadClient final : public QObject
{
    Q_OBJECT
public:
    explicit LoadClient(QString phone, QObject *parent = nullptr);

    void open(const QUrl &url);
    void registerUser();
    void resume();
    void sendText(const QString &to, const QString &text);
    void close() { m_socket.close(); }

    const QString &phone() const { return m_phone; }
    bool authenticated() const { return m_authenticated; }
    bool syncDone() const { return m_syncDone; }
    bool acknowledgeMessages = true; // send `delivered` for every message
    bool acknowledgeReceipts = true; // send `receipt_ack` for every receipt

    qint64 received = 0;
    qint64 acks = 0;
    qint64 receipts = 0;
    qint64 errors = 0;
    QList<qint64> ackLatenciesUs;
    QList<qint64> receiptLatenciesUs;

    std::function<void()> onAck;
    std::function<void()> onReceipt;
    std::function<void()> onMessage;

private:
    void flushDelivered();
    bool onHotFrame(const QString &text, qint64 now);
    void onText(const QString &text);
    void sendFrame(const natter::protocol::ClientFrame &f);

    QString m_phone;
    QString m_token;
    QWebSocket m_socket;
    natter::protocol::FrameCodec m_codec;
    bool m_authenticated = false;
    bool m_syncDone = false;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_sentAt; // client_id → µs
    QHash<qint64, qint64> m_sentAtById; // server_id → µs
    QList<qint64> m_pendingDelivered;
};
