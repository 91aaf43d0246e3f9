"""The design page's picture of the event layer is the one the declared pipeline draws."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pipeline_picture_is_current() -> None:
    """docs/_static/pipeline.svg equals what tools/draw_pipeline.py draws from STAGES."""
    spec = importlib.util.spec_from_file_location("draw", ROOT / "tools" / "draw_pipeline.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "_static" / "pipeline.svg").read_text(encoding="utf-8")
    assert committed == module.draw(), "run python tools/draw_pipeline.py"
