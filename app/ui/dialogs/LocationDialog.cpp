#include "ui/dialogs/LocationDialog.h"

#include "protocol/Limits.h"
#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/DialogSizing.h"
#include "ui/dialogs/GeoParse.h"
#include "ui/dialogs/InlineMessage.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGeoPositionInfoSource>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNmeaPositionInfoSource>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace natter::ui {

using namespace dialogs;
using protocol::GeoLocation;

namespace {

enum class Tone { Muted, Error, Success };

void setStatus(QLabel *label, Tone tone, const QString &text)
{
    QPalette palette = label->palette();
    const QPalette base = label->parentWidget() ? label->parentWidget()->palette() : palette;
    palette.setColor(QPalette::WindowText,
        tone == Tone::Error         ? errorColor(base)
            : tone == Tone::Success ? successColor(base)
                                    : mutedColor(base));
    palette.setColor(QPalette::Text, palette.color(QPalette::WindowText));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    growToFit(label->window());
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// One typed coordinate: a decimal number, with a point or a comma, an optional degree sign.
std::optional<double> typedNumber(QString text)
{
    text = text.trimmed();
    text.remove(u'°');
    text.replace(u',', u'.');
    text.replace(QChar(0x2212), u'-'); // the minus sign of typeset text
    static const QRegularExpression re(QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString accuracyText(double metres)
{
    if (metres >= 1000)
        return LocationDialog::tr("within %1 km")
            .arg(QString::number(metres / 1000.0, 'f', metres < 10000 ? 1 : 0));
    return LocationDialog::tr("within %1 m").arg(qRound(metres));
}

} // namespace

LocationDialog::LocationDialog(QWidget *parent)
    : QDialog(parent)
    , m_sourceFactory(&LocationDialog::systemPositionSource)
    , m_guard(new QTimer(this))
{
    setObjectName(QStringLiteral("locationDialog"));
    setWindowTitle(tr("Send a location"));
    setWindowIcon(appIcon());
    m_guard->setSingleShot(true);
    // The service has its own timeout; this one catches a service that never answers at all.
    m_guard->setInterval(kLocateTimeoutMs + 2000);
    connect(m_guard, &QTimer::timeout, this, [this] { failLocating(timeoutMessage()); });
    buildUi();
    update();
}

LocationDialog::~LocationDialog()
{
    // Now, before the members go: a source deleted with the other children could still signal.
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
        delete m_source;
    }
}

void LocationDialog::buildUi()
{
    m_locate = new QPushButton(tr("Use my current location"), this);
    m_locate->setObjectName(QStringLiteral("currentLocationButton"));
    m_locate->setAutoDefault(false);
    connect(m_locate, &QPushButton::clicked, this, &LocationDialog::locateMe);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("locatingIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_locateStatus = new QLabel(this);
    m_locateStatus->setObjectName(QStringLiteral("currentLocationStatus"));
    m_locateStatus->setWordWrap(true);
    m_locateStatus->hide();

    m_latitude = new QLineEdit(this);
    m_latitude->setObjectName(QStringLiteral("latitudeEdit"));
    m_latitude->setPlaceholderText(tr("e.g. 52.51630"));
    m_longitude = new QLineEdit(this);
    m_longitude->setObjectName(QStringLiteral("longitudeEdit"));
    m_longitude->setPlaceholderText(tr("e.g. 13.37770"));
    for (QLineEdit *edit : {m_latitude, m_longitude}) {
        edit->setMaxLength(64);
        connect(edit, &QLineEdit::textChanged, this, &LocationDialog::onTyped);
    }
    m_coordinatesError = new QLabel(this);
    m_coordinatesError->setObjectName(QStringLiteral("coordinatesError"));
    m_coordinatesError->setWordWrap(true);
    m_coordinatesError->hide();

    m_paste = new QLineEdit(this);
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setPlaceholderText(tr("geo: link, OpenStreetMap or Google Maps link, or coordinates"));
    m_paste->setClearButtonEnabled(true);
    connect(m_paste, &QLineEdit::textChanged, this, &LocationDialog::onPasted);
    m_pasteStatus = new QLabel(this);
    m_pasteStatus->setObjectName(QStringLiteral("pasteStatus"));
    m_pasteStatus->setWordWrap(true);
    m_pasteStatus->hide();

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setPlaceholderText(tr("Place name or address (optional)"));
    m_label->setMaxLength(protocol::kMaxLabelChars);
    connect(m_label, &QLineEdit::textChanged, this, &LocationDialog::update);
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("Add a caption…"));
    // Four UTF-8 bytes a character at most: always within the server's 64 KiB text limit.
    m_caption->setMaxLength(int(protocol::Limits().maxTextBytes / 4));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("locationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_summary, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_position && !m_locating)
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *coordinates = new QGridLayout;
    coordinates->setHorizontalSpacing(10);
    coordinates->setVerticalSpacing(4);
    coordinates->addWidget(new QLabel(tr("Latitude"), this), 0, 0);
    coordinates->addWidget(new QLabel(tr("Longitude"), this), 0, 1);
    coordinates->addWidget(m_latitude, 1, 0);
    coordinates->addWidget(m_longitude, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(6);
    layout->addWidget(m_locate, 0, Qt::AlignLeft);
    layout->addWidget(m_busy);
    layout->addWidget(m_locateStatus);
    layout->addSpacing(10);
    layout->addWidget(sectionTitle(tr("Coordinates"), this));
    layout->addLayout(coordinates);
    layout->addWidget(m_coordinatesError);
    layout->addSpacing(10);
    layout->addWidget(sectionTitle(tr("Or paste a link"), this));
    layout->addWidget(m_paste);
    layout->addWidget(m_pasteStatus);
    layout->addSpacing(10);
    layout->addWidget(sectionTitle(tr("Place name"), this));
    layout->addWidget(m_label);
    layout->addSpacing(10);
    layout->addWidget(sectionTitle(tr("Caption"), this));
    layout->addWidget(m_caption);
    layout->addSpacing(10);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(qMax(460, fontMetrics().averageCharWidth() * 64), sizeHint().height());
}

void LocationDialog::setFields(double latitude, double longitude)
{
    // Each setText() runs onTyped(), which keeps the accuracy while this flag is set.
    m_settingFields = true;
    // Seven decimals (about a centimetre) keep what a link or the service gave, without the
    // trailing zeros.
    auto text = [](double value) {
        QString out = QString::number(value, 'f', 7);
        while (out.endsWith(u'0'))
            out.chop(1);
        if (out.endsWith(u'.'))
            out.chop(1);
        return out;
    };
    m_latitude->setText(text(latitude));
    m_longitude->setText(text(longitude));
    m_settingFields = false;
}

void LocationDialog::onTyped()
{
    if (!m_settingFields) {
        // A typed position is no longer the one the service (or a geo: URI) measured.
        m_accuracy.reset();
        // Coordinates or a link pasted into one field: spread over both.
        const QString text = m_latitude->text();
        if (text.contains(QRegularExpression(QStringLiteral("\\s|;|geo:|https?:")))) {
            if (const auto pasted = parseGeoText(text)) {
                setFields(pasted->latitude, pasted->longitude);
                m_accuracy = pasted->accuracy;
                update();
                return;
            }
        }
    }
    const QString latText = m_latitude->text().trimmed();
    const QString lonText = m_longitude->text().trimmed();
    const auto lat = typedNumber(latText);
    const auto lon = typedNumber(lonText);
    QStringList errors;
    if (!latText.isEmpty() && (!lat || *lat < -90 || *lat > 90))
        errors.append(tr("The latitude must be a number from −90 to 90."));
    if (!lonText.isEmpty() && (!lon || *lon < -180 || *lon > 180))
        errors.append(tr("The longitude must be a number from −180 to 180."));
    setStatus(m_coordinatesError, Tone::Error, errors.join(u' '));
    m_position.reset();
    if (errors.isEmpty() && lat && lon && isValidPosition(*lat, *lon)) {
        GeoLocation position;
        position.latitude = *lat;
        position.longitude = *lon;
        m_position = position;
    }
    update();
}

void LocationDialog::onPasted()
{
    const QString text = m_paste->text().trimmed();
    if (text.isEmpty()) {
        setStatus(m_pasteStatus, Tone::Muted, QString());
        return;
    }
    const auto found = parseGeoText(text);
    if (!found) {
        setStatus(m_pasteStatus, Tone::Error,
            isShortMapLink(text)
                ? tr("Short links do not contain the position. Open the link in your browser "
                     "and paste the full address from the address bar.")
                : tr("No position found. Paste a geo: link, an OpenStreetMap or Google Maps "
                     "link, or coordinates such as 52.5163, 13.3777."));
        return;
    }
    setFields(found->latitude, found->longitude);
    m_accuracy = found->accuracy;
    if (!found->label.isEmpty() && (m_label->text().isEmpty() || m_label->text() == m_autoLabel)) {
        m_label->setText(found->label);
        m_autoLabel = found->label;
    }
    setStatus(m_pasteStatus, Tone::Success,
        tr("Found %1.").arg(formatCoordinates(found->latitude, found->longitude)));
    update();
}

void LocationDialog::update()
{
    if (m_position) {
        QString text
            = tr("Sends %1").arg(formatCoordinates(m_position->latitude, m_position->longitude));
        if (m_accuracy)
            text += QStringLiteral(" (%1)").arg(accuracyText(*m_accuracy));
        const QString label = m_label->text().trimmed();
        if (!label.isEmpty())
            text += QStringLiteral(" · ") + label;
        const QUrl map = openStreetMapUrl(location());
        setStatus(m_summary, Tone::Muted,
            QStringLiteral("%1 &nbsp;<a href=\"%2\">%3</a>")
                .arg(text.toHtmlEscaped(), map.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                    tr("Check on the map")));
    } else {
        setStatus(m_summary, Tone::Muted,
            tr("Choose a position: your current location, coordinates, or a pasted link."));
    }
    m_send->setEnabled(m_position.has_value() && !m_locating);
    growToFit(this);
}

void LocationDialog::setPositionSourceFactory(PositionSourceFactory factory)
{
    m_systemSource = !factory;
    m_sourceFactory = factory ? std::move(factory) : PositionSourceFactory(&systemPositionSource);
}

void LocationDialog::setLocateTimeout(int milliseconds)
{
    m_locateTimeoutMs = qMax(1000, milliseconds);
    m_guard->setInterval(m_locateTimeoutMs + 2000);
}

QString LocationDialog::timeoutMessage() const
{
    return tr("Your location could not be found within %1 seconds. Try again, or type the "
              "coordinates or paste a map link.")
        .arg(qRound(m_locateTimeoutMs / 1000.0));
}

QGeoPositionInfoSource *LocationDialog::systemPositionSource(QObject *parent)
{
    const QString nmea = qEnvironmentVariable(kNmeaSourceVariable);
    if (nmea.isEmpty())
        return QGeoPositionInfoSource::createDefaultSource(parent);
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createSource(
        QStringLiteral("nmea"), {{QStringLiteral("nmea.source"), nmea}}, parent);
    // Qt reports an accuracy for NMEA data only with a receiver's range error set: the HDOP of
    // each fix times this typical value (Qt's documentation: "approximately 5.1").
    if (auto *receiver = qobject_cast<QNmeaPositionInfoSource *>(source))
        receiver->setUserEquivalentRangeError(5.1);
    return source;
}

void LocationDialog::locateMe()
{
    if (m_locating)
        return;
    m_source = m_sourceFactory(this);
    if (!m_source) {
        const QString nmea = qEnvironmentVariable(kNmeaSourceVariable);
        failLocating(m_systemSource && !nmea.isEmpty()
                ? tr("The GPS receiver %1 (set in %2) could not be opened. Type the coordinates "
                     "or paste a map link instead.")
                      .arg(nmea, QLatin1String(kNmeaSourceVariable))
                : tr("No location service is available on this computer. Type the "
                     "coordinates or paste a map link instead."));
        return;
    }
    m_source->setParent(this);
    m_source->setPreferredPositioningMethods(QGeoPositionInfoSource::AllPositioningMethods);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &LocationDialog::onPosition);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) {
            if (!m_locating)
                return;
            switch (error) {
            case QGeoPositionInfoSource::AccessError:
                failLocating(tr("Natter may not use your location. Allow it in your "
                                "system's privacy settings, or type the coordinates."));
                break;
            case QGeoPositionInfoSource::ClosedError:
                failLocating(
                    tr("The location service stopped. Try again, or type the coordinates."));
                break;
            case QGeoPositionInfoSource::UpdateTimeoutError:
                failLocating(timeoutMessage());
                break;
            case QGeoPositionInfoSource::UnknownSourceError:
                failLocating(tr("The location service failed. Type the coordinates or "
                                "paste a map link instead."));
                break;
            case QGeoPositionInfoSource::NoError:
                break;
            }
        });
    setLocating(true);
    m_guard->start();
    // Some services answer (a position or an error) from inside this call: the state is
    // already "locating", and the source is released only later, from the event loop.
    if (m_source)
        m_source->requestUpdate(m_locateTimeoutMs);
}

void LocationDialog::releaseSource()
{
    if (!m_source)
        return;
    // Later, not now: this may run inside one of the source's own signals.
    disconnect(m_source, nullptr, this, nullptr);
    m_source->deleteLater();
    m_source = nullptr;
}

void LocationDialog::done(int result)
{
    if (m_locating)
        setLocating(false);
    releaseSource();
    QDialog::done(result);
}

void LocationDialog::setLocating(bool locating)
{
    m_locating = locating;
    m_locate->setEnabled(!locating);
    m_locate->setText(locating ? tr("Finding your location…") : tr("Use my current location"));
    m_busy->setVisible(locating);
    if (locating)
        setStatus(m_locateStatus, Tone::Muted, QString());
    else {
        m_guard->stop();
        releaseSource();
    }
    update();
}

void LocationDialog::onPosition(const QGeoPositionInfo &info)
{
    if (!m_locating)
        return;
    const QGeoCoordinate c = info.coordinate();
    if (!info.isValid() || !c.isValid() || !isValidPosition(c.latitude(), c.longitude())) {
        failLocating(tr("The location service gave no usable position. Try again, or type the "
                        "coordinates."));
        return;
    }
    setLocating(false);
    setFields(c.latitude(), c.longitude());
    m_accuracy.reset();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        const double accuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
        if (std::isfinite(accuracy) && accuracy >= 0 && accuracy <= 1e7)
            m_accuracy = accuracy;
    }
    setStatus(m_locateStatus, Tone::Success,
        m_accuracy ? tr("Found your location (%1).").arg(accuracyText(*m_accuracy))
                   : tr("Found your location."));
    update();
}

void LocationDialog::failLocating(const QString &message)
{
    setLocating(false);
    setStatus(m_locateStatus, Tone::Error, message);
}

GeoLocation LocationDialog::location() const
{
    GeoLocation out;
    if (m_position) {
        out.latitude = m_position->latitude;
        out.longitude = m_position->longitude;
    }
    out.label = m_label->text().simplified().left(protocol::kMaxLabelChars);
    out.accuracy = m_accuracy;
    return out;
}

QString LocationDialog::caption() const
{
    return m_caption->text().trimmed();
}

} // namespace natter::ui
