"""Without the web extra installed, `followup web` says what to install, in one line."""

from __future__ import annotations

import importlib.util

import pytest


def test_web_without_its_extra_says_what_to_install(cli, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
                                                    ) -> None:
    real = importlib.util.find_spec

    def without_fastapi(name: str, *args: object) -> object:
        return None if name == "fastapi" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", without_fastapi)
    res = cli("web", "--no-browser")
    assert res.code == 1
    assert res.stderr.strip() == (
        "followup: error: the dashboard needs the web extra (missing: fastapi): install it "
        "with: pip install -e '.[web]'  (or: pip install 'followup[web]')")
