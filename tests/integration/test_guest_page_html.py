"""The guest page's document: self-contained, escaped, a button only when given one."""

from __future__ import annotations

from html.parser import HTMLParser

from custom_components.digitalkey.guest_page_html import GuestPage, Tone, render


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_every_text_is_escaped() -> None:
    hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    page = GuestPage(
        language='nb"><script>',
        title=hostile,
        message=hostile,
        tone=Tone.REFUSED,
        details=(hostile,),
        button=hostile,
    )
    html = render(page)
    parsed = _parse(html)
    assert {tag for tag, _ in parsed.tags} == {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "h1",
        "p",
        "ul",
        "li",
        "form",
        "button",
    }
    assert "<script" not in html
    assert "".join(parsed.text).count(hostile) == 5, "shown as text, in every place"


def test_the_document_needs_nothing_from_elsewhere_and_posts_to_itself() -> None:
    page = GuestPage("en", "Key to Entrance", "Press the button.", button="Open the door")
    parsed = _parse(render(page))
    names = [name for _, attrs in parsed.tags for name in attrs]
    assert "src" not in names
    assert "href" not in names
    (form,) = [tag_attrs for tag, tag_attrs in parsed.tags if tag == "form"]
    assert form == {"method": "post"}
    metas = {attrs.get("name"): attrs.get("content") for tag, attrs in parsed.tags if tag == "meta"}
    assert metas["viewport"] == "width=device-width, initial-scale=1"
    assert metas["referrer"] == "no-referrer"
    assert "noindex" in (metas["robots"] or "")
    assert ("html", {"lang": "en"}) in parsed.tags


def test_no_button_and_no_list_unless_there_is_something_to_show() -> None:
    html = render(GuestPage("da", "Linket er ikke gyldigt", "Dette link åbner ingen dør."))
    tags = {tag for tag, _ in _parse(html).tags}
    assert "form" not in tags
    assert "ul" not in tags
    assert 'class="info"' in html
