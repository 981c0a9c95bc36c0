#pragma once

#include <QIcon>
#include <QPixmap>

namespace natter::ui {

// The Natter app icon (the PNG sizes in resources/icons, rendered from resources/natter.svg).
// When the resources are not linked in, a drawn stand-in of the same bubble, so no window or
// tray entry is ever left without an icon.
QIcon appIcon();

// The icon with a round badge showing `count` (capped at "99+"); the plain icon for 0.
QIcon badgedAppIcon(int count);

} // namespace natter::ui
