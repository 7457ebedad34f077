#!/bin/bash
# Start one server instance per file in /srv/gperms/conf (copied there by setup.sh), on
# 127.0.0.1:2700-2749.  A server that refuses its configuration exits at once; its message is in
# /srv/gperms/log/<conf name>.stdout.
set -u
G=/srv/gperms; C=$G/conf
for f in $C/*; do
  n=$(basename "$f"); n=${n%.*}
  port=$(grep -oE '(listen_port=|^Port +|127\.0\.0\.1,)[0-9]+' "$f" | grep -oE '[0-9]+$' | head -1)
  if ss -ltn | grep -q "127.0.0.1:$port "; then echo "port $port is in use; $n not started"; continue; fi
  case $n in
    vsftpd-*) vsftpd "$f" > $G/log/$n.stdout 2>&1 & ;;
    proftpd-*) /opt/proftpd/usr/sbin/proftpd -n -c "$f" > $G/log/$n.stdout 2>&1 & ;;
    pureftpd-*) /opt/pure-ftpd/usr/sbin/pure-ftpd $(cat "$f") > $G/log/$n.stdout 2>&1 & ;;
  esac
  echo $! > $G/run/$n.pid
done
sleep 2
ss -ltn | grep -E '127\.0\.0\.1:27[0-4][0-9]\b' || true
