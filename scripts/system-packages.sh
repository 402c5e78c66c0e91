#!/usr/bin/env bash
# Makes sure the C libraries QuoteAttribution links against are installed:
# ICU (libicu-dev) and CLD2 (libcld2-dev), plus pkg-config, which SwiftPM uses to find ICU.
# As root it installs what is missing with apt-get; otherwise it prints the exact command.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists icu-i18n 2>/dev/null; then missing+=(libicu-dev); fi
[ -f /usr/include/cld2/public/compact_lang_det.h ] || missing+=(libcld2-dev)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} …" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
  echo "QuoteAttribution needs these system packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
