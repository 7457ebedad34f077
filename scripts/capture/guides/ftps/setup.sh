#!/bin/bash
# FTPS guide captures: a throw-away certificate, one local user and its files, all under /tmp/g-ftps.
# Run as root on Debian 12 after scripts/capture/setup-lab.sh (which installs vsftpd, curl, lftp and
# unpacks ProFTPD and Pure-FTPd under /opt).  Needs FTP_PASS: the password given to user "ftpftps".
set -euo pipefail
: "${FTP_PASS:?set FTP_PASS to the password for the ftpftps user}"
T=/tmp/g-ftps
mkdir -p $T/{tls,run,log,home} /var/run/vsftpd/empty
id ftpftps >/dev/null 2>&1 || useradd -M -d $T/home/ftpftps -s /bin/bash ftpftps
echo "ftpftps:$FTP_PASS" | chpasswd
mkdir -p $T/home/ftpftps/nonempty-dir $T/home/ftpftps/upload
printf 'Hello from the FTPS guide lab.\n' > $T/home/ftpftps/hello.txt
printf 'one\n' > $T/home/ftpftps/nonempty-dir/one.txt
printf 'two\n' > $T/home/ftpftps/nonempty-dir/two.txt
printf 'Uploaded by a client.\n' > $T/up.txt
chown -R ftpftps: $T/home/ftpftps; chmod 755 $T $T/home
# Self-signed certificate for CN localhost and IP 127.0.0.1; never committed.
cd $T/tls
[ -s ftps.crt ] || openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
  -subj "/CN=localhost/O=FTPS guide lab" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout ftps.key -out ftps.crt 2>/dev/null
cat ftps.key ftps.crt > ftps.pem; chmod 600 ftps.key ftps.pem
echo "ready: $T"
