"""HTML pages to article text, through trafilatura.

A saved news page holds far more than the story: navigation, ads, related
links, share buttons, a comment widget. trafilatura keeps the main article
text, one paragraph per line, and quotex reads that text as it would a
``.txt`` file; offsets refer to it. Comments are left out on purpose: a
reader's comment quoting the article would otherwise look like a quote.

trafilatura is imported on first use, so plain-text runs never pay for it.
"""

from __future__ import annotations

import logging
from typing import Callable, Optional

HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm")
NO_ARTICLE = "no article text found in the HTML"
# trafilatura and its helpers log their doubts; without a handler Python
# would print WARNING and above to stderr, which belongs to quotex.
_CHATTY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")

_extract: Optional[Callable[..., Optional[str]]] = None


class HtmlError(ValueError):
    """A page with no article text; the message is the user's reason."""


def is_html_name(name: str) -> bool:
    """Does a file name say HTML (``.html``, ``.htm``, in any case)?"""
    return name.lower().endswith(HTML_SUFFIXES)


def article_text(html: str) -> str:
    """The main article text of a page, paragraphs one per line, without a final newline.

    Raises ``HtmlError`` when the page has no article text that trafilatura
    can find (an index page, an empty page, not HTML at all).
    """
    extract = _trafilatura()
    try:
        text = extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            output_format="txt",
            deduplicate=False,
        )
    except Exception as exc:  # noqa: BLE001 - lxml's many errors; one page, one reason
        raise HtmlError(f"cannot parse the HTML ({type(exc).__name__}: {exc})") from exc
    if not text or not text.strip():
        raise HtmlError(NO_ARTICLE)
    return text


def _trafilatura() -> Callable[..., Optional[str]]:
    global _extract
    if _extract is None:
        for name in _CHATTY_LOGGERS:
            logging.getLogger(name).addHandler(logging.NullHandler())
        try:
            from trafilatura import extract
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise HtmlError(f"HTML input needs trafilatura ({exc}); pip install trafilatura") from exc
        _extract = extract
    return _extract
