#!/bin/bash
# Start the passive-mode guide's server instances on 127.0.0.1:2600-2607 (passive ports
# 2620-2649), each from its own file in this folder. Needs the lab of scripts/capture/setup-lab.sh
# (vsftpd installed, ProFTPD in /opt/proftpd, Pure-FTPd in /opt/pure-ftpd, /srv/ftplab/anon).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
R=/srv/ftplab/run; G=/srv/ftplab/log
mkdir -p $R $G /var/run/vsftpd/empty
for f in "$HERE"/vsftpd-*.conf "$HERE"/proftpd-*.conf "$HERE"/pureftpd-*.args; do
  n=$(basename "${f%.*}")
  case $n in
    vsftpd-*) vsftpd "$f" > $G/g-pasv-$n.stdout 2>&1 & ;;
    proftpd-*) /opt/proftpd/usr/sbin/proftpd -n -c "$f" > $G/g-pasv-$n.stdout 2>&1 & ;;
    pureftpd-*) /opt/pure-ftpd/usr/sbin/pure-ftpd $(cat "$f") > $G/g-pasv-$n.stdout 2>&1 & ;;
  esac
  echo $! > $R/g-pasv-$n.pid
done
sleep 2
ss -ltnp | grep -E '127\.0\.0\.1:260[0-9]\b' || true
