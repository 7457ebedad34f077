#!/bin/bash
# Extract Pure-FTPd's setting names from Debian 12's pure-ftpd-common 1.0.50-2.1 into
# tests/fixtures/settings/pure-ftpd.json.  Four kinds of name, merged:
#   - the keys of the sample /etc/pure-ftpd/pure-ftpd.conf, set or commented out
#     ("ChrootEveryone  yes", "# TrustedGID  100");
#   - the file names Debian's /usr/sbin/pure-ftpd-wrapper reads from /etc/pure-ftpd/conf/
#     (its %conf and %authconf tables: "MaxClientsPerIP" => ['-C %d', ...]);
#   - the short and long options of pure-ftpd(8), from its "Alternative style" list
#     ("-C --maxclientsperip" gives "-C" and "--maxclientsperip").
# Downloads the package with apt-get into a temporary folder; needs nothing installed.
# Not run by CI: the JSON is committed.  Re-run by hand: scripts/settings/extract-pure-ftpd.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/fixtures/settings/pure-ftpd.json
VERSION=1.0.50-2.1
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
apt-get download "pure-ftpd-common=$VERSION" >/dev/null 2>&1
dpkg-deb -x pure-ftpd-common_*.deb x
zcat x/usr/share/man/man8/pure-ftpd.8.gz > pure-ftpd.8
python3 - x "$VERSION" > "$OUT" <<'PY'
import json, re, sys
x, version = sys.argv[1], sys.argv[2]
names = set()
conf = re.findall(r"^(?:# )?([A-Z][A-Za-z0-9]+) {2,}\S", open(f"{x}/etc/pure-ftpd/pure-ftpd.conf").read(), re.M)
if len(conf) < 40:
    sys.exit("pure-ftpd.conf: too few keys")
names.update(conf)
wrapper = open(f"{x}/usr/sbin/pure-ftpd-wrapper").read()
tables = re.findall(r"^my %(?:conf|authconf) = \((.*?)^\s*\);", wrapper, re.M | re.S)
if len(tables) != 2:
    sys.exit("pure-ftpd-wrapper: %conf / %authconf not found")
for t in tables:
    names.update(re.findall(r"'([A-Za-z0-9]+)',?\s*=>", t))
man = open("pure-ftpd.8").read()
opts = re.findall(r"^\\-([0-9A-Za-z]) \\-\\-([a-z0-9]+)$", man, re.M)
if len(opts) < 50:
    sys.exit("pure-ftpd(8): too few options")
for short, long in opts:
    names.update(["-" + short, "--" + long])
json.dump({
    "server": "pure-ftpd",
    "source": f"Debian 12 package pure-ftpd-common {version}: the keys of /etc/pure-ftpd/pure-ftpd.conf, "
              "the conf-file names of /usr/sbin/pure-ftpd-wrapper (%conf and %authconf), and the short and "
              "long options of pure-ftpd(8) (/usr/share/man/man8/pure-ftpd.8.gz)",
    "extractedWith": "scripts/settings/extract-pure-ftpd.sh",
    "settings": sorted(names),
}, sys.stdout, indent=2)
print()
PY
echo "$OUT: $(grep -c '^    "' "$OUT") settings"
