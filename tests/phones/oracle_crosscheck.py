#!/usr/bin/python3
"""Cross-checks the expected E.164 values of tst_phonenormalizer.cpp's table against the
independent python3-phonenumbers oracle (same libphonenumber metadata version, 8.12.57).

Run by hand when the table changes:  /usr/bin/python3 tests/phones/oracle_crosscheck.py
It prints one line per row and exits 1 when a row disagrees. Rows our normaliser refuses on
purpose (letters, Excel notation, short service numbers) are checked for "not a valid number"."""
import pathlib, re, sys
import phonenumbers

source = pathlib.Path(__file__).with_name("tst_phonenormalizer.cpp").read_text(encoding="utf-8")
table = source.split("ORACLE-TABLE-BEGIN")[1].split("ORACLE-TABLE-END")[0]
# row(name, region, input, e164, verdict, ...), or sameMobile(name, input): the Swedish test
# mobile in another form, row(name, "SE", input, "+46701234567", Verdict::Valid).
rows = []
for m in re.finditer(r'row\("([^"]*)",\s*"([A-Z]{2})",\s*u"((?:[^"\\]|\\.)*)"_s,\s*"([^"]*)",\s*'
                     r'Verdict::(\w+)|sameMobile\("([^"]*)",\s*u"((?:[^"\\]|\\.)*)"_s\)', table, re.S):
    if m.group(1) is not None:
        rows.append(m.group(1, 2, 3, 4, 5))
    else:
        rows.append((m.group(6), "SE", m.group(7), "+46701234567", "Valid"))
bad = 0
for name, region, literal, e164, verdict in rows:
    text = literal.encode("latin-1", "backslashreplace").decode("unicode_escape")
    # Our cleaner turns every Unicode blank into a separator; libphonenumber knows fewer.
    text = "".join(" " if c.isspace() else c for c in text)
    # Our spreadsheet repairs: ="..." and ' text markers, and ".0" decimals, are removed first.
    text = re.sub(r'^="(.*)"$', r"\1", text).strip("'")
    decimals = re.fullmatch(r"(\+?\d{7,})[.,]0+", text)
    if decimals:
        text = decimals.group(1)
    excel = re.fullmatch(r"\+?(\d)[.,](\d+)[eE]\+?(\d+)", text)
    if excel:  # our own repair: the digits Excel kept, then libphonenumber on them
        text = excel.group(1) + excel.group(2)
        if len(excel.group(2)) != int(excel.group(3)):
            text = None
    try:
        number = phonenumbers.parse(text, region) if text is not None else None
        valid = number is not None and phonenumbers.is_valid_number(number)
        got = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if valid else ""
    except phonenumbers.NumberParseException:
        got = ""
    if verdict == "Invalid" and re.search(r"[A-Za-zÅÄÖåäö]", text or ""):
        got = ""  # we refuse letters although libphonenumber reads vanity numbers
    ok = got == e164
    bad += not ok
    print(f"{'ok ' if ok else 'BAD'} {name:28} {region} expected {e164 or '-':16} oracle {got or '-'}")
print(f"{len(rows)} rows, {bad} disagreements")
sys.exit(1 if bad or len(rows) < 40 else 0)
