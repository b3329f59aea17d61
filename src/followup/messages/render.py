"""Rendering: Jinja2 in its sandbox, with StrictUndefined, over the shipped templates and the
user's own copies in the config folder (which win).

A template may only use the variables it is given. A typo, a syntax error or a reach for
Python internals fails as one BadInput line that names the template, the line and the cause;
nothing is ever produced half-filled. Jinja2 is imported only here, and only on use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from followup.core.errors import BadInput, NotFound

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.messages.context import DraftContext

SUFFIX = ".j2"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SHIPPED_MARK = "<shipped>/"


def user_dir() -> Path:
    from followup.settings import config_dir

    return config_dir() / "templates"


def _shipped_dir() -> Any:
    return resources.files("followup.messages") / "templates"


def shipped_names() -> list[str]:
    return sorted(p.name[: -len(SUFFIX)] for p in _shipped_dir().iterdir()
                  if p.name.endswith(SUFFIX) and not p.name.startswith("_"))


def check_name(name: str) -> str:
    """A template name as users type it ("thank_you_email", or with .j2); never a path."""
    bare = name.strip()
    bare = bare[: -len(SUFFIX)] if bare.endswith(SUFFIX) else bare
    if not _NAME.match(bare):
        raise BadInput(f"{name!r} is not a template name: see `followup templates list`")
    return bare


def user_path(name: str) -> Path:
    return user_dir() / f"{check_name(name)}{SUFFIX}"


def shipped_source(name: str) -> str:
    path = _shipped_dir() / f"{check_name(name)}{SUFFIX}"
    if not path.is_file():
        raise NotFound(f"no template named {name!r}: see `followup templates list`")
    return str(path.read_text(encoding="utf-8"))


def source(name: str) -> tuple[str, str]:
    """(text, where): the user's copy when there is one, else the shipped template."""
    mine = user_path(name)
    if mine.exists():  # a FIFO or a device there is refused in one line, not passed over
        from followup.budgets import TEMPLATE_BYTES, read_small
        from followup.core.validate import has_control

        text = read_small(mine, TEMPLATE_BYTES, f"template {mine}")
        if has_control(text.replace("\r\n", "\n"), multiline=True):
            raise BadInput(f"template {mine} holds a control character (an escape sequence "
                           "or a bell?): a letter is plain text; remove it")
        return text, str(mine)
    return shipped_source(name), f"{_SHIPPED_MARK}{check_name(name)}{SUFFIX}"


def _describe(where: str) -> str:
    if where.startswith(_SHIPPED_MARK):
        return f"template {where[len(_SHIPPED_MARK):-len(SUFFIX)]}"
    return f"template {Path(where).stem} (your copy: {where})"


def _stamp(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def _environment() -> Any:
    return _cached_environment(str(user_dir()))


@functools.lru_cache(maxsize=4)
def _cached_environment(folder: str) -> Any:
    """One environment per user-template folder; a template is reloaded when the user's
    copy appears, changes or goes away."""
    from jinja2 import FunctionLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    def load(name: str) -> tuple[str, str, Callable[[], bool]]:
        mine = Path(folder) / f"{check_name(name)}{SUFFIX}"
        seen = _stamp(mine)
        text, where = source(name)
        return text, where, lambda: _stamp(mine) == seen

    from followup.messages.limits import bounded_environment

    env_class = bounded_environment(SandboxedEnvironment)
    return env_class(
        loader=FunctionLoader(load), undefined=StrictUndefined, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False, auto_reload=True,
    )


def _where(exc: BaseException) -> tuple[str, int | None]:
    """The innermost template frame of a failure: Jinja2 rewrites tracebacks so that they
    point at template lines."""
    found: tuple[str, int | None] = ("", None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(SUFFIX):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _fail(name: str, exc: BaseException) -> BadInput:
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    from followup.messages.limits import TemplateTooCostly

    line: int | None
    if isinstance(exc, TemplateSyntaxError):
        where, line = exc.filename or "", exc.lineno
        cause = f"syntax error: {exc.message}"
    else:
        where, line = _where(exc)
        if isinstance(exc, SecurityError):
            cause = (f"refused: {exc} Templates may use only the variables they are given "
                     "(see the comment at the top of the shipped one)")
        elif isinstance(exc, UndefinedError):
            cause = (f"{exc.message}: check the spelling against the variables listed at the "
                     f"top of the shipped template (followup templates show {name})")
        elif isinstance(exc, TemplateNotFound):
            cause = f"it includes {exc.name!r}, which is no template"
        elif isinstance(exc, TemplateTooCostly):
            cause = str(exc)
        else:
            cause = f"{type(exc).__name__}: {exc}"
    if not where:
        where = source(name)[1] if name else ""
    at = f" line {line}" if line else ""
    return BadInput(f"{_describe(where)}{at}: {cause}; no draft was made")


def tidy(text: str) -> str:
    """Whitespace the templates leave behind: trailing spaces, doubled spaces mid-line,
    runs of blank lines."""
    lines = []
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        lines.append(" " * indent + re.sub(r" {2,}", " ", line.strip()))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def render(name: str, context: DraftContext) -> str:
    """The text of template `name` filled from `context`, tidied. A template sees the fields
    of a `DraftContext` and nothing else: only what may be said to the employer."""
    check_name(name)
    variables = context.variables()
    env = _environment()
    from followup.messages.limits import render_bounded

    try:
        template = env.get_template(name)
        text = render_bounded(template, variables)
    except BadInput:
        raise
    except NotFound as exc:
        raise BadInput(exc.message) from None
    except Exception as exc:  # whatever a user's template does wrong becomes one line
        raise _fail(name, exc) from None
    return tidy(text)


def validate(name: str) -> None:
    """Parse a template without rendering it: syntax errors surface right after an edit."""
    env = _environment()
    try:
        env.get_template(name)
    except Exception as exc:
        raise _fail(name, exc) from None


def check_text(name: str, text: str) -> str:
    """A new text for template `name`, as the candidate's own copy must be (plain text within
    the size limit, no control character, parsed by the same sandbox), with its line ends
    made plain; BadInput naming the line and the cause otherwise."""
    from followup.budgets import TEMPLATE_BYTES
    from followup.core.validate import has_control

    check_name(name)
    text = text.replace("\r\n", "\n")
    if len(text.encode("utf-8")) > TEMPLATE_BYTES:
        raise BadInput(f"template {name} is too long (at most {TEMPLATE_BYTES // 1024} KB); "
                       "nothing was saved")
    if has_control(text, multiline=True):
        raise BadInput(f"template {name} holds a control character (an escape sequence or a "
                       "bell?): a letter is plain text; remove it")
    if not text.strip():
        raise BadInput(f"template {name} is empty: write the message, or go back to the "
                       "shipped one")
    try:
        _environment().parse(text)
    except Exception as exc:
        raise _fail(name, exc) from None
    return text


def render_text(name: str, text: str, context: DraftContext) -> str:
    """What `text`, a template not saved yet, makes of `context`: the same sandbox and limits
    as `render`, for a preview."""
    from followup.messages.limits import render_bounded

    try:
        text = tidy(render_bounded(_environment().from_string(text), context.variables()))
    except BadInput:
        raise
    except Exception as exc:  # whatever the text does wrong becomes one line
        raise _fail(name, exc) from None
    return text


def split_subject(text: str) -> tuple[str | None, str]:
    """A first line "Subject: ..." is the subject; the rest is the body."""
    first, _, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return first.split(":", 1)[1].strip() or None, rest.strip("\n") + "\n"
    return None, text
