#!/usr/bin/env python3
"""Lists and fills unfinished entries of Qt .ts catalogues (keeps lupdate's layout).

  tstool.py list FILE.ts...            unfinished sources as JSON {source: {"numerus": bool}}
  tstool.py fill MAP.json FILE.ts... [--from OLD.ts...]
                                       fills unfinished entries from MAP (source -> text, or
                                       source -> [singular, plural]; {} for none); reuses
                                       finished translations of the same source from the given
                                       and the OLD files (e.g. the catalogues before a context
                                       moved), preferring the same class name;
                                       run translations/update.sh afterwards (lupdate's layout)
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def messages(path):
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield tree, name, msg


def last_name(context):
    return (context or "").split("::")[-1]


def finished_map(paths, by_context=None):
    known = {}
    for p in paths:
        for _, ctx, msg in messages(p):
            tr = msg.find("translation")
            if tr is None or tr.get("type"):
                continue
            src = msg.findtext("source")
            forms = [n.text or "" for n in tr.findall("numerusform")]
            value = forms if forms else (tr.text or "")
            if value and value != [""]:
                known.setdefault(src, value)
                if by_context is not None:
                    by_context.setdefault((last_name(ctx), src), value)
    return known


def cmd_list(paths):
    out = {}
    for p in paths:
        for _, ctx, msg in messages(p):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out[msg.findtext("source")] = {"numerus": msg.get("numerus") == "yes",
                                               "context": ctx, "file": p}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def cmd_fill(mapfile, paths, old):
    wanted = json.load(open(mapfile, encoding="utf-8"))
    by_context = {}
    known = finished_map(paths + old, by_context)
    known.update(wanted)
    left = 0
    for p in paths:
        tree = ET.parse(p)
        for ctx in tree.getroot().iter("context"):
          for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            src = msg.findtext("source")
            value = wanted.get(src) or by_context.get((last_name(ctx.findtext("name")), src)) \
                or known.get(src)
            numerus = msg.get("numerus") == "yes"
            if value is None:
                left += 1
                continue
            if numerus and isinstance(value, str):
                value = [value, value]
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type")
            if numerus:
                tr.text = None
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[-1]
        write(tree, p)
    print(f"{left} left unfinished", file=sys.stderr)


def write(tree, path):
    # lupdate rewrites the layout on its next run (translations/update.sh): run it after fill.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "list":
        cmd_list(sys.argv[2:])
    else:
        args = sys.argv[3:]
        cut = args.index("--from") if "--from" in args else len(args)
        cmd_fill(sys.argv[2], args[:cut], args[cut + 1:])
