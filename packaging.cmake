# SPDX-License-Identifier: GPL-3.0-or-later
# Installation into the freedesktop layout, and a .deb for Debian 12 (make package).
include(GNUInstallDirs)

install(TARGETS leaky-relu-explorer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/leaky-relu-explorer.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/leaky-relu-explorer.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leaky-relu-explorer)
set(CPACK_PACKAGE_VENDOR "Leaky ReLU Explorer developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "Leaky ReLU Explorer developers <developers@leaky-relu-explorer.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Libraries come from dpkg-shlibdeps; the plugins Qt loads at run time it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core")
set(CPACK_STRIP_FILES ON)
include(CPack)
