"""Where the tone check's patterns are compiled: a few hundred large regular expressions cost
about 50 ms to compile, more than the rest of `followup check -` together (issue 24, point 4).
They go through core/patterns.py, which uses the compiled programs an earlier run kept.
"""

from __future__ import annotations

from followup.core.patterns import give, rx

__all__ = ["give", "rx"]
