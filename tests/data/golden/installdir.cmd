@echo off
set certs=%ProgramData%\docker\certs.d

if exist %ProgramData%\docker (goto :run)
mkdir %ProgramData%\docker

:run
if exist %certs%\server-cert.pem (if exist %ProgramData%\docker\tag.txt (goto :secure))

if not exist "C:\Program Files\Docker\dockerd.exe" (goto :legacy)

"C:\Program Files\Docker\dockerd.exe" -H npipe:// 
goto :eof

:legacy
"C:\Program Files\Docker\docker.exe" daemon -H npipe:// 
goto :eof

:secure
if not exist "C:\Program Files\Docker\dockerd.exe" (goto :legacysecure)
"C:\Program Files\Docker\dockerd.exe" -H npipe:// -H 0.0.0.0:2376 --tlsverify --tlscacert=%certs%\ca.pem --tlscert=%certs%\server-cert.pem --tlskey=%certs%\server-key.pem
goto :eof

:legacysecure
"C:\Program Files\Docker\docker.exe" daemon -H npipe:// -H 0.0.0.0:2376 --tlsverify --tlscacert=%certs%\ca.pem --tlscert=%certs%\server-cert.pem --tlskey=%certs%\server-key.pem
