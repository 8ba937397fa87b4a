; Territoria — Windows installer (NSIS 3, Unicode).
;
; Built on Windows by the GitHub workflow from the PyInstaller folder dist\territoria:
;   makensis /DVERSION=0.1.0 /DPAYLOAD_DIR=..\..\dist\territoria /DICON=..\..\build\icons\territoria.ico ^
;            /DOUTFILE=..\..\dist\Territoria-0.1.0-setup.exe [/DAGENCY="ARNia"] territoria.nsi
; CI compiles it on Linux against a stand-in payload to prove the script is valid.
;
; Per-user install (no administrator rights), Start-menu and desktop shortcuts, .territoria
; packs opened by Territoria (double-click offers to import), an uninstaller that keeps the
; user's data unless asked.

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD_DIR
  !define PAYLOAD_DIR "..\..\dist\territoria"
!endif
!ifndef OUTFILE
  !define OUTFILE "Territoria-${VERSION}-setup.exe"
!endif
!ifdef AGENCY
  !define PUBLISHER "${AGENCY}"
  !define CAPTION "Territoria — ${AGENCY}"
!else
  !define PUBLISHER "Territoria"
  !define CAPTION "Territoria"
!endif
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Territoria"
!define PROGID "Territoria.Pack"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${CAPTION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Territoria"
InstallDirRegKey HKCU "Software\Territoria" "InstallDir"
RequestExecutionLevel user
BrandingText "${CAPTION} ${VERSION}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\territoria.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Lancer Territoria"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "Territoria"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de Territoria"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "Licence MIT"

Section "Territoria" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade over an existing install: the old files go first so none is left behind
  ; (the user's data lives elsewhere, in %LOCALAPPDATA%\Territoria, and is not touched).
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Territoria" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${CAPTION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\territoria.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
  CreateDirectory "$SMPROGRAMS\Territoria"
  CreateShortCut "$SMPROGRAMS\Territoria\Territoria.lnk" "$INSTDIR\territoria.exe"
  CreateShortCut "$SMPROGRAMS\Territoria\Désinstaller Territoria.lnk" "$INSTDIR\uninstall.exe"
SectionEnd

Section "Raccourci sur le bureau" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\Territoria.lnk" "$INSTDIR\territoria.exe"
SectionEnd

Section "Ouvrir les paquets de données .territoria avec Territoria" SecAssoc
  ; per-user association (HKCU\Software\Classes needs no administrator rights)
  WriteRegStr HKCU "Software\Classes\.territoria" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Paquet de données Territoria"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\territoria.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\territoria.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

LangString DESC_Main ${LANG_FRENCH} "L'application et sa base de données de référence."
LangString DESC_Desktop ${LANG_FRENCH} "Une icône Territoria sur le bureau."
LangString DESC_Assoc ${LANG_FRENCH} "Un double-clic sur un paquet reçu de votre agence propose de l'importer."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} $(DESC_Main)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_Desktop)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAssoc} $(DESC_Assoc)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\Territoria.lnk"
  RMDir /r "$SMPROGRAMS\Territoria"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\territoria.exe"
  Delete "$INSTDIR\territoria-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ReadRegStr $0 HKCU "Software\Classes\.territoria" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.territoria"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\Territoria"
  ; The user's database (own projects, notes, backups) is kept unless asked; a silent
  ; uninstall (/S) always keeps it.
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
    "Supprimer aussi vos données Territoria (vos projets, notes, sélections et sauvegardes) ?$\r$\n$\r$\nChoisissez Non pour les garder en vue d'une réinstallation." \
    /SD IDNO IDNO keep_data
    RMDir /r "$LOCALAPPDATA\Territoria"
  keep_data:
SectionEnd
