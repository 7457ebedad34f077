#!/usr/bin/env python3
"""Write tests/fixtures/transcripts/expected/NAME.json for this guide's client captures (the
files in index-g-pasv.json that are not raw): the server's replies, code and first-line text,
read from the lines the client marks as the server's (curl "< ", lftp "<--- ", ftplib "*resp* ")
and grouped into replies by RFC 959 section 4.2. Check each list by eye against its transcript."""
import ast
import json
import os
import re

T = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                                  "tests", "fixtures", "transcripts"))
FIRST = re.compile(r"^([1-6]\d\d)([ -])(.*)$")


def server_lines(text):
    for line in text.splitlines():
        if line.startswith("< "):
            yield line[2:]
        elif line.startswith("<--- "):
            yield line[5:]
        elif line.startswith("*resp* "):
            yield from ast.literal_eval(line[7:]).split("\n")


def replies(lines):
    out, open_code = [], None
    for line in lines:
        if open_code is not None:
            if line.startswith(f"{open_code} ") or line == str(open_code):
                open_code = None
            continue
        m = FIRST.match(line)
        if not m:
            continue
        out.append({"code": int(m.group(1)), "text": m.group(3).strip()})
        if m.group(2) == "-":
            open_code = m.group(1)
    return out


for e in json.load(open(os.path.join(T, "index-g-pasv.json"))):
    if "-raw-" in e["file"]:
        continue
    r = replies(server_lines(open(os.path.join(T, e["file"])).read()))
    with open(os.path.join(T, "expected", e["file"].replace(".txt", ".json")), "w") as f:
        json.dump(r, f, indent=2)
        f.write("\n")
    print(e["file"], len(r))
