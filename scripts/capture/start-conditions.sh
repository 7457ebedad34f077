#!/bin/bash
# Start one server instance per condition in scenarios.CONDITIONS, on 127.0.0.1, each with its
# own file from conf/ (as copied to /srv/ftplab/conf by setup-conditions.sh) and its own port.
# A ProFTPD or vsftpd that refuses its configuration exits at once; its message is in
# /srv/ftplab/log/<conf name>.stdout (a standalone vsftpd writes its "500 OOPS" to its standard
# input instead).  Conditions marked inetd run under inetd.py, one server process per connection.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
L=/srv/ftplab; C=$L/conf; R=$L/run; G=$L/log
mkdir -p $R $G /var/run/vsftpd/empty
cd "$HERE"
python3 -c 'import scenarios
for (srv, name), c in scenarios.CONDITIONS.items(): print(srv, c["conf"], c["port"], "inetd" if c["inetd"] else "standalone")' |
while read -r srv conf port mode; do
  if ss -ltn | grep -q "127.0.0.1:$port "; then echo "port $port is in use; $conf not started"; continue; fi
  n=${conf%.*}
  case $srv-$mode in
    *-inetd) python3 "$HERE"/inetd.py $port vsftpd $C/$conf > $G/$n.stdout 2>&1 & ;;
    vsftpd-standalone) vsftpd $C/$conf > $G/$n.stdout 2>&1 & ;;
    proftpd-standalone) /opt/proftpd/usr/sbin/proftpd -n -c $C/$conf > $G/$n.stdout 2>&1 & ;;
    pureftpd-standalone) /opt/pure-ftpd/usr/sbin/pure-ftpd $(cat $C/$conf) > $G/$n.stdout 2>&1 & ;;
  esac
  echo $! > $R/cond-$n.pid
done
sleep 2
ss -ltnp | grep -E '127\.0\.0\.1:21[4-7][0-9]\b' || true
