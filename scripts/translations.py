#!/usr/bin/env python3
"""SignTally translations: keep resources/translations/signtally_en.ts in step
with the tr() strings in src/ and fill it from a hand-written dictionary.

  scripts/translations.py update   # lupdate over src/, then fill, then check
  scripts/translations.py fill     # fill unfinished entries from the dictionary
  scripts/translations.py check    # list unfinished or suspicious entries (exit 1 if any)
  scripts/translations.py missing  # print dictionary lines to write for unfinished entries

The dictionary, resources/translations/en-dictionary.tsv, has one line per
string: CONTEXT <TAB> VIETNAMESE SOURCE <TAB> ENGLISH [<TAB> ENGLISH PLURAL].
CONTEXT may be empty (the line then serves that source in every context).
Newlines, tabs and backslashes are written \\n, \\t and \\\\. Lines starting
with # are comments. Entries with %n (plural forms) take the singular in the
third column and the plural in the fourth.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "resources", "translations", "signtally_en.ts")
DICT = os.path.join(ROOT, "resources", "translations", "en-dictionary.tsv")
VIETNAMESE_LETTERS = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def qt_tool(name, given=None):
    if given:
        return given
    for d in ("/usr/lib/qt6/bin", "/usr/lib/qt6/libexec"):
        p = os.path.join(d, name)
        if os.access(p, os.X_OK):
            return p
    found = shutil.which(name + "6") or shutil.which(name)
    if not found:
        sys.exit(f"translations: {name} not found (install qt6-l10n-tools)")
    return found


def load_dictionary(path=DICT):
    table = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) not in (3, 4):
                sys.exit(f"{path}:{number}: expected 3 or 4 tab-separated columns, got {len(cols)}")
            context, source = cols[0], unescape(cols[1])
            forms = [unescape(c) for c in cols[2:]]
            if not all(forms):
                sys.exit(f"{path}:{number}: empty translation")
            table[(context, source)] = forms
    return table


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def translation_forms(message):
    t = message.find("translation")
    if t is None:
        return None, []
    forms = t.findall("numerusform")
    if message.get("numerus") == "yes":
        return t, [f.text or "" for f in forms]
    return t, [t.text or ""]


def problems(ts_path=TS):
    root = ET.parse(ts_path).getroot()
    found = []
    for context, message in messages(root):
        source = message.findtext("source", "")
        t, forms = translation_forms(message)
        where = f"{context}: {source!r}"
        if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
            found.append(f"unfinished  {where}")
            continue
        if not forms or not all(f.strip() for f in forms):
            found.append(f"empty       {where}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if VIETNAMESE_LETTERS.search(form) and form == source:
                found.append(f"untranslated {where}")
            got = sorted(set(PLACEHOLDER.findall(form)))
            # An English singular may drop %n ("Delete one cell"); every %1.. must stay.
            if message.get("numerus") == "yes":
                wanted_n = [p for p in wanted if p != "%n"]
                got_n = [p for p in got if p != "%n"]
                if wanted_n != got_n:
                    found.append(f"placeholders {where}: {form!r}")
            elif got != wanted:
                found.append(f"placeholders {where}: {form!r}")
    return found


def fill(ts_path=TS, force=False):
    table = load_dictionary()
    tree = ET.parse(ts_path)
    root = tree.getroot()
    filled = missing = 0
    for context, message in messages(root):
        source = message.findtext("source", "")
        t = message.find("translation")
        if t is None:
            t = ET.SubElement(message, "translation")
        if t.get("type") != "unfinished" and not force:
            continue
        forms = table.get((context, source)) or table.get(("", source))
        if not forms:
            missing += 1
            continue
        for child in list(t):
            t.remove(child)
        if message.get("numerus") == "yes":
            plural = forms[1] if len(forms) > 1 else forms[0]
            t.text = None
            for form in (forms[0], plural):
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = forms[0]
        t.attrib.pop("type", None)
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lconvert writes the file back in Qt's own layout, so diffs stay small.
    subprocess.run([qt_tool("lconvert"), "-i", ts_path, "-o", ts_path], check=True)
    print(f"translations: filled {filled}, still unfinished {missing}")
    return missing


def update(lupdate=None):
    os.makedirs(os.path.dirname(TS), exist_ok=True)
    subprocess.run([qt_tool("lupdate", lupdate), "-no-obsolete", "-locations", "none",
                    "-source-language", "vi", "-target-language", "en",
                    os.path.join(ROOT, "src"), "-ts", TS], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "fill", "check", "missing"])
    parser.add_argument("--lupdate", help="path of lupdate (default: Qt 6's)")
    parser.add_argument("--force", action="store_true", help="fill: overwrite finished entries too")
    args = parser.parse_args()
    if args.command == "update":
        update(args.lupdate)
        fill()
    elif args.command == "fill":
        fill(force=args.force)
    elif args.command == "missing":
        root = ET.parse(TS).getroot()
        for context, message in messages(root):
            t = message.find("translation")
            if t is None or t.get("type") == "unfinished":
                extra = "\t" if message.get("numerus") == "yes" else ""
                print(f"{context}\t{escape(message.findtext('source', ''))}\t{extra}")
        return 0
    found = problems()
    for p in found:
        print(p)
    if found:
        print(f"translations: {len(found)} entr{'y' if len(found) == 1 else 'ies'} to fix in {TS}", file=sys.stderr)
        return 1
    print("translations: every entry is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
