# Runs lupdate into copies of the committed .ts files and fails when the copies change: a
# string was added, changed or removed in the sources without `cmake --build build --target
# update_translations`, and when an entry is unfinished, vanished or obsolete.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(stale "")
set(incomplete "")
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
    # Complete means complete: no entry waiting for a translator, none left over from a string
    # that the sources no longer have.
    file(READ "${committed}" content)
    foreach(state unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${state}\"" found "${content}")
        list(LENGTH found count)
        if(count GREATER 0)
            list(APPEND incomplete "delegation-desk_${lang}.ts: ${count} ${state}")
        endif()
    endforeach()
endforeach()
set(problems "")
if(stale)
    string(APPEND problems "Stale translations: ${stale}. Run: cmake --build build --target update_translations\n")
endif()
if(incomplete)
    list(JOIN incomplete "; " incomplete)
    string(APPEND problems "Incomplete translations: ${incomplete}. Translate them in Qt Linguist "
                           "(linguist translations/delegation-desk_uk.ts) or remove what is no longer used.\n")
endif()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "Translations are up to date: ${LANGUAGES}")
