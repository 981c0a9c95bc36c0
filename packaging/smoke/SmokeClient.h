#pragma once

#include "protocol/FrameCodec.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace natter::smoke {

// One protocol connection for the package smoke test: it sends frames through the shared codec
// and keeps what the server sends until a step asks for it, so a step waits for the frame it
// needs and fails with a reason (a timeout, a closed socket, or the server's error frame).
class SmokeClient final : public QObject
{
    Q_OBJECT
public:
    explicit SmokeClient(QString name, QObject *parent = nullptr);
    ~SmokeClient() override;
    Q_DISABLE_COPY_MOVE(SmokeClient)

    // Opens the socket and exchanges hello/welcome.
    bool open(const QUrl &url, int timeoutMs);
    void close();
    void send(const protocol::ClientFrame &frame, const QJsonValue &rid = {});

    // Waits for the first frame of type T that `accept` takes (all frames of type T if it is
    // empty), removes it from the inbox and returns it. An `error` frame fails the wait.
    template<typename T>
    std::optional<T> waitFor(int timeoutMs, const std::function<bool(const T &)> &accept = {})
    {
        const auto frame = waitForFrame(timeoutMs, [&](const protocol::ServerFrame &f) {
            const T *t = std::get_if<T>(&f);
            return t && (!accept || accept(*t));
        });
        if (!frame)
            return std::nullopt;
        return std::get<T>(*frame);
    }

    const protocol::Welcome &welcome() const { return m_welcome; }
    // Why the last open() or waitFor() failed.
    QString problem() const { return m_problem; }

private:
    std::optional<protocol::ServerFrame> waitForFrame(
        int timeoutMs, const std::function<bool(const protocol::ServerFrame &)> &accept);
    void onText(const QString &text);

    QString m_name;
    QWebSocket m_socket;
    protocol::FrameCodec m_codec;
    QList<protocol::ServerFrame> m_inbox;
    protocol::Welcome m_welcome;
    QString m_problem;
    QString m_badFrame; // the first frame the codec refused
};

} // namespace natter::smoke
