# Rules of the architecture that a grep can check (README, "Architecture"):
# - app/ includes no widget header (it must build and test without a display);
# - Qt SQL is used only in app/storage and app/models;
# - connections are pointer-to-member only (no SIGNAL()/SLOT() strings).
set(problems "")

file(GLOB_RECURSE app_sources "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
file(GLOB_RECURSE ui_sources "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")

foreach(file IN LISTS app_sources)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<(QtWidgets|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QAbstractButton|QLineEdit|QTableView|QLabel)")
    if(lines)
        list(APPEND problems "${file}: includes a widget header: ${lines}")
    endif()
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
    if(NOT relative MATCHES "^app/(storage|models)/")
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<(QtSql|QSql)")
        if(lines)
            list(APPEND problems "${file}: uses Qt SQL outside app/storage and app/models: ${lines}")
        endif()
    endif()
endforeach()

foreach(file IN LISTS ui_sources)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<(QtSql|QSql)")
    if(lines)
        list(APPEND problems "${file}: uses Qt SQL in ui/: ${lines}")
    endif()
endforeach()

foreach(file IN LISTS app_sources ui_sources)
    file(STRINGS "${file}" lines REGEX "[^A-Za-z_](SIGNAL|SLOT)\\(")
    if(lines)
        list(APPEND problems "${file}: string-based connect: ${lines}")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "House rules broken:\n${text}")
endif()
list(LENGTH app_sources app_count)
list(LENGTH ui_sources ui_count)
message(STATUS "House rules hold in ${app_count} app/ and ${ui_count} ui/ files")
