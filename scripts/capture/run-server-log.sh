#!/bin/bash
# Does curl send QUIT when it is done?  `curl -v` does not print it, so ask the server: one vsftpd
# instance (conf/vsftpd-server-log.conf, 127.0.0.1:2195, anonymous, log_ftp_protocol=YES) logs every
# command and reply while curl lists the root and then downloads a file, one session each.
# Writes vsftpd-curl-quit-verbose.txt (what curl -v printed) and vsftpd-curl-quit-server-log.txt
# (what vsftpd logged for the same two sessions), with curl's anonymous password masked.
# Needs the lab's /srv/ftplab/anon (setup-lab.sh); index.json entries are added by hand.
set -eu
cd "$(dirname "$0")"
OUT=${TRANSCRIPTS:-../../tests/fixtures/transcripts}
L=/srv/ftplab; LOG=$L/log/vsftpd-server-log.log
mkdir -p $L/log $L/run /var/run/vsftpd/empty
: > $LOG
vsftpd conf/vsftpd-server-log.conf > $L/log/vsftpd-server-log.stdout 2>&1 &
pid=$!
sleep 1
client=$(mktemp)
for url in ftp://127.0.0.1:2195/ ftp://127.0.0.1:2195/welcome.txt; do
  curl -v --no-progress-meter "$url" >> "$client" 2>&1 || echo "curl exit $? for $url" >&2
  sleep 1
done
sleep 1
kill $pid
mask() { sed 's/ftp@example\.com/********/g'; }
mask < "$client" > "$OUT/vsftpd-curl-quit-verbose.txt"
mask < $LOG > "$OUT/vsftpd-curl-quit-server-log.txt"
rm -f "$client"
