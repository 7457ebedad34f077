#!/bin/bash
# Extract every curl command-line option from `curl --help all` as shipped in Debian 12
# (package curl 7.88.1-10+deb12u15) into tests/fixtures/options/curl.json: each long option
# (--ftp-pasv) and each short one (-P), and for every boolean long option its --no- form
# (curl(1): "--no-" switches a boolean option off, e.g. --no-ftp-skip-pasv-ip). Booleans are the
# options that take no argument in the help text; the --no- form is added only where curl(1)
# (the manual page in the same package) says "may be negated" or names it, checked below.
# Uses the curl installed on this machine; re-run by hand: scripts/options/extract-curl.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/fixtures/options/curl.json
VERSION=$(dpkg-query -W -f '${Version}' curl)
curl --help all > /tmp/curl-help-all.$$
zcat /usr/share/man/man1/curl.1.gz > /tmp/curl-man.$$
python3 - "$VERSION" /tmp/curl-help-all.$$ /tmp/curl-man.$$ > "$OUT" <<'PY'
import json, re, sys
version, help_file, man_file = sys.argv[1:]
options = set()
man = open(man_file).read().replace("\\-", "-")
for line in open(help_file):
    m = re.match(r"^ (?:(-[A-Za-z0-9#:]), )?\s*(--[a-z0-9.-]+)(\s+<[^>]*>)?", line)
    if not m:
        continue
    short, long, arg = m.groups()
    options.add(long)
    if short:
        options.add(short)
    if not arg:
        negated = "--no-" + long[2:]
        if negated in man:
            options.add(negated)
json.dump({
    "client": "curl",
    "source": "curl --help all and curl(1) from Debian 12 package curl " + version + " (/usr/share/man/man1/curl.1.gz, for the --no- forms it names)",
    "extractedWith": "scripts/options/extract-curl.sh",
    "options": sorted(options),
}, sys.stdout, indent=2)
print()
PY
rm -f /tmp/curl-help-all.$$ /tmp/curl-man.$$
echo "$OUT: $(grep -c '^    "' "$OUT") options"
