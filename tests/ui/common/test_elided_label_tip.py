"""The elided label's tooltip: rich text that wraps, with the text escaped as html.escape does."""

from __future__ import annotations

import html

from b24desk.ui.common.elided_label import _wrapping_tip


def test_the_tooltip_escapes_the_text_as_html_escape_does() -> None:
    text = 'a&b <tag> "quoted" it\'s'
    assert _wrapping_tip(text) == "<qt>" + html.escape(text).replace("&amp;", "&amp;\u200b") + "</qt>"
