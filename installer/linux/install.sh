#!/bin/sh
# Install DLXH Desktop for the current user (no root): run from the unpacked tarball.
#
#   ./install.sh               install or upgrade into ~/.local
#   ./install.sh --uninstall   remove the program; the data folder is KEPT
#   ./install.sh --uninstall --purge   also delete the data folder (asks first)
#
# PREFIX defaults to $HOME/.local (override: PREFIX=/some/where ./install.sh).
# Installs:
#   $PREFIX/opt/dlxh-desktop/                  the program folder (replaced as a whole on upgrade)
#   $PREFIX/bin/dlxh, $PREFIX/bin/dlxh-desktop symbolic links
#   $PREFIX/share/applications/dlxh-desktop.desktop        menu entry, opens *.dlxh
#   $PREFIX/share/mime/packages/dlxh-package.xml           MIME type application/x-dlxh-package
#   $PREFIX/share/icons/hicolor/scalable/{apps,mimetypes}/  icons
set -eu

APP=dlxh-desktop
PREFIX=${PREFIX:-"$HOME/.local"}
DEST="$PREFIX/opt/$APP"
BIN="$PREFIX/bin"
SHARE="$PREFIX/share"
DATA_HOME=${XDG_DATA_HOME:-"$HOME/.local/share"}
USER_DATA="$DATA_HOME/DLXH Desktop"   # platformdirs.user_data_dir("DLXH Desktop", "DLXH")
SRC=$(cd "$(dirname "$0")" && pwd)

say() { printf '%s\n' "$*"; }

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

uninstall() {
    purge=$1
    rm -rf "$DEST"
    for f in "$BIN/dlxh" "$BIN/$APP"; do
        # only our own links
        if [ -L "$f" ] && case "$(readlink "$f")" in "$DEST"/*) true ;; *) false ;; esac; then rm -f "$f"; fi
    done
    rm -f "$SHARE/applications/$APP.desktop" \
          "$SHARE/mime/packages/dlxh-package.xml" \
          "$SHARE/icons/hicolor/scalable/apps/$APP.svg" \
          "$SHARE/icons/hicolor/scalable/mimetypes/application-x-dlxh-package.svg"
    refresh_caches
    say "DLXH Desktop đã được gỡ bỏ / has been removed."
    if [ "$purge" = 1 ] && [ -d "$USER_DATA" ]; then
        printf 'Xoá cả dữ liệu (báo cáo, khoá, gói đã nhận) tại "%s"? Delete ALL data? [y/N] ' "$USER_DATA"
        read -r answer || answer=n
        case "$answer" in
            y|Y|yes|YES|c|C|co|có) rm -rf "$USER_DATA"; say "Đã xoá dữ liệu / data deleted." ;;
            *) say "Dữ liệu được giữ lại / data kept: $USER_DATA" ;;
        esac
    elif [ -d "$USER_DATA" ]; then
        say "Dữ liệu được giữ lại / data kept: $USER_DATA"
    fi
}

install() {
    if [ ! -x "$SRC/$APP" ] || [ ! -x "$SRC/dlxh" ]; then
        say "install.sh must be run from the unpacked dlxh-desktop folder" >&2
        exit 1
    fi
    mkdir -p "$PREFIX/opt" "$BIN" "$SHARE/applications" "$SHARE/mime/packages" \
             "$SHARE/icons/hicolor/scalable/apps" "$SHARE/icons/hicolor/scalable/mimetypes"
    if [ "$SRC" != "$DEST" ]; then
        # copy next to the destination, then swap: an interrupted upgrade leaves the old one working
        tmp="$DEST.new.$$"
        rm -rf "$tmp"
        cp -a "$SRC" "$tmp"
        rm -rf "$DEST.old"
        if [ -e "$DEST" ]; then mv "$DEST" "$DEST.old"; fi
        mv "$tmp" "$DEST"
        rm -rf "$DEST.old"
    fi
    ln -sfn "$DEST/dlxh" "$BIN/dlxh"
    ln -sfn "$DEST/$APP" "$BIN/$APP"
    # desktop entry with the absolute path (works even when ~/.local/bin is not on PATH)
    sed -e "s|^Exec=.*|Exec=\"$DEST/$APP\" %f|" \
        -e "s|^Icon=.*|Icon=$APP|" \
        "$DEST/share/applications/$APP.desktop" > "$SHARE/applications/$APP.desktop"
    cp "$DEST/share/mime/packages/dlxh-package.xml" "$SHARE/mime/packages/dlxh-package.xml"
    cp "$DEST/share/icons/hicolor/scalable/apps/$APP.svg" "$SHARE/icons/hicolor/scalable/apps/$APP.svg"
    cp "$DEST/share/icons/hicolor/scalable/apps/application-x-dlxh-package.svg" \
       "$SHARE/icons/hicolor/scalable/mimetypes/application-x-dlxh-package.svg"
    refresh_caches
    if command -v xdg-mime >/dev/null 2>&1; then
        XDG_DATA_HOME="$SHARE" xdg-mime default "$APP.desktop" application/x-dlxh-package >/dev/null 2>&1 || true
    fi
    say "DLXH Desktop đã được cài vào / installed in: $DEST"
    case ":$PATH:" in
        *":$BIN:"*) ;;
        *) say "Lưu ý / note: $BIN is not on PATH; the menu entry works regardless." ;;
    esac
}

case "${1:-}" in
    --uninstall)
        if [ "${2:-}" = "--purge" ]; then uninstall 1; else uninstall 0; fi ;;
    ""|--install) install ;;
    -h|--help) sed -n '2,16p' "$0" ;;
    *) say "unknown option: $1 (use --help)" >&2; exit 2 ;;
esac
