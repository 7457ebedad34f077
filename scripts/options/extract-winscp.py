#!/usr/bin/env python3
"""List WinSCP's session setting names as tests/fixtures/options/winscp.json.

Usage: extract-winscp.py GIT_DIR [OUT]
GIT_DIR is a bare clone of github:winscp/winscp (the project used the snapshot whose
source/WinSCP.cbproj says ProductVersion=6.6.3.0); files are read with `git show HEAD:path`,
nothing is built.

Two kinds of name go in:

1. Raw session settings, the names under which a site is stored in the registry or WinSCP.ini and
   which `-rawsettings` and SessionOptions.AddRawSettings take ("FtpPasvMode", "FtpForcePasvIp2",
   "Ftps"): the names written in TSessionData::DoSave() and its helpers in
   source/core/SessionData.cpp, from WRITE_DATA(TYPE, Name), WRITE_DATA_EX(TYPE, L"Name", ...),
   WRITE_DATA_CONV(TYPE, L"Name", ...) and Storage->Write...(L"Name", ...). Checkable.
2. The labels of the Login dialog, the Advanced Site Settings dialog and the Preferences dialog, as
   the documentation names the settings ("Passive mode", "Force IP address for passive mode
   connections", "Encryption"): every Caption and every Items.Strings entry in
   source/forms/Login.dfm, SiteAdvanced.dfm and Preferences.dfm, with the mnemonic "&" removed and
   a trailing ":" or "..." dropped; list items ending in "X" are placeholders that the form's .cpp
   replaces at run time with a resource string (LoadStr(FTPS_IMPLICIT)), so those strings are read
   from source/resource/Texts*.rc instead. Checkable as labels of those dialogs.
"""
import json
import re
import subprocess
import sys

FORMS = ("source/forms/Login.dfm", "source/forms/SiteAdvanced.dfm", "source/forms/Preferences.dfm")
TEXTS = ("source/resource/TextsCore1.rc", "source/resource/TextsCore2.rc", "source/resource/TextsWin1.rc")
ITEM_FROM_TEXT = re.compile(r"->Items->Strings\[[^\]]*\] = LoadStr\((\w+)\)")
RC_STRING = re.compile(r'^\s*(\w+), "((?:[^"\\]|\\.)*)"', re.M)
WRITE_DATA = re.compile(r"\bWRITE_DATA\(\s*\w+\s*,\s*(\w+)\s*\)")
WRITE_DATA_NAMED = re.compile(r"\bWRITE_DATA_(?:EX|CONV)\(\s*\w+\s*,\s*L\"(\w+)\"")
STORAGE_WRITE = re.compile(r"Storage->Write\w+\(\s*L\"(\w+)\"")
CAPTION = re.compile(r"^\s*Caption = (.+)$")
DFM_STRING = re.compile(r"'((?:[^']|'')*)'|#(\d+)")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True,
                          text=True, encoding="utf-8", errors="replace").stdout


def dfm_text(expr):
    """A Delphi string expression ('a' + 'b', #39, 'It''s') as text."""
    out = []
    for m in DFM_STRING.finditer(expr):
        out.append(m.group(1).replace("''", "'") if m.group(1) is not None else chr(int(m.group(2))))
    return "".join(out)


def label(text):
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    for end in ("...", ":"):
        if text.endswith(end):
            text = text[: -len(end)].rstrip()
    return text or None


def form_labels(source):
    names, lines, i = set(), source.split("\n"), 0
    while i < len(lines):
        line = lines[i]
        m = CAPTION.match(line)
        if m:
            expr = m.group(1)
            while expr.rstrip().endswith("+") and i + 1 < len(lines):
                i += 1
                expr += lines[i]
            text = dfm_text(expr)
            if not text.endswith("X"):  # a placeholder, as for list items below
                names.add(label(text))
        elif line.strip() == "Items.Strings = (":
            i += 1
            while i < len(lines):
                item = lines[i].strip()
                text = dfm_text(item.rstrip(")"))
                if not text.endswith("X"):  # a placeholder the .cpp replaces at run time
                    names.add(label(text))
                if item.endswith(")"):
                    break
                i += 1
        i += 1
    return {n for n in names if n}


def main():
    gitdir = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else None
    version = re.search(r"ProductVersion=([0-9.]+)", git(gitdir, "show", "HEAD:source/WinSCP.cbproj")).group(1)
    session = git(gitdir, "show", "HEAD:source/core/SessionData.cpp")
    start = session.index("void __fastcall TSessionData::DoSave(")
    end = session.index("void __fastcall TSessionData::", start + 10)
    save = session[start:end]
    raw = set(WRITE_DATA.findall(save)) | set(WRITE_DATA_NAMED.findall(save)) | set(STORAGE_WRITE.findall(save))
    labels = set()
    texts = {}
    for rc in TEXTS:
        texts.update(RC_STRING.findall(git(gitdir, "show", f"HEAD:{rc}")))
    for form in FORMS:
        labels |= form_labels(git(gitdir, "show", f"HEAD:{form}"))
        code = git(gitdir, "show", "HEAD:" + form[:-len(".dfm")] + ".cpp")
        labels |= {label(texts[name]) for name in ITEM_FROM_TEXT.findall(code) if name in texts}
    result = {
        "client": "WinSCP",
        "source": (
            f"WinSCP {version} source (github:winscp/winscp): the raw session setting names written by "
            "TSessionData::DoSave() in source/core/SessionData.cpp, and the Caption and Items.Strings "
            "texts of source/forms/Login.dfm, SiteAdvanced.dfm and Preferences.dfm and the resource strings "
            "their .cpp files put into list items (the dialog labels the documentation uses), mnemonic & "
            "and trailing colon removed; both checkable"
        ),
        "extractedWith": "scripts/options/extract-winscp.py",
        "options": sorted(raw | labels),
    }
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
