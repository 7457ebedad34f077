"""Upload over FTP_TLS (prot_p()) twice: first ending the data connection's TLS with a close_notify
(SSLSocket.unwrap(), as ftplib's storbinary() does), then closing the socket without one.
Usage: ftplib-stor-eof.py PORT"""
import ftplib
import os
import ssl
import sys

ftp = ftplib.FTP_TLS(context=ssl._create_unverified_context())
ftp.set_debuglevel(1)
ftp.connect("127.0.0.1", int(sys.argv[1]))
ftp.login("ftpftps", os.environ["FTP_PASS"])
ftp.prot_p()
ftp.voidcmd("TYPE I")
for name, clean in (("upload/with-close-notify.txt", True), ("upload/without-close-notify.txt", False)):
    conn = ftp.transfercmd("STOR " + name)
    conn.sendall(b"uploaded over TLS\n")
    if clean:
        conn.unwrap()
        print("# data connection: TLS close_notify sent, then TCP close")
    else:
        print("# data connection: TCP close without a TLS close_notify")
    conn.close()
    try:
        print(ftp.voidresp())
    except ftplib.all_errors as e:
        print("%s: %s" % (type(e).__name__, e))
ftp.quit()
