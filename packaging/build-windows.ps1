# Build 督查工作台 for Windows: a one-folder bundle (dist\ducha) and, when Inno Setup 6
# is installed, the offline installer (dist\督查工作台-安装程序-<version>.exe).
#
# On the build PC (with Internet, or with a wheelhouse copied from one):
#   py -3.12 -m venv .venv-build
#   .venv-build\Scripts\Activate.ps1
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
# Offline, from a wheelhouse made as CI's check makes it (pip wheel jieba, then pip download …
# --platform win_amd64 --python-version 3.12 --find-links wheelhouse -d wheelhouse):
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 -Wheelhouse D:\wheelhouse
#
# Python 3.12 or newer is required in the bundle: there None is immortal, so even a Qt
# binding with the 6.12.0 reference-count fault cannot abort the window.
param([string]$Wheelhouse = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$pyver = & python -c "import sys; print('%d.%d' % sys.version_info[:2])"
if ([version]$pyver -lt [version]"3.12") {
    throw "需要 Python 3.12 或更新版本来打包（当前 $pyver）。请用 py -3.12 建立虚拟环境后再运行。"
}

$pipArgs = @("install", "-c", "constraints.txt", ".", "pyinstaller")
if ($Wheelhouse -ne "") { $pipArgs = @("install", "--no-index", "--find-links", $Wheelhouse) + $pipArgs[1..($pipArgs.Length - 1)] }
& python -m pip @pipArgs
if ($LASTEXITCODE -ne 0) { throw "安装依赖失败" }

# Our own translations compiled to .qm so the bundle needs no Qt tools.
& python -c "from pathlib import Path; from resources.i18n import ensure_compiled; ensure_compiled(Path('resources/translations'), 'en_US')"

& python -m PyInstaller --noconfirm --distpath dist --workpath build packaging\ducha.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller 打包失败" }

# The same smoke test as CI, with the Windows executables.
$env:QT_QPA_PLATFORM = "offscreen"
& bash packaging/smoke.sh dist/ducha
if ($LASTEXITCODE -ne 0) { Write-Warning "冒烟测试未通过（或本机没有 bash：可在 Git Bash 中运行 packaging/smoke.sh）" }

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (Test-Path $iscc) {
    $version = & python -c "from importlib.metadata import version; print(version('ducha-workbench'))"
    & $iscc "/DAppVersion=$version" packaging\ducha.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup 生成安装程序失败" }
} else {
    Write-Host "未找到 Inno Setup 6：只生成了 dist\ducha 文件夹（可整个复制使用）。"
}
