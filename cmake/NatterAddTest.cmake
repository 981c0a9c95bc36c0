# natter_add_test(NAME TestFoo SOURCES TestFoo.cpp LIBS Natter::Protocol ...)
# One Qt Test executable per class, registered with CTest.
function(natter_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test natter_warnings ${ARG_LIBS})
    # Files the tests read (tests/data: small media samples).
    target_compile_definitions(${ARG_NAME} PRIVATE NATTER_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NATTERD_BINARY=$<TARGET_FILE:natterd>"
        LABELS "${ARG_LABELS}")
endfunction()
