/* What both stand-ins need to run as a Windows service: their status, reported to the service
 * manager, and an event that a stop or shutdown request sets. Included by each stand-in's .c file
 * (each is its own program). */
#pragma once

#include <windows.h>

static SERVICE_STATUS_HANDLE status_handle;
static SERVICE_STATUS status;
static HANDLE stop_event;
/* What a service that is starting takes: nothing for dockerd (Go's svc package), stop and shutdown for NSSM, which
 * takes them from the first moment. */
static DWORD accepted_while_starting;

static void report(DWORD state)
{
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    /* A paused service (NSSM's throttle) can be stopped too. */
    status.dwControlsAccepted = state == SERVICE_RUNNING || state == SERVICE_PAUSED
                                    ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN
                                : state == SERVICE_START_PENDING ? accepted_while_starting
                                                                 : 0;
    SetServiceStatus(status_handle, &status);
}

static DWORD WINAPI control(DWORD code, DWORD type, void *data, void *context)
{
    if (code == SERVICE_CONTROL_STOP || code == SERVICE_CONTROL_SHUTDOWN) {
        report(SERVICE_STOP_PENDING);
        SetEvent(stop_event);
    }
    return NO_ERROR;
}

/* Registers the control handler for name and makes the stop event. */
static void begin_service(const wchar_t *name)
{
    status_handle = RegisterServiceCtrlHandlerExW(name, control, NULL);
    stop_event = CreateEventW(NULL, TRUE, FALSE, NULL);
}
