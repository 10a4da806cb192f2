; Inno Setup script: the offline installer of 督查工作台.
;   ISCC.exe /DAppVersion=0.1.0 packaging\ducha.iss   (build-windows.ps1 calls it)
; Installs the one-folder bundle (dist\ducha) under Program Files, with Start-menu and
; optional desktop shortcuts. The database lives in the user's data folder
; (%LOCALAPPDATA%\DuchaWorkbench), never under Program Files, and uninstalling keeps it.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{77BDE17B-739B-4487-921A-EFBD257D172F}
AppName=督查工作台
AppVersion={#AppVersion}
AppPublisher=市委办公室督查室
DefaultDirName={autopf}\督查工作台
DefaultGroupName=督查工作台
OutputDir=..\dist
OutputBaseFilename=督查工作台-安装程序-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayName=督查工作台 {#AppVersion}

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面上创建快捷方式"; GroupDescription: "快捷方式："

[Files]
Source: "..\dist\ducha\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\督查工作台"; Filename: "{app}\ducha.exe"
Name: "{group}\督查工作台用户手册"; Filename: "{app}\_internal\docs\用户手册.md"
Name: "{group}\卸载督查工作台"; Filename: "{uninstallexe}"
Name: "{autodesktop}\督查工作台"; Filename: "{app}\ducha.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ducha.exe"; Description: "立即启动督查工作台"; Flags: nowait postinstall skipifsilent

; Nothing under [UninstallDelete]: the database, backups and logs in
; %LOCALAPPDATA%\DuchaWorkbench stay when the program is removed.
