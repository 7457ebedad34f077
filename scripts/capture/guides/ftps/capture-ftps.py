#!/usr/bin/env python3
"""Run one FTPS guide capture, mask the password, save the transcript, record it in
tests/fixtures/transcripts/index-g-ftps.json.

Usage: capture-ftps.py SERVER CLIENT SCENARIO "one-sentence description" -- COMMAND...
COMMAND runs with bash -c from this folder, stdout and stderr merged, the password in $FTP_PASS.
Masking is scripts/capture/capture.py's.
"""
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from capture import mask  # noqa: E402  (same masking as the lab's captures)

OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "fixtures", "transcripts")
INDEX = os.path.join(OUT, "index-g-ftps.json")
SERVERS = {
    "vsftpd": "vsftpd 3.0.3 (Debian package 3.0.3-13+b2)",
    "proftpd": "ProFTPD 1.3.8 (Debian package proftpd-core 1.3.8+dfsg-4+deb12u5)",
    "pureftpd": "Pure-FTPd 1.0.50 [privsep] (Debian package pure-ftpd 1.0.50-2.1+b2)",
}
CLIENTS = {
    "curl": "curl 7.88.1 (Debian package 7.88.1-10+deb12u15, OpenSSL/3.0.22)",
    "lftp": "lftp 4.9.2 (Debian package 4.9.2-2+b1)",
    "ftplib": "Python 3.11.2 ftplib (Debian 12 python3.11 3.11.2-6+deb12u6)",
    "php": "PHP 8.2.36 ftp extension (Debian 12 php8.2-cli 8.2.36-1~deb12u1)",
}


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    server, client, scen, desc = args[:sep]
    command = " ".join(args[sep + 1:])
    p = subprocess.run(["bash", "-c", command], cwd=HERE, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=dict(os.environ))
    text = mask(p.stdout.decode("utf-8", "replace"))
    name = f"{server}-{client}-{scen}.txt"
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)
    index = json.load(open(INDEX)) if os.path.exists(INDEX) else []
    index = [e for e in index if e["file"] != name]
    index.append({
        "file": name,
        "server": SERVERS[server],
        "client": CLIENTS[client],
        "command": command + " (run from scripts/capture/guides/ftps/)",
        "scenario": desc,
        "exit_code": p.returncode,
        "date": datetime.date.today().isoformat(),
    })
    index.sort(key=lambda e: e["file"])
    with open(INDEX, "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")
    print(f"{name}: {len(text.splitlines())} lines, exit {p.returncode}")


if __name__ == "__main__":
    main()
