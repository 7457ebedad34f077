#!/usr/bin/env python3
"""A minimal inetd for the lab: listen on 127.0.0.1:PORT and, for every connection, run COMMAND
with the connection as its standard input and output (how inetd, xinetd and systemd socket units
start vsftpd when listen=NO).  Usage: inetd.py PORT COMMAND..."""
import signal
import socket
import subprocess
import sys

port, command = int(sys.argv[1]), sys.argv[2:]
signal.signal(signal.SIGCHLD, signal.SIG_IGN)   # no zombies
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(8)
while True:
    conn, _ = srv.accept()
    subprocess.Popen(command, stdin=conn.fileno(), stdout=conn.fileno(), stderr=subprocess.DEVNULL)
    conn.close()
