# Rotate the dashboard shared secret on a Windows host.
param(
    [Parameter(Mandatory = $true)]
    [string]$VaultPath,
    [int]$Retries = 3
)

$ErrorActionPreference = 'Stop'
foreach ($i in 1..$Retries) {
    try {
        $secret = Get-VaultSecret -Path $VaultPath | Select-Object -ExpandProperty Value
        Write-Host "Rotated secret at `"$VaultPath`" on try $i"
        break
    } catch {
        if ($i -eq $Retries) { throw }
        Start-Sleep -Seconds 5
    }
}
<# Long comment
   over lines #>
