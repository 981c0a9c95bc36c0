#pragma once

// The media samples in tests/data (tests/data/README.md says how each was made) and the check
// of their colour on screen.
#include <QColor>
#include <QString>

#include <cstdlib>

namespace natter::uitest::media {

// The colour of status-video.mp4 and portrait-video.mp4.
inline const QColor kBlue(0x1e, 0x88, 0xe5);

// The path of a sample, e.g. sample("status-video.mp4").
inline QString sample(const char *name)
{
    return QStringLiteral(NATTER_TEST_DATA_DIR "/") + QLatin1String(name);
}

// Within what H.264, YUV → RGB, scaling and JPEG do to a flat colour.
inline bool near(const QColor &a, const QColor &b, int tolerance = 16)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace natter::uitest::media
