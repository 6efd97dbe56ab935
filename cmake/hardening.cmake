# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's hardening flags (dpkg-buildflags with hardening=+all) for Release builds, which are
# the ones packaged: fortify, stack protector, format checks, full RELRO and BIND_NOW. Debian's
# -O2 and -g are left out: Release keeps its own optimisation and the package is stripped.
option(LRE_DEBIAN_HARDENING "Add dpkg-buildflags' hardening flags to Release builds" ON)
find_program(LRE_DPKG_BUILDFLAGS dpkg-buildflags)
if(LRE_DEBIAN_HARDENING AND LRE_DPKG_BUILDFLAGS AND CMAKE_BUILD_TYPE STREQUAL "Release")
    set(_lre_flags)
    foreach(kind CPPFLAGS CXXFLAGS LDFLAGS)
        execute_process(
            COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                    ${LRE_DPKG_BUILDFLAGS} --get ${kind}
            OUTPUT_VARIABLE _value OUTPUT_STRIP_TRAILING_WHITESPACE)
        separate_arguments(_value UNIX_COMMAND "${_value}")
        list(FILTER _value EXCLUDE REGEX "^-O[0-9s]?$|^-g$|^-ffile-prefix-map=|^-fdebug-prefix-map=")
        set(LRE_HARDENING_${kind} ${_value})
    endforeach()
    add_compile_options(${LRE_HARDENING_CPPFLAGS} ${LRE_HARDENING_CXXFLAGS})
    add_link_options(${LRE_HARDENING_LDFLAGS})
    message(STATUS "Debian hardening: ${LRE_HARDENING_CPPFLAGS} ${LRE_HARDENING_CXXFLAGS} ${LRE_HARDENING_LDFLAGS}")
endif()
