#!/bin/bash
# Run every FTPS guide capture against the instances start.sh started (127.0.0.1:2650-2656).
# Needs FTP_PASS (ftpftps's password); it is masked in every transcript.
set -u
cd "$(dirname "$0")"
C=./capture-ftps.py
PY=/usr/bin/python3
V='curl -v --no-progress-meter'
U='-u "ftpftps:$FTP_PASS"'
L='lftp -c "debug 5; set net:max-retries 2; set ftp:ssl-force yes; set ssl:verify-certificate no;'

# vsftpd 127.0.0.1:2650: force_local_logins_ssl=YES, force_local_data_ssl=YES, require_ssl_reuse YES (default)
$C vsftpd ftplib ssl-reuse-required "FTP_TLS with prot_p() against vsftpd with require_ssl_reuse left at YES: each data connection starts a new TLS session and is refused." -- $PY ftplib-tls.py 2650 prot-p
$C vsftpd ftplib ssl-reuse-resumed "The same server; an FTP_TLS subclass passes the control connection's TLS session to each data connection (session=self.sock.session), and the listing and download work." -- $PY ftplib-tls.py 2650 reuse
$C vsftpd ftplib no-prot-p "FTP_TLS login without prot_p() against vsftpd with force_local_data_ssl=YES." -- $PY ftplib-tls.py 2650 no-prot-p
$C vsftpd ftplib tls-required-plain "Plain ftplib.FTP against vsftpd with force_local_logins_ssl=YES." -- $PY ftplib-tls.py 2650 plain
$C vsftpd curl ssl-reuse "curl --ssl-reqd -k against vsftpd with require_ssl_reuse=YES: curl resumes the TLS session on the data connection and the download works." -- $V --ssl-reqd -k $U ftp://127.0.0.1:2650/hello.txt
$C vsftpd curl no-session-id "curl --ssl-reqd -k --no-sessionid against vsftpd with require_ssl_reuse=YES: no session resumption, the data connection is refused after 150." -- $V --ssl-reqd -k --no-sessionid $U ftp://127.0.0.1:2650/hello.txt
$C vsftpd curl ftp-ssl-control "curl --ftp-ssl-control -k (TLS for the login only, PROT C) against vsftpd with force_local_data_ssl=YES." -- $V --ftp-ssl-control -k $U ftp://127.0.0.1:2650/hello.txt
$C vsftpd curl cacert "curl --ssl-reqd with --cacert naming the server's self-signed certificate (no -k): verified and downloaded." -- $V --ssl-reqd --cacert /tmp/g-ftps/tls/ftps.crt $U ftp://127.0.0.1:2650/hello.txt
$C vsftpd curl self-signed "curl --ssl-reqd without -k or --cacert against a self-signed certificate." -- $V --ssl-reqd $U ftp://127.0.0.1:2650/hello.txt
$C vsftpd curl ftp-ssl-ccc "curl --ssl-reqd -k --ftp-ssl-ccc against vsftpd, which has no CCC command." -- $V --ssl-reqd -k --ftp-ssl-ccc $U ftp://127.0.0.1:2650/hello.txt
$C vsftpd lftp ssl-reuse "lftp (ftp:ssl-force, certificate not verified) against vsftpd with require_ssl_reuse=YES: the download works." -- $L open -u ftpftps,\$FTP_PASS -p 2650 127.0.0.1\; cat hello.txt\"
$C vsftpd lftp protect-data-off "lftp with ftp:ssl-protect-data no against vsftpd with force_local_data_ssl=YES: 522, then lftp retries with PROT P." -- $L set ftp:ssl-protect-data no\; open -u ftpftps,\$FTP_PASS -p 2650 127.0.0.1\; cat hello.txt\"
$C vsftpd php ftps "PHP ftp_ssl_connect(), ftp_login(), passive ftp_nlist() and ftp_get() against vsftpd with require_ssl_reuse=YES: PHP resumes the TLS session; ftp_close() then warns about the server's unannounced close." -- php -d display_errors=1 -d log_errors=0 -d html_errors=0 -d error_reporting=-1 php-ftps.php 2650

# vsftpd 127.0.0.1:2651: the same with require_ssl_reuse=NO
$C vsftpd ftplib ssl-reuse-off "FTP_TLS with prot_p() against vsftpd with require_ssl_reuse=NO: the listing and download work." -- $PY ftplib-tls.py 2651 prot-p
$C vsftpd curl no-session-id-reuse-off "curl --ssl-reqd -k --no-sessionid against vsftpd with require_ssl_reuse=NO: the download works." -- $V --ssl-reqd -k --no-sessionid $U ftp://127.0.0.1:2651/hello.txt

$C vsftpd ftplib upload-no-close-notify "Two uploads over FTP_TLS with prot_p() against vsftpd with require_ssl_reuse=NO and strict_ssl_read_eof at its default (NO): the first data connection ends with a TLS close_notify, the second with a bare TCP close." -- $PY ftplib-stor-eof.py 2651

# vsftpd 127.0.0.1:2657: require_ssl_reuse=NO, strict_ssl_read_eof=YES
$C vsftpd ftplib upload-strict-eof "The same two uploads against vsftpd with strict_ssl_read_eof=YES." -- $PY ftplib-stor-eof.py 2657
$C vsftpd curl upload-strict-eof "curl --ssl-reqd -k -T against vsftpd with strict_ssl_read_eof=YES: curl ends the data connection's TLS with close_notify and the upload completes." -- $V --ssl-reqd -k $U -T /tmp/g-ftps/up.txt ftp://127.0.0.1:2657/upload/curl.txt

# vsftpd 127.0.0.1:2652: implicit_ssl=YES
$C vsftpd curl implicit "curl with an ftps:// URL (implicit FTPS) against vsftpd with implicit_ssl=YES." -- $V -k $U ftps://127.0.0.1:2652/hello.txt
$C vsftpd curl implicit-explicit "curl with ftp:// and --ssl-reqd (explicit FTPS) against vsftpd with implicit_ssl=YES; curl gives up after 10 seconds." -- $V --ssl-reqd -k --max-time 10 $U ftp://127.0.0.1:2652/hello.txt

# ProFTPD 127.0.0.1:2653: TLSRequired on, TLSOptions default (session reuse required)
$C proftpd ftplib tls-required-plain "Plain ftplib.FTP against ProFTPD with TLSRequired on." -- $PY ftplib-tls.py 2653 plain
$C proftpd ftplib no-prot-p "FTP_TLS login without prot_p() against ProFTPD with TLSRequired on." -- $PY ftplib-tls.py 2653 no-prot-p
$C proftpd ftplib ssl-reuse-required "FTP_TLS with prot_p() against ProFTPD with the default TLSOptions: the data connection does not resume the TLS session and is refused." -- $PY ftplib-tls.py 2653 prot-p
$C proftpd curl ssl-reuse "curl --ssl-reqd -k against ProFTPD with TLSRequired on and the default TLSOptions: the download works." -- $V --ssl-reqd -k $U ftp://127.0.0.1:2653/hello.txt
$C proftpd curl ftp-ssl-ccc "curl --ssl-reqd -k --ftp-ssl-ccc against ProFTPD with TLSRequired on: CCC refused, the download goes on over TLS." -- $V --ssl-reqd -k --ftp-ssl-ccc $U ftp://127.0.0.1:2653/hello.txt
# ProFTPD 127.0.0.1:2654: TLSOptions NoSessionReuseRequired
$C proftpd ftplib ssl-reuse-off "FTP_TLS with prot_p() against ProFTPD with TLSOptions NoSessionReuseRequired: the listing and download work." -- $PY ftplib-tls.py 2654 prot-p

# Pure-FTPd 127.0.0.1:2655: -Y 3 (TLS 3: TLS required for login and data)
$C pureftpd ftplib tls-required-plain "Plain ftplib.FTP against Pure-FTPd with -Y 3." -- $PY ftplib-tls.py 2655 plain
$C pureftpd ftplib tls3-no-prot-p "FTP_TLS login without prot_p() against Pure-FTPd with -Y 3." -- $PY ftplib-tls.py 2655 no-prot-p
$C pureftpd ftplib tls3-prot-p "FTP_TLS with prot_p() against Pure-FTPd with -Y 3 (no session reuse check): the listing and download work." -- $PY ftplib-tls.py 2655 prot-p
$C pureftpd curl ftp-ssl-ccc "curl --ssl-reqd -k --ftp-ssl-ccc (passive CCC mode, the default) against Pure-FTPd with -Y 3: both sides wait for the other to end TLS until the server's idle time-out." -- $V --ssl-reqd -k --ftp-ssl-ccc $U ftp://127.0.0.1:2655/hello.txt
$C pureftpd curl ftp-ssl-ccc-active "curl --ssl-reqd -k --ftp-ssl-ccc --ftp-ssl-ccc-mode active against Pure-FTPd with -Y 3: curl ends TLS itself and the download works." -- $V --ssl-reqd -k --ftp-ssl-ccc --ftp-ssl-ccc-mode active $U ftp://127.0.0.1:2655/hello.txt
# Pure-FTPd 127.0.0.1:2656: -Y 2 (TLS required for login, data may be clear)
$C pureftpd ftplib tls2-no-prot-p "FTP_TLS login without prot_p() against Pure-FTPd with -Y 2: clear data connections are allowed." -- $PY ftplib-tls.py 2656 no-prot-p
