# CPack settings (included by packaging/CMakeLists.txt once every install() rule is known).
#
#   Linux:   `cpack` (DEB;TGZ) makes natter_<v>-1_<arch>.deb (component app),
#            natterd_<v>-1_<arch>.deb (component server) and natterd-<v>-Linux-<arch>.tar.gz.
#   Windows: NSIS installer of the app with a Start-menu shortcut.
#   macOS:   DragNDrop disk image with Natter.app (Info.plist from packaging/Info.plist.in).
#
# The per-generator differences (the tar.gz holds only the server) are applied at cpack time
# by packaging/CPackProjectConfig.cmake.in.

set(CPACK_PACKAGE_NAME natter)
set(CPACK_PACKAGE_VENDOR "The Natter developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${NATTER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Natter)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/")

# ---- components ----------------------------------------------------------------------------
set(CPACK_COMPONENTS_ALL "")
if(TARGET natter)
    list(APPEND CPACK_COMPONENTS_ALL app)
endif()
if(TARGET natterd AND UNIX)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()
# Debian descriptions: the first line is the synopsis.
set(CPACK_DEBIAN_APP_DESCRIPTION
    "desktop app of the self-hosted Natter messenger
Natter is a messenger in the style of WhatsApp for people who run their own
server. Sign in with your phone number on a Natter server (natterd), find your
contacts by their numbers and chat with them, with delivery and read receipts,
typing and online indicators, an outbox for messages written while offline,
the history kept on this computer and the session in the system keyring.")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "server of the self-hosted Natter messenger
natterd is the server of Natter, a self-hosted messenger. It runs headless as a
hardened systemd service, serves the Natter app over WebSocket, keeps every
message until its recipient has it, and stores its data in SQLite (default) or
PostgreSQL. It listens on 127.0.0.1:7350 until configured otherwise in
/etc/natterd/natterd.conf; put a TLS-terminating reverse proxy in front of it
to serve other machines.")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# ---- Debian --------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NATTER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_APP_PACKAGE_NAME natter)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME natterd)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)

# The libraries the programs link come from dpkg-shlibdeps (package dpkg-dev), with the
# versions Debian's symbols files give. What ldd cannot see is listed by hand: the Qt SQL
# drivers are plugins loaded by name at run time. (The xcb platform plugin and the image
# formats the app uses ship in libqt6gui6, which the app links; it loads no SVG at run time.)
find_program(NATTER_DPKG_SHLIBDEPS dpkg-shlibdeps)
set(natter_app_depends libqt6sql6-sqlite)
set(natter_server_depends libqt6sql6-sqlite libqt6sql6-psql)
if(NATTER_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    message(STATUS "dpkg-shlibdeps not found: the Debian packages get a fixed list of Qt packages in Depends")
    list(APPEND natter_app_depends "libqt6core6 (>= 6.4)" libqt6gui6 libqt6widgets6 libqt6network6
         libqt6websockets6 libqt6sql6 libqt6keychain1 libqt6positioning6 libqt6multimedia6)
    list(APPEND natter_server_depends "libqt6core6 (>= 6.4)" libqt6network6 libqt6websockets6 libqt6sql6)
endif()
list(JOIN natter_app_depends ", " CPACK_DEBIAN_APP_PACKAGE_DEPENDS)
list(JOIN natter_server_depends ", " CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS)
# QtKeychain keeps the session token in the Secret Service (GNOME Keyring) or KWallet; without
# either the app keeps it in memory only and asks for the password at every start.
# "Use my current location" (the location dialog) needs a position plugin (GeoClue, NMEA, …)
# from libqt6positioning6-plugins, and GeoClue itself to know where the computer is; without
# them the dialog says no location service is available and coordinates are typed or pasted.
# The chat list shows emoji in previews of photos, places and contacts (📷 📍 👤).
# Video statuses play in the app through Qt Multimedia's GStreamer backend: playbin is in
# plugins-base, MP4/WebM and VP8 in plugins-good, H.264/AAC (what phones record) in libav;
# without them the viewer says the video cannot be played and offers another program.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6positioning6-plugins, fonts-noto-color-emoji, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "natterd, qt6-wayland, geoclue-2.0")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")

# natterd's maintainer scripts: the system user, the state directory, and the unit enabled
# and started where systemd runs; conffiles names /etc/natterd/natterd.conf.
set(natterd_control ${CMAKE_CURRENT_BINARY_DIR}/debian/natterd)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${natterd_control}/conffiles
    ${natterd_control}/postinst ${natterd_control}/prerm ${natterd_control}/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# ---- tar.gz of the server --------------------------------------------------------------------
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_SERVER_FILE_NAME "natterd-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# ---- Windows (NSIS) --------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Natter")
set(CPACK_NSIS_DISPLAY_NAME "Natter ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\natter.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN natter.exe)
# Start-menu entry "Natter" for bin/natter.exe, and a desktop shortcut.
set(CPACK_PACKAGE_EXECUTABLES natter Natter)
set(CPACK_CREATE_DESKTOP_LINKS natter)
if(EXISTS ${PROJECT_SOURCE_DIR}/resources/natter.ico)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/natter.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/natter.ico)
endif()

# ---- macOS (DragNDrop) -----------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME Natter)
set(CPACK_DMG_FORMAT UDZO)

# Per-generator settings, read by cpack for each generator it runs.
configure_file(${PROJECT_SOURCE_DIR}/packaging/CPackProjectConfig.cmake.in
               ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake)

include(CPack)
include(CPackComponent)
cpack_add_component(app DISPLAY_NAME "Natter" DESCRIPTION "The Natter desktop messenger")
cpack_add_component(server DISPLAY_NAME "natterd server" DESCRIPTION "The Natter messenger server")
