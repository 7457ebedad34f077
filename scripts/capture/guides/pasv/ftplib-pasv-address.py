# Python ftplib against vsftpd on 127.0.0.1:2600, whose 227 reply names 127.0.0.2 (pasv_address):
# first with the default (trust_server_pasv_ipv4_address False: the address is ignored and the
# control connection's address used), then trusting the address, which fails.
import ftplib

ftp = ftplib.FTP(timeout=10)
ftp.set_debuglevel(1)
ftp.connect("127.0.0.1", 2600)
ftp.login()
ftp.retrlines("NLST")
ftp.trust_server_pasv_ipv4_address = True
ftp.retrlines("NLST")
