#!/usr/bin/env python3
"""Fills the unfinished plural forms of the English translation file.

English sources are written as "%n member(s)"; the English .ts carries only these numerus
messages (lupdate -pluralonly), and their two forms follow from the source: "(s)" dropped for
one, "s" for many. A source without "(s)" reads the same for both. Messages already finished
are left alone, so a form written by hand stays as it is; unfinished ones (lupdate may offer an
old string's forms for a changed source) are filled anew.

Run after the update_translations target: python3 translations/fill-english-plurals.py
"""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("delegation-desk_en.ts"))
text = path.read_text(encoding="utf-8")

message = re.compile(
    r'(<message numerus="yes">\s*<source>)([^<]*)(</source>\s*(?:<comment>[^<]*</comment>\s*)?)<translation type="unfinished">.*?</translation>',
    re.S,
)


def filled(match: re.Match) -> str:
    source = match.group(2)
    one = source.replace("(s)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(es)", "es")
    return (
        f"{match.group(1)}{source}{match.group(3)}<translation>\n"
        f"            <numerusform>{one}</numerusform>\n"
        f"            <numerusform>{many}</numerusform>\n"
        f"        </translation>"
    )


text, count = message.subn(filled, text)
path.write_text(text, encoding="utf-8")
print(f"{path.name}: {count} plural message(s) filled")
