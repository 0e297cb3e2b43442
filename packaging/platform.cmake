# Per-platform pieces of the snapshot-desk executable: the Windows resource file (icon and
# version information) and the macOS bundle icon and Info.plist.
#
# Included from app/CMakeLists.txt before qt_add_executable(snapshot-desk ...), so every path
# here is relative to this file, and the generated files land in app/'s build directory.
#
# Sets:
#   SNAPSHOTDESK_PLATFORM_SOURCES   extra sources for qt_add_executable (empty on Linux)
# Defines:
#   snapshotdesk_apply_bundle_properties(<target>)   macOS bundle settings; no-op elsewhere

set(SNAPSHOTDESK_PLATFORM_SOURCES "")

if(WIN32)
    # VERSIONINFO wants four comma-separated numbers; absent parts count as 0.
    set(SNAPSHOTDESK_RC_VERSION "")
    foreach(_sd_part IN ITEMS MAJOR MINOR PATCH TWEAK)
        if("${PROJECT_VERSION_${_sd_part}}" STREQUAL "")
            list(APPEND SNAPSHOTDESK_RC_VERSION 0)
        else()
            list(APPEND SNAPSHOTDESK_RC_VERSION ${PROJECT_VERSION_${_sd_part}})
        endif()
    endforeach()
    list(JOIN SNAPSHOTDESK_RC_VERSION "," SNAPSHOTDESK_RC_VERSION)
    set(SNAPSHOTDESK_ICO_FILE "${CMAKE_CURRENT_LIST_DIR}/windows/snapshot-desk.ico")
    configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/snapshot-desk.rc.in"
                   "${CMAKE_CURRENT_BINARY_DIR}/snapshot-desk.rc" @ONLY)
    list(APPEND SNAPSHOTDESK_PLATFORM_SOURCES "${CMAKE_CURRENT_BINARY_DIR}/snapshot-desk.rc")
    unset(_sd_part)
elseif(APPLE)
    # Copied into snapshot-desk.app/Contents/Resources by the bundle build.
    set(_sd_icns "${CMAKE_CURRENT_LIST_DIR}/macos/snapshot-desk.icns")
    set_source_files_properties("${_sd_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    list(APPEND SNAPSHOTDESK_PLATFORM_SOURCES "${_sd_icns}")
    unset(_sd_icns)

    # Read by Info.plist.in; the oldest macOS the Qt in use supports unless the build says otherwise.
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(SNAPSHOTDESK_MACOS_MINIMUM_VERSION "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    else()
        set(SNAPSHOTDESK_MACOS_MINIMUM_VERSION "12.0")
    endif()
endif()

function(snapshotdesk_apply_bundle_properties target)
    if(NOT APPLE)
        return()
    endif()
    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "Snapshot Desk"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${SNAPSHOTDESK_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE "snapshot-desk.icns"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "Snapshot Desk ${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Snapshot Desk developers. MIT License."
        # The Xcode generator signs and identifies the bundle by this one, not the plist's.
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${SNAPSHOTDESK_APP_ID}")
endfunction()
