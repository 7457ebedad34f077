#!/bin/bash
# Captures for the explainer's log formats (issue 16): lftp's debug output with its time, pid and context
# prefixes, vsftpd's protocol log (log_ftp_protocol=YES), ProFTPD's debug output (-d 10 on stderr) and its
# TraceLog (command and response channels). Three servers on 127.0.0.1 with their own ports (vsftpd 4700,
# ProFTPD 4701, Pure-FTPd 4702, passive ports 4710-4739) and their own configuration copies under
# /tmp/explain-formats/ (made here from conf/), anonymous logins only, so no account password is involved.
# Every session: a refused login, then an anonymous login, a listing, a missing file and a download; one raw
# ftplib session per server log sends PWD before login and an empty PASS.
# Writes seven fixtures (see tests/fixtures/transcripts/index-explain-formats.json), with lftp's default
# anonymous password and ftplib's test password masked.
# Needs the lab's /srv/ftplab/anon, /opt/proftpd and /opt/pure-ftpd (setup-lab.sh). Run as root.
set -eu
cd "$(dirname "$0")"
OUT=${TRANSCRIPTS:-../../tests/fixtures/transcripts}
W=/tmp/explain-formats
mkdir -p $W/log $W/run /var/run/vsftpd/empty
rm -f $W/log/*

cat > $W/vsftpd.conf <<'EOF'
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=4700
background=NO
anonymous_enable=YES
anon_root=/srv/ftplab/anon
anon_upload_enable=NO
anon_mkdir_write_enable=NO
no_anon_password=NO
local_enable=NO
write_enable=NO
use_localtime=NO
xferlog_enable=YES
xferlog_std_format=NO
vsftpd_log_file=/tmp/explain-formats/log/vsftpd.log
log_ftp_protocol=YES
connect_from_port_20=NO
pasv_min_port=4710
pasv_max_port=4719
idle_session_timeout=8
data_connection_timeout=20
secure_chroot_dir=/var/run/vsftpd/empty
ssl_enable=NO
EOF

# The lab's ProFTPD configuration without its TLS-required <VirtualHost>, on its own port, files and passive
# ports, plus a TraceLog of the command and response channels.
sed -e 's/^Port .*/Port                    4701/' \
    -e 's/^PassivePorts .*/PassivePorts            4720 4729/' \
    -e "s#/srv/ftplab/run/#$W/run/#" \
    -e "s#^SystemLog .*#SystemLog               $W/log/proftpd-system.log#" \
    -e "s#^TransferLog .*#TransferLog             $W/log/proftpd-xfer.log#" \
    -e "s#TLSLog .*#TLSLog                $W/log/proftpd-tls.log#" conf/proftpd.conf |
  awk '/^<VirtualHost/{skip=1} !skip{print} /^<\/VirtualHost>/{skip=0}' > $W/proftpd.conf
cat >> $W/proftpd.conf <<EOF
TraceLog                $W/log/proftpd-trace.log
Trace                   DEFAULT:0 command:10 response:10
EOF

vsftpd $W/vsftpd.conf > $W/log/vsftpd.stdout 2>&1 &
echo $! > $W/run/vsftpd.pid
/opt/proftpd/usr/sbin/proftpd -n -d 10 -c $W/proftpd.conf > $W/log/proftpd.stdout 2> $W/log/proftpd-debug.log &
echo $! > $W/run/proftpd.pid
/opt/pure-ftpd/usr/sbin/pure-ftpd -S 127.0.0.1,4702 -4 -H -A -c 5 -C 3 -l unix -p 4730:4739 &
echo $! > $W/run/pureftpd.pid
sleep 2

# One lftp run: a user the server refuses, then anonymous (lftp's default password lftp@).
lftp_session() { # port, lftp log settings
  lftp -c "$2; set net:max-retries 1; set ftp:ssl-allow no;
    open -u nosuch,wrong-password -p $1 127.0.0.1; cls;
    open -u anonymous -p $1 127.0.0.1; cls; get missing.txt -o $W/missing.txt; get welcome.txt -o $W/welcome.txt;
    quit" 2>&1 || true
}
# PWD before login, USER anonymous, an empty PASS, SIZE of a missing file, QUIT.
raw_session() { # port
  python3 - "$1" <<'EOF'
import ftplib, sys
f = ftplib.FTP()
f.connect("127.0.0.1", int(sys.argv[1]), timeout=10)
for cmd in ("PWD", "USER anonymous", "PASS", "SIZE missing.txt", "QUIT"):
    try:
        f.sendcmd(cmd)
    except ftplib.all_errors:
        pass
EOF
}
mask() { sed -e 's/wrong-password/********/g' -e 's/-\?lftp@/********/g' -e 's/lftp%40/********/g'; }

rm -f $W/*.txt
lftp_session 4700 "set log:enabled yes; set log:level 10; set log:show-time yes; set log:show-pid yes" |
  mask > "$OUT/vsftpd-lftp-show-time-pid.txt"
raw_session 4700
lftp_session 4701 "debug -t -p -c 10" | mask > "$OUT/proftpd-lftp-show-ctx.txt"
raw_session 4701
lftp_session 4702 "debug -o $W/log/lftp-debug.log -t -p 10" > /dev/null
mask < $W/log/lftp-debug.log > "$OUT/pureftpd-lftp-debug-file.txt"
sleep 1

kill "$(cat $W/run/vsftpd.pid)" "$(cat $W/run/proftpd.pid)" "$(cat $W/run/pureftpd.pid)"
sleep 1
mask < $W/log/vsftpd.log > "$OUT/vsftpd-lftp-protocol-log.txt"
# Only the sessions: the lines of the daemon's start-up and shut-down (pid of the listener) are left out.
listener=$(sed -n 's/.* proftpd\[\([0-9]*\)\] .*STARTUP$/\1/p' $W/log/proftpd-debug.log | head -1)
grep -v " proftpd\[$listener\] " $W/log/proftpd-debug.log | mask > "$OUT/proftpd-lftp-debug-log.txt"
mask < $W/log/proftpd-trace.log > "$OUT/proftpd-lftp-trace-log.txt"
