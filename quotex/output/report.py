"""``quotex report``: one self-contained HTML page of a corpus, to open in a browser.

The page holds a summary (documents, quotations, the top speakers, the share of unnamed
sources, by outlet and by month when the corpus has those fields, the quotes that travel
between documents) drawn as inline SVG charts, and every article with its quotes in its
speakers' colours, as ``show`` prints them, linked from the summary. Nothing is loaded from
anywhere: the styles and the small script are in the page, and its Content-Security-Policy
forbids any request. The page is rendered with a Jinja2 template (``data/report.html.j2``),
which escapes every text it is given.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Optional, Sequence, TextIO, Union

from jinja2 import Environment

from .. import __version__
from ..errors import QuotexError
from .clusters import QuoteClusters, date_of
from .model import Quote
from .render import Row, shorten
from .views import LABEL_CLOSE, LABEL_OPEN, SpeakerTally, _with_marks

# Speaker colours for a white page, one per speaker of an article, reused in turn.
HTML_PALETTE: tuple[str, ...] = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#7f7f7f",
)
UNNAMED_COLOUR = "#b0b0b0"
TOP_SPEAKERS = 15
TOP_OUTLETS = 12
TOP_CLUSTERS = 20
BAR_WIDTH = 300  # the longest bar of a chart, in the chart's units (560 wide)


@dataclass(frozen=True)
class Piece:
    """A stretch of an article: plain text, or a quote with its colour and the label before it."""

    text: str
    colour: Optional[str] = None
    label: Optional[str] = None
    kind: str = "plain"  # plain, quote, unattributed, term
    title: str = ""


@dataclass
class Article:
    number: int
    name: str
    date: Optional[str]
    outlet: Optional[str]
    pieces: list[Piece]
    legend: list[tuple[str, str, int, bool]]  # name, colour, quotations, anonymous
    quotations: int
    top_speaker: Optional[str]


@dataclass
class Bar:
    label: str
    value: int
    width: float
    colour: str
    href: str = ""
    note: str = ""


@dataclass
class ReportData:
    title: str
    version: str
    documents: int = 0
    quotations: int = 0
    speakers: int = 0
    unnamed_share: str = "0%"
    summary_line: str = ""
    top_speakers: list[Bar] = field(default_factory=list)
    sources: list[Bar] = field(default_factory=list)
    outlets: list[Bar] = field(default_factory=list)
    months: list[Bar] = field(default_factory=list)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


def _docs(n: int) -> str:
    return f"{n} doc{'' if n == 1 else 's'}"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


def _colour(n: int) -> str:
    return HTML_PALETTE[n % len(HTML_PALETTE)]


def article_pieces(text: str, quotes: Sequence[Quote]) -> tuple[list[Piece], list[tuple[str, str, int, bool]]]:
    """The article cut into plain text and quotes, each quote in its speaker's colour with the
    speaker's name before its first fragment; and the legend: who, in which colour, how often."""
    colours: dict[str, str] = {}
    groups: dict[str, set[int]] = {}
    anonymous: dict[str, bool] = {}
    pieces: list[Piece] = []
    pos = 0
    labelled: set[int] = set()
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        begin, end = _with_marks(text, quote.start, quote.end)
        if begin < pos:
            continue
        pieces.append(Piece(text[pos:begin]))
        if quote.type == "term":
            pieces.append(Piece(text[begin:end], kind="term", title="quoted term"))
        elif quote.speaker is None:
            label = None if quote.group in labelled else f"{LABEL_OPEN}?{LABEL_CLOSE}"
            pieces.append(Piece(text[begin:end], label=label, kind="unattributed", title="no speaker found"))
        else:
            name = quote.speaker.name
            colour = colours.setdefault(name, _colour(len(colours)))
            groups.setdefault(name, set()).add(quote.group)
            anonymous.setdefault(name, quote.speaker.anonymous)
            label = None if quote.group in labelled else f"{LABEL_OPEN}{name}{LABEL_CLOSE}"
            pieces.append(Piece(text[begin:end], colour=colour, label=label, kind="quote",
                                title=f"{name} ({quote.type}, {quote.method} {quote.confidence:.2f})"))
        labelled.add(quote.group)
        pos = end
    pieces.append(Piece(text[pos:]))
    legend = [(name, colours[name], len(groups[name]), anonymous[name]) for name in colours]
    return pieces, legend


def _bars(items: list[tuple[str, int, str, str, str]]) -> list[Bar]:
    """Bars scaled to the largest value: (label, value, colour, link, note) each."""
    top = max((value for _, value, *_ in items), default=0) or 1
    return [Bar(label, value, max(2.0, BAR_WIDTH * value / top), colour, href, note)
            for label, value, colour, href, note in items]


class ReportRenderer:
    """Gathers every document, then writes the page when closed: to ``output``, a stream, or a
    path written anew only then (so a run that fails leaves an earlier page as it was)."""

    def __init__(self, output: Union[TextIO, str], *, title: str = "quotex report", date_field: str = "date",
                 outlet_field: str = "publisher") -> None:
        self.output = output
        self.title = title
        self.date_field = date_field
        self.outlet_field = outlet_field
        self.tally = SpeakerTally(across=True)
        self.clusters = QuoteClusters(date_field)
        self.articles: list[Article] = []
        self.outlets: Counter[str] = Counter()
        self.outlet_quotes: Counter[str] = Counter()
        self.outlet_unnamed: Counter[str] = Counter()
        self.months: Counter[str] = Counter()
        self.first_article: dict[str, int] = {}  # a speaker key -> the first article that quotes it

    def document(self, name: str, quotes: Sequence[Quote], text: str = "", row: Optional[Row] = None) -> None:
        number = len(self.articles)
        self.tally.add(name, quotes)
        self.clusters.add(name, quotes, row)
        date = date_of(row, self.date_field)
        outlet = date_of(row, self.outlet_field)
        speech = [q for q in quotes if q.type != "term"]
        quotations = len({q.group for q in speech})
        if outlet:
            self.outlets[outlet] += 1
            self.outlet_quotes[outlet] += quotations
            self.outlet_unnamed[outlet] += len({q.group for q in speech if q.speaker is not None and q.speaker.anonymous})
        if date:
            self.months[date[:7]] += quotations
        for quote in speech:
            if quote.speaker is not None and quote.speaker.key:
                self.first_article.setdefault(quote.speaker.key, number)
        pieces, legend = article_pieces(text, quotes)
        top = max(legend, key=lambda entry: entry[2])[0] if legend else None
        self.articles.append(Article(number, name, date, outlet, pieces, legend, quotations, top))

    def close(self) -> None:
        page = render_page(self._data())
        if not isinstance(self.output, str):
            self.output.write(page)
            self.output.flush()
            return
        try:
            with open(self.output, "w", encoding="utf-8") as f:
                f.write(page)
        except OSError as exc:
            raise QuotexError(f"cannot write the report {self.output}: {(exc.strerror or str(exc)).lower()}") from exc

    def _data(self) -> ReportData:
        share = self.tally.share
        rows = self.tally.rows()
        data = ReportData(self.title, __version__, documents=len(self.articles), quotations=len(share.quotes),
                          speakers=len(rows), summary_line=share.summary())
        data.unnamed_share = _share(len(share.anonymous), len(share.quotes))
        data.top_speakers = _bars([
            (row.name, len(row.groups), UNNAMED_COLOUR if row.anonymous else _colour(n),
             f"#doc-{self._first(row.keys)}", _docs(len(row.documents)))
            for n, row in enumerate(rows[:TOP_SPEAKERS])])
        named = len(share.quotes) - len(share.anonymous) - len(share.unattributed) - len(share.pronouns)
        data.sources = _bars([
            ("named sources", named, _colour(0), "", ""),
            ("unnamed sources", len(share.anonymous), UNNAMED_COLOUR, "", ""),
            ("no speaker found", len(share.unattributed), "#e0e0e0", "", ""),
            ("only a pronoun", len(share.pronouns), "#d0d0d0", "", ""),
        ])
        data.outlets = _bars([(outlet, self.outlet_quotes[outlet], _colour(n), "",
                               f"{_docs(docs)} · {_share(self.outlet_unnamed[outlet], self.outlet_quotes[outlet])} unnamed")
                              for n, (outlet, docs) in enumerate(self.outlets.most_common(TOP_OUTLETS))])
        data.months = _bars([(month, self.months[month], _colour(2), "", "") for month in sorted(self.months)])
        numbers = {a.name: a.number for a in self.articles}
        for cluster in self.clusters.shared(2)[:TOP_CLUSTERS]:
            record = cluster.record()
            record["text"] = shorten(record["text"], 240)
            firsts = {a["doc"]: a for a in reversed(record["appearances"])}  # each document once, at its first
            record["links"] = [(a["doc"], numbers.get(a["doc"], 0), a["date"]) for a in record["appearances"]
                               if firsts[a["doc"]] is a]
            data.clusters.append(record)
        data.articles = self.articles
        return data

    def _first(self, keys: Counter[str]) -> int:
        return min((self.first_article[k] for k in keys if k in self.first_article), default=0)


def render_page(data: ReportData) -> str:
    template = resources.files("quotex").joinpath("data/report.html.j2").read_text(encoding="utf-8")
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return environment.from_string(template).render(data=data)
