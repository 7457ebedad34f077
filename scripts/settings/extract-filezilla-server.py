#!/usr/bin/env python3
"""List the setting names of FileZilla Server 1.x, from the XML serialization code of its source,
as tests/fixtures/settings/filezilla-server.json.

Usage: extract-filezilla-server.py GIT_DIR [OUT]
GIT_DIR is a bare clone of a repository holding the FileZilla Server 1.x source (the project used
the mirror github:sig-rodv/filezilla-server, version 1.7.3 by its configure.ac); files are read with
`git show HEAD:path`, nothing is built.

FileZilla Server stores its settings in XML files (settings.xml, users.xml, groups.xml,
allowed_ips.xml, disallowed_ips.xml). Every element or attribute name in them is the string given to
nvp(), optional_nvp(), attribute() or optional_attribute() in a serialize() function, or the
variable named in the FZ_NVP() family of macros. The script
takes those strings from the files that describe the configuration: src/server/server_settings.hpp,
the serialization types under src/filezilla/serialization/types/, and the authentication and tvfs
types that users.xml and groups.xml are made of.
"""
import json
import re
import subprocess
import sys

FILES_UNDER = ("src/server/server_settings.hpp", "src/server/legacy_options.hpp",
               "src/filezilla/serialization/types/", "src/filezilla/authentication/",
               "src/filezilla/tvfs/", "src/filezilla/tcp/", "src/filezilla/logger/",
               "src/filezilla/acme/", "src/filezilla/update/", "src/filezilla/securable_socket.hpp",
               "src/filezilla/ftp/", "src/filezilla/rmp/address_info.hpp")
CALL = re.compile(r"\b(?:optional_)?(?:nvp|attribute)\s*\(")
MACRO = re.compile(r"\bFZ_NVP\w*\(\s*(\w+)")  # FZ_NVP(port) names the element after the variable
STRING = re.compile(r'"([A-Za-z_][A-Za-z0-9_:.-]*)"')


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True,
                          text=True).stdout


def call_args(text, start):
    """The text of the argument list of the call whose '(' is at start-1, up to the matching ')'."""
    depth, i = 1, start
    while i < len(text) and depth:
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
        elif text[i] == '"':
            i = text.index('"', i + 1)
        i += 1
    return text[start:i - 1]


def main():
    gitdir = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else None
    version = re.search(r"AC_INIT\(\s*\[FileZilla Server\],\s*\[([^\]]+)\]",
                        git(gitdir, "show", "HEAD:configure.ac")).group(1)
    files = [f for f in git(gitdir, "ls-tree", "-r", "--name-only", "HEAD").split("\n")
             if f.endswith((".hpp", ".cpp")) and f.startswith(FILES_UNDER)]
    names = set()
    for f in files:
        text = git(gitdir, "show", f"HEAD:{f}")
        for m in CALL.finditer(text):
            args = call_args(text, m.end())
            # the value is the first argument; the names are the string literals after it
            names.update(STRING.findall(args))
        names.update(n for n in MACRO.findall(text) if n not in ("value", "has_value"))
    doc = {
        "server": "FileZilla Server",
        "source": (f"FileZilla Server {version} source (mirror github:sig-rodv/filezilla-server, "
                   "configure.ac AC_INIT version): every element and attribute name passed to nvp(), "
                   "optional_nvp(), attribute(), optional_attribute() and the FZ_NVP macros in src/server/server_settings.hpp, "
                   "src/server/legacy_options.hpp and the serialization, authentication, tvfs, tcp, logger, "
                   "acme, update and ftp code under src/filezilla/; read with git show by "
                   "scripts/settings/extract-filezilla-server.py"),
        "settings": sorted(names, key=str.lower),
    }
    text = json.dumps(doc, indent=2) + "\n"
    if out:
        open(out, "w").write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
