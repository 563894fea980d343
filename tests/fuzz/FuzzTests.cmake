# ctest entries for bounded fuzz runs of the CSV importer, the xlsx reader and
# opening a database file (tests/fuzz). Only
# when clang++ is installed (scripts/deps.sh installs clang and
# libclang-rt-14-dev); a GCC-only machine simply has no such test.
find_program(SIGNTALLY_CLANGXX NAMES clang++ clang++-14)
if(SIGNTALLY_CLANGXX)
    add_test(NAME fuzz_csv_import
             COMMAND ${CMAKE_COMMAND}
                     -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/fuzz
                     -DBINARY_DIR=${CMAKE_CURRENT_BINARY_DIR}/fuzz
                     -DCLANGXX=${SIGNTALLY_CLANGXX}
                     -DSECONDS=20
                     -P ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/RunFuzz.cmake)
    set_tests_properties(fuzz_csv_import PROPERTIES TIMEOUT 900 LABELS fuzz)
endif()
if(SIGNTALLY_CLANGXX)
    foreach(target fuzz_xlsx_import fuzz_open_database)
        add_test(NAME ${target}
                 COMMAND ${CMAKE_COMMAND}
                         -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/fuzz
                         -DBINARY_DIR=${CMAKE_CURRENT_BINARY_DIR}/fuzz
                         -DCLANGXX=${SIGNTALLY_CLANGXX}
                         -DTARGET=${target}
                         -DMAX_LEN=65536
                         -DSECONDS=20
                         -P ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/RunFuzz.cmake)
        # One build directory for all three: never two runs at once.
        set_tests_properties(${target} PROPERTIES TIMEOUT 900 LABELS fuzz RESOURCE_LOCK fuzz_build)
    endforeach()
    set_tests_properties(fuzz_csv_import PROPERTIES RESOURCE_LOCK fuzz_build)
endif()
