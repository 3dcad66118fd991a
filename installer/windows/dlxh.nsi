; DLXH Desktop - Windows installer (NSIS 3, Modern UI 2, Unicode).
;
; Per-user install, no administrator rights: $LOCALAPPDATA\Programs\DLXH Desktop, registry under
; HKCU only. Vietnamese (default) and English pages. Start-menu and desktop shortcuts. Registers
; the .dlxh extension (every file that travels between units) so double-clicking one runs
;   "$INSTDIR\dlxh-desktop.exe" "%1"
; The uninstaller keeps the user's data (reports, keys file, imported packages) unless the user
; ticks "Delete my data" on its components page.
;
; Build (installer/build.py does this):
;   makensis -INPUTCHARSET UTF8 -DPAYLOAD_DIR=dist\dlxh-desktop -DOUTFILE=dist\setup.exe
;            -DVERSION=0.1.0 installer\windows\dlxh.nsi
; On Windows /D works as well as -D. PAYLOAD_DIR is the PyInstaller one-folder build holding
; dlxh.exe, dlxh-desktop.exe and _internal\ (CI on Linux passes the Linux build as a stand-in,
; which only checks that this script compiles).

Unicode true
ManifestDPIAware true
; -DNOCOMPRESS (CI's syntax check against the stand-in payload): store only, seconds not minutes
!ifdef NOCOMPRESS
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef PAYLOAD_DIR
  !define PAYLOAD_DIR "..\..\dist\dlxh-desktop"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\dlxh-desktop-${VERSION}-setup.exe"
!endif
; the payload's executables: ".exe" on Windows; the Linux stand-in passes -DPAYLOAD_EXE_SUFFIX=
!ifndef PAYLOAD_EXE_SUFFIX
  !define PAYLOAD_EXE_SUFFIX ".exe"
!endif
!ifndef VIVERSION
  !define VIVERSION "${VERSION}.0"
!endif

!define APP_NAME "DLXH Desktop"
!define APP_EXE "dlxh-desktop.exe"
!define CLI_EXE "dlxh.exe"
!define PUBLISHER "DLXH"
!define PROG_ID "DLXH.Package"
!define EXTENSION ".dlxh"
!define MIME_TYPE "application/x-dlxh-package"
!define REG_APP "Software\DLXH\DLXH Desktop"
!define REG_UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\DLXHDesktop"
; platformdirs.user_data_dir("DLXH Desktop", "DLXH") on Windows
!define DATA_DIR "$LOCALAPPDATA\DLXH\DLXH Desktop"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
RequestExecutionLevel user
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

; ------------------------------------------------------------------ look
; -DAPP_ICON=file.ico (build.py makes it from resources/icons/dlxh-desktop.png)
!ifdef APP_ICON
  !define MUI_ICON "${APP_ICON}"
  !define MUI_UNICON "${APP_ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${REG_APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

; ------------------------------------------------------------------ pages
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnDataText)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: it is the default (the language dialog preselects the system language)
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; ------------------------------------------------------------------ strings
LangString SecProgram ${LANG_VIETNAMESE} "Chương trình ${APP_NAME} (bắt buộc)"
LangString SecProgram ${LANG_ENGLISH} "${APP_NAME} program (required)"
LangString SecDesktop ${LANG_VIETNAMESE} "Biểu tượng trên màn hình nền"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecAssoc ${LANG_VIETNAMESE} "Mở tệp gói dữ liệu (.dlxh) bằng ${APP_NAME}"
LangString SecAssoc ${LANG_ENGLISH} "Open package files (.dlxh) with ${APP_NAME}"
LangString FileTypeName ${LANG_VIETNAMESE} "Gói dữ liệu DLXH"
LangString FileTypeName ${LANG_ENGLISH} "DLXH package"
LangString CliShortcut ${LANG_VIETNAMESE} "Dòng lệnh dlxh"
LangString CliShortcut ${LANG_ENGLISH} "dlxh command line"
LangString RunNow ${LANG_VIETNAMESE} "Mở ${APP_NAME} ngay"
LangString RunNow ${LANG_ENGLISH} "Start ${APP_NAME} now"
LangString StillRunning ${LANG_VIETNAMESE} "${APP_NAME} đang chạy. Hãy đóng chương trình rồi bấm Thử lại."
LangString StillRunning ${LANG_ENGLISH} "${APP_NAME} is running. Close it, then click Retry."
LangString UnSecProgram ${LANG_VIETNAMESE} "Gỡ bỏ chương trình"
LangString UnSecProgram ${LANG_ENGLISH} "Remove the program"
LangString UnSecData ${LANG_VIETNAMESE} "Xoá cả dữ liệu của tôi (báo cáo, khoá, gói đã nhận)"
LangString UnSecData ${LANG_ENGLISH} "Also delete my data (reports, keys, received packages)"
LangString UnDataText ${LANG_VIETNAMESE} "Dữ liệu được GIỮ LẠI trừ khi bạn đánh dấu ô bên dưới. Thư mục dữ liệu: ${DATA_DIR}"
LangString UnDataText ${LANG_ENGLISH} "Your data is KEPT unless you tick the box below. Data folder: ${DATA_DIR}"
LangString UnDataConfirm ${LANG_VIETNAMESE} "Xoá vĩnh viễn toàn bộ dữ liệu tại$\r$\n${DATA_DIR}?$\r$\n$\r$\nBáo cáo, khoá ký và các gói đã nhận sẽ mất, không khôi phục được (trừ khi đã sao lưu)."
LangString UnDataConfirm ${LANG_ENGLISH} "Permanently delete all data in$\r$\n${DATA_DIR}?$\r$\n$\r$\nReports, signing keys and received packages will be lost for good (unless backed up)."
LangString UnDataKept ${LANG_VIETNAMESE} "Dữ liệu được giữ lại tại ${DATA_DIR}"
LangString UnDataKept ${LANG_ENGLISH} "Data kept in ${DATA_DIR}"

; ------------------------------------------------------------------ install
Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"

  ; refuse to overwrite a running program (files in use)
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}

  ; an upgrade replaces the whole library folder: no stale files from an older version
  RMDir /r "$INSTDIR\_internal"
  File "/oname=${APP_EXE}" "${PAYLOAD_DIR}\dlxh-desktop${PAYLOAD_EXE_SUFFIX}"
  File "/oname=${CLI_EXE}" "${PAYLOAD_DIR}\dlxh${PAYLOAD_EXE_SUFFIX}"
  File /r "${PAYLOAD_DIR}\_internal"

  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  ; a console with the dlxh command ready (cmd /k keeps the window open)
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\$(CliShortcut).lnk" "$SYSDIR\cmd.exe" \
    '/k "cd /d "$INSTDIR" && dlxh.exe --help"' "$INSTDIR\${CLI_EXE}" 0

  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_APP}" "Version" "${VERSION}"

  ; Apps & features entry (per user)
  WriteRegStr HKCU "${REG_UNINST}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${REG_UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINST}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${REG_UNINST}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${REG_UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${REG_UNINST}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_UNINST}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINST}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${REG_UNINST}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "$(SecAssoc)" SecAssoc
  ; HKCU\Software\Classes is the per-user view of HKEY_CLASSES_ROOT: no admin needed
  WriteRegStr HKCU "Software\Classes\${EXTENSION}" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${EXTENSION}" "Content Type" "${MIME_TYPE}"
  WriteRegStr HKCU "Software\Classes\${EXTENSION}\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "FriendlyTypeName" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell" "" "open"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  ; "Open with" list and the application's friendly name
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" "${EXTENSION}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "${REG_APP}" "Associated" "1"
  ; tell Explorer (SHCNE_ASSOCCHANGED)
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; ------------------------------------------------------------------ uninstall
Section "!un.$(UnSecProgram)" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\$(CliShortcut).lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\*.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"

  ; file association: only if it still points at us
  ReadRegStr $0 HKCU "Software\Classes\${EXTENSION}" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegValue HKCU "Software\Classes\${EXTENSION}" ""
    DeleteRegValue HKCU "Software\Classes\${EXTENSION}" "Content Type"
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\${EXTENSION}\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXTENSION}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXTENSION}"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; only what we installed; never RMDir /r $INSTDIR (the user may have chosen a shared folder)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${REG_UNINST}"
  DeleteRegValue HKCU "${REG_APP}" "InstallDir"
  DeleteRegValue HKCU "${REG_APP}" "Version"
  DeleteRegValue HKCU "${REG_APP}" "Associated"
  DeleteRegValue HKCU "${REG_APP}" "InstallerLanguage"
  DeleteRegKey /ifempty HKCU "${REG_APP}"
  DeleteRegKey /ifempty HKCU "Software\DLXH"
SectionEnd

; unticked by default (/o): the user's data stays unless asked
Section /o "un.$(UnSecData)" UnSecData
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(UnDataConfirm)" /SD IDNO IDYES delete
    DetailPrint "$(UnDataKept)"
    Goto done
  delete:
    RMDir /r "${DATA_DIR}"
    RMDir "$LOCALAPPDATA\DLXH"
  done:
SectionEnd

Section "-un.report"
  ${IfNot} ${SectionIsSelected} ${UnSecData}
    DetailPrint "$(UnDataKept)"
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  SetShellVarContext current
FunctionEnd
