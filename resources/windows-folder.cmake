# Makes the Berth folder that runs from anywhere on Windows, with no installer: berth.exe, berth.com,
# the DLLs they load (found by walking their imports through the SDK and the compiler's folders; what
# is not there is Windows' own), the Qt plugins the wizard and TLS need, and SHA256SUMS.
#   cmake -DOUT=DIR -DSDK=SDK_DIR -DPROGRAMS="a.exe|b.com" -DOBJDUMP=... -DSTRIP=... -DSEARCH="dir|dir" -P windows-folder.cmake
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" PROGRAMS "${PROGRAMS}")
string(REPLACE "|" ";" SEARCH "${SEARCH}")

set(plugins
    platforms/qwindows.dll
    styles/qwindowsvistastyle.dll
    tls/qopensslbackend.dll tls/qschannelbackend.dll tls/qcertonlybackend.dll
    imageformats/qsvg.dll imageformats/qico.dll
    iconengines/qsvgicon.dll)

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(queue)
foreach(program IN LISTS PROGRAMS)
    file(COPY ${program} DESTINATION ${OUT})
    list(APPEND queue ${program})
endforeach()
foreach(plugin IN LISTS plugins)
    get_filename_component(folder ${plugin} DIRECTORY)
    file(COPY ${SDK}/plugins/${plugin} DESTINATION ${OUT}/${folder})
    list(APPEND queue ${SDK}/plugins/${plugin})
endforeach()

# Breadth-first over the import tables.
set(copied)
while(queue)
    list(POP_FRONT queue file)
    execute_process(COMMAND ${OBJDUMP} -p ${file} OUTPUT_VARIABLE imports RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${OBJDUMP} cannot read ${file}")
    endif()
    string(REGEX MATCHALL "DLL Name: [^\r\n]+" names "${imports}")
    foreach(entry IN LISTS names)
        string(REPLACE "DLL Name: " "" name "${entry}")
        string(TOLOWER ${name} key)
        if(key IN_LIST copied)
            continue()
        endif()
        list(APPEND copied ${key})
        set(found "")
        foreach(dir IN LISTS SEARCH)
            if(EXISTS ${dir}/${name})
                set(found ${dir}/${name})
                break()
            endif()
        endforeach()
        if(found) # else a DLL of Windows itself (KERNEL32.dll, msvcrt.dll, ...)
            file(COPY ${found} DESTINATION ${OUT})
            list(APPEND queue ${found})
        endif()
    endforeach()
endwhile()

# Debug information is of no use to an admin and triples the download.
file(GLOB_RECURSE binaries ${OUT}/*.dll ${OUT}/*.exe ${OUT}/*.com)
execute_process(COMMAND ${STRIP} --strip-unneeded ${binaries} RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${STRIP} failed")
endif()

# SHA256SUMS over every other file, in sha256sum's format, sorted by name.
file(GLOB_RECURSE files RELATIVE ${OUT} ${OUT}/*)
list(SORT files)
set(sums "")
foreach(file IN LISTS files)
    file(SHA256 ${OUT}/${file} digest)
    string(APPEND sums "${digest}  ${file}\n")
endforeach()
file(WRITE ${OUT}/SHA256SUMS "${sums}")
