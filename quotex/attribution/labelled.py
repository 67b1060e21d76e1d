"""Lines whose label names who says them, without quote marks: a headline's 'Trump: My
immigration plans aren't set in stone.' and a transcript's 'BOLDUAN: Why not debate?'.

News writes its headlines' attributions so (headlinese for 'Trump says his plans …'), and
transcripts their turns. A label is a name or a source noun of a few capitalised words
before a colon and a space: a short paragraph of a headline's length, or a paragraph of a
transcript (two turns or more, their labels in capitals, or two speakers or more with two
turns each: 'Matthews: …', 'Lopez: …'). Words that label a line without anyone saying it
('Photo:', 'Update:', 'Related:') are no source, and a line whose words open with a quote
mark is a quote, which the quote rules attribute.

An interview printed as questions and answers ('Q: …', 'A: …', two of each or more) is the
interviewer's questions and the answers of the person it interviews: the one the article
names most often before its first question.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple, Optional

from spacy.tokens import Span

from .. import lexicon as lx
from ..text.marks import DOUBLE_MARKS, SINGLE_MARKS
from .document import Document
from .tokens import has_tags

_LINE = re.compile(r"(?P<label>[^\W\d_][^:\n]{0,60}?)[ \t]*:[ \t]+(?P<words>\S[^\n]*)\Z")
_MAX_LABEL_WORDS = 5
_MIN_WORDS = 3  # 'Poll: Trump leads': a claim, not 'Update: 5 p.m.'
_MAX_HEADLINE_WORDS = 25
_MIN_TURNS = 2
_FEW_NAMES = 4
_CONNECTORS = frozenset({"of", "and", "the", "for", "de", "van", "von", "al", "&"})
_ADDRESSED = frozenset({"to", "on", "at", "in"})  # 'Clinton to Planned Parenthood: …': Clinton speaks
_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_INTERVIEWER = "the interviewer"


class Labelled(NamedTuple):
    """A labelled line: the label's source words [source_start, source_end), its colon, and
    the words said [start, end), as token indices; whom an interview's label stands for."""

    source_start: int
    source_end: int
    colon: int
    start: int
    end: int
    stands_for: Optional[str] = None
    answer: bool = False


def labelled_lines(d: Document) -> list[Labelled]:
    """Every paragraph of ``d`` that is a labelled line, in order."""
    found: list[tuple[int, int, int, int, str, bool]] = []  # label, words, end (chars); the label; a headline's length
    interview: list[tuple[int, int, int, int, str]] = []  # the same, and 'question' or 'answer'
    for para in d.paras:
        raw = d.text[para.start:para.end]
        text = raw.strip()
        line = _LINE.match(text)
        if line is None or line.group("words")[:1] in _MARKS:
            continue
        label, words = line.group("label"), line.group("words")
        at = para.start + len(raw) - len(raw.lstrip())
        spans = (at, at + len(label), at + line.start("words"), para.end)
        role = lx.INTERVIEW_LABELS.get(label.strip().rstrip(".").lower())
        if role is not None:
            interview.append((*spans, role))
        elif _is_source(label) and len(words.split()) >= _MIN_WORDS:
            found.append((*spans, label, len(text.split()) <= _MAX_HEADLINE_WORDS))
    speakers = Counter(_speaker_key(label) for *_, label, _ in found)
    talking = sum(n >= _MIN_TURNS for n in speakers.values()) >= _MIN_TURNS  # two speakers, two turns each
    transcript = sum(_is_turn(label) for *_, label, _ in found) >= _MIN_TURNS
    out: list[Labelled] = []
    for start, end, words, para_end, label, short in found:
        if short or _is_turn(label) and transcript or talking and speakers[_speaker_key(label)] >= _MIN_TURNS:
            out.extend(_tokens(d, start, end, words, para_end))
    roles = Counter(role for *_, role in interview)
    if roles["question"] >= _MIN_TURNS and roles["answer"] >= _MIN_TURNS:
        first = min(start for start, *_, role in interview if role == "question")
        interviewee = _most_named(d, first)
        for start, end, words, para_end, role in interview:
            said = _INTERVIEWER if role == "question" else interviewee
            out.extend(line._replace(stands_for=said, answer=role == "answer")
                       for line in _tokens(d, start, end, words, para_end, True))
    return sorted(out)


def _speaker_key(label: str) -> str:
    """A transcript's speaker by the last word of the label: 'Chris Matthews' and 'Matthews' are one."""
    return label.split()[-1].lower()


def _most_named(d: Document, before: int) -> Optional[str]:
    """The person named most often before character ``before`` (the first named, on a tie): whom
    an interview's introduction presents."""
    named = [full for _, full in d.tracker.names.named_since(bisect.bisect_left(d.starts, before))]
    counts = Counter(reversed(named))  # in the article's order: the first of the most named wins a tie
    return max(counts, key=counts.__getitem__, default=None)


def _tokens(d: Document, start: int, end: int, words: int, para_end: int,
            interview: bool = False) -> list[Labelled]:
    i = bisect.bisect_left(d.starts, start)
    colon = bisect.bisect_left(d.starts, end, lo=i)
    w = bisect.bisect_left(d.starts, words, lo=colon)
    if i >= len(d.doc) or colon >= len(d.doc) or d.doc[colon].text != ":" or w >= len(d.doc):
        return []  # the tokenizer kept the colon inside a word
    last = bisect.bisect_left(d.starts, para_end, lo=w)
    while last > w and (d.doc[last - 1].is_punct or d.doc[last - 1].is_space):
        last -= 1
    source_end = next((k for k in range(i + 1, colon) if d.doc[k].text in _ADDRESSED), colon)
    return [Labelled(i, source_end, colon, w, last)] if last > w and (interview or _says(d.doc[w:last])) else []


def _says(words: Span) -> bool:
    """Whether the words make a claim, not a list or a fact box's entry ('Chelsea: Kepa, Azpilicueta,
    Rüdiger', 'Referee: Michael Oliver (Cheshire)'): a verb, or anything but a few names or a list of
    them, all capitalised (a headline in title case has its verbs tagged as names)."""
    if has_tags(words.doc) and any(t.pos_ in ("VERB", "AUX") for t in words):
        return True
    alpha = [t for t in words if t.is_alpha]
    listed = sum(t.text in ",;" for t in words) >= 2 or len(alpha) <= _FEW_NAMES
    return not (listed and all(t.text[0].isupper() for t in alpha))


def _is_source(label: str) -> bool:
    """A name or a source noun of a few capitalised words: 'Mark Cuban', 'Poll', 'NY Daily News'."""
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS or len(words[0]) < 2:
        return False
    if words[0].lower().strip(".'’") in lx.LINE_LABELS or words[-1].lower() in lx.LINE_LABELS \
            or label.lower() in lx.LINE_LABELS | lx.PLACES or " ".join(words[:2]).lower() in lx.LINE_LABELS:
        return False  # ('WASHINGTON: …' is a dateline)
    return all(w[:1].isupper() or w.lower() in _CONNECTORS | _ADDRESSED or w[:1] in "'’" for w in words)


def _is_turn(label: str) -> bool:
    """A source's label in capitals, a transcript's speaker: 'KATE BOLDUAN', 'SEN. GRAHAM'."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
