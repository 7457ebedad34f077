#!/usr/bin/env python3
"""Run one capture for the passive-mode guide, mask passwords, save the transcript in
tests/fixtures/transcripts/ and record it in index-g-pasv.json (same fields as index.json).

Usage: capture.py SERVER CLIENT SCENARIO "one-sentence description" -- COMMAND...
COMMAND runs with bash -c from scripts/capture/ (as for ../../capture.py), stdout and stderr merged.
"""
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, BASE)
os.environ.setdefault("FTP_PASS", "unused-anonymous-only")
import capture  # noqa: E402  (its mask() and version strings)

OUT = os.path.normpath(os.path.join(BASE, "..", "..", "tests", "fixtures", "transcripts"))
INDEX = os.path.join(OUT, "index-g-pasv.json")
CLIENTS = dict(capture.CLIENT_VERSIONS)
CLIENTS["curl"] = "curl 7.88.1 (Debian package 7.88.1-10+deb12u15, OpenSSL/3.0.22)"
CLIENTS["ftplib"] = "Python 3.11.2 ftplib (Debian 12 python3.11 3.11.2)"


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    server, client, scen, desc = args[:sep]
    command = " ".join(args[sep + 1:])
    p = subprocess.run(["bash", "-c", command], cwd=BASE, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=dict(os.environ))
    text = capture.mask(p.stdout.decode("utf-8", "replace"))
    name = f"{server}-{client}-{scen}.txt"
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)
    index = json.load(open(INDEX)) if os.path.exists(INDEX) else []
    index = [e for e in index if e["file"] != name]
    index.append({
        "file": name,
        "server": capture.SERVER_VERSIONS[server],
        "client": CLIENTS[client],
        "command": command,
        "scenario": desc,
        "exit_code": p.returncode,
        "date": datetime.date.today().isoformat(),
    })
    index.sort(key=lambda e: e["file"])
    with open(INDEX, "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")
    print(f"{name}: exit {p.returncode}")


if __name__ == "__main__":
    main()
