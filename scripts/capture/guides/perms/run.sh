#!/bin/bash
# Capture every condition in perms_raw.CONDITIONS as <server>-raw-<condition>.txt, and the client
# captures below, into a staging folder (TRANSCRIPTS, default /tmp/gperms-out) with
# ../../capture.py; then copy them into tests/fixtures/transcripts and write
# tests/fixtures/transcripts/index-g-perms.json from the staging index.  Needs FTP_PASS; run as
# root from anywhere after setup.sh and start.sh.  ONLY="vsftpd-raw-write-enabled ..." limits it.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
CAP=$HERE/../..
REPO=$(cd "$CAP/../.." && pwd)
export TRANSCRIPTS=${TRANSCRIPTS:-/tmp/gperms-out}
export FTP_USER=ftpperm
mkdir -p "$TRANSCRIPTS"
want() { case " ${ONLY:-$1} " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
cd "$CAP"
python3 -c 'import sys; sys.path.insert(0, "guides/perms"); import perms_raw
for (srv, name) in perms_raw.CONDITIONS: print(srv, name)' |
while read -r srv sc; do
  want "$srv-raw-$sc" || continue
  desc=$(python3 -c "import sys; sys.path.insert(0, 'guides/perms'); import perms_raw; print(' '.join(perms_raw.CONDITIONS[(sys.argv[1], sys.argv[2])]['fn'].__doc__.split()))" "$srv" "$sc")
  python3 capture.py "$srv" raw "$sc" "$desc" -- FTP_USER=ftpperm python3 guides/perms/perms_raw.py "$srv" "$sc" < /dev/null
done
# curl against vsftpd with max_per_ip=2 while hold.py keeps two sessions open for 6 s:
# the first try gets 421 (exit 28), --retry waits 8 s and tries again.
want vsftpd-curl-retry-421 && python3 capture.py vsftpd curl retry-421 \
  "curl --retry 3 --retry-delay 8 while two other sessions from 127.0.0.1 fill max_per_ip=2 for 6 s: a 421 greeting, then a retry that logs in and lists." -- \
  'python3 guides/perms/hold.py 2711 2 6 & sleep 1; curl -v --no-progress-meter --retry 3 --retry-delay 8 -u "ftpperm:$FTP_PASS" ftp://127.0.0.1:2711/; rc=$?; wait; exit $rc'
# lftp mirror with four parallel transfers against max_per_ip=2, without and with net:connection-limit 2
# (lftp 4.9.2 opened a third connection either way), then with two parallel transfers
want vsftpd-lftp-parallel-over-limit && python3 capture.py vsftpd lftp parallel-over-limit \
  "lftp -d mirror of nonempty-dir with mirror:parallel-transfer-count 4 against vsftpd with max_per_ip=2 (no connection limit set in lftp)." -- \
  'rm -rf /tmp/gperms-mirror; timeout 90 lftp -d -c "set ftp:ssl-allow no; set net:max-retries 3; set net:reconnect-interval-base 2; set mirror:parallel-transfer-count 4; open -u ftpperm,$FTP_PASS -p 2711 127.0.0.1; mirror nonempty-dir /tmp/gperms-mirror"'
want vsftpd-lftp-parallel-connection-limit && python3 capture.py vsftpd lftp parallel-connection-limit \
  "lftp -d mirror of nonempty-dir with mirror:parallel-transfer-count 4 and net:connection-limit 2 against vsftpd with max_per_ip=2." -- \
  'rm -rf /tmp/gperms-mirror; timeout 90 lftp -d -c "set ftp:ssl-allow no; set net:max-retries 3; set net:reconnect-interval-base 2; set net:connection-limit 2; set mirror:parallel-transfer-count 4; open -u ftpperm,$FTP_PASS -p 2711 127.0.0.1; mirror nonempty-dir /tmp/gperms-mirror"'
want vsftpd-lftp-parallel-within-limit && python3 capture.py vsftpd lftp parallel-within-limit \
  "lftp -d mirror of nonempty-dir with mirror:parallel-transfer-count 2 against vsftpd with max_per_ip=2." -- \
  'rm -rf /tmp/gperms-mirror; timeout 90 lftp -d -c "set ftp:ssl-allow no; set net:max-retries 3; set net:reconnect-interval-base 2; set mirror:parallel-transfer-count 2; open -u ftpperm,$FTP_PASS -p 2711 127.0.0.1; mirror nonempty-dir /tmp/gperms-mirror"'
# ProFTPD with MaxClientsPerHost 2 while hold.py keeps two sessions open for 6 s: the third login
# gets 530 after PASS.  lftp's ftp:retry-530 pattern matches the text and it tries again; curl
# --retry does not retry a 5xx reply.
want proftpd-lftp-retry-530 && python3 capture.py proftpd lftp retry-530 \
  "lftp -d listing while two other sessions from 127.0.0.1 fill MaxClientsPerHost 2 for 6 s: 530 after PASS, matched by ftp:retry-530, then a retry that logs in." -- \
  'python3 guides/perms/hold.py 2722 2 6 & sleep 1; timeout 90 lftp -d -c "set ftp:ssl-allow no; set net:max-retries 5; set net:reconnect-interval-base 4; open -u ftpperm,$FTP_PASS -p 2722 127.0.0.1; ls"; rc=$?; wait; exit $rc'
want proftpd-curl-530-at-limit && python3 capture.py proftpd curl 530-at-limit \
  "curl --retry 3 --retry-delay 8 while two other sessions from 127.0.0.1 fill MaxClientsPerHost 2 for 8 s: 530 after PASS, and no retry." -- \
  'python3 guides/perms/hold.py 2722 2 8 & sleep 3; curl -v --no-progress-meter --retry 3 --retry-delay 8 -u "ftpperm:$FTP_PASS" ftp://127.0.0.1:2722/; rc=$?; wait; exit $rc'
# copy into the fixtures and write the branch's index
python3 - "$TRANSCRIPTS" "$REPO/tests/fixtures/transcripts" <<'PY'
import json, os, shutil, subprocess, sys
src, dst = sys.argv[1:]
curl = subprocess.run(["curl", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
deb = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "curl"], capture_output=True, text=True).stdout
entries = json.load(open(os.path.join(src, "index.json")))
for e in entries:
    shutil.copy(os.path.join(src, e["file"]), os.path.join(dst, e["file"]))
    if e["client"].startswith("curl"):
        # capture.py's table names the lab's first curl; say which one ran
        v = curl.split()[1]; ssl = [w for w in curl.split() if w.startswith("OpenSSL/")][0]
        e["client"] = f"curl {v} (Debian package {deb}, {ssl})"
idx = os.path.join(dst, "index-g-perms.json")
old = json.load(open(idx)) if os.path.exists(idx) else []
names = {e["file"] for e in entries}
merged = sorted([e for e in old if e["file"] not in names] + entries, key=lambda e: e["file"])
json.dump(merged, open(idx, "w"), indent=2); open(idx, "a").write("\n")
print(f"{len(entries)} transcripts copied; {idx}: {len(merged)} entries")
PY
