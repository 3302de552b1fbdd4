#!/usr/bin/env python3
"""Independent checks of an exported .xlsx: it shares no code with our writer or reader.

  xlsx_check.py package     FILE.xlsx EXPECTED.json          the OOXML package and every cell
  xlsx_check.py libreoffice FILE.xlsx EXPECTED.json WORKDIR  LibreOffice opens it, same cells

EXPECTED.json: a list of rows, each a list of cells, each cell its UTF-16 code units as
four-digit hex separated by spaces (so lone surrogates and control characters travel safely).
Exit status 0 when everything matches; the first difference is printed otherwise.
"""
import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def units(text):
    data = text.encode("utf-16-le", "surrogatepass")
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]


def load_expected(path):
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    return [[[int(h, 16) for h in cell.split()] for cell in row] for row in rows]


def unescape(text):
    # ECMA-376 Part 1, 22.9.2.19 ST_Xstring: _xHHHH_ is the UTF-16 code unit HHHH.
    return re.sub(r"_x([0-9A-Fa-f]{4})_",
                  lambda m: chr(int(m.group(1), 16)), text)


def column_index(ref):
    letters = re.match(r"([A-Z]+)(\d+)$", ref)
    if not letters:
        fail("bad cell reference " + ref)
    n = 0
    for ch in letters.group(1):
        n = n * 26 + ord(ch) - 64
    return n - 1, int(letters.group(2))


def resolve(base_dir, target):
    return os.path.normpath(os.path.join(base_dir, target)).replace("\\", "/").lstrip("/")


def check_package(path, expected):
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            fail("corrupt zip entry " + bad)
        names = z.namelist()
        if names[0] != "[Content_Types].xml":
            fail("[Content_Types].xml is not the first entry: %r" % names)
        parts = {}
        for name in names:
            try:
                parts[name] = ET.fromstring(z.read(name))
            except ET.ParseError as e:
                fail("%s is not well-formed XML: %s" % (name, e))

    overrides = {o.get("PartName").lstrip("/"): o.get("ContentType")
                 for o in parts["[Content_Types].xml"].iter(CT + "Override")}
    defaults = {d.get("Extension"): d.get("ContentType")
                for d in parts["[Content_Types].xml"].iter(CT + "Default")}
    for name in names:
        if name == "[Content_Types].xml":
            continue
        if name not in overrides and name.rsplit(".", 1)[-1] not in defaults:
            fail("no content type for " + name)

    rels = parts.get("_rels/.rels")
    if rels is None:
        fail("no _rels/.rels")
    book = [r.get("Target") for r in rels.iter(PKG_REL + "Relationship")
            if r.get("Type").endswith("/officeDocument")]
    if len(book) != 1:
        fail("package must name exactly one officeDocument")
    book_part = resolve("", book[0])
    if overrides.get(book_part) != BOOK_CT:
        fail("workbook content type is %r" % overrides.get(book_part))
    book_dir = os.path.dirname(book_part)
    book_rels_name = book_dir + "/_rels/" + os.path.basename(book_part) + ".rels"
    book_rels = {r.get("Id"): r.get("Target")
                 for r in parts[book_rels_name].iter(PKG_REL + "Relationship")}
    for target in book_rels.values():
        if resolve(book_dir, target) not in parts:
            fail("relationship target missing: " + target)
    sheets = list(parts[book_part].iter(MAIN + "sheet"))
    if len(sheets) != 1:
        fail("expected one sheet, found %d" % len(sheets))
    sheet_part = resolve(book_dir, book_rels[sheets[0].get(R_ID)])
    if overrides.get(sheet_part) != SHEET_CT:
        fail("sheet content type is %r" % overrides.get(sheet_part))

    rows = []
    last_row = 0
    for row in parts[sheet_part].iter(MAIN + "row"):
        number = int(row.get("r"))
        if number <= last_row:
            fail("rows out of order at %d" % number)
        last_row = number
        while len(rows) < number - 1:
            rows.append([])
        cells = []
        last_col = -1
        for c in row.iter(MAIN + "c"):
            col, r = column_index(c.get("r"))
            if r != number or col <= last_col:
                fail("cell %s misplaced in row %d" % (c.get("r"), number))
            last_col = col
            if c.get("t") != "inlineStr":
                fail("cell %s is %r, not an inline string: it would not stay text"
                     % (c.get("r"), c.get("t")))
            text = "".join(t.text or "" for t in c.iter(MAIN + "t"))
            while len(cells) < col:
                cells.append("")
            cells.append(unescape(text))
        rows.append(cells)
    compare(rows, expected, "package")
    print("package ok: %d parts, %d rows" % (len(names), len(rows)))


def compare(rows, expected, what, normalise=lambda u: u):
    if len(rows) != len(expected):
        fail("%s: %d rows, expected %d" % (what, len(rows), len(expected)))
    for r, (got, want) in enumerate(zip(rows, expected)):
        width = max(len(got), len(want))
        got = got + [""] * (width - len(got))
        want = want + [[]] * (width - len(want))
        for c in range(width):
            if normalise(units(got[c])) != normalise(want[c]):
                fail("%s: row %d column %d is %r, expected %r"
                     % (what, r + 1, c + 1, got[c],
                        bytes(b for u in want[c] for b in u.to_bytes(2, "little"))
                        .decode("utf-16-le", "surrogatepass")))


def check_libreoffice(path, expected, workdir):
    env = dict(os.environ, HOME=workdir)
    # 44 = comma, 34 = double quote, 76 = UTF-8, 1 = from the first line.
    result = subprocess.run(
        ["soffice", "--headless", "--norestore",
         "-env:UserInstallation=file://" + os.path.join(workdir, "profile"),
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
         "--outdir", workdir, path],
        env=env, capture_output=True, text=True, timeout=120)
    out = os.path.join(workdir, os.path.splitext(os.path.basename(path))[0] + ".csv")
    if result.returncode != 0 or not os.path.exists(out):
        fail("LibreOffice did not convert the workbook: %s %s" % (result.stdout, result.stderr))
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    # LibreOffice writes a line break inside a cell as LF.
    lf = lambda u: [10 if x == 13 else x for x in _drop_cr_before_lf(u)]
    compare(rows, expected, "LibreOffice", lf)
    print("LibreOffice ok: %d rows" % len(rows))


def _drop_cr_before_lf(u):
    return [x for i, x in enumerate(u) if not (x == 13 and i + 1 < len(u) and u[i + 1] == 10)]


if __name__ == "__main__":
    mode, xlsx, expected_json = sys.argv[1:4]
    expected = load_expected(expected_json)
    if mode == "package":
        check_package(xlsx, expected)
    elif mode == "libreoffice":
        check_libreoffice(xlsx, expected, sys.argv[4])
    else:
        fail("unknown mode " + mode)
