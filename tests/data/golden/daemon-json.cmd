@echo off

if exist %ProgramData%\docker (goto :run)
mkdir %ProgramData%\docker

:run
if not exist %systemroot%\system32\dockerd.exe (goto :legacy)

dockerd
goto :eof

:legacy
docker daemon
