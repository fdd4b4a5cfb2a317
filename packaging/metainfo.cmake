# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the AppStream metainfo from its template: the @-variables filled in, and an element whose
# value the build does not have (no homepage, bug tracker, contact or screenshot URL given) left
# out rather than written empty or made up; appstreamcli validates it either way. The build calls
# gatescope_write_metainfo(); tests/integration/desktop_files.sh runs this file as a script to
# check the template with every address given:
#   cmake -DIN=template -DOUT=file -DGATESCOPE_HOMEPAGE=... [...] -P metainfo.cmake
function(gatescope_write_metainfo in out)
    # Addresses go into XML text; "Name <email>" gives the email to update_contact.
    set(GATESCOPE_CONTACT_EMAIL "")
    if(GATESCOPE_CONTACT MATCHES "<([^<> ]+@[^<> ]+)>")
        set(GATESCOPE_CONTACT_EMAIL "${CMAKE_MATCH_1}")
    elseif(GATESCOPE_CONTACT MATCHES "^[^<> ]+@[^<> ]+$")
        set(GATESCOPE_CONTACT_EMAIL "${GATESCOPE_CONTACT}")
    endif()
    foreach(var GATESCOPE_HOMEPAGE GATESCOPE_BUG_TRACKER GATESCOPE_CONTACT_EMAIL
                GATESCOPE_SCREENSHOT_URL)
        string(REPLACE "&" "&amp;" value "${${var}}")
        string(REPLACE "<" "&lt;" value "${value}")
        string(REPLACE ">" "&gt;" value "${value}")
        set(${var} "${value}")
    endforeach()

    file(READ "${in}" text)
    string(CONFIGURE "${text}" text @ONLY)
    # An element left empty: <url type="homepage"></url>, <update_contact></update_contact>.
    string(REGEX REPLACE "\n *<[a-z_]+( type=\"[a-z-]+\")?></[a-z_]+>" "" text "${text}")
    if(NOT GATESCOPE_SCREENSHOT_URL)
        string(REGEX REPLACE "\n *<screenshots>.*</screenshots>" "" text "${text}")
    endif()
    # Written only when it changed, so an unchanged metainfo does not reinstall or repackage.
    set(old "")
    if(EXISTS "${out}")
        file(READ "${out}" old)
    endif()
    if(NOT old STREQUAL text)
        file(WRITE "${out}" "${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    gatescope_write_metainfo("${IN}" "${OUT}")
endif()
