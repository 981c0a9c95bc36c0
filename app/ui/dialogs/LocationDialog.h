#pragma once

#include "protocol/MessageContent.h"

#include <QDialog>

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

    // How long "Use my current location" waits for the position service.
    static constexpr int kLocateTimeoutMs = 10000;

    // Asks the position service for the current position (what the button does).
    void locateMe();

private:
    void buildUi();
    void onTyped();
    void onPasted();
    void update();
    void setLocating(bool locating);
    void onPosition(const QGeoPositionInfo &info);
    void failLocating(const QString &message);
    void setFields(double latitude, double longitude);

    std::optional<natter::protocol::GeoLocation> m_position; // from the fields
    std::optional<double> m_accuracy; // from the position service or a geo: URI
    QString m_autoLabel; // the place name a pasted link filled in
    bool m_locating = false;
    bool m_settingFields = false;

    QGeoPositionInfoSource *m_source = nullptr;
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
