"""Bytes to text: the ``--encoding`` rules, with no spaCy and no I/O.

``auto`` (the default) reads what news archives actually hold: UTF-8 with or
without a byte-order mark, UTF-16 or UTF-32 with one, and, when the bytes are
none of these, Windows-1252, the usual encoding of old Western archives,
whose curly quotes are the bytes 0x93 and 0x94. That last guess is reported
as a warning, because it always succeeds and may be wrong.

Any other codec name is strict: a byte it cannot decode is an error that
gives the byte offset. A leading byte-order mark is removed in every case
and newlines are never translated, so quote offsets index the decoded text.

(The module is not called ``encodings``: that would shadow the standard
library package of the same name wherever ``quotex/`` itself is on the path.)
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

AUTO = "auto"
FALLBACK = "windows-1252"
_NUL = "\x00"
_BYTE_ORDER_MARK = "\ufeff"
# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Codecs in which a NUL byte is an ordinary part of a character.
_WIDE = ("utf-16", "utf-32")
_UTF16_SNIFF = 512  # bytes looked at to suggest UTF-16 for a file without a BOM
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_CHARSET_SNIFF = 4096  # an HTML charset declaration must come early to count


class DecodeError(ValueError):
    """Bytes that cannot be read as text; the message is the user's reason."""


@dataclass(frozen=True)
class Decoded:
    """Text and how it was read. ``guessed`` is True for the Windows-1252 fallback."""

    text: str
    encoding: str
    guessed: bool = False


def check_encoding(name: str) -> str:
    """``name`` as given if it is ``auto`` or a text codec Python knows, else ``DecodeError``."""
    if name.lower() == AUTO:
        return AUTO
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise DecodeError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13: bytes-to-bytes
        raise DecodeError(f"{name!r} is not a text encoding")
    return name


def decode(data: bytes, encoding: str = AUTO, *, html: bool = False) -> Decoded:
    """Decode ``data`` by the ``--encoding`` rules; raise ``DecodeError`` with a reason.

    With ``html``, auto mode also honours a ``<meta charset>`` declaration
    before it falls back to Windows-1252.
    """
    if encoding.lower() == AUTO:
        return _auto(data, html)
    return _strict(data, encoding)


def _auto(data: bytes, html: bool) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, offset=len(bom))
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared and codecs.lookup(declared).name != "utf-8":
        try:
            return _strict(data, declared)
        except DecodeError:
            pass  # the page lies about its charset: guess, as below
    return Decoded(data.decode("cp1252", errors=_C1_ERRORS), FALLBACK, guessed=True)


def _strict(data: bytes, codec: str, *, offset: int = 0) -> Decoded:
    wide = codecs.lookup(codec).name.startswith(_WIDE)
    if not wide:
        _refuse_binary(data, offset)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(_decode_reason(exc, codec, offset)) from None
    if offset == 0 and text.startswith(_BYTE_ORDER_MARK):
        text = text[1:]  # a mark the codec keeps (utf-8, utf-16-le); auto mode cut it already
    if wide and _NUL in text:
        raise DecodeError(f"binary file (NUL character at offset {text.index(_NUL)} of the decoded text)")
    return Decoded(text, codec)


def _refuse_binary(data: bytes, offset: int = 0) -> None:
    nul = data.find(b"\x00")
    if nul < 0:
        return
    reason = f"binary file (NUL byte at offset {nul + offset})"
    hint = _utf16_hint(data)
    raise DecodeError(f"{reason}; {hint}" if hint else reason)


def _utf16_hint(data: bytes) -> Optional[str]:
    """A suggestion when the NULs look like UTF-16 text saved without a BOM."""
    head = data[:_UTF16_SNIFF - _UTF16_SNIFF % 2]
    if len(head) < 4:
        return None
    for codec, nuls in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if nuls.count(0) >= 0.9 * len(nuls):
            return f"it looks like {codec.upper()} without a byte-order mark: try --encoding {codec}"
    return None


def _declared_charset(data: bytes) -> Optional[str]:
    match = _CHARSET.search(data, 0, _CHARSET_SNIFF)
    if not match:
        return None
    name = match.group(1).decode("ascii")
    try:
        return check_encoding(name) if name.lower() != AUTO else None
    except DecodeError:
        return None


def _decode_reason(exc: UnicodeDecodeError, codec: str, offset: int) -> str:
    byte = exc.object[exc.start:exc.start + 1].hex()
    where = exc.start + offset
    label = "UTF-8" if codecs.lookup(codec).name in ("utf-8", "utf-8-sig") else codec
    return f"not {label} text (byte 0x{byte} at byte offset {where})"


def _c1_controls(exc: UnicodeError) -> tuple[str, int]:
    """Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the
    C1 controls of the same number, as browsers do, so the fallback never fails."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(b) for b in exc.object[exc.start:exc.end]), exc.end


_C1_ERRORS = "quotex-c1-controls"
codecs.register_error(_C1_ERRORS, _c1_controls)
