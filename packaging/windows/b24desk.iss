; Inno Setup script: dist\b24desk-setup.exe from the PyInstaller bundle dist\b24desk (built on Windows).
; From the repository root:  iscc /DAppVersion=0.1.0 packaging\windows\b24desk.iss
; Installs for the current user without administrator rights (or for everyone, if the user chooses),
; adds a Start menu entry and an uninstaller (Settings > Apps, or the Start menu).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller recognise the program by it.
AppId={{535044F9-A1AF-4978-99E3-3252343DDC23}
AppName=b24desk
AppVersion={#AppVersion}
AppVerName=b24desk {#AppVersion}
AppPublisher=b24desk developers
AppPublisherURL=https://example.invalid/b24desk
AppComments=Desktop request builder for the Bitrix24 REST API
DefaultDirName={autopf}\b24desk
DefaultGroupName=b24desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=b24desk-setup
SetupIconFile=packaging\icons\b24desk.ico
UninstallDisplayIcon={app}\b24desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; b24desk.exe is the windowed app; b24desk-cli.exe is the same program with a console, for `url`, `call`, `sandbox`.
Source: "dist\b24desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\b24desk"; Filename: "{app}\b24desk.exe"
Name: "{group}\{cm:UninstallProgram,b24desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\b24desk"; Filename: "{app}\b24desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\b24desk.exe"; Description: "{cm:LaunchProgram,b24desk}"; Flags: nowait postinstall skipifsilent
