#!/usr/bin/env python3
"""Write tests/fixtures/options/python-ftplib.json: what a program using ftplib can set or call.

Reads ftplib.py (the one the running python3 imports, or the path given as the first argument) with
the ast module: the module's public classes and all_errors, the public methods of the classes FTP and FTP_TLS, their public class attributes
(trust_server_pasv_ipv4_address, ...), the attributes __init__ sets from its parameters, and the
keyword parameters of __init__ and connect(). Names starting with an underscore are left out.

  /usr/bin/python3 scripts/options/extract-python-ftplib.py [path/to/ftplib.py]
"""
import ast
import json
import os
import platform
import sys

path = sys.argv[1] if len(sys.argv) > 1 else __import__("ftplib").__file__
tree = ast.parse(open(path, encoding="utf-8").read())

names = set()
# module level: the public classes (FTP, FTP_TLS, the exception classes) and all_errors
for node in tree.body:
    if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
        names.add(node.name)
    elif isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id == "all_errors":
                names.add(target.id)
    elif isinstance(node, (ast.If, ast.Try)):  # FTP_TLS is defined inside "try: import ssl"
        for sub in ast.walk(node):
            if isinstance(sub, ast.ClassDef):
                names.add(sub.name)
for node in ast.walk(tree):
    if not (isinstance(node, ast.ClassDef) and node.name in {"FTP", "FTP_TLS"}):
        continue
    for item in node.body:
        if isinstance(item, ast.FunctionDef):
            if not item.name.startswith("_"):
                names.add(item.name)
            if item.name in {"__init__", "connect"}:
                for arg in item.args.args[1:] + item.args.kwonlyargs:
                    names.add(arg.arg)
        elif isinstance(item, ast.Assign):
            for target in item.targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    names.add(target.id)

out = {
    "client": "python-ftplib",
    "source": f"ftplib.py of Python {platform.python_version()} ({path}): public classes, all_errors, public methods, class attributes "
    "and constructor/connect() parameters of FTP and FTP_TLS",
    "extractedWith": "scripts/options/extract-python-ftplib.py",
    "options": sorted(names),
}
dest = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "options", "python-ftplib.json")
with open(dest, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
print(f"{len(names)} names -> {os.path.normpath(dest)}")
