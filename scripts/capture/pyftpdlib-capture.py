#!/usr/bin/env python3
"""Capture pyftpdlib's replies on 127.0.0.1 with ftpraw.py's raw client.

Usage (as root or any user, no lab in /srv needed):
  export FTP_PASS='...'
  PYFTPDLIB=/tmp/x/usr/lib/python3/dist-packages ./pyftpdlib-capture.py [SCENARIO...]

PYFTPDLIB is the dist-packages folder of the Debian package python3-pyftpdlib unpacked with
`dpkg-deb -x`; the servers run under Debian's /usr/bin/python3 (pyOpenSSL from python3-openssl).
It builds a small tree and a self-signed certificate in a temporary folder, starts two instances
(pyftpdlib-lab.py: 2199 with TLS offered, 2198 with TLS required), runs the scenarios, writes
tests/fixtures/transcripts/pyftpdlib-raw-<scenario>.txt with passwords masked and updates index.json.
"""
import contextlib
import datetime
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ftpraw import Conn, transfer, out  # noqa: E402

OUT = os.environ.get("TRANSCRIPTS", os.path.join(HERE, "..", "..", "tests", "fixtures", "transcripts"))
INDEX = os.path.join(OUT, "index.json")
PASS = os.environ["FTP_PASS"]
WRONG = "wrong-password"
USER = "ftptest"
PORT, TLSREQ = 2199, 2198
SERVER = "pyftpdlib 1.5.7 (Debian package python3-pyftpdlib 1.5.7-3, Python 3.11.2, pyOpenSSL 23.0.0)"
CLIENT = "ftpraw.py (scripts/capture/ftpraw.py, Python 3.11 socket + ssl)"

SCENARIOS = {}


def scenario(desc):
    def deco(fn):
        SCENARIOS[fn.__name__.replace("_", "-")] = (fn, desc)
        return fn
    return deco


def session(port=PORT, **kw):
    c = Conn(port, **kw)
    c.login(USER, PASS)
    return c


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


@scenario("Commands before login, PASS before USER, unknown commands, wrong argument counts, PBSZ/PROT/AUTH on a plain connection.")
def prelogin():
    c = Conn(PORT)
    for cmd in ["SYST", "NOOP", "NOOP now", "PWD", "LIST", "PASV", "RETR hello.txt", "STAT /",
                "XYZZY", "PASS " + PASS, "USER", "PBSZ 0", "PROT P", "AUTH KERBEROS_V4", "HELP NOSUCH"]:
        c.cmd(cmd)
    c.quit()


@scenario("Anonymous login without an anonymous user, wrong password until the server disconnects; USER and PASS again after a good login.")
def login_failures():
    c = Conn(PORT, label=1)
    c.login("anonymous", "anonymous@example.com")
    c.login(USER, WRONG)
    c.login("nosuchuser", WRONG)
    c.cmd("USER " + USER)
    c.drain(2)
    c.close()
    c = Conn(PORT, label=2)
    c.login(USER, PASS)
    c.cmd("PASS " + PASS)
    c.cmd("USER " + USER)
    c.cmd("PASS " + PASS)
    c.quit()


@scenario("PASV and EPSV transfers, missing files, a directory where a file is expected, SIZE in ASCII mode, REST, a read-only directory (override_perm elr), paths outside the home.")
def commands():
    c = session()
    c.cmd("TYPE A")
    d = c.pasv()
    transfer(c, d, "LIST")
    c.cmd("SIZE hello.txt")
    c.cmd("REST 10")
    c.cmd("TYPE I")
    c.cmd("SIZE hello.txt")
    c.cmd("SIZE missing.txt")
    c.cmd("MDTM missing.txt")
    d = c.pasv("EPSV")
    transfer(c, d, "RETR hello.txt")
    for cmd in ["RETR missing.txt", "RETR readonly-dir"]:
        d = c.pasv()
        transfer(c, d, cmd)
    d = c.pasv()
    transfer(c, d, "STOR readonly-dir/new.txt", "out", payload=b"x\r\n")
    d = c.pasv()
    transfer(c, d, "STOR upload/new.txt", "out", payload=b"upload\r\n")
    c.cmd("REST 100")
    d = c.pasv()
    transfer(c, d, "RETR hello.txt")
    c.cmd("REST 0")
    c.cmd("MLSD hello.txt")
    c.cmd("CWD missing-dir")
    c.cmd("CWD /../..")
    c.cmd("MKD readonly-dir/sub")
    c.cmd("DELE readonly-dir/inside.txt")
    c.cmd("DELE missing.txt")
    c.cmd("RNTO anything")
    c.cmd("RNFR missing.txt")
    c.cmd("RMD /")
    c.cmd("TYPE X")
    c.cmd("MODE B")
    c.cmd("STRU R")
    c.cmd("ABOR")
    c.quit()


@scenario("PORT and EPRT to a closed port, to another address than the client's, to a privileged port, in bad formats and for IPv6; a data connection from a foreign address after PASV.")
def port_refusals():
    c = session()
    p = free_port()
    c.note(f"port {p} has no listener (PORT then LIST)")
    c.cmd(f"PORT 127,0,0,1,{p // 256},{p % 256}")
    c.drain(2)
    c.cmd("PORT 127,0,0,2,4,1")
    c.cmd("PORT 127,0,0,1,0,21")
    c.cmd("PORT 127,0,0,1")
    c.cmd(f"EPRT |2|::1|{free_port()}|")
    c.cmd(f"EPRT |3|x|{free_port()}|")
    c.cmd("EPSV 2")
    d = c.active("PORT")
    transfer(c, d, "NLST")
    c.pasv(connect=False)
    host, port = "127.0.0.1", None
    import re
    m = re.search(r"\((.*)\)", c._lasttext)
    nums = [int(x) for x in m.group(1).split(",")]
    port = nums[4] * 256 + nums[5]
    s = socket.socket()
    s.bind(("127.0.0.2", 0))
    c.note(f"data connection opened to {host}:{port} from 127.0.0.2")
    s.connect((host, port))
    c.drain(2)
    s.close()
    c.cmd("EPSV ALL")
    c.cmd("PASV")
    c.quit()


@scenario("Explicit FTPS: AUTH TLS, PBSZ, PROT S/C/P, a PROT P listing and download, AUTH twice.")
def tls():
    c = Conn(PORT)
    c.cmd("PROT P")
    c.starttls("TLS")
    c.cmd("AUTH TLS")
    c.cmd("PROT P")
    c.cmd("PBSZ 0")
    c.cmd("PROT S")
    c.cmd("PROT X")
    c.cmd("PROT C")
    c.cmd("PROT P")
    c.prot_p = True
    c.login(USER, PASS)
    d = c.pasv()
    transfer(c, d, "LIST")
    d = c.pasv()
    transfer(c, d, "RETR hello.txt")
    c.quit()


@scenario("TLS required (tls_control_required and tls_data_required): USER before AUTH, PASV and PORT before PROT P.")
def tls_required():
    c = Conn(TLSREQ)
    c.cmd("USER " + USER)
    c.starttls("TLS")
    c.login(USER, PASS)
    c.cmd("PASV")
    c.cmd("PORT 127,0,0,1,4,1")
    c.cmd("PBSZ 0")
    c.cmd("PROT P")
    c.prot_p = True
    d = c.pasv()
    transfer(c, d, "NLST")
    c.quit()


@scenario("Limits: a fourth connection from one address (max_cons_per_ip 3), PASV left unconnected (PassiveDTP.timeout 5 s), the idle time-out (timeout 8 s) on a connection that sent nothing, then on one idle after its login.")
def limits():
    conns = [Conn(PORT, label=i) for i in (1, 2, 3)]
    c4 = Conn(PORT, label=4)
    c4.drain(2)
    c4.close()
    for c in conns[1:]:
        c.quit()
    c = conns[0]
    c.login(USER, PASS)
    c.pasv(connect=False)
    c.note("not connecting to the passive port")
    c.reply(timeout=20)
    c.quit()
    c = Conn(PORT, label=5)
    c.note("sending nothing at all")
    c.reply(timeout=20)
    c.drain(2)
    c.close()
    c = session(label=6)
    c.note("sending nothing more after the login")
    c.reply(timeout=20)
    c.close()


def mask(text):
    for p in sorted({PASS, WRONG, "anonymous@example.com"}, key=len, reverse=True):
        text = text.replace(p, "********")
    return text


def build_tree(root):
    home = os.path.join(root, "home")
    for d in ("readonly-dir", "upload", "empty-dir"):
        os.makedirs(os.path.join(home, d), exist_ok=True)
    with open(os.path.join(home, "hello.txt"), "w") as f:
        f.write("Hello from the reply-code lab.\nThis is a test file.\n")
    with open(os.path.join(home, "readonly-dir", "inside.txt"), "w") as f:
        f.write("inside\n")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                    "-subj", "/CN=localhost", "-keyout", os.path.join(root, "lab.pem"),
                    "-out", os.path.join(root, "lab.crt")], check=True, capture_output=True)
    with open(os.path.join(root, "lab.pem"), "a") as f:
        f.write(open(os.path.join(root, "lab.crt")).read())
    return home, os.path.join(root, "lab.pem")


def main():
    names = sys.argv[1:] or list(SCENARIOS)
    root = tempfile.mkdtemp(prefix="pyftpdlib-lab-")
    home, cert = build_tree(root)
    env = dict(os.environ, PYTHONPATH=os.environ["PYFTPDLIB"])
    procs = []
    for mode, port in (("open", PORT), ("tlsreq", TLSREQ)):
        log = open(os.path.join(root, f"{mode}.log"), "w")
        procs.append(subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "pyftpdlib-lab.py"),
                                       mode, str(port), home, cert], env=env, stdout=log, stderr=log))
    time.sleep(1.5)
    try:
        index = json.load(open(INDEX))
        for name in names:
            fn, desc = SCENARIOS[name]
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                try:
                    fn()
                except Exception as e:  # keep what was printed
                    out(f"# client error: {e.__class__.__name__}: {e}")
            text = mask(buf.getvalue())
            fname = f"pyftpdlib-raw-{name}.txt"
            with open(os.path.join(OUT, fname), "w") as f:
                f.write(text)
            index = [e for e in index if e["file"] != fname]
            index.append({"file": fname, "server": SERVER, "client": CLIENT,
                          "command": f"./pyftpdlib-capture.py {name}", "scenario": desc,
                          "exit_code": 0, "date": datetime.date.today().isoformat()})
            print(f"{fname}: {len(text.splitlines())} lines")
        index.sort(key=lambda e: e["file"])
        with open(INDEX, "w") as f:
            json.dump(index, f, indent=2)
            f.write("\n")
    finally:
        for p in procs:
            p.terminate()
            p.wait()
        print("server logs in", root)


if __name__ == "__main__":
    main()
