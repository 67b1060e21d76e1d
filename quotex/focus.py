"""Where attribution needs the parser: a same-length copy of the text with the rest blanked.

Plain text, no spaCy. The trained pipeline costs time per token, and most
sentences of a news article hold no quote and no reporting verb. We keep
every sentence that overlaps a quote (marks included) or has a common
reporting verb or 'according to', the full names (with titles) of people
a kept sentence names by surname, and short lines (datelines, comment
headers); every other character but line breaks becomes a space. Offsets therefore stay the
same, and so do paragraphs: a blanked paragraph keeps a full stop as placeholder.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .marks import Paragraph, paragraphs, scan

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt",
                  "Capt", "Adm", "Prof", "Rev", "vs", "No", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft")
_SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
    + r"(?<=[a-z0-9%)\]\"'\u201d\u2019])[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]*[A-Z0-9])")
_PLACEHOLDER = "."  # ends a sentence, so the parser does not join across the gap
_BLANKABLE = re.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_SHORT_LINE = 40
# Reporting verbs common enough to be worth a parse when no quote mark is near:
# they carry most reported speech and the clauses pronouns refer back to.
_CORE_CUES = ("say", "tell", "add", "ask", "explain", "write", "tweet", "claim", "insist", "argue", "warn",
              "announce", "acknowledge", "admit", "deny", "reply", "respond", "declare", "suggest", "believe",
              "think", "predict", "confirm", "contend", "assert", "stress", "emphasize", "urge", "vow")
_CUE_WORDS = frozenset(f for f, lemma in lx.VERB_FORMS.items() if lemma not in lx.NEEDS_PARTICLE) | {"according"}
# A name and the title words before it: 'U.S. Defense Secretary Leon Panetta'.
_NAME_WINDOW = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][a-z]+\s+([A-Z][a-z'\u2019-]+)\b")


def sentences(text: str, para: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of each sentence in a paragraph, by punctuation (good enough to choose by)."""
    out = []
    start = para.start
    for m in _SENTENCE_END.finditer(text, para.start, para.end):
        out.append((start, m.end()))
        start = m.end()
    if start < para.end:
        out.append((start, para.end))
    return out


def focus(text: str) -> str:
    """``text`` with the sentences attribution does not need blanked to spaces."""
    paras = paragraphs(text)
    quoted = [(q.start - 1, q.end + 1) for q in scan(text, paras)]
    keep: list[tuple[int, int]] = []
    rest: list[tuple[int, int]] = []
    q = 0
    for para in paras:
        if para.end - para.start <= _SHORT_LINE:
            keep.append((para.start, para.end))
            continue
        for start, end in sentences(text, para):
            while q < len(quoted) and quoted[q][1] <= start:
                q += 1
            overlaps = q < len(quoted) and quoted[q][0] < end
            words = _WORD.findall(text, start, end)
            if overlaps or any(w.lower() in _CUE_WORDS for w in words):
                keep.append((start, end))
            else:
                rest.append((start, end))
    # Full names of people the kept sentences call by surname: keep just the
    # name and its title, so 'Panetta said' can become 'Leon Panetta'.
    surnames = {w for a, b in keep for w in _WORD.findall(text, a, b) if w[:1].isupper()}
    for start, end in rest:
        keep.extend(m.span() for m in _NAME_WINDOW.finditer(text, start, end) if m.group(1) in surnames)
    return _blank_outside(text, sorted(keep), paras)


def _blank_outside(text: str, keep: list[tuple[int, int]], paras: list[Paragraph]) -> str:
    pieces: list[str] = []
    pos = 0
    for a, b in _merged(keep):
        pieces.append(_BLANKABLE.sub(" ", text[pos:a]))
        pieces.append(text[a:b])
        pos = b
    pieces.append(_BLANKABLE.sub(" ", text[pos:]))
    out = "".join(pieces)
    # A wholly blanked paragraph keeps a placeholder, so paragraph numbers hold.
    chars = None
    for para in paras:
        if not out[para.start:para.end].strip():
            chars = chars if chars is not None else list(out)
            chars[para.start] = _PLACEHOLDER
    return out if chars is None else "".join(chars)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
