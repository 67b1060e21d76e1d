"""Bytes to text by the --encoding rules: auto detection, the Windows-1252 fallback, strict codecs."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.text.decoding import AUTO, DecodeError, Decoded, check_encoding, decode

TEXT = "\u201cC\u2019est la vie,\u201d said Zo\u00eb.\r\nLine two \U0001F600"


# --- auto ------------------------------------------------------------------------------


@pytest.mark.parametrize("bom, codec", [
    (b"", "utf-8"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_auto_reads_unicode_with_or_without_a_bom(bom: bytes, codec: str) -> None:
    decoded = decode(bom + TEXT.encode(codec))
    assert decoded == Decoded(TEXT, codec)
    assert not decoded.guessed


def test_auto_falls_back_to_windows_1252_with_curly_quotes() -> None:
    decoded = decode(b"\x93We will not back down,\x94 she said \x96 twice\x85")
    assert decoded.text == "\u201cWe will not back down,\u201d she said \u2013 twice\u2026"
    assert decoded.guessed and decoded.encoding == "windows-1252"


def test_windows_1252_fallback_never_fails() -> None:
    every_byte = bytes(range(1, 256))
    decoded = decode(every_byte)
    assert len(decoded.text) == 255 and decoded.guessed
    assert decoded.text[0x81 - 1] == "\x81"  # undefined in Windows-1252: the C1 control, as browsers do


def test_auto_refuses_nul_bytes_without_a_bom() -> None:
    with pytest.raises(DecodeError, match=r"^binary file \(NUL byte at offset 6\)$"):
        decode(b"GIF89a\x00\x01\x02\xff")


def test_utf16_without_a_bom_gets_a_hint() -> None:
    with pytest.raises(DecodeError, match="UTF-16-LE without a byte-order mark: try --encoding utf-16-le"):
        decode("Plain words here.".encode("utf-16-le"))


def test_nul_character_in_utf16_is_binary() -> None:
    with pytest.raises(DecodeError, match="NUL character at offset 1"):
        decode(codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))


def test_a_bom_with_broken_bytes_after_it_is_an_error_at_the_file_offset() -> None:
    with pytest.raises(DecodeError, match=r"not UTF-8 text \(byte 0xff at byte offset 5\)"):
        decode(codecs.BOM_UTF8 + b"ab\xff")


def test_only_one_leading_bom_is_removed() -> None:
    assert decode(codecs.BOM_UTF8 * 2 + b"x").text == "\ufeffx"
    assert decode(b"a" + codecs.BOM_UTF8 + b"b").text == "a\ufeffb"


def test_html_charset_declaration_is_honoured_before_guessing() -> None:
    page = b'<html><head><meta charset="iso-8859-7"></head><body>\xe1\xe2</body></html>'
    decoded = decode(page, html=True)
    assert "\u03b1\u03b2" in decoded.text and not decoded.guessed
    assert decode(page).guessed  # plain text ignores markup


def test_a_lying_html_charset_falls_back_to_a_guess() -> None:
    page = b'<meta http-equiv="Content-Type" content="text/html; charset=utf-16"><p>\x93hi\x94</p>'
    decoded = decode(page, html=True)
    assert "\u201chi\u201d" in decoded.text and decoded.guessed


# --- strict codecs ---------------------------------------------------------------------


def test_strict_utf8_gives_the_byte_and_its_offset() -> None:
    with pytest.raises(DecodeError) as info:
        decode("caf\u00e9 ok".encode("utf-8") + b"\x93", "utf-8")
    assert str(info.value) == "not UTF-8 text (byte 0x93 at byte offset 8)"


def test_strict_utf8_removes_a_bom() -> None:
    assert decode(codecs.BOM_UTF8 + b"x", "UTF-8").text == "x"


def test_strict_other_codec() -> None:
    assert decode(b"\x93x\x94", "cp1252") == Decoded("\u201cx\u201d", "cp1252")
    assert decode("\ufeffhi".encode("utf-16-le"), "utf-16-le").text == "hi"
    with pytest.raises(DecodeError, match=r"not cp1252 text \(byte 0x81 at byte offset 1\)"):
        decode(b"a\x81", "cp1252")
    with pytest.raises(DecodeError, match=r"not utf-16-le text \(byte 0x62 at byte offset 2\)"):
        decode(b"a\x00b", "utf-16-le")


def test_strict_single_byte_codec_still_refuses_nul_bytes() -> None:
    with pytest.raises(DecodeError, match="NUL byte at offset 1"):
        decode(b"a\x00b", "latin-1")


def test_check_encoding() -> None:
    assert check_encoding("AUTO") == AUTO
    assert check_encoding("utf_8") == "utf_8"
    with pytest.raises(DecodeError, match="unknown encoding 'klingon'"):
        check_encoding("klingon")
    with pytest.raises(DecodeError, match="'base64' is not a text encoding"):
        check_encoding("base64")


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00\ufeff")),
       codec=st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_unicode_round_trips_in_auto_mode(text: str, codec: str) -> None:
    data = text.encode(codec) if codec != "utf-8" else text.encode("utf-8")  # utf-16/32 write a BOM
    assert decode(data).text == text


@settings(max_examples=200, deadline=None)
@given(data=st.binary())
def test_auto_either_decodes_or_says_why(data: bytes) -> None:
    try:
        decoded = decode(data)
    except DecodeError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert "\x00" not in decoded.text
