; Inno Setup 6 script of the Outpost desktop client for Windows (README, "Installers").
;
; On a Windows build machine, from the repository root:
;   .venv\Scripts\python -m installer.build --server-url https://crm.example.com
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\outpost.iss
; gives dist\OutpostSetup-0.1.0.exe. It cannot be built on the Linux CI machine.
;
; Silent install for software distribution (SCCM, Intune, GPO scripts):
;   OutpostSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="%TEMP%\outpost-setup.log"
;       [/SERVERURL=https://crm.example.com] [/ORGANISATION="Example Ltd"] [/LANGUAGE=zh_CN]
;       [/PRESET=\\fileserver\it\outpost\preset.toml] [/DIR="D:\Apps\Outpost"] [/TASKS=desktopicon]
; /SERVERURL, /ORGANISATION and /LANGUAGE write {app}\preset.toml (replacing one built into the
; bundle); /PRESET copies a complete one instead (for a CA certificate, name its absolute path in
; that file). `outpost.exe --self-test` then checks the install: being a windowed program it
; prints nothing on Windows, so it writes its one line to %TEMP%\outpost-self-test.txt and
; exits 0 on success (`start /wait` and %ERRORLEVEL% in a script).
; Site-wide settings may instead go to %PROGRAMDATA%\Outpost\preset.toml, which wins key by key.
; Silent uninstall:
;   "%ProgramFiles%\Outpost\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E3C6C2B-4D0F-4B8E-9C51-0A7F2E1D5B90}
AppName=Outpost CRM
AppVersion={#AppVersion}
AppPublisher=Outpost CRM
DefaultDirName={autopf}\Outpost
DefaultGroupName=Outpost CRM
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=OutpostSetup-{#AppVersion}
SetupIconFile=..\..\resources\icons\outpost.ico
UninstallDisplayIcon={app}\outpost.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the PyInstaller bundle, with preset.toml when it was built with --server-url
Source: "..\..\dist\outpost\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Outpost CRM"; Filename: "{app}\outpost.exe"
Name: "{autodesktop}\Outpost CRM"; Filename: "{app}\outpost.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\outpost.exe"; Description: "{cm:LaunchProgram,Outpost CRM}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; written by [Code] below, so not in the uninstall log by itself
Type: files; Name: "{app}\preset.toml"

[Code]
function TomlString(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

procedure AddLine(var Lines: TArrayOfString; Line: String);
begin
  SetArrayLength(Lines, GetArrayLength(Lines) + 1);
  Lines[GetArrayLength(Lines) - 1] := Line;
end;

{ IT's preset from the command line: beside outpost.exe, where the app looks first. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  Lines: TArrayOfString;
  Preset, ServerUrl, Organisation, Language, Target: String;
begin
  if CurStep <> ssPostInstall then
    Exit;
  Target := ExpandConstant('{app}\preset.toml');
  Preset := ExpandConstant('{param:PRESET|}');
  if Preset <> '' then begin
    if not FileCopy(Preset, Target, False) then
      MsgBox('Could not copy the preset ' + Preset, mbError, MB_OK);
    Exit;
  end;
  ServerUrl := ExpandConstant('{param:SERVERURL|}');
  Organisation := ExpandConstant('{param:ORGANISATION|}');
  Language := ExpandConstant('{param:LANGUAGE|}');
  if (ServerUrl = '') and (Organisation = '') and (Language = '') then
    Exit;
  AddLine(Lines, '# Written by the Outpost installer from its command line.');
  if ServerUrl <> '' then
    AddLine(Lines, 'server_url = ' + TomlString(ServerUrl));
  if Organisation <> '' then
    AddLine(Lines, 'organisation = ' + TomlString(Organisation));
  if Language <> '' then
    AddLine(Lines, 'language = ' + TomlString(Language));
  if not SaveStringsToUTF8File(Target, Lines, False) then
    MsgBox('Could not write ' + Target, mbError, MB_OK);
end;
