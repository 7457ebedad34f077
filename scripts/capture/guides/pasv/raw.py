#!/usr/bin/env python3
"""Raw sessions for the passive-mode guide, printed in ftpraw.py's format (C:, S:, D:, # lines).

Usage: raw.py SCENARIO PORT [N]
  range-busy PORT N   N+1 anonymous sessions each send PASV and hold the port the server names
                      without connecting (N = the size of the server's passive range); then the
                      last one lists, and the first one lists.
  port-disabled PORT  PORT and EPRT on a server that refuses active mode, then PASV and a listing.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from ftpraw import Conn, transfer  # noqa: E402


def login(port, label=None):
    c = Conn(port, label=label)
    c.cmd("USER anonymous")
    if c.last == 331:
        c.cmd("PASS anonymous@example.com")
    return c


def range_busy(port, n):
    conns, held = [], []
    for i in range(1, n + 2):
        c = login(port, label=i)
        conns.append(c)
        held.append(c.pasv(connect=False))
    last = conns[-1]
    d = held[-1]
    if d is not None:
        try:
            d.sock = __import__("socket").create_connection((d.host, d.port), timeout=5)
            last.note(f"data connection opened to {d.host}:{d.port}")
        except OSError as e:
            last.note(f"data connection to {d.host}:{d.port} failed: {e}")
            d = None
    transfer(last, d, "LIST")
    first = conns[0]
    d = held[0]
    if d is not None:
        try:
            d.sock = __import__("socket").create_connection((d.host, d.port), timeout=5)
            first.note(f"data connection opened to {d.host}:{d.port}")
        except OSError as e:
            first.note(f"data connection to {d.host}:{d.port} failed: {e}")
            d = None
    transfer(first, d, "LIST")
    for c in reversed(conns):
        c.quit()


def port_disabled(port):
    c = login(port)
    for cmd in ("PORT", "EPRT"):
        d = c.active(cmd)
        if d is not None:
            transfer(c, d, "LIST")
    d = c.pasv()
    transfer(c, d, "LIST")
    c.quit()


if __name__ == "__main__":
    scen, port = sys.argv[1], int(sys.argv[2])
    if scen == "range-busy":
        range_busy(port, int(sys.argv[3]))
    elif scen == "port-disabled":
        port_disabled(port)
    else:
        sys.exit(__doc__)
