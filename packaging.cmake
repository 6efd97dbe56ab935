# SPDX-License-Identifier: GPL-3.0-or-later
# Installation into the freedesktop layout, and a .deb for Debian 12 (make package).
include(GNUInstallDirs)

# The one application id: desktop file, metainfo, icon name, QGuiApplication::setDesktopFileName.
set(LRE_APP_ID io.github.leakyreluexplorer.LeakyReluExplorer)
target_compile_definitions(leaky-relu-explorer PRIVATE LRE_APP_ID="${LRE_APP_ID}")

# Real metadata or none: no home page until the project has one.
set(LRE_HOMEPAGE "" CACHE STRING "Project home page (https://...); empty: none in package and metainfo")
set(LRE_SCREENSHOT_BASE_URL "" CACHE STRING
    "Web folder holding window-light.png and window-dark.png (docs/) for AppStream; empty: none")
# The maintainer of a local build is whoever builds it, as dch does: DEBFULLNAME/DEBEMAIL, then
# git's user, then user@host. A release sets -DLRE_MAINTAINER="Name <address>".
if(NOT LRE_MAINTAINER)
    set(_name "$ENV{DEBFULLNAME}")
    set(_email "$ENV{DEBEMAIL}")
    if(NOT _email)
        execute_process(COMMAND git config user.email WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE _email OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        execute_process(COMMAND git config user.name WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE _name OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    endif()
    if(NOT _email)
        cmake_host_system_information(RESULT _host QUERY FQDN)
        set(_email "$ENV{USER}@${_host}")
    endif()
    if(NOT _name)
        set(_name "Leaky ReLU Explorer developers")
    endif()
    set(LRE_MAINTAINER "${_name} <${_email}>" CACHE STRING "Debian Maintainer: Name <address>")
endif()

# AppStream metainfo, with screenshots and a home page only when they really exist.
set(LRE_METAINFO_URLS "")
if(LRE_HOMEPAGE)
    string(APPEND LRE_METAINFO_URLS "  <url type=\"homepage\">${LRE_HOMEPAGE}</url>\n")
endif()
if(LRE_SCREENSHOT_BASE_URL)
    string(APPEND LRE_METAINFO_URLS
        "  <screenshots>\n"
        "    <screenshot type=\"default\">\n"
        "      <caption>The explorer, light theme</caption>\n"
        "      <image>${LRE_SCREENSHOT_BASE_URL}/window-light.png</image>\n"
        "    </screenshot>\n"
        "    <screenshot>\n"
        "      <caption>The explorer, dark theme</caption>\n"
        "      <image>${LRE_SCREENSHOT_BASE_URL}/window-dark.png</image>\n"
        "    </screenshot>\n"
        "  </screenshots>\n")
endif()
set(LRE_METAINFO ${PROJECT_BINARY_DIR}/${LRE_APP_ID}.metainfo.xml)
configure_file(resources/${LRE_APP_ID}.metainfo.xml.in ${LRE_METAINFO} @ONLY)

# Debian changelog (gzip -n: the same bytes on every build).
string(REGEX MATCH "<(.*)>" _ "${LRE_MAINTAINER}")
set(LRE_MAINTAINER_EMAIL "${CMAKE_MATCH_1}")
configure_file(resources/debian/changelog ${PROJECT_BINARY_DIR}/debian/changelog.Debian @ONLY)
add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz
    COMMAND gzip -9nkf ${PROJECT_BINARY_DIR}/debian/changelog.Debian
    DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.Debian
    VERBATIM)
set(_package_files ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz)

# The manual page, from --help and resources/leaky-relu-explorer.h2m, so it lists every option.
find_program(LRE_HELP2MAN help2man)
set(LRE_MANPAGE ${PROJECT_BINARY_DIR}/man/leaky-relu-explorer.1)
if(LRE_HELP2MAN)
    add_custom_command(
        OUTPUT ${LRE_MANPAGE}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
                ${LRE_HELP2MAN} --no-info --no-discard-stderr
                --include=${PROJECT_SOURCE_DIR}/resources/leaky-relu-explorer.h2m
                --output=${LRE_MANPAGE} $<TARGET_FILE:leaky-relu-explorer>
        COMMAND gzip -9nf ${LRE_MANPAGE}
        DEPENDS leaky-relu-explorer ${PROJECT_SOURCE_DIR}/resources/leaky-relu-explorer.h2m
        VERBATIM)
    list(APPEND _package_files ${LRE_MANPAGE}.gz)
    install(FILES ${LRE_MANPAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(WARNING "help2man not found: no manual page (scripts/install-deps.sh installs it)")
endif()
add_custom_target(lre_package_files ALL DEPENDS ${_package_files})

install(TARGETS leaky-relu-explorer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The compilers' .comment section is of no use in the package (lintian: binary-has-unneeded-section;
# CPack's strip keeps it).
find_program(LRE_OBJCOPY objcopy)
if(LRE_OBJCOPY)
    install(CODE "execute_process(COMMAND ${LRE_OBJCOPY} --remove-section=.comment
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/leaky-relu-explorer\")")
endif()
install(FILES resources/${LRE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LRE_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/leaky-relu-explorer.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${LRE_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES resources/icons/${size}/${LRE_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
# Debian's place, named by the package (CMAKE_INSTALL_DOCDIR would use the CMake project name).
install(FILES resources/debian/copyright ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/leaky-relu-explorer)
install(FILES resources/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME leaky-relu-explorer)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leaky-relu-explorer)
set(CPACK_PACKAGE_VENDOR "Leaky ReLU Explorer developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Leaky ReLU, ReLU and their gradients, live as alpha changes")
set(CPACK_PACKAGE_DESCRIPTION
"A small desktop app for learning and teaching activation functions. Drag
the alpha slider and watch Leaky ReLU and ReLU, and their gradients, redraw
on every movement; zoom and pan the x range; switch between a light and a
dark theme; export the chart as PNG, JPEG, SVG, PDF or CSV, from the window
or the command line.

Its dying-ReLU lab trains two small networks side by side, one with ReLU and
one with Leaky ReLU, and shows their loss and the fraction of dead units.")
set(CPACK_PACKAGE_CONTACT "${LRE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(LRE_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LRE_HOMEPAGE}")
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Libraries come from dpkg-shlibdeps (libqt6svg6 among them); the plugins Qt loads at run time
# it cannot see. Qt's own translations are recommended: without them dialog buttons stay English.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
