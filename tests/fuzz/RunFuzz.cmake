# Builds tests/fuzz with clang and runs the fuzzer for SECONDS seconds over a
# copy of the seed corpus. Fails on any crash or sanitizer report.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G Ninja
                        -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=Debug
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz project failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} -j2 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the fuzz target failed")
endif()
file(REMOVE_RECURSE ${BINARY_DIR}/corpus)
file(COPY ${SOURCE_DIR}/corpus/ DESTINATION ${BINARY_DIR}/corpus)
execute_process(COMMAND ${BINARY_DIR}/fuzz_csv_import -max_total_time=${SECONDS} -max_len=4096
                        -timeout=10 -rss_limit_mb=2048 ${BINARY_DIR}/corpus
                WORKING_DIRECTORY ${BINARY_DIR}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a problem (exit ${rc}); see the crash-* file in ${BINARY_DIR}")
endif()
