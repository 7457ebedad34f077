"""FTP_TLS client for the FTPS guide captures.
Usage: ftplib-tls.py PORT MODE   MODE: prot-p (login, prot_p(), listing, download),
no-prot-p (login, listing without prot_p()), reuse (prot_p() and a data connection that
resumes the control connection's TLS session), plain (ftplib.FTP, no TLS)."""
import ftplib
import io
import os
import ssl
import sys

port, mode = int(sys.argv[1]), sys.argv[2]


class ReusingFTP_TLS(ftplib.FTP_TLS):
    """Hands the control connection's TLS session to each data connection's handshake."""

    def ntransfercmd(self, cmd, rest=None):
        conn, size = ftplib.FTP.ntransfercmd(self, cmd, rest)
        if self._prot_p:
            conn = self.context.wrap_socket(conn, server_hostname=self.host, session=self.sock.session)
        return conn, size


if mode == "plain":
    ftp = ftplib.FTP()
elif mode == "reuse":
    ftp = ReusingFTP_TLS(context=ssl._create_unverified_context())
else:
    ftp = ftplib.FTP_TLS(context=ssl._create_unverified_context())
ftp.set_debuglevel(1)
ftp.connect("127.0.0.1", port)
ftp.login("ftpftps", os.environ["FTP_PASS"])
if mode in ("prot-p", "reuse"):
    ftp.prot_p()
ftp.retrlines("LIST")
buf = io.BytesIO()
ftp.retrbinary("RETR hello.txt", buf.write)
print(buf.getvalue().decode(), end="")
ftp.quit()
