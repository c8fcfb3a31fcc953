# One INTERFACE target carries the warning flags and the Qt defines for every target of the project.
add_library(threerings_flags INTERFACE)
if(MSVC)
  # Windows (docs/building-on-windows.md): sources are UTF-8 (Chinese text), standard conformance on.
  target_compile_options(threerings_flags INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus /EHsc)
  target_compile_definitions(threerings_flags INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN _CRT_SECURE_NO_WARNINGS)
  if(THREERINGS_WERROR)
    target_compile_options(threerings_flags INTERFACE /WX)
  endif()
else()
  target_compile_options(threerings_flags INTERFACE -Wall -Wextra -Wpedantic)
  if(THREERINGS_WERROR)
    target_compile_options(threerings_flags INTERFACE -Werror)
  endif()
endif()
target_compile_definitions(threerings_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(THREERINGS_ASAN)
  target_compile_options(threerings_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(threerings_flags INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
  set(CMAKE_C_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()
