#!/bin/bash
# Start the FTPS guide's server instances on 127.0.0.1:2650-2657 (after setup.sh).  Each one's pid
# goes to /tmp/g-ftps/run/<name>.pid; stop.sh ends exactly those processes.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); T=/tmp/g-ftps
mkdir -p $T/run $T/log
for n in reuse noreuse implicit stricteof; do
  vsftpd "$HERE/vsftpd-$n.conf" > $T/log/vsftpd-$n.stdout 2>&1 &
  echo $! > $T/run/vsftpd-$n.pid
done
/opt/proftpd/usr/sbin/proftpd -n -c "$HERE/proftpd.conf" > $T/log/proftpd.stdout 2>&1 &
echo $! > $T/run/proftpd-main.pid
for n in tls3 tls2; do
  /opt/pure-ftpd/usr/sbin/pure-ftpd $(cat "$HERE/pureftpd-$n.args") > $T/log/pureftpd-$n.stdout 2>&1 &
  echo $! > $T/run/pureftpd-$n.main.pid
done
sleep 2
ss -ltn | grep -E '127\.0\.0\.1:265[0-7]\b' || true
