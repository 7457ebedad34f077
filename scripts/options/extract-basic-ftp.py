#!/usr/bin/env python3
"""Write tests/fixtures/options/basic-ftp.json: what a program using basic-ftp (Node.js) can call or set.

Reads the TypeScript sources of a basic-ftp git repository (default: the mirror fetched for this project; give
another git directory as the first argument) at HEAD: the public methods and properties of Client and FTPContext
(access, uploadFrom, prepareTransfer, verbose, ...), the fields of AccessOptions and ClientOptions (secure,
secureOptions, allowSeparateTransferHost, ...) and the functions and classes src/ exports (enterPassiveModeIPv4,
FTPError, ...). Names starting with an underscore and protected or private members are left out.

  python3 scripts/options/extract-basic-ftp.py [/path/to/basic-ftp/.git]
"""
import json
import os
import re
import subprocess
import sys

git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/patrickjuchli+basic-ftp/repo"


def git(*args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


commit = git("rev-parse", "HEAD").strip()
version = json.loads(git("show", "HEAD:package.json"))["version"]
names = set()


def block(text, header):
    """The body of the class or interface whose declaration matches header, up to its closing brace at column 0."""
    m = re.search(header, text)
    if not m:
        raise SystemExit(f"not found: {header}")
    rest = text[m.end():]
    return rest[: re.search(r"^}", rest, re.M).start()]


member = re.compile(r"^    (?:readonly\s+|async\s+|get\s+|set\s+|static\s+)*([A-Za-z]\w*)\s*[(:=?<]", re.M)
for path, header in (("src/Client.ts", r"export class Client\b"), ("src/FtpContext.ts", r"export class FTPContext\b")):
    text = git("show", f"HEAD:{path}")
    names.update(n for n in member.findall(block(text, header)) if n != "constructor")
client = git("show", "HEAD:src/Client.ts")
for header in (r"export interface AccessOptions\b", r"export interface ClientOptions\b"):
    names.update(member.findall(block(client, header)))
for path in git("ls-tree", "--name-only", "HEAD", "src/").split():
    if path.endswith(".ts"):
        text = git("show", f"HEAD:{path}")
        names.update(re.findall(r"^export\s+(?:async\s+)?(?:function|class|interface|type|const)\s+(\w+)", text, re.M))
out = {
    "client": "basic-ftp",
    "source": f"patrickjuchli/basic-ftp {version} (commit {commit[:7]}): public members of Client and FTPContext, the fields "
    "of AccessOptions and ClientOptions, and what src/ exports",
    "extractedWith": "scripts/options/extract-basic-ftp.py",
    "options": sorted(names),
}
dest = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "options", "basic-ftp.json")
with open(dest, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
print(f"{len(names)} names -> {os.path.normpath(dest)}")
