#!/bin/bash
# Extract every ProFTPD configuration directive name from the HTML documentation in Debian 12's
# proftpd-doc 1.3.8+dfsg-4+deb12u5 into tests/fixtures/settings/proftpd.json.
# Names come from two places, merged:
#   - directives/index.html, the directive index (core and contrib modules);
#   - the "Directives" list at the top of every module page in modules/ and contrib/
#     (mod_tls TLS*, mod_quotatab Quota*, mod_ban Ban*, mod_ratio, ...).
# Each name is the link's anchor (#Name), which is the directive's own section; a few list
# labels carry typos ("DeflatefLog" pointing at #DeflateLog), so the label is not used.
# Section directives keep their angle brackets as the index writes them: "<Limit>".
# Downloads the package with apt-get into a temporary folder; needs nothing installed.
# Not run by CI: the JSON is committed.  Re-run by hand: scripts/settings/extract-proftpd.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/tests/fixtures/settings/proftpd.json
VERSION=1.3.8+dfsg-4+deb12u5
DOC=usr/share/doc/proftpd-doc
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
apt-get download "proftpd-doc=$VERSION" >/dev/null 2>&1
dpkg-deb -x proftpd-doc_*.deb x
python3 - x "$DOC" "$VERSION" > "$OUT" <<'PY'
import glob, html, json, os, re, sys
root, doc, version = sys.argv[1], sys.argv[2], sys.argv[3]
names = set()

def add(anchor, label):
    label = html.unescape(re.sub(r"<[^>]+>", "", label)).strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", anchor):
        sys.exit(f"unexpected anchor {anchor!r} ({label!r})")
    names.add(f"<{anchor}>" if label.startswith("<") else anchor)

index = open(os.path.join(root, doc, "directives/index.html"), encoding="utf-8", errors="replace").read()
links = re.findall(r'<li><a href="[^"#]*#([^"]+)">(.*?)</a>', index, re.S)
if len(links) < 400:
    sys.exit("directive index: too few links")
for anchor, label in links:
    add(anchor, label)
pages = sorted(glob.glob(os.path.join(root, doc, "modules/*.html")) + glob.glob(os.path.join(root, doc, "contrib/*.html")))
for page in pages:
    text = open(page, encoding="utf-8", errors="replace").read()
    m = re.search(r"<h2>Directives</h2>(.*?)</ul>", text, re.S)
    if m:
        for anchor, label in re.findall(r'<a href="#([^"]+)">(.*?)</a>', m.group(1), re.S):
            add(anchor, label)
json.dump({
    "server": "proftpd",
    "source": f"proftpd-doc {version} from Debian 12 (/{doc}/directives/index.html and the Directives list of every page in /{doc}/modules/ and /{doc}/contrib/)",
    "extractedWith": "scripts/settings/extract-proftpd.sh",
    "settings": sorted(names),
}, sys.stdout, indent=2)
print()
PY
echo "$OUT: $(grep -c '^    "' "$OUT") settings"
