# Runs lupdate into copies of the committed .ts files and fails when the copies change: a
# string was added, changed or removed in the sources without `cmake --build build --target
# update_translations`.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(stale "")
foreach(lang IN LISTS LANGUAGES ITEMS en)
    set(committed "${TS_DIR}/delegation-desk_${lang}.ts")
    set(copy "${WORK_DIR}/delegation-desk_${lang}.ts")
    if(NOT EXISTS "${committed}")
        message(FATAL_ERROR "${committed} is missing")
    endif()
    file(COPY_FILE "${committed}" "${copy}")
    set(only "")
    if(lang STREQUAL "en")
        set(only -pluralonly) # English is the source; its file holds the plural forms only
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none ${only} -extensions cpp,h,ui -target-language ${lang}
                ${SOURCES} -ts "${copy}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${lang} (${result})")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${committed}" "${copy}"
        RESULT_VARIABLE differs)
    if(differs)
        list(APPEND stale "delegation-desk_${lang}.ts")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Stale translations: ${stale}. Run: cmake --build build --target update_translations")
endif()
message(STATUS "Translations are up to date: ${LANGUAGES}")
