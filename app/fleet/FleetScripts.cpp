#include "FleetScripts.h"

#include "apply/BatchForm.h"

#include "answers/AnswerKeys.h"
#include "bundle/InstallScript.h"

namespace {

// The unpacked bundles and their zips on a host.
const QString HostFolder = QStringLiteral("C:\\Berth");

QByteArray crlf(QString text)
{
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return text.toUtf8();
}

} // namespace

QString FleetScripts::yamlQuoted(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString FleetScripts::powerShellQuoted(const QString &value)
{
    // PowerShell also ends a single-quoted string at the typographic quotes ‘ ’ ‚ ‛: each is doubled as well.
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201a) ||
            c == QChar(0x201b))
            out += c;
        out += c;
    }
    return out + QLatin1Char('\'');
}

QByteArray FleetScripts::inventory(const QList<FleetBundle> &hosts)
{
    QString text = QStringLiteral(
        "---\n"
        "# Made by Berth (berth fleet): the fleet's hosts in the group docker_hosts, with each host's bundle.\n"
        "# How Ansible reaches them is yours to say: the group's variables below (WinRM over HTTPS), or\n"
        "# ansible_* columns in hosts.csv for one host. ansible_user and ansible_password belong in a vault.\n"
        "all:\n"
        "  children:\n"
        "    docker_hosts:\n"
        "      vars:\n"
        "        ansible_connection: winrm\n"
        "        ansible_port: 5986\n"
        "        ansible_winrm_transport: ntlm\n"
        "      hosts:\n");
    for (const FleetBundle &host : hosts) {
        // Quoted: a host called no, null or 1e3 stays a name to YAML. Every value is !unsafe: what hosts.csv gave
        // (a service's name, a connection variable) is never a template for Ansible to evaluate.
        text += QStringLiteral("        %1:\n").arg(yamlQuoted(host.name));
        QList<QPair<QString, QString>> variables{{QStringLiteral("berth_bundle"), host.bundle},
                                                 {QStringLiteral("berth_bundle_sha256"), host.sha256},
                                                 {QStringLiteral("berth_service"), host.service},
                                                 {QStringLiteral("berth_manager"), wordOf(host.manager)}};
        variables << host.connection;
        for (const auto &[variable, value] : std::as_const(variables))
            text += QStringLiteral("          %1: !unsafe %2\n").arg(variable, yamlQuoted(value));
    }
    return text.toUtf8();
}

QByteArray FleetScripts::playbook()
{
    return QString::fromUtf8(R"yaml(---
# Made by Berth (berth fleet): installs Docker on every host of docker_hosts from its own bundle.
# ansible-playbook -i inventory.yml site.yml; a second run reports no change when install.cmd changes nothing.
- name: Install Docker from the fleet's bundles
  hosts: docker_hosts
  gather_facts: false
  vars:
    berth_folder: 'C:\Berth'
  tasks:
    - name: Copy the host's bundle
      ansible.windows.win_copy:
        src: "{{ playbook_dir }}/../hosts/{{ berth_bundle }}"
        dest: '{{ berth_folder }}\'

    - name: Check the bundle's SHA-256 on the host and unpack it
      ansible.windows.win_powershell:
        script: |
          param([string]$Zip, [string]$Sha256, [string]$Folder)
          $ErrorActionPreference = 'Stop'
          $Ansible.Changed = $false
          $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $Zip).Hash
          if ($actual -ne $Sha256) { throw "$Zip has SHA-256 $actual where fleet.json says $Sha256" }
          $stamp = Join-Path $Folder 'berth-bundle.sha256'
          if ((Test-Path -LiteralPath $stamp) -and ((Get-Content -LiteralPath $stamp -Raw).Trim() -eq $Sha256)) { return }
          if (Test-Path -LiteralPath $Folder) { Remove-Item -LiteralPath $Folder -Recurse -Force }
          Add-Type -AssemblyName System.IO.Compression.FileSystem
          [System.IO.Compression.ZipFile]::ExtractToDirectory($Zip, $Folder)
          Set-Content -LiteralPath $stamp -Value $Sha256
          $Ansible.Changed = $true
        parameters:
          Zip: '{{ berth_folder }}\{{ berth_bundle }}'
          Sha256: '{{ berth_bundle_sha256 }}'
          Folder: '{{ berth_folder }}\{{ inventory_hostname }}'

    - name: Run install.cmd
      ansible.windows.win_command:
        cmd: cmd.exe /d /c install.cmd --no-restart
        chdir: '{{ berth_folder }}\{{ inventory_hostname }}'
      register: berth_install
      # Its own line, whole: a service's name that holds the words, printed in a message, is not that line.
      changed_when: "'@RESULT@: unchanged' not in (berth_install.stdout_lines | map('trim') | list)"
      # Done is the daemon answering on its named pipe, which install.cmd asks last and says in its @DAEMON@ line;
      # a service manager's RUNNING is not (NSSM restarts a daemon that exits, and pauses one that exits at once).
      # 3010: Docker is installed, and starts once the restart that follows completes the Windows features it needs.
      # The line counts only where it begins, as Deploy-Fleet.ps1 reads it: not inside another (a name in a message).
      failed_when: >-
        berth_install.rc not in [0, 3010] or (berth_install.rc == 0 and
        (berth_install.stdout_lines | map('trim') | select('match', '@DAEMON@: \\S') | list | length) == 0)

    - name: Restart to finish enabling the Windows features Docker needs
      ansible.windows.win_reboot:
        reboot_timeout: 1800
      when: berth_install.rc == 3010

    - name: Run install.cmd again after the restart
      ansible.windows.win_command:
        cmd: cmd.exe /d /c install.cmd --no-restart
        chdir: '{{ berth_folder }}\{{ inventory_hostname }}'
      register: berth_after_restart
      when: berth_install.rc == 3010
      changed_when: true
      failed_when: >-
        berth_after_restart.rc != 0 or
        (berth_after_restart.stdout_lines | map('trim') | select('match', '@DAEMON@: \\S') | list | length) == 0
)yaml")
        .replace(QStringLiteral("@RESULT@"), QLatin1String(InstallScript::ResultWord))
        .replace(QStringLiteral("@DAEMON@"), QLatin1String(BatchForm::DaemonWord))
        .toUtf8();
}

QByteArray FleetScripts::deployScript(const QList<FleetBundle> &hosts)
{
    QString table;
    for (const FleetBundle &host : hosts)
        table += QStringLiteral("    [pscustomobject]@{ Name = %1; Bundle = %2; Sha256 = %3 }\n")
                     .arg(powerShellQuoted(host.name), powerShellQuoted(host.bundle), powerShellQuoted(host.sha256));
    QString text = QString::fromUtf8(R"ps1(<#
.SYNOPSIS
Installs (or with -Uninstall removes) Docker on the hosts of a fleet that Berth prepared, through PowerShell
remoting.

.DESCRIPTION
Made by Berth (berth fleet). For each host: a session (New-PSSession), its bundle from hosts\ copied over
(Copy-Item -ToSession), then on every host at once (Invoke-Command -ThrottleLimit) the bundle's SHA-256
checked, the bundle unpacked into C:\Berth\NAME and install.cmd (or uninstall.cmd) run. One line per host:
changed, unchanged, removed or failed with why. Exit code 1 when any host failed.

.EXAMPLE
.\Deploy-Fleet.ps1 -Credential (Get-Credential) -UseSSL

.EXAMPLE
.\Deploy-Fleet.ps1 -ComputerName web-01 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    # Only these hosts of the fleet (by their name in hosts.csv); all of them without it.
    [string[]]$ComputerName,
    [System.Management.Automation.PSCredential]$Credential,
    [int]$ThrottleLimit = 8,
    [switch]$UseSSL,
    # Run each bundle's uninstall.cmd instead of install.cmd.
    [switch]$Uninstall
)
$ErrorActionPreference = 'Stop'

$fleet = @(
@TABLE@)

$unknown = @($ComputerName | Where-Object { $_ -and -not ($fleet.Name -contains $_) })
if ($unknown.Count -gt 0) { throw "Not in the fleet: $($unknown -join ', ')" }
$chosen = @($fleet | Where-Object { -not $ComputerName -or $ComputerName -contains $_.Name })
$action = if ($Uninstall) { 'Remove Docker with uninstall.cmd of' } else { 'Install Docker with install.cmd of' }
$targets = @($chosen | Where-Object { $PSCmdlet.ShouldProcess($_.Name, "$action hosts\$($_.Bundle)") })
if ($targets.Count -eq 0) { return }

$failed = $false
function Write-Result([string]$Name, [string]$Result, [string]$Detail) {
    if ($Result -eq 'failed') { $script:failed = $true }
    $line = "${Name}: $Result"
    if ($Detail) { $line += " ($Detail)" }
    Write-Output $line
}

$sessions = @()
foreach ($target in $targets) {
    $zip = Join-Path (Join-Path $PSScriptRoot 'hosts') $target.Bundle
    $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $zip).Hash
    if ($actual -ne $target.Sha256) {
        Write-Result $target.Name 'failed' "hosts\$($target.Bundle) has SHA-256 $actual, not $($target.Sha256)"
        continue
    }
    $connect = @{ ComputerName = $target.Name; UseSSL = [bool]$UseSSL; ErrorAction = 'Stop' }
    if ($Credential) { $connect.Credential = $Credential }
    try {
        $session = New-PSSession @connect
        Invoke-Command -Session $session -ScriptBlock { $null = New-Item -ItemType Directory -Force -Path 'C:\Berth' }
        Copy-Item -LiteralPath $zip -Destination "C:\Berth\$($target.Bundle)" -ToSession $session -WhatIf:$false
        # Which bundle is this host's, for the script that runs on every host at once.
        Invoke-Command -Session $session -ArgumentList $target.Name, $target.Bundle, $target.Sha256 -ScriptBlock {
            param($Name, $Bundle, $Sha256)
            Set-Content -LiteralPath 'C:\Berth\berth-fleet-host.txt' -Value @($Name, $Bundle, $Sha256)
        }
        $sessions += $session
    } catch {
        Write-Result $target.Name 'failed' "$($_.Exception.Message)"
    }
}

# On the host: the bundle checked and unpacked, install.cmd (or uninstall.cmd) run, its result in one object.
$install = {
        param([bool]$Uninstall)
        $ErrorActionPreference = 'Stop'
        try {
            $name, $bundle, $sha256 = Get-Content -LiteralPath 'C:\Berth\berth-fleet-host.txt'
            $zip = Join-Path 'C:\Berth' $bundle
            $folder = Join-Path 'C:\Berth' $name
            $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $zip).Hash
            if ($actual -ne $sha256) { throw "$zip has SHA-256 $actual on the host, not $sha256" }
            $stamp = Join-Path $folder 'berth-bundle.sha256'
            if (-not ((Test-Path -LiteralPath $stamp) -and ((Get-Content -LiteralPath $stamp -Raw).Trim() -eq $sha256))) {
                if (Test-Path -LiteralPath $folder) { Remove-Item -LiteralPath $folder -Recurse -Force }
                Add-Type -AssemblyName System.IO.Compression.FileSystem
                [System.IO.Compression.ZipFile]::ExtractToDirectory($zip, $folder)
                Set-Content -LiteralPath $stamp -Value $sha256
            }
            $script = if ($Uninstall) { 'uninstall.cmd' } else { 'install.cmd' }
            # A restart that a Windows feature needs is this script's to make (3010 below), not install.cmd's.
            $arguments = if ($Uninstall) { @() } else { @('--no-restart') }
            Push-Location -LiteralPath $folder
            # Windows PowerShell 5.1 turns a native program's error output into errors: with Stop, the first would end it.
            $ErrorActionPreference = 'Continue'
            try { $out = @(& cmd.exe /d /c $script @arguments 2>&1 | ForEach-Object { "$_" }) } finally { Pop-Location }
            $ErrorActionPreference = 'Stop'
            if (-not $Uninstall -and $LASTEXITCODE -eq 3010) {
                return [pscustomobject]@{ Name = $name; Result = 'restart'; Detail = 'Windows must restart to finish enabling the features Docker needs' }
            }
            if ($LASTEXITCODE -ne 0) {
                $why = @($out | Where-Object { $_ })[-1]
                return [pscustomobject]@{ Name = $name; Result = 'failed'; Detail = "$script exit $($LASTEXITCODE): $why" }
            }
            if (-not $Uninstall -and -not ($out -match '^@DAEMON@: \S')) {
                return [pscustomobject]@{ Name = $name; Result = 'failed'; Detail = "$script ended without the daemon answering on its named pipe" }
            }
            $result = if ($Uninstall) { 'removed' }
                      elseif ($out -match '^@RESULT@: unchanged\s*$') { 'unchanged' }
                      else { 'changed' }
            [pscustomobject]@{ Name = $name; Result = $result; Detail = '' }
        } catch {
            [pscustomobject]@{ Name = $env:COMPUTERNAME; Result = 'failed'; Detail = "$($_.Exception.Message)" }
        }
}

$restart = @()
if ($sessions.Count -gt 0) {
    $results = Invoke-Command -Session $sessions -ThrottleLimit $ThrottleLimit -ArgumentList ([bool]$Uninstall) -ScriptBlock $install
    foreach ($result in $results) {
        if ($result.Result -eq 'restart') { $restart += $result.Name } else { Write-Result $result.Name $result.Result $result.Detail }
    }
    Remove-PSSession -Session $sessions -WhatIf:$false
}

# Hosts whose Windows features need a restart (the Containers feature): restarted, waited for until PowerShell
# remoting answers again, and install.cmd run there once more, which starts Docker and asks the daemon.
foreach ($name in $restart) {
    try {
        $again = @{ ComputerName = $name; Wait = $true; For = 'PowerShell'; Timeout = 1800; Force = $true; ErrorAction = 'Stop' }
        if ($Credential) { $again.Credential = $Credential }
        Restart-Computer @again
        $connect = @{ ComputerName = $name; UseSSL = [bool]$UseSSL; ErrorAction = 'Stop' }
        if ($Credential) { $connect.Credential = $Credential }
        $session = New-PSSession @connect
        try { $result = Invoke-Command -Session $session -ArgumentList $false -ScriptBlock $install }
        finally { Remove-PSSession -Session $session -WhatIf:$false }
        if ($result.Result -eq 'restart') { Write-Result $name 'failed' 'the Windows features still need a restart after one' }
        else { Write-Result $name $result.Result $result.Detail }
    } catch {
        Write-Result $name 'failed' "after the restart: $($_.Exception.Message)"
    }
}
if ($failed) { exit 1 }
)ps1");
    text.replace(QStringLiteral("@TABLE@"), table)
        .replace(QStringLiteral("@RESULT@"), QLatin1String(InstallScript::ResultWord))
        .replace(QStringLiteral("@DAEMON@"), QLatin1String(BatchForm::DaemonWord));
    // With a byte order mark: Windows PowerShell 5.1 reads a script without one in the ANSI code page.
    return "\xEF\xBB\xBF" + crlf(text);
}
