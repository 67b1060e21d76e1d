"""Lines without closing punctuation are sentences of their own, and a blank line ends a sentence.

A heading, a photo credit, a byline or 'Story continues below advertisement'
ends without a full stop, and a parser joins it to the sentence that follows,
which then loses its subject ('THE ELECTION' and 'Officials said …' make one
sentence said by 'THE ELECTION Officials'). ``sentence_starts`` finds where
such sentences start; the ``quotex_lines`` component (``run/component.py``)
marks them before the parser runs. No spaCy here.
"""

from __future__ import annotations

from .marks import Paragraph, paragraphs

# What ends a line that may run on into the next one: a sentence end, a colon, a closing mark.
CLOSING = frozenset(".?!:\u2026\"\u201d\u2019'\u00bb")
# What ends a sentence, and the closing marks that may follow it ('… win."').
_SENTENCE_END = frozenset(".?!\u2026")
_AFTER_END = "\"'\u201d\u2019\u00bb)"
# What starts a new paragraph when no blank line comes before it: hard-wrapped text
# carries on with a lower-case word, a new paragraph does not.
_NEW_PARAGRAPH = frozenset("\"'\u201c\u2018\u00ab([\u2014\u2013-*\u2022")


def sentence_starts(text: str) -> list[int]:
    """Offsets of the first character of each line that follows a line without closing
    punctuation, when a blank line or a new paragraph comes between them; and of each
    paragraph that follows a blank line after a sentence's end ('… he said.' or '… win."') or
    after quoted words that end a heading ('"Everybody knew"'), which a parser would otherwise
    join to the sentence before it."""
    paras = paragraphs(text)
    return [nxt.start + _indent(text, nxt) for para, nxt in zip(paras, paras[1:])
            if _ends_open(text, para) and (_blank_between(text, para, nxt) or _opens_paragraph(text, nxt))
            or (_ends_sentence(text, para) or _ends_in_quotes(text, para)) and _blank_between(text, para, nxt)
            and _opens_paragraph(text, nxt)]


def _ends_in_quotes(text: str, para: Paragraph) -> bool:
    """Does the line end with quoted words and no stop of its own: a heading that quotes ('"Everybody
    knew"', 'Ferrante: "Nobody says the word"'), which a parser would join to the next paragraph?"""
    line = text[para.start:para.end].rstrip()
    words = line.rstrip(_AFTER_END)
    if len(words) == len(line) or not words or not words[-1].isalnum():
        return False
    # (a single mark closes a quote only after one that opens it: 'the workers’' is an owner's mark)
    return line[-1] != "\u2019" and line[-1] != "'" or "\u2018" in line or line.count("'") > 1


def headline_end(text: str) -> int:
    """Where the text's first line ends when it is a headline: short (``HEADLINE_CHARS`` at most), with
    no full stop of its own, and more text under it; 0 when it is not."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip() if end >= 0 else ""
    return end if 0 < len(line) <= HEADLINE_CHARS and not line.endswith(".") and text[end:].strip() else 0


HEADLINE_CHARS = 200  # a longer first line is a lede, not a headline


def _ends_sentence(text: str, para: Paragraph) -> bool:
    line = text[para.start:para.end].rstrip().rstrip(_AFTER_END)
    return bool(line) and line[-1] in _SENTENCE_END


def _ends_open(text: str, para: Paragraph) -> bool:
    line = text[para.start:para.end].rstrip()
    return bool(line) and line[-1] not in CLOSING


def _blank_between(text: str, para: Paragraph, nxt: Paragraph) -> bool:
    return text.count("\n", para.end, nxt.start) + text.count("\r", para.end, nxt.start) \
        - text.count("\r\n", para.end, nxt.start) > 1


def _opens_paragraph(text: str, para: Paragraph) -> bool:
    first = text[para.start + _indent(text, para)]
    return first.isupper() or first.isdigit() or first in _NEW_PARAGRAPH


def _indent(text: str, para: Paragraph) -> int:
    line = text[para.start:para.end]
    return len(line) - len(line.lstrip())
