#!/usr/bin/env python3
"""List FileZilla's (the client's) setting names as tests/fixtures/options/filezilla.json.

Usage: extract-filezilla.py ROOT [OUT]
ROOT is a directory into which the Debian 12 packages were unpacked, nothing installed:
    apt-get download filezilla filezilla-common
    for f in filezilla*.deb; do dpkg-deb -x "$f" ROOT; done

Two kinds of name go in, both read from what the packages ship:

1. The keys of filezilla.xml (Settings are stored as <Setting name="Use Pasv mode">). They are
   narrow string literals in the binaries, one after another in the order of the option tables:
   the engine's options in libfzclient-private (from "Use Pasv mode" to "Minimum TLS Version")
   and the interface's options in /usr/bin/filezilla (from "Number of Transfers" up to the first
   string after the table, "XDG_CACHE_HOME"). Checkable: each is a real key.
2. The labels of the settings dialogs and the Site Manager as a reader sees them in English: the
   msgids of filezilla.mo (the union over every language), one line each, without a format
   directive (%), not ending like a sentence (. ! ?), at most 80 characters, with the keyboard
   mnemonic "&" removed and a trailing ":" dropped ("&Transfer mode:" -> "Transfer mode").
   Checkable only as spelling: the rule also lets through headings and status words, so a name
   in this list is a real English text of FileZilla, not necessarily a control.
"""
import glob
import json
import os
import re
import struct
import sys

PRINTABLE = re.compile(rb"[\x20-\x7e]{4,}")


def strings(path):
    with open(path, "rb") as f:
        return [m.group().decode("ascii") for m in PRINTABLE.finditer(f.read())]


def block(items, first, stop, inclusive):
    start = items.index(first)
    end = items.index(stop, start)
    return items[start:end + 1 if inclusive else end]


def msgids(path):
    data = open(path, "rb").read()
    n, table = struct.unpack("<I", data[8:12])[0], struct.unpack("<I", data[12:16])[0]
    out = []
    for i in range(n):
        length, offset = struct.unpack("<II", data[table + 8 * i:table + 8 * i + 8])
        out.append(data[offset:offset + length].decode("utf-8"))
    return out


def label(msgid):
    text = msgid.split("\0")[0]  # a plural entry: keep the singular
    if not text or "\n" in text or "%" in text or len(text) > 80:
        return None
    if text.endswith((".", "!", "?", "...")):
        return None
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text[:-1] if text.endswith(":") else text
    return text.strip() or None


def main():
    root = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else None
    lib = glob.glob(os.path.join(root, "usr/lib/*/libfzclient-private-*.so"))[0]
    version = re.search(r"libfzclient-private-([0-9.]+)\.so", lib).group(1)
    names = set(block(strings(lib), "Use Pasv mode", "Minimum TLS Version", True))
    names |= set(block(strings(os.path.join(root, "usr/bin/filezilla")),
                       "Number of Transfers", "XDG_CACHE_HOME", False))
    labels = set()
    for mo in glob.glob(os.path.join(root, "usr/share/locale/*/LC_MESSAGES/filezilla.mo")):
        labels |= {t for t in map(label, msgids(mo)) if t}
    result = {
        "client": "FileZilla",
        "source": (
            f"FileZilla {version}, Debian 12 packages filezilla and filezilla-common 3.63.0-1+deb12u3: "
            "the setting keys of filezilla.xml as string literals in libfzclient-private-3.63.0.so "
            "(engine options, from \"Use Pasv mode\" to \"Minimum TLS Version\") and /usr/bin/filezilla "
            "(interface options, from \"Number of Transfers\"), which are checkable names; and the "
            "English labels of its dialogs, the single-line msgids of every filezilla.mo without a "
            "format directive and not ending like a sentence, with the mnemonic & and a trailing colon "
            "removed, which check only that a label is spelt as FileZilla spells it"
        ),
        "extractedWith": "scripts/options/extract-filezilla.py",
        "options": sorted(names | labels),
    }
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
