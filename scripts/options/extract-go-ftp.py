#!/usr/bin/env python3
"""Write tests/fixtures/options/go-ftp.json: what a program using github.com/jlaffaye/ftp can call or set.

Reads the Go sources of a jlaffaye/ftp git repository (default: the mirror fetched for this project; give another
git directory as the first argument) at HEAD, test files left out: every exported function (Dial, DialWithTimeout,
DialWithDisabledEPSV, DialWithExplicitTLS, ...), every exported method (Login, Retr, Stor, ...) and every exported
type, constant and variable.

  python3 scripts/options/extract-go-ftp.py [/path/to/ftp/.git]
"""
import json
import os
import re
import subprocess
import sys

git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/jlaffaye+ftp/repo"


def git(*args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


commit = git("rev-parse", "HEAD").strip()
names = set()
for path in git("ls-tree", "--name-only", "HEAD").split():
    if not path.endswith(".go") or path.endswith("_test.go"):
        continue
    text = git("show", f"HEAD:{path}")
    names.update(re.findall(r"^func\s+(?:\([^)]*\)\s*)?([A-Z]\w*)", text, re.M))
    names.update(re.findall(r"^type\s+([A-Z]\w*)", text, re.M))
    names.update(re.findall(r"^(?:const|var)\s+([A-Z]\w*)", text, re.M))
    for group in re.findall(r"^(?:const|var)\s*\((.*?)^\)", text, re.M | re.S):
        names.update(re.findall(r"^\s+([A-Z]\w*)", group, re.M))
out = {
    "client": "go-ftp",
    "source": f"jlaffaye/ftp at commit {commit[:7]}: exported functions, methods, types, constants and variables (tests left out)",
    "extractedWith": "scripts/options/extract-go-ftp.py",
    "options": sorted(names),
}
dest = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "options", "go-ftp.json")
with open(dest, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
print(f"{len(names)} names -> {os.path.normpath(dest)}")
