#!/bin/bash
# The passive-mode guide's captures (after ./start.sh), written to tests/fixtures/transcripts/ and
# recorded in tests/fixtures/transcripts/index-g-pasv.json. Every login is anonymous; commands run
# from scripts/capture/. Ports: vsftpd 2600-2603, ProFTPD 2604, 2605, 2608, Pure-FTPd 2606, 2607.
set -u
cd "$(dirname "$0")"
C=./capture.py
CURL='curl -v --no-progress-meter --connect-timeout 10 -o /dev/null'
LFTP='set net:max-retries 2; set net:reconnect-interval-base 1; set net:timeout 5; set ftp:ssl-allow no; set cmd:fail-exit no'

# vsftpd: pasv_address=127.0.0.2 (nothing listens there), then pasv_address=127.0.0.1.
$C vsftpd curl pasv-private-address "curl with PASV only (--disable-epsv) and --no-ftp-skip-pasv-ip against vsftpd whose 227 reply names an address nothing answers on (pasv_address=127.0.0.2): the data connection is refused." -- \
  "$CURL --disable-epsv --no-ftp-skip-pasv-ip ftp://127.0.0.1:2600/welcome.txt"
$C vsftpd curl pasv-private-skip-ip "The same server with curl's default --ftp-skip-pasv-ip: curl ignores the address in the 227 reply, connects to the control connection's address, and the download works." -- \
  "$CURL --disable-epsv ftp://127.0.0.1:2600/welcome.txt"
$C vsftpd curl epsv-private-address "The same server with curl's default EPSV and --no-ftp-skip-pasv-ip: the 229 reply carries no address, so the wrong pasv_address does not matter and the download works." -- \
  "$CURL --no-ftp-skip-pasv-ip ftp://127.0.0.1:2600/welcome.txt"
$C vsftpd curl pasv-address-fixed "The fix: vsftpd with pasv_address=127.0.0.1, the address clients connect to; PASV only and --no-ftp-skip-pasv-ip, and the download works." -- \
  "$CURL --disable-epsv --no-ftp-skip-pasv-ip ftp://127.0.0.1:2601/welcome.txt"
$C vsftpd lftp pasv-private-address "lftp -d (PASV, its default) against vsftpd with pasv_address=127.0.0.2, listing cache off, three listings: with ftp:fix-pasv-address no, with its default (yes), and with ftp:ignore-pasv-address yes. All three work: lftp replaces 127.0.0.2 with the control address every time, because it treats 127.x addresses other than 127.0.0.1 as reserved (sockaddr_u::is_reserved() in src/network.cc), whatever ftp:fix-pasv-address says." -- \
  "lftp -d -c \"$LFTP; set cache:enable no; open -p 2600 127.0.0.1; set ftp:fix-pasv-address no; ls; set ftp:fix-pasv-address yes; ls; set ftp:ignore-pasv-address yes; ls\""
$C vsftpd ftplib pasv-private-address "Python ftplib (set_debuglevel(1)) against vsftpd with pasv_address=127.0.0.2: NLST with the default (the 227 address ignored) works; with trust_server_pasv_ipv4_address = True it is refused." -- \
  "/usr/bin/python3 guides/pasv/ftplib-pasv-address.py"
# vsftpd: a passive range of one port, two sessions.
$C vsftpd raw pasv-one-port "vsftpd with pasv_min_port=pasv_max_port=2630: the first session's PASV holds the only port, the second session's PASV fails and ends that session; the first lists normally." -- \
  "python3 guides/pasv/raw.py range-busy 2602 1"
# vsftpd: active mode switched off.
$C vsftpd raw port-disabled "vsftpd with port_enable=NO: PORT and EPRT are refused, PASV and a listing work." -- \
  "python3 guides/pasv/raw.py port-disabled 2603"
$C vsftpd curl port-disabled "curl in active mode (-P 127.0.0.1) against vsftpd with port_enable=NO: EPRT and PORT are refused." -- \
  "$CURL -P 127.0.0.1 ftp://127.0.0.1:2603/welcome.txt"

# ProFTPD: MasqueradeAddress 127.0.0.2, then 127.0.0.1; a PassivePorts range of two ports, three sessions.
$C proftpd curl masquerade-private "curl with PASV only and --no-ftp-skip-pasv-ip against ProFTPD with MasqueradeAddress 127.0.0.2 (nothing answers there): the data connection is refused." -- \
  "$CURL --disable-epsv --no-ftp-skip-pasv-ip ftp://127.0.0.1:2604/welcome.txt"
$C proftpd curl masquerade-private-skip-ip "The same server with curl's default --ftp-skip-pasv-ip: the download works." -- \
  "$CURL --disable-epsv ftp://127.0.0.1:2604/welcome.txt"
$C proftpd curl masquerade-fixed "The fix: ProFTPD with MasqueradeAddress 127.0.0.1, the address clients connect to; PASV only and --no-ftp-skip-pasv-ip, and the download works." -- \
  "$CURL --disable-epsv --no-ftp-skip-pasv-ip ftp://127.0.0.1:2605/welcome.txt"
$C proftpd raw passive-ports-busy "ProFTPD with PassivePorts 2647 2648 and three sessions each holding a PASV port: the third gets a port outside the range; all three can list." -- \
  "python3 guides/pasv/raw.py range-busy 2608 2"

# Pure-FTPd: -P 127.0.0.2, then -P 127.0.0.1. Its anonymous root (/srv/ftp) is empty: lists, no file.
$C pureftpd curl force-passive-ip-private "curl listing with PASV only and --no-ftp-skip-pasv-ip against Pure-FTPd with -P 127.0.0.2 (ForcePassiveIP; nothing answers there): the data connection is refused." -- \
  "$CURL --disable-epsv --no-ftp-skip-pasv-ip ftp://127.0.0.1:2606/"
$C pureftpd curl force-passive-ip-private-skip-ip "The same server with curl's default --ftp-skip-pasv-ip: the listing works." -- \
  "$CURL --disable-epsv ftp://127.0.0.1:2606/"
$C pureftpd curl force-passive-ip-fixed "The fix: Pure-FTPd with -P 127.0.0.1, the address clients connect to; PASV only and --no-ftp-skip-pasv-ip, and the listing works." -- \
  "$CURL --disable-epsv --no-ftp-skip-pasv-ip ftp://127.0.0.1:2607/"
