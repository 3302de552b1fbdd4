# Install layout and the Debian package; included once, at the end of the top-level
# CMakeLists.txt (after every target exists).
#   cmake --install build/dev --prefix /usr [--component ...]     DESTDIR= works too
#   cpack --config build/dev/CPackConfig.cmake                       -> accessy-invite_<ver>_<arch>.deb
include(GNUInstallDirs)

# The icons (invite_resources, linked by ui).
add_subdirectory(resources)

set(INVITE_APP_ID se.accessy.Invite)
# Bump with PROJECT_VERSION: the AppStream <release> of this version.
set(INVITE_RELEASE_DATE 2026-11-26)
# Where compiled translations (.qm) go. Translations register themselves with
#   set_property(GLOBAL APPEND PROPERTY INVITE_QM_FILES <qm files>)
# and are installed here; the program looks in <bindir>/../share/accessy-invite/translations.
set(INVITE_TRANSLATIONS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/accessy-invite/translations)

# Both programs in bin/: practice mode finds accessy-sandbox next to accessy-invite.
install(TARGETS accessy-invite accessy-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES resources/${INVITE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(resources/${INVITE_APP_ID}.metainfo.xml
               ${CMAKE_CURRENT_BINARY_DIR}/${INVITE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${INVITE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/accessy-invite.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${INVITE_APP_ID}.svg)
# Debian wants the licence as /usr/share/doc/<package>/copyright.
install(FILES resources/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

# Man pages (written once in scdoc) and Debian's changelog, gzip-compressed as Debian wants
# them; a native package (no Debian revision) names its changelog changelog.gz.
find_program(SCDOC_EXECUTABLE scdoc)
if(NOT SCDOC_EXECUTABLE)
    message(FATAL_ERROR "scdoc not found; it builds the man pages: apt-get install scdoc")
endif()
set(invite_man_dir ${CMAKE_BINARY_DIR}/man)
set(invite_generated_docs)
foreach(page accessy-invite accessy-sandbox)
    set(source ${CMAKE_CURRENT_SOURCE_DIR}/resources/man/${page}.1.scd)
    add_custom_command(
        OUTPUT ${invite_man_dir}/${page}.1 ${invite_man_dir}/${page}.1.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${invite_man_dir}
        COMMAND sh -c [[exec "$0" < "$1" > "$2"]] ${SCDOC_EXECUTABLE} ${source}
                ${invite_man_dir}/${page}.1
        COMMAND sh -c [[exec gzip -9nc "$0" > "$1"]] ${invite_man_dir}/${page}.1
                ${invite_man_dir}/${page}.1.gz
        DEPENDS ${source}
        COMMENT "Man page ${page}(1)"
        VERBATIM)
    list(APPEND invite_generated_docs ${invite_man_dir}/${page}.1.gz)
    install(FILES ${invite_man_dir}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
set(invite_changelog ${CMAKE_CURRENT_SOURCE_DIR}/resources/debian/changelog)
add_custom_command(
    OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
    COMMAND sh -c [[exec gzip -9nc "$0" > "$1"]] ${invite_changelog}
            ${CMAKE_BINARY_DIR}/changelog.gz
    DEPENDS ${invite_changelog}
    COMMENT "Debian changelog"
    VERBATIM)
add_custom_target(invite_docs ALL DEPENDS ${invite_generated_docs} ${CMAKE_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Bash completion, loaded on demand by bash-completion under the command's name.
install(FILES resources/completion/accessy-invite resources/completion/accessy-sandbox
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

get_property(invite_qm_files GLOBAL PROPERTY INVITE_QM_FILES)
if(invite_qm_files)
    install(FILES ${invite_qm_files} DESTINATION ${INVITE_TRANSLATIONS_INSTALL_DIR})
endif()

# --- Debian package ---------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME accessy-invite)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The accessy-invite authors")
set(CPACK_PACKAGE_CONTACT "Accessy Invite maintainers <maintainers@accessy-invite.invalid>"
    CACHE STRING "Maintainer field of the .deb")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first as the synopsis: this is the extended
# description only, lines under 80 characters (lintian), no ';' (a CMake list separator).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "A desktop program for office administrators of an organization in Accessy,\n"
    "the phone-based door and access system: paste or import phone numbers, write\n"
    "a message and send an invitation to each number by SMS. Numbers are checked\n"
    "with libphonenumber, and results export to CSV and Excel. The commands check,\n"
    "send and watch do the same from scripts. Includes a practice mode with a local\n"
    "look-alike of the Accessy API (accessy-sandbox) that sends no SMS.")
string(JOIN "" CPACK_DEBIAN_PACKAGE_DESCRIPTION ${CPACK_DEBIAN_PACKAGE_DESCRIPTION})
# dpkg-shlibdeps finds the linked libraries (Qt, libphonenumber, libzip, qtkeychain …); the
# plugins Qt loads at run time are not linked, so they are named here: the X11/Wayland
# platform plugins, SVG rendering of the icons, the SQLite driver of the history.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
include(CPack)
