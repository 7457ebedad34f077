#!/usr/bin/env python3
"""Hold N logged-in FTP sessions on 127.0.0.1:PORT for SECONDS, then QUIT them; prints nothing.
Usage: hold.py PORT N SECONDS   (user FTP_USER, password FTP_PASS)
Used to fill a server's per-address limit while a client under test connects."""
import os
import socket
import sys
import time

port, n, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
user, password = os.environ["FTP_USER"], os.environ["FTP_PASS"]


def reply(f):
    line = f.readline()
    while len(line) > 3 and line[3:4] == "-":
        line = f.readline()
    return line


socks = []
for _ in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    f = s.makefile("r", encoding="latin-1", newline="\r\n")
    reply(f)
    for cmd in (f"USER {user}", f"PASS {password}"):
        s.sendall(cmd.encode() + b"\r\n")
        reply(f)
    socks.append((s, f))
time.sleep(seconds)
for s, f in socks:
    s.sendall(b"QUIT\r\n")
    reply(f)
    s.close()
