#!/usr/bin/env python3
"""List every setting pyftpdlib has, from its shipped source, as tests/fixtures/settings/pyftpdlib.json.

Usage: extract-pyftpdlib.py DIST_PACKAGES [OUT]
DIST_PACKAGES is usr/lib/python3/dist-packages of the Debian package python3-pyftpdlib unpacked with
`apt-get download python3-pyftpdlib && dpkg-deb -x python3-pyftpdlib_*.deb DIR`.

A setting is what a program that starts pyftpdlib sets or passes:
- a public class attribute (not an event-method alias, handle_*) in the body of a handler or server class (FTPHandler, TLS_FTPHandler,
  DTPHandler, ThrottledDTPHandler, PassiveDTP, ActiveDTP, FTPServer and its subclasses);
- a public method of an authorizer class, and every keyword parameter of those methods
  (perm, msg_login, global_perm, allowed_users, ...).
The source is parsed with ast, never imported.
"""
import ast
import json
import os
import re
import sys

HANDLER_CLASSES = {"FTPHandler", "TLS_FTPHandler", "DTPHandler", "TLS_DTPHandler",
                   "ThrottledDTPHandler", "PassiveDTP", "ActiveDTP"}
SERVER_CLASSES = {"FTPServer", "ThreadedFTPServer", "MultiprocessFTPServer"}
AUTHORIZER_CLASSES = {"DummyAuthorizer", "UnixAuthorizer", "WindowsAuthorizer"}


def classes(tree):
    """Every class definition, also those nested in if/try blocks."""
    return [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]


def attributes(cls):
    names = []
    for node in cls.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for t in targets:
            if isinstance(t, ast.Name) and not t.id.startswith(("_", "handle_")):
                names.append(t.id)
        if isinstance(node, ast.If):  # e.g. `if hasattr(SSL, ...): ssl_options |= ...`
            names += attributes(ast.ClassDef(name="", bases=[], keywords=[], body=node.body,
                                             decorator_list=[]))
    return names


def methods_and_parameters(cls):
    names = []
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            names.append(node.name)
        if isinstance(node, ast.FunctionDef) and (not node.name.startswith("_") or node.name == "__init__"):
            args = node.args.args + node.args.kwonlyargs
            names += [a.arg for a in args if a.arg not in ("self", "cls") and not a.arg.startswith("_")]
    return names


def main():
    base = os.path.join(sys.argv[1], "pyftpdlib")
    out = sys.argv[2] if len(sys.argv) > 2 else None
    version = re.search(r"__ver__ = '([^']+)'", open(os.path.join(base, "__init__.py")).read()).group(1)
    found = {}
    for fname, wanted, how in (("handlers.py", HANDLER_CLASSES, attributes),
                               ("servers.py", SERVER_CLASSES, attributes),
                               ("authorizers.py", AUTHORIZER_CLASSES, methods_and_parameters)):
        tree = ast.parse(open(os.path.join(base, fname)).read())
        for cls in classes(tree):
            if cls.name in wanted:
                for name in how(cls):
                    found.setdefault(name, set()).add(f"{fname}:{cls.name}")
    # authorizer attributes set in __init__ that handlers read (msg_*), and the class-level ones of _Base
    tree = ast.parse(open(os.path.join(base, "authorizers.py")).read())
    for cls in classes(tree):
        if cls.name in ("_Base", "DummyAuthorizer"):
            for name in attributes(cls):
                found.setdefault(name, set()).add(f"authorizers.py:{cls.name}")
    doc = {
        "server": "pyftpdlib",
        "source": (f"pyftpdlib {version} as shipped in Debian 12 (python3-pyftpdlib 1.5.7-3, unpacked with "
                   "dpkg-deb -x): public class attributes of FTPHandler, TLS_FTPHandler, DTPHandler, "
                   "TLS_DTPHandler, ThrottledDTPHandler, PassiveDTP and ActiveDTP (handlers.py) and of "
                   "FTPServer and its subclasses (servers.py); public methods of DummyAuthorizer, "
                   "UnixAuthorizer and WindowsAuthorizer with their keyword parameters, and the class "
                   "attributes of DummyAuthorizer and _Base (authorizers.py); read with Python's ast by "
                   "scripts/settings/extract-pyftpdlib.py"),
        "settings": sorted(found, key=str.lower),
    }
    text = json.dumps(doc, indent=2) + "\n"
    if out:
        open(out, "w").write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
