# Builds tests/fuzz with clang and runs the fuzzer TARGET (default
# fuzz_csv_import) for SECONDS seconds over a copy of its seed corpus
# (corpus/, or corpus-TARGET/ when there is one), inputs up to MAX_LEN bytes.
# Fails on any crash or sanitizer report. The seed is fixed (SEED, default 1)
# so that a finding in CI can be reproduced and a run that passed here passes
# there; long searches with other seeds are run outside ctest (docs/safety.md).
if(NOT SEED)
    set(SEED 1)
endif()
if(NOT TARGET)
    set(TARGET fuzz_csv_import)
endif()
if(NOT MAX_LEN)
    set(MAX_LEN 4096)
endif()
set(CORPUS ${SOURCE_DIR}/corpus)
if(EXISTS ${SOURCE_DIR}/corpus-${TARGET})
    set(CORPUS ${SOURCE_DIR}/corpus-${TARGET})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G Ninja
                        -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=Debug
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz project failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${TARGET} -j2
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the fuzz target failed")
endif()
set(RUN_CORPUS ${BINARY_DIR}/corpus-run-${TARGET})
file(REMOVE_RECURSE ${RUN_CORPUS})
file(COPY ${CORPUS}/ DESTINATION ${RUN_CORPUS})
execute_process(COMMAND ${BINARY_DIR}/${TARGET} -seed=${SEED} -max_total_time=${SECONDS} -max_len=${MAX_LEN}
                        -timeout=10 -rss_limit_mb=2048 ${RUN_CORPUS}
                WORKING_DIRECTORY ${BINARY_DIR}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a problem (exit ${rc}); see the crash-* file in ${BINARY_DIR}")
endif()
