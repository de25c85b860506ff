"""The guest page as HTML: one small, self-contained document, readable on any phone.

No script, no external font, image or style sheet, no framework: a guest opens the link
in whatever browser their phone has, possibly on a weak connection at the door, and the
page's Content-Security-Policy allows nothing but its own inline style and a form posting
back to the same address. Every text is escaped here, so a door name or a translation
can never become markup.

The Open button is a form without an `action`: it posts to the page's own URL, whose
token is the credential, so the page carries no token of its own and needs no CSRF token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from html import escape
from typing import Final


class Tone(StrEnum):
    """How the page's main sentence is shown."""

    INFO = "info"
    OPENED = "opened"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class GuestPage:
    """What one page says, already translated."""

    language: str
    """The page's language code (`lang` of the document)."""
    title: str
    message: str
    tone: Tone = Tone.INFO
    details: tuple[str, ...] = field(default_factory=tuple)
    """Lines under the message: validity, hours, uses left."""
    button: str | None = None
    """The Open button's label; `None`: no button."""


_STYLE: Final = """
:root{color-scheme:light dark;--ok:#1b7f3b;--no:#b3261e;--fg:#1c1b1f;--bg:#f6f6f8;--card:#fff}
@media (prefers-color-scheme:dark){:root{--ok:#6dd58c;--no:#f2b8b5;--fg:#e6e1e5;
--bg:#121212;--card:#1e1e1e}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
background:var(--bg);color:var(--fg);font:18px/1.45 system-ui,-apple-system,"Segoe UI",
Roboto,sans-serif;padding:16px}
main{width:100%;max-width:26rem;background:var(--card);border-radius:16px;padding:24px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}
h1{font-size:1.5rem;margin:0 0 12px}
p{margin:0 0 12px}
.opened{color:var(--ok);font-weight:600}
.refused{color:var(--no);font-weight:600}
ul{list-style:none;margin:0 0 16px;padding:0}
li{padding:4px 0;border-top:1px solid rgba(127,127,127,.25)}
button{width:100%;min-height:64px;border:0;border-radius:12px;background:var(--ok);
color:#fff;font:inherit;font-size:1.25rem;font-weight:600;cursor:pointer}
@media (prefers-color-scheme:dark){button{color:#062b12}}
"""


def render(page: GuestPage) -> str:
    """The whole HTML document of `page`."""
    details = "".join(f"<li>{escape(line)}</li>" for line in page.details)
    form = (
        ""
        if page.button is None
        else f'<form method="post"><button type="submit">{escape(page.button)}</button></form>'
    )
    return (
        "<!DOCTYPE html>"
        f'<html lang="{escape(page.language)}">'
        "<head>"
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="robots" content="noindex, nofollow">'
        f"<title>{escape(page.title)}</title>"
        f"<style>{_STYLE}</style>"
        "</head>"
        "<body><main>"
        f"<h1>{escape(page.title)}</h1>"
        f'<p class="{page.tone.value}" role="status">{escape(page.message)}</p>'
        f"{f'<ul>{details}</ul>' if details else ''}"
        f"{form}"
        "</main></body></html>"
    )
