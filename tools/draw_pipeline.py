"""Draw the event layer as an SVG picture for the design page, from the declared pipeline.

``python tools/draw_pipeline.py`` rewrites ``docs/_static/pipeline.svg`` from
``bilateral._events.pipeline.STAGES`` and the rule table; ``tests/test_docs_picture.py``
checks that the committed picture is the one the code draws.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

import bilateral
from bilateral._events.pipeline import STAGES

OUT = Path(__file__).resolve().parent.parent / "docs" / "_static" / "pipeline.svg"
LAYERS = [
    "tokens",
    "sentences",
    "headline · lead · dateline · links",
    "countries",
    "actors",
    "dates",
    "triggers",
    "cues",
    "clauses",
]
W, BOX_H, GAP = 560, 44, 18


def _box(x: int, y: int, w: int, h: int, title: str, note: str, fill: str) -> str:
    return (
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{fill}" stroke="#444"/>'
        f'<text x="{x + 12}" y="{y + 18}" font-weight="bold">{escape(title)}</text>'
        f'<text x="{x + 12}" y="{y + 35}" font-size="12" fill="#333">{escape(note)}</text>'
    )


def _arrow(x: int, y1: int, y2: int) -> str:
    return f'<line x1="{x}" y1="{y1}" x2="{x}" y2="{y2 - 2}" stroke="#444" marker-end="url(#a)"/>'


def draw() -> str:
    """The SVG text of the picture."""
    per_stage = Counter(r.stage for r in bilateral.rules().values())
    parts: list[str] = []
    y = 10
    parts.append(
        _box(
            20,
            y,
            W,
            BOX_H,
            "annotate(text, published=…)",
            "_document.py — one Document per article, built once",
            "#e8f0fe",
        )
    )
    y += BOX_H
    parts.append(_arrow(20 + W // 2, y, y + GAP))
    y += GAP
    layer_h = 30 + 16 * ((len(LAYERS) + 1) // 2)
    parts.append(
        f'<rect x="20" y="{y}" width="{W}" height="{layer_h}" rx="6" fill="#fef7e0" stroke="#444"/>'
    )
    parts.append(f'<text x="32" y="{y + 18}" font-weight="bold">Document layers</text>')
    for i, layer in enumerate(LAYERS):
        lx, ly = 32 + (i % 2) * (W // 2), y + 36 + 16 * (i // 2)
        parts.append(f'<text x="{lx}" y="{ly}" font-size="12">• {escape(layer)}</text>')
    y += layer_h
    for stage in STAGES:
        parts.append(_arrow(20 + W // 2, y, y + GAP))
        y += GAP
        note = f"{stage.module} — {per_stage.get(stage.name, 0)} named rules"
        parts.append(_box(20, y, W, BOX_H, f"stage: {stage.name}", note, "#e6f4ea"))
        y += BOX_H
    parts.append(_arrow(20 + W // 2, y, y + GAP))
    y += GAP
    parts.append(
        _box(
            20,
            y,
            W,
            BOX_H,
            "list[Event]",
            "extract(); explain() shows the rules that set each field",
            "#fce8e6",
        )
    )
    y += BOX_H + 10
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W + 40}" height="{y}" '
        'font-family="sans-serif" font-size="14">'
        '<defs><marker id="a" markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto">'
        '<path d="M0,0 L8,4 L0,8 z" fill="#444"/></marker></defs>'
    )
    return head + "".join(parts) + "</svg>\n"


if __name__ == "__main__":
    OUT.write_text(draw(), encoding="utf-8")
    print(f"wrote {OUT}")
