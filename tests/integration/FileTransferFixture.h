// What TestFileTransfer, TestFileLimits and TestFileAccess share: a real natterd with Alice, Bob
// and Carol logged in, and short-hands for uploading, sending a file message and downloading.
// Alice uploads and writes to Bob; Carol is a registered user who has no business with their files.
#pragma once

#include "TestClient.h"
#include "TestServer.h"
#include "TransferHelpers.h"

#include <QRegularExpression>
#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915120000001"_s;
const QString kBob = u"+4915120000002"_s;
const QString kCarol = u"+4915120000003"_s;

inline QString describe(const QList<Decoded<ServerFrame>> &inbox)
{
    FrameCodec codec;
    QStringList out;
    for (const auto &d : inbox)
        out.append(QString::fromUtf8(codec.encode(d.frame, d.rid)).left(200));
    return out.join(u" | "_s);
}

inline QString describe(const std::optional<Error> &e)
{
    if (!e)
        return u"no error"_s;
    return u"error %1: %2 (file_id %3, transfer %4)"_s
        .arg(toWireName(e->code), e->message, e->fileId)
        .arg(e->transfer);
}

inline QString describe(const UploadResult &r)
{
    return u"ready %1, done %2, %3, sent %4, committed %5"_s.arg(r.ready.has_value())
        .arg(r.done.has_value())
        .arg(describe(r.error))
        .arg(r.sent)
        .arg(r.committed);
}

// A file id as the spec wants it: at least 128 random bits in base64url, at most 64 characters.
inline bool looksLikeFileId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{22,64}$"_s);
    return re.match(id).hasMatch();
}
} // namespace

class FileTransferFixture : public QObject
{
protected:
    void setUp()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        m_carol = std::make_unique<TestClient>();
        QVERIFY(m_alice->registerUser(m_server->url(), kAlice, u"Alice"_s));
        QVERIFY(m_bob->registerUser(m_server->url(), kBob, u"Bob"_s));
        QVERIFY(m_carol->registerUser(m_server->url(), kCarol, u"Carol"_s));
        for (TestClient *c : {m_alice.get(), m_bob.get(), m_carol.get()}) {
            QVERIFY(c->waitFor<SyncDone>());
            c->clearInbox();
        }
    }
    void tearDown()
    {
        for (TestClient *c : {m_alice.get(), m_bob.get(), m_carol.get()}) {
            if (c)
                QVERIFY2(c->undecodable().isEmpty(), qPrintable(c->undecodable().join(u'\n')));
        }
        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        m_server.reset();
    }

    // Uploads `bytes` as `client` and checks the server stored them; returns the upload_done.
    std::optional<UploadDone> uploadOk(TestClient &client, FileKind kind, const QString &name,
        const QByteArray &bytes, const QString &mime = {})
    {
        const UploadResult r = upload(client, kind, name, UploadSource::fromBytes(bytes), mime);
        if (!r.done)
            qWarning("upload of %s failed: %s", qPrintable(name), qPrintable(describe(r)));
        return r.done;
    }

    // `from` sends `to` a message referencing an uploaded file and waits for the ack; the
    // client's name/mime/size are whatever the caller passes (the server replaces them).
    std::optional<Ack> sendFile(TestClient &from, const QString &to, MessageKind kind,
        const QString &fileId, const QString &name = u"file"_s,
        const QString &mime = u"application/octet-stream"_s, qint64 size = 1,
        const QString &caption = {})
    {
        const QString cid = TestClient::newClientId();
        from.send(Send {cid, to, fileMessage(kind, fileId, name, mime, size, caption)});
        return from.waitFor<Ack>([&](const Ack &a) { return a.clientId == cid; });
    }

    // The answer to a `send` with this client id that was refused.
    std::optional<Error> sendRefused(TestClient &from, const QString &to, MessageKind kind,
        const QString &fileId, qint64 size = 1)
    {
        const QString cid = TestClient::newClientId();
        from.send(Send {
            cid, to, fileMessage(kind, fileId, u"x.bin"_s, u"application/octet-stream"_s, size)});
        auto e = from.waitFor<Error>([&](const Error &err) { return err.clientId == cid; });
        if (from.count<Ack>() > 0)
            qWarning("the send was acknowledged: %s", qPrintable(describe(from.inbox())));
        return e;
    }

    // Logs `client` in again on a fresh connection (the old one is dropped without a close
    // handshake, as a lost link would be) and waits for the end of its catch-up.
    std::unique_ptr<TestClient> reconnect(std::unique_ptr<TestClient> &client, const QString &phone)
    {
        client.reset(); // aborts the socket
        auto fresh = std::make_unique<TestClient>();
        if (!fresh->login(m_server->url(), phone))
            return nullptr;
        if (!fresh->waitFor<SyncDone>())
            return nullptr;
        return fresh;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    std::unique_ptr<TestClient> m_carol;
};
