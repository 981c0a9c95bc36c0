#pragma once

#include "ui/MessageBodies.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace natter::client {
class ChatClient;
struct StoredMessage;
} // namespace natter::client

namespace natter::ui {

// Carries out what the buttons inside bubbles ask for: download, cancel and retry transfers,
// open or save a file (videos and sound play in the app's player, other files open in the
// system's program), show a picture (downloading it first), open a place on
// openstreetmap.org, and message or save a shared contact.
class BubbleActions final : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`.
    BubbleActions(client::ChatClient *client, QWidget *window);
    ~BubbleActions() override;
    Q_DISABLE_COPY_MOVE(BubbleActions)

    void trigger(qint64 localId, BubbleAction action);

signals:
    // "Message" on a contact card whose number is on Natter.
    void chatRequested(const QString &peer);
    // Something the user should know ("+49… is not on Natter.").
    void notice(const QString &text);

private:
    void viewImage(const client::StoredMessage &m);
    void showViewer(const QString &path);
    void play(const QString &path); // a video or audio file in a VideoPlayerDialog
    void saveAs(const client::StoredMessage &m);
    void messageContact(const client::StoredMessage &m);
    void saveContact(const client::StoredMessage &m);
    void lookup(const QString &phone);
    void onMessageChanged(const QString &peer, qint64 localId);

    QPointer<client::ChatClient> m_client;
    QWidget *m_window;
    QSet<qint64> m_viewWhenDownloaded; // pictures to show once their download completes
    QSet<QString> m_lookups; // numbers asked about for "Message"
};

} // namespace natter::ui
