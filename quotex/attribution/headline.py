"""A headline's quote is said by whoever says the same words in the story.

A headline quotes the story under it, and names the speaker by a role or an institution, if at all
('Bushfire inquiry told warning … came "40 minutes too late"', 'CEO tells staff AI will do "the work
of whole teams"'): the story's quote that holds the same words names who said them. A headline in
single marks over a story in double marks ('Grandmother's death 'could have been prevented', coroner
rules', as British and American papers write headlines) is a quote too when the story's quote holds
its words; otherwise single marks there stay what they are (a title, a term). A headline is the text's
first line, short and with no full stop of its own, in a text of several paragraphs; the words must
run to three or more, so that a phrase any speaker might use ('a disaster') moves nothing. A headline
that opens with a quote set off by a colon or a dash ('‘I only signed what I was given’: Ex-SACCO
accountant tells court'), or ends with one after a colon ('Novelist wins prize: ‘I wrote most of it on the
72 bus’'), is a direct quote, said by the story's voice when the story does not repeat it. A crosshead that
is a quote in single marks and no more, over a story in double marks, is the story's quote's too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterator, Optional

from ..output.model import Quote
from ..text import single_marks
from ..text.lines import headline_end
from .document import Document

_MIN_WORDS = 3
_WORD = re.compile(r"\w+")
_QUOTED = ("direct", "mixed")


def from_the_body(d: Document, quotes: list[Quote]) -> list[Quote]:
    """``quotes``, a headline's quoted pieces said by the speaker of the story's quote that holds their words."""
    if len(d.paras) < 3 or not headline_end(d.text):
        return quotes
    body = [(_words(q.text), q) for q in quotes
            if q.type in _QUOTED and q.paragraph > 0 and q.speaker is not None]
    pieces = Counter(q.group for q in quotes if q.type in _QUOTED)
    said_by: dict[int, Quote] = {}  # a headline's group -> the story's quote that holds its one quoted piece
    terms: set[int] = set()  # a headline's terms that are the whole of a quote of the story: quotes
    for q in quotes:  # (the group's report too, if it has one: a group has one speaker)
        source = _said_in(body, q.text, loose=q.speaker is None) \
            if q.type in _QUOTED and q.paragraph == 0 and pieces[q.group] == 1 else None
        if q.type == "term" and q.paragraph == 0:
            source = _said_whole(body, q.text)  # ('Taoiseach accused of "hiding behind" HSE' … '"hiding behind"')
            if source is not None:
                terms.add(q.index)
        if source is not None and (q.speaker is None or q.speaker.id != source.speaker.id):  # type: ignore[union-attr]
            said_by[q.group] = source
    out = [q if q.group not in said_by else replace(q, speaker=said_by[q.group].speaker, cue=None,
                                                     method=said_by[q.group].method,
                                                     type="mixed" if q.index in terms else q.type,
                                                     confidence=min(q.confidence, said_by[q.group].confidence)
                                                     if q.type == "indirect" else said_by[q.group].confidence)
           for q in quotes]
    out = [_labelled(d, q, body) if q.paragraph == 0 and q.type in _QUOTED and q.group not in said_by
           and pieces[q.group] == 1 else q for q in out]
    added = _in_single_marks(d, out, body, 0)
    if _standfirst(d):
        added += _in_single_marks(d, out + added, body, 1)
    labelled = [(q.start, q.end) for q in added if q.type == "direct"]  # (the labelled ones)
    added += _crossheads(d, out + added, body)
    # (a report the rules read across a labelled quote's closing mark is none: "what I was given’: Ex-SACCO …")
    out = [q for q in out if not (q.type == "indirect" and q.paragraph == 0
                                  and any(q.start < e and s < q.end for s, e in labelled))]
    return out + added


# A headline that opens with a quote set off by a colon or a dash from what it is about ('‘I only signed what
# I was given’: Ex-SACCO accountant tells court', '‘Our women now sell on credit to survive’ – Iyaloja of …')
_LABELLED = re.compile(r"\s*[:\u2013\u2014-]\s+\S")
_OPENING = re.compile(r"\s*[\"'\u2018\u201c\u00ab]")
_CLOSING = re.compile(r"[\"'\u2019\u201d\u00bb]\s*")
_LABEL_ENDS = re.compile(r":\s*[\"'\u2018\u201c\u00ab]$")


def _labelled(d: Document, q: Quote, body: list[tuple[list[str], Quote]]) -> Quote:
    """``q``, a labelled headline quote (``_label_of``), said by the story's voice when no quote of the story holds
    its words (``_voice``); else ``q`` as it is."""
    label = _label_of(d, q.start, q.end) if q.speaker is None or q.method == "none" else None
    voice = _voice(d, body, label) if label is not None else None
    if voice is None:
        return q
    return replace(q, speaker=voice.speaker, cue=None, method=voice.method, type="direct",
                   confidence=min(voice.confidence, _VOICE_CONFIDENCE))


def _label_of(d: Document, start: int, end: int) -> Optional[tuple[int, int]]:
    """Where the rest of the headline is, when the quote ``text[start:end]`` of three words or more opens it and a
    colon or a dash after its closing mark sets it off from more words ('‘I only signed what I was given’: Ex-SACCO
    accountant tells court'), or ends it after a colon ('Bradford novelist Nadia Rahman wins Marlowe prize: ‘I wrote
    most of it on the 72 bus’', as British papers write them); else None."""
    line = d.paras[0]
    if len(_words(d.text[start:end])) < _MIN_WORDS:
        return None
    if _OPENING.fullmatch(d.text, line.start, start) and _LABELLED.match(d.text, end + 1, line.end) is not None:
        return end, line.end
    if _CLOSING.fullmatch(d.text, end, line.end) and _LABEL_ENDS.search(d.text[line.start:start]) is not None \
            and len(_words(d.text[line.start:start])) >= _MIN_WORDS:
        return line.start, start
    return None


def _voice(d: Document, body: list[tuple[list[str], Quote]], label: tuple[int, int]) -> Optional[Quote]:
    """Whose words a labelled headline quotes when the story does not repeat them: the story's speaker whose
    surname the rest of the headline names ('Mette Kirstine Holm on the loaves Danes throw away'), else the
    one the story quotes most, in more of its quote groups than anyone else and in two at least (an interview,
    a profile, a court report's accused); None when no one stands out."""
    rest = set(_words(d.text[label[0]:label[1]]))
    groups: dict[str, set[int]] = {}
    first: dict[str, Quote] = {}
    for _, q in body:
        if q.speaker is None or q.speaker.kind not in ("person", "group"):
            continue
        groups.setdefault(q.speaker.id, set()).add(q.group)
        first.setdefault(q.speaker.id, q)
    named = [sid for sid, q in first.items() if rest.intersection(_words(q.speaker.name)[-1:])]  # (by surname)
    if len(named) == 1:
        return first[named[0]]
    counts = sorted(((len(g), sid) for sid, g in groups.items()), reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return first[counts[0][1]]


_VOICE_CONFIDENCE = 0.5  # a guess from the story's layout, not from words that say who spoke


def _in_single_marks(d: Document, quotes: list[Quote], body: list[tuple[list[str], Quote]],
                     paragraph: int) -> list[Quote]:
    """The headline's quotes in single marks (or the standfirst's, ``paragraph`` 1) that the story's quotes hold,
    as records (``mixed``, in a group of their own; ``direct`` and the story's voice for a labelled one,
    ``_labelled``); none where the line's single marks are already quotes, or are no pair."""
    line = d.paras[paragraph]
    taken = [(q.start, q.end) for q in quotes if q.paragraph == paragraph and q.type not in ("term", "indirect")]
    body = [(said, q) for said, q in body if q.paragraph != paragraph]
    out: list[Quote] = []
    for pair in single_marks.pairs(d.text, line.start, line.end):
        start, end = pair.open + 1, pair.close
        if not pair.closed or any(s < end and start < e for s, e in taken):
            continue
        label = _label_of(d, start, end) if paragraph == 0 else None  # (a whole quote, set off: direct)
        reported = any(q.type == "indirect" and q.paragraph == paragraph and q.start < end and start < q.end
                       for q in quotes)
        # (inside the headline's report, the story's quote must hold all its words: 'Kabir Malhotra says he
        # 'couldn't sleep for two days' after …' over '"I couldn't sleep for two days after we shot the climax"')
        source = _said_in(body, d.text[start:end], loose=label is not None or not reported)
        kind = "direct" if label is not None else "mixed"
        confidence = source.confidence if source is not None else 0.0
        if source is None and label is not None:
            source = _voice(d, body, label)
            confidence = min(source.confidence, _VOICE_CONFIDENCE) if source is not None else 0.0
        if source is None:
            continue
        out.append(_record(d, quotes, out, start, end, kind, paragraph, source, confidence))
    return out


def _standfirst(d: Document) -> bool:
    """Is the paragraph after the headline its standfirst, a line that sums the story up under it ('City
    manager declines to say what prompted the review; officers’ union president calls the move ‘long
    overdue’'): a short one, in a text of several paragraphs more?"""
    return len(d.paras) > 4 and d.paras[1].end - d.paras[1].start <= _STANDFIRST_CHARS


_STANDFIRST_CHARS = 300


def _crossheads(d: Document, quotes: list[Quote], body: list[tuple[list[str], Quote]]) -> list[Quote]:
    """The crossheads that are a quote in single marks and no more, over a story that quotes in double marks
    ('‘I can't pick up my granddaughter’', as the BBC heads a part of the story with words it goes on to quote), as
    ``direct`` records said by the story's quote that holds their words; none where no quote does."""
    taken = [(q.start, q.end) for q in quotes if q.type != "term"]
    out: list[Quote] = []
    for p in d.paras[1:]:
        line = d.text[p.start:p.end].rstrip()
        dashed = _DASHED.fullmatch(line)  # (as AFP sets a crosshead between dashes: '- ‘Generally orderly’ -')
        first, line = (p.start + dashed.start(1), dashed.group(1)) if dashed else (p.start, line)
        if not line or line[0] not in single_marks.OPENING or line[-1] not in single_marks.CLOSING \
                or len(line) > _CROSSHEAD_CHARS:
            continue
        pair = next(iter(single_marks.pairs(d.text, first, first + len(line))), None)
        if pair is None or not pair.closed or pair.open != first or pair.close != first + len(line) - 1:
            continue
        start, end = pair.open + 1, pair.close
        if any(s < end and start < e for s, e in taken):
            continue
        source = _said_in([(said, q) for said, q in body if q.paragraph != p.index], d.text[start:end], loose=True)
        if source is None:
            continue
        out.append(_record(d, quotes, out, start, end, "direct", p.index, source, source.confidence))
    return out


def _record(d: Document, quotes: list[Quote], added: list[Quote], start: int, end: int, kind: str, paragraph: int,
            source: Quote, confidence: float) -> Quote:
    """A quote in single marks the story's quote ``source`` says, in a group of its own after ``quotes`` and
    those ``added`` before it."""
    fresh = max((q.group for q in quotes), default=-1) + 1
    return Quote(index=len(quotes) + len(added), group=fresh + len(added), text=d.text[start:end], start=start,
                 end=end, type=kind, paragraph=paragraph, speaker=source.speaker, cue=None, method=source.method,
                 confidence=confidence, marks="single")


_CROSSHEAD_CHARS = 80  # a crosshead is a line of a few words
_DASHED = re.compile("[-\u2013\u2014] (.+) [-\u2013\u2014]")


def _said_in(body: list[tuple[list[str], Quote]], text: str, loose: bool = False) -> Optional[Quote]:
    """The story's first quote that holds the words of ``text``, if they run to ``_MIN_WORDS`` or more;
    ``loose`` (for a headline's quote that names no one): else the story's first quote that holds the
    longest run of them, when that run is ``_MIN_WORDS`` words or more and two thirds of them ('We are not
    afraid any more' over '… a country that is not afraid any more', as headlines trim what was said)."""
    words = _words(text)
    if len(words) < _MIN_WORDS:
        return _said_whole(body, text)
    found = next((q for said, q in body if _holds(said, words)), None)
    if found is not None or not loose:
        return found
    grams = set(_runs_of(words, _MIN_WORDS))  # (only the story's quotes that share a run of three words are read)
    runs = [(_longest_run(said, words), q) for said, q in body if not grams.isdisjoint(_runs_of(said, _MIN_WORDS))]
    longest = max((n for n, _ in runs), default=0)
    if longest < _MIN_WORDS or 3 * longest < 2 * len(words):
        return None
    return next(q for n, q in runs if n == longest)


def _said_whole(body: list[tuple[list[str], Quote]], text: str) -> Optional[Quote]:
    """The story's first quote that is the words of ``text`` and no more, however few ('impossible choices'
    in the headline, '"impossible choices"' in the story): a fragment the story quotes as it stands; else the
    first that holds them, when the story's quotes that hold them are one speaker's ('Burglar … in
    'cowardly' raid' over '"It was a cowardly attack," the judge said'), and a word of them is no short one."""
    words = _words(text)
    if not words:
        return None
    whole = next((q for said, q in body if said == words), None)
    if whole is not None or max(len(w) for w in words) < _SHORT_WORD:
        return whole
    holding = [q for said, q in body if _holds(said, words)]
    speakers = {q.speaker.id for q in holding if q.speaker is not None}
    return holding[0] if len(speakers) == 1 else None


_SHORT_WORD = 4  # letters of a word too common to pick a speaker alone ('the', 'all', 'no')


def _runs_of(words: list[str], n: int) -> Iterator[tuple[str, ...]]:
    return (tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def _longest_run(said: list[str], words: list[str]) -> int:
    """The number of words in the longest run that ``said`` and ``words`` share."""
    best = 0
    ending = [0] * (len(words) + 1)  # the run that ends at each word of ``words``, at the word of ``said`` before
    for w in said:
        for i in range(len(words), 0, -1):
            ending[i] = ending[i - 1] + 1 if words[i - 1] == w else 0
            best = max(best, ending[i])
    return best


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _holds(said: list[str], words: list[str]) -> bool:
    """Are ``words`` a run of ``said``?"""
    n = len(words)
    return any(said[i:i + n] == words for i in range(len(said) - n + 1))
