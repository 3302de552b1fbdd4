#!/usr/bin/python3
"""Writes encrypted-ooxml.xlsx: the container Excel uses for a password-protected workbook,
an OLE compound file (CFB, magic D0 CF 11 E0) with the streams EncryptionInfo and
EncryptedPackage. The stream contents are dummies: the reader must recognise the container
and say "password-protected", never try to decrypt. (LibreOffice 7.4 headless would not
write an encrypted OOXML file from the command line, so this one is built by hand.)"""
import struct

SECTOR = 512
FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD

def direntry(name, kind, start, size, child=0xFFFFFFFF, left=0xFFFFFFFF, right=0xFFFFFFFF):
    raw = name.encode("utf-16-le") + b"\0\0"
    return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", start, size))

info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<encryption/>".ljust(4088, b" ")   # 4096 bytes
package = struct.pack("<Q", 5000) + b"\xA5" * (4096 - 8)                          # 4096 bytes
# Sector 0: FAT, sector 1: directory, sectors 2-9: EncryptionInfo, 10-17: EncryptedPackage.
fat = [FATSECT, END] + list(range(3, 10)) + [END] + list(range(11, 18)) + [END]
fat += [FREE] * (128 - len(fat))
directory = (direntry("Root Entry", 5, END, 0, child=1)
             + direntry("EncryptionInfo", 2, 2, len(info), right=2)
             + direntry("EncryptedPackage", 2, 10, len(package))
             + b"\0" * 128)
header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
          + struct.pack("<H", 6) + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0))
header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
assert len(header) == SECTOR
data = header + struct.pack("<128I", *fat) + directory + info + package
open(__file__.replace("make_encrypted_cfb.py", "encrypted-ooxml.xlsx"), "wb").write(data)
