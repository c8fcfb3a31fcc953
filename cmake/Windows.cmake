# The Windows build (MSVC 2022, Qt 6.4+): see docs/building-on-windows.md. Included by
# cmake/Packaging.cmake when WIN32. The installer is NSIS through CPack; windeployqt copies the Qt
# DLLs, plugins (platforms/qwindows, sqldrivers/qsqlite, multimedia) and Qt's own translations next
# to threerings.exe at install time, so `cmake --install` and `cpack` both get a runnable folder.
set_target_properties(threerings PROPERTIES WIN32_EXECUTABLE ON)
# The icon of threerings.exe (Explorer, the taskbar).
target_sources(threerings PRIVATE ${PROJECT_SOURCE_DIR}/resources/windows/threerings.rc)

# windeployqt sits beside the other Qt tools: <Qt prefix>/bin (Qt6_DIR is <Qt prefix>/lib/cmake/Qt6).
find_program(THREERINGS_WINDEPLOYQT windeployqt
             HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin" REQUIRED)

install(CODE "
  execute_process(
    COMMAND \"${THREERINGS_WINDEPLOYQT}\" --no-compiler-runtime --no-opengl-sw
            --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/threerings.exe\"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR \"windeployqt failed (\${_rc})\")
  endif()
")

# The MSVC runtime and the vcpkg DLLs (sqlite3, libsodium, ICU, libphonenumber, protobuf, abseil)
# beside the executable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
install(CODE "
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/threerings.exe\"
    RESOLVED_DEPENDENCIES_VAR _deps
    PRE_EXCLUDE_REGEXES \"api-ms-.*\" \"ext-ms-.*\" \"^Qt6.*\"
    POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\"
    DIRECTORIES \"\$ENV{VCPKG_ROOT}/installed/x64-windows/bin\")
  foreach(_dll \${_deps})
    file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  endforeach()
")

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_DISPLAY_NAME ThreeRings)
set(CPACK_NSIS_PACKAGE_NAME ThreeRings)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/windows/threerings.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\threerings.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
