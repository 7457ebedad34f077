#!/bin/bash
# Extract every lftp setting from lftp(1) as shipped in Debian 12 (package lftp 4.9.2-2+b1)
# into tests/fixtures/options/lftp.json: the settings the manual page documents (".BR name \ (type)"
# entries: ftp:, net:, ssl:, cmd:, xfer: and the rest), plus
# the command-line switches `lftp --help` prints (-d, -c,
# -e, -u, -p, ...).  Uses the lftp installed on this machine; re-run by hand:
# scripts/options/extract-lftp.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/fixtures/options/lftp.json
VERSION=$(dpkg-query -W -f '${Version}' lftp)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
zcat /usr/share/man/man1/lftp.1.gz > "$TMP/man"
lftp --help > "$TMP/help" 2>&1 || true
python3 - "$VERSION" "$TMP" > "$OUT" <<'PY'
import json, re, sys
version, tmp = sys.argv[1:]
names = set()
for line in open(tmp + "/man"):
    m = re.match(r"^\.BR? ([a-z]+:[a-z0-9:-]+)", line)
    if m:
        name = m.group(1)
        names.add(name)
for line in open(tmp + "/help"):
    m = re.match(r"^ (--?[a-z][a-z-]*)", line)
    if m:
        names.add(m.group(1))
json.dump({
    "client": "lftp",
    "source": "lftp(1) from Debian 12 package lftp " + version + " (/usr/share/man/man1/lftp.1.gz: every documented setting), and the switches of lftp --help",
    "extractedWith": "scripts/options/extract-lftp.sh",
    "options": sorted(names),
}, sys.stdout, indent=2)
print()
PY
echo "$OUT: $(grep -c '^    "' "$OUT") options"
