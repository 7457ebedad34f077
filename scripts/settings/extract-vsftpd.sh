#!/bin/bash
# Extract every vsftpd setting name from vsftpd.conf(5) as shipped in Debian 12
# (package vsftpd 3.0.3-13+b2) into tests/fixtures/settings/vsftpd.json.
# The names are the .TP entries (".B name" on the next line) of the man page's sections
# BOOLEAN OPTIONS, NUMERIC OPTIONS and STRING OPTIONS.  The man page leaves out two settings that
# the upstream changelog shipped in the same package (/usr/share/doc/vsftpd/changelog.gz)
# introduces ('Add new config setting "allow_writeable_chroot"', 'Add tunable "seccomp_sandbox"');
# they are added too, each checked against the names in the packaged binary.
# Downloads the package with apt-get into a temporary folder; needs nothing installed.
# Not run by CI: the JSON is committed.  Re-run by hand: scripts/settings/extract-vsftpd.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/fixtures/settings/vsftpd.json
VERSION=3.0.3-13+b2
MAN=usr/share/man/man5/vsftpd.conf.5.gz
CHANGELOG=usr/share/doc/vsftpd/changelog.gz
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
apt-get download "vsftpd=$VERSION" >/dev/null 2>&1
dpkg-deb -x vsftpd_*.deb x
zcat "x/$CHANGELOG" | tr '\n' ' ' | grep -oE '(config setting|tunable) "[a-z0-9_]+"' | cut -d'"' -f2 | sort -u > changelog-names
strings x/usr/sbin/vsftpd > binary-strings
zcat "x/$MAN" | python3 -c '
import json, re, sys
sections = ("BOOLEAN OPTIONS", "NUMERIC OPTIONS", "STRING OPTIONS")
names, section, tp = set(), None, False
for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith(".SH"):
        section = line[3:].strip().strip("\"")
        continue
    if line.startswith(".TP"):
        tp = True
        continue
    if tp:
        tp = False
        if section in sections:
            m = re.fullmatch(r"\.B ([a-z0-9_]+)", line)
            if not m:
                sys.exit("unexpected .TP entry: " + line)
            names.add(m.group(1))
binary = set(open("binary-strings").read().split())
extra = open("changelog-names").read().split()
for name in extra:
    if name not in binary:
        sys.exit("changelog names a setting the binary does not know: " + name)
    names.add(name)
json.dump({
    "server": "vsftpd",
    "source": "vsftpd.conf(5) from Debian 12 package vsftpd '"$VERSION"' (/'"$MAN"'), and the settings the upstream changelog in the same package introduces (/'"$CHANGELOG"': " + ", ".join(extra) + ")",
    "extractedWith": "scripts/settings/extract-vsftpd.sh",
    "settings": sorted(names),
}, sys.stdout, indent=2)
print()
' > "$OUT"
echo "$OUT: $(grep -c '^    "' "$OUT") settings"
