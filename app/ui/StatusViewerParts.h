#pragma once

// What the status viewer's logic (StatusViewer.cpp) and its painting (StatusViewerPaint.cpp)
// share.
#include "protocol/Frames.h"

#include <QColor>
#include <QString>

namespace natter::ui::statusviewer {

inline constexpr int kMargin = 12;
inline constexpr int kBarHeight = 3;
inline constexpr int kHeaderHeight = 56;
inline constexpr int kFooterHeight = 64;
inline const QColor kMediaBackground {0x10, 0x14, 0x17};
// Laid over a status's thumbnail while its file is on its way, so that it reads as a placeholder.
inline const QColor kPlaceholderShade {0, 0, 0, 70};

// A media status that is not a picture (video; audio is played the same way).
bool isVideo(const protocol::StatusItem &s);
// "today at 14:05", "yesterday at 22:10".
QString postedText(qint64 ms);

} // namespace natter::ui::statusviewer
