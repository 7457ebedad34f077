#!/usr/bin/env python3
"""Start one pyftpdlib instance on 127.0.0.1 for the reply captures.

Run with Debian's python3 and the package unpacked by `dpkg-deb -x` on PYTHONPATH:
  PYTHONPATH=/tmp/x/usr/lib/python3/dist-packages /usr/bin/python3 pyftpdlib-lab.py MODE PORT HOME CERT
MODE is "open" (TLS offered) or "tlsreq" (tls_control_required and tls_data_required).
The password of the user ftptest comes from $FTP_PASS.
Every attribute set here is one pyftpdlib documents; everything else keeps its default.
"""
import os
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import TLS_FTPHandler, PassiveDTP
from pyftpdlib.servers import FTPServer

mode, port, home, cert = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

authorizer = DummyAuthorizer()
# full rights at home, read-only (e, l, r) below readonly-dir; no anonymous user
authorizer.add_user("ftptest", os.environ["FTP_PASS"], home, perm="elradfmwMT")
authorizer.override_perm("ftptest", os.path.join(home, "readonly-dir"), "elr", recursive=True)

handler = TLS_FTPHandler
handler.authorizer = authorizer
handler.certfile = cert
handler.timeout = 8                               # idle time-out of the control connection (default 300)
handler.passive_ports = range(40600, 40610) if mode == "open" else range(40610, 40620)
if mode == "tlsreq":
    handler.tls_control_required = True
    handler.tls_data_required = True
PassiveDTP.timeout = 5                             # wait for the client to connect after PASV (default 30)

server = FTPServer(("127.0.0.1", port), handler)
server.max_cons = 5
server.max_cons_per_ip = 3
server.serve_forever()
