#!/usr/bin/env python3
"""Write tests/fixtures/options/commons-net.json: what a program using Apache Commons Net's FTP client can call or set.

Reads the Java sources of a commons-net git repository (default: the mirror fetched for this project; give another
git directory as the first argument) at HEAD: the public methods of SocketClient, FTP, FTPClient and FTPSClient
(enterLocalPassiveMode, setRemoteVerificationEnabled, ...), their public static final constants (BINARY_FILE_TYPE,
...), and the names of the public classes a program meets in the ftp, io and top packages (FTPClient,
FTPConnectionClosedException, CopyStreamException, PrintCommandListener, ...).

  python3 scripts/options/extract-commons-net.py [/path/to/commons-net/.git]
"""
import json
import os
import re
import subprocess
import sys

git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/apache+commons-net/repo"


def git(*args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


commit = git("rev-parse", "HEAD").strip()
base = "src/main/java/org/apache/commons/net/"
classes = [
    base + "SocketClient.java",
    base + "ftp/FTP.java",
    base + "ftp/FTPClient.java",
    base + "ftp/FTPSClient.java",
    base + "ftp/FTPReply.java",
]
names = set()
method = re.compile(r"^\s*public\s+(?:static\s+)?(?:final\s+)?(?:synchronized\s+)?(?:<[^>]+>\s+)?[\w.<>\[\], ]+?\s+(\w+)\s*\(", re.M)
constant = re.compile(r"^\s*public\s+static\s+final\s+[\w.<>\[\]]+\s+([A-Z][A-Z0-9_]*)\s*=", re.M)
for path in classes:
    text = git("show", f"HEAD:{path}")
    names.update(m.group(1) for m in method.finditer(text))
    names.update(m.group(1) for m in constant.finditer(text))
# the public classes of the packages a program uses for FTP (their file names)
for folder in ("ftp/", "io/", ""):
    for path in git("ls-tree", "--name-only", f"HEAD:{base}{folder}").split():
        if path.endswith(".java") and path != "package-info.java":
            names.add(path[:-5])
out = {
    "client": "commons-net",
    "source": f"apache/commons-net at commit {commit[:7]}: public methods and public static final constants of SocketClient, "
    "FTP, FTPClient, FTPSClient and FTPReply, and the classes of org.apache.commons.net, .ftp and .io",
    "extractedWith": "scripts/options/extract-commons-net.py",
    "options": sorted(names),
}
dest = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "options", "commons-net.json")
with open(dest, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
print(f"{len(names)} names -> {os.path.normpath(dest)}")
