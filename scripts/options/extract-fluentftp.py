#!/usr/bin/env python3
"""Write tests/fixtures/options/fluentftp.json: what a program using FluentFTP can set or call.

Reads the C# sources of a FluentFTP git repository (default: the mirror fetched for this project; give another git
directory as the first argument) at HEAD: the public properties of FtpConfig, written as the program writes them
(Config.DataConnectionType, Config.EncryptionMode, ...); the public methods, properties and events of the client
classes (Connect, AutoConnect, ValidateCertificate, ...); the members of the enums a Config property takes, written
with the enum's name (FtpDataConnectionType.PASV, FtpEncryptionMode.Explicit, ...); and the public exception classes.

  python3 scripts/options/extract-fluentftp.py [/path/to/FluentFTP/.git]
"""
import json
import os
import re
import subprocess
import sys

git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/robinrodricks+FluentFTP/repo"


def git(*args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True).stdout


commit = git("rev-parse", "HEAD").strip()
files = git("ls-tree", "-r", "--name-only", "HEAD", "FluentFTP/").split()
names = set()
prop = re.compile(r"^\s*public\s+(?:virtual\s+|override\s+|static\s+)*[\w.<>\[\]?, ]+?\s+(\w+)\s*(?:\{|=>)", re.M)
method = re.compile(r"^\s*public\s+(?:virtual\s+|override\s+|static\s+|async\s+|new\s+)*[\w.<>\[\]?, ]+?\s+(\w+)\s*(?:<[^>]*>)?\s*\(", re.M)
event = re.compile(r"^\s*public\s+(?:virtual\s+)?event\s+[\w.<>]+\s+(\w+)", re.M)
config = git("show", "HEAD:FluentFTP/Model/FtpConfig.cs")
for m in prop.finditer(config):
    names.add("Config." + m.group(1))
client_dirs = ("FluentFTP/Client/",)
for path in files:
    if not path.endswith(".cs"):
        continue
    if path.startswith(client_dirs) and "/Modules/" not in path:
        text = git("show", f"HEAD:{path}")
        names.update(m.group(1) for m in method.finditer(text))
        names.update(m.group(1) for m in prop.finditer(text))
        names.update(m.group(1) for m in event.finditer(text))
    elif path.startswith("FluentFTP/Exceptions/"):
        names.add(os.path.basename(path)[:-3])
# the enums whose members a program assigns to Config properties
enum_files = {"FtpDataConnectionType", "FtpEncryptionMode", "FtpIpVersion", "FtpDataType", "FtpRemoteExists", "FtpVerify", "FtpListOption", "FtpError"}
for path in files:
    name = os.path.basename(path)[:-3]
    if path.startswith("FluentFTP/Enums/") and name in enum_files:
        body = git("show", f"HEAD:{path}")
        body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
        body = re.sub(r"//.*|\[[^\]\n]*\]", "", body)
        found = re.search(r"\benum\s+" + name + r"\b", body)
        if not found:
            continue
        body = body[found.start():]
        for m in re.finditer(r"^\s*([A-Z]\w*)\s*(?:=[^,\n]*)?,?\s*$", body[body.index("{") + 1:body.index("}")], re.M):
            names.add(f"{name}.{m.group(1)}")
names = {n for n in names if n not in {"if", "for", "while", "return", "new"}}
out = {
    "client": "fluentftp",
    "source": f"robinrodricks/FluentFTP at commit {commit[:7]}: FtpConfig properties (as Config.Name), public methods, "
    "properties and events of FluentFTP/Client, members of the enums Config takes (as Enum.Member), exception classes",
    "extractedWith": "scripts/options/extract-fluentftp.py",
    "options": sorted(names),
}
dest = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "options", "fluentftp.json")
with open(dest, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
print(f"{len(names)} names -> {os.path.normpath(dest)}")
