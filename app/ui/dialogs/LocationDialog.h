#pragma once

#include "protocol/MessageContent.h"

#include <QDialog>

#include <functional>
#include <optional>

class QGeoPositionInfo;
class QGeoPositionInfoSource;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace natter::ui {

class InlineMessage;

// Asks which place to send, three ways: the computer's current position (Qt Positioning; the
// wait is bounded and never blocks, and a missing or failing location service is said
// plainly), typed latitude and longitude (checked as they are typed), or a pasted geo: URI,
// map link or coordinates. An optional place name travels with the position, a caption with
// the message. Send stays disabled until there is a valid position.
//
// The position source comes from a factory, called once per "Use my current location": by
// default systemPositionSource() (a GPS receiver named in NATTER_NMEA_SOURCE, otherwise the
// system's default source). The dialog parents what the factory returns and deletes it when
// the request ends (position, error or timeout) and when the dialog closes.
class LocationDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LocationDialog(QWidget *parent = nullptr);
    ~LocationDialog() override;
    Q_DISABLE_COPY_MOVE(LocationDialog)

    // The chosen position (valid when hasLocation()); the place name is its label.
    natter::protocol::GeoLocation location() const;
    QString caption() const;
    bool hasLocation() const { return m_position.has_value(); }
    // Waiting for the position service.
    bool isLocating() const { return m_locating; }

    // How long "Use my current location" waits for the position service, by default.
    static constexpr int kLocateTimeoutMs = 10000;
    // Makes the position source for one request, parented to `parent`; nullptr when there is
    // none (the dialog then says that no location service is available).
    using PositionSourceFactory = std::function<QGeoPositionInfoSource *(QObject *parent)>;
    void setPositionSourceFactory(PositionSourceFactory factory);
    // The environment variable that names a GPS receiver for Qt's nmea position plugin: a
    // serial port (serial:/dev/ttyUSB0), a TCP stream of NMEA sentences (socket://host:port)
    // or a recorded NMEA log file, which is replayed.
    static constexpr const char *kNmeaSourceVariable = "NATTER_NMEA_SOURCE";
    // The default factory: the receiver named in NATTER_NMEA_SOURCE when that is set (its
    // horizontal accuracy estimated from the HDOP), otherwise
    // QGeoPositionInfoSource::createDefaultSource().
    static QGeoPositionInfoSource *systemPositionSource(QObject *parent);
    // Whole seconds: the timeout message names them.
    void setLocateTimeout(int milliseconds);
    int locateTimeout() const { return m_locateTimeoutMs; }

    // Asks the position service for the current position (what the button does).
    void locateMe();

    // Closing the dialog ends a request and deletes the position source.
    void done(int result) override;

private:
    void buildUi();
    void onTyped();
    void onPasted();
    void update();
    void setLocating(bool locating);
    void onPosition(const QGeoPositionInfo &info);
    void failLocating(const QString &message);
    void releaseSource();
    QString timeoutMessage() const;
    void setFields(double latitude, double longitude);

    std::optional<natter::protocol::GeoLocation> m_position; // from the fields
    std::optional<double> m_accuracy; // from the position service or a geo: URI
    QString m_autoLabel; // the place name a pasted link filled in
    bool m_locating = false;
    bool m_settingFields = false;

    PositionSourceFactory m_sourceFactory;
    bool m_systemSource = true; // m_sourceFactory is systemPositionSource
    int m_locateTimeoutMs = kLocateTimeoutMs;
    QGeoPositionInfoSource *m_source = nullptr; // during a request only
    QTimer *m_guard = nullptr;
    QPushButton *m_locate = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_locateStatus = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QLabel *m_coordinatesError = nullptr;
    QLineEdit *m_paste = nullptr;
    QLabel *m_pasteStatus = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_caption = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace natter::ui
