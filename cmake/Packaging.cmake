# Installing and packaging the console: a Debian package on Linux (CPack DEB), an NSIS installer on
# Windows (see cmake/Windows.cmake and docs/building-on-windows.md). `cpack` in a build folder writes
# the package; scripts/test-package.sh builds, installs and runs it.
include(GNUInstallDirs)
# Debian keeps a package's documents in /usr/share/doc/<package> (GNUInstallDirs would say ThreeRings).
set(THREERINGS_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/threerings)

set(THREERINGS_APP_ID org.threerings.ThreeRings)
set(THREERINGS_LINUX_DIR ${PROJECT_SOURCE_DIR}/resources/linux)

if(UNIX AND NOT APPLE)
  # The launcher entry, the icon in every hicolor size and the AppStream metadata (software centres).
  install(FILES ${THREERINGS_LINUX_DIR}/${THREERINGS_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(DIRECTORY ${THREERINGS_LINUX_DIR}/icons/hicolor
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
  configure_file(${THREERINGS_LINUX_DIR}/${THREERINGS_APP_ID}.metainfo.xml
                 ${PROJECT_BINARY_DIR}/${THREERINGS_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${THREERINGS_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# The guides (agent, supervisor, trainer, admin; English and Chinese) with their screenshots.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/guide/
        DESTINATION ${THREERINGS_DOCDIR}/guide
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${THREERINGS_DOCDIR})

set(CPACK_PACKAGE_NAME threerings)
set(CPACK_PACKAGE_VENDOR "ThreeRings")
set(CPACK_PACKAGE_CONTACT "ThreeRings maintainers <threerings@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console for the agents of an 800 service hotline")
set(CPACK_PACKAGE_DESCRIPTION
    "ThreeRings is the desktop console of an 800 service hotline: agents answer within three rings, "
    "follow the call script and keep every record; supervisors and trainers work in the same console.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://threerings.example.org")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY ThreeRings)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_EXECUTABLES threerings ThreeRings)

if(WIN32)
  include(Windows)
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION comm)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # The shared libraries the binary links (Qt, SQLite, libsodium, ICU, libphonenumber) come from
  # dpkg-shlibdeps (libqt6gui6 brings the xcb platform plugin, libqt6multimedia6 the sound backends);
  # the drivers of Qt Sql are plugins Qt loads at run time, not linked libraries, so they are named
  # here: SQLite for the console's file, PostgreSQL for the team's server.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

# The test hooks never ship: cpack refuses a build that has them (THREERINGS_WITH_AUTOMATION).
# scripts/test-package.sh packages a build of its own without them.
if(THREERINGS_WITH_AUTOMATION)
  set(THREERINGS_REFUSE_PACKAGE ${PROJECT_BINARY_DIR}/RefusePackage.cmake)
  file(WRITE ${THREERINGS_REFUSE_PACKAGE}
       "message(FATAL_ERROR \"This build has the console's test hooks (THREERINGS_WITH_AUTOMATION=ON) and "
       "is never packaged: package a build configured with -DTHREERINGS_WITH_AUTOMATION=OFF "
       "(scripts/test-package.sh makes one).\")\n")
  set(CPACK_PRE_BUILD_SCRIPTS ${THREERINGS_REFUSE_PACKAGE})
endif()

include(CPack)
