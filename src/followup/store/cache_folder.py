"""The user's cache folder for followup (platformdirs' answer, without its import on Linux):
kept data any run may rebuild, such as holiday tables and the tone check's compiled patterns."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def folder() -> Path:
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(base) if base else Path("~/.cache").expanduser()) / "followup"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("followup"))
