"""`followup web`: the dashboard on this machine. FastAPI and uvicorn are imported only here,
when the command runs, so every other command starts as fast as before."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from followup.cli.commands import ctx_of
from followup.cli.context import handles_errors
from followup.core.errors import BadInput, FollowupError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _check_port(host: str, port: int) -> None:
    """A clear line instead of a server log when the port is taken."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise BadInput(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                           "choose another --port") from None


def allowed_hosts(host: str, extra: list[str]) -> tuple[str, ...]:
    """The Host names the server answers to: the address it is bound to, this machine's
    loopback names, and each --allow-host; on a wildcard address also the machine's name."""
    names = {host.lower().strip("[]"), *LOOPBACK, *(h.lower().strip() for h in extra)}
    if host in ("0.0.0.0", "::"):
        import socket

        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    return tuple(sorted(n for n in names if n))


def start_lines(host: str, port: int, tls: bool, hosts: tuple[str, ...]) -> list[tuple[str, bool]]:
    """What the server says as it starts, each line with whether it is a warning: the
    address it really listens on and, beyond loopback without TLS, a loud warning."""
    scheme = "https" if tls else "http"
    shown = f"[{host}]" if ":" in host else host
    lines = [(f"followup: the dashboard is at {scheme}://{shown}:{port}/ (Ctrl+C stops it)",
              False)]
    if host in ("0.0.0.0", "::"):
        names = ", ".join(h for h in hosts if h not in LOOPBACK)
        lines.append((f"followup: listening on every address of this machine; it answers "
                      f"to the names {names or '(none)'} and this machine's own; add others "
                      "with --allow-host", False))
    if host not in LOOPBACK and not tls:
        lines.append(("followup: WARNING: plain HTTP beyond this machine: your password and "
                      "your data cross the network unencrypted. Serve over TLS with "
                      "--certfile and --keyfile.", True))
    return lines


def register(app: typer.Typer) -> None:
    """Add the web command to `app`."""

    @app.command()
    @handles_errors
    def web(
        ctx: typer.Context,
        port: Annotated[int, typer.Option("--port", min=1, max=65535,
                                          help="Port to listen on.")] = 8765,
        host: Annotated[str, typer.Option(
            "--host", help="Address to listen on. Anything but this machine "
            "(127.0.0.1) needs a password: see --set-password.")] = "127.0.0.1",
        no_browser: Annotated[bool, typer.Option(
            "--no-browser", help="Do not open the dashboard in a browser.")] = False,
        set_password: Annotated[bool, typer.Option(
            "--set-password", help="Set the dashboard's password (stored as an argon2 "
            "hash in the config folder) and exit.")] = False,
        certfile: Annotated[str | None, typer.Option(
            "--certfile", help="TLS certificate (PEM): serve https, with Secure cookies.")]
        = None,
        keyfile: Annotated[str | None, typer.Option(
            "--keyfile", help="The certificate's private key (PEM).")] = None,
        allow_host: Annotated[list[str] | None, typer.Option(
            "--allow-host", help="Another host name browsers may use to reach the "
            "dashboard (repeatable); others are refused.")] = None,
    ) -> None:
        """Serve the dashboard on this machine: today's steps, the pipeline, each plan."""
        from importlib.util import find_spec

        needed = ("fastapi", "uvicorn", "multipart", "argon2", "itsdangerous")
        missing = [m for m in needed if find_spec(m) is None]
        if missing:
            raise FollowupError(
                f"the dashboard needs the web extra (missing: {', '.join(missing)}): install "
                "it with: pip install -e '.[web]'  (or: pip install 'followup[web]')")
        from followup.web import config as web_config

        if set_password:
            password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
            path = web_config.set_password(password)
            typer.echo(f"Password saved (argon2 hash) in {path}. Every browser signs in "
                       "again.")
            return
        c = ctx_of(ctx)
        secrets = web_config.load_secrets()
        loopback = host in LOOPBACK
        if not loopback and secrets.password_hash is None:
            raise BadInput(f"--host {host}: listening beyond this machine needs a password; "
                           "set one first with: followup web --set-password")
        if (certfile is None) != (keyfile is None):
            raise BadInput("--certfile and --keyfile go together: give both for TLS")
        for pem, name in ((certfile, "--certfile"), (keyfile, "--keyfile")):
            if pem is not None and not Path(pem).is_file():
                raise BadInput(f"{name} {pem}: no such file")
        tls = certfile is not None
        c.store.close()  # opens and migrates the database now, so a bad --db fails here
        if c._now_option:  # a fixed --now (demos, tests); otherwise the real clock
            fixed = c.now
            clock = lambda: fixed  # noqa: E731
        else:
            from followup.clock import real_now

            tz = c.tz
            clock = lambda: real_now(tz)  # noqa: E731
        hosts = allowed_hosts(host, allow_host or [])
        cfg = web_config.WebConfig(
            db_path=c.db_path, tz=c.tz, clock=clock, secrets=secrets,
            playbook=c.settings.get("playbook") or "default",
            holidays=c.settings.get("holidays"), allowed_hosts=hosts, secure_cookies=tls,
            week_start=c.settings.get("week_start") or "sunday",
            locale=c.settings.get("locale") or "",
        )
        _check_port(host, port)
        import uvicorn

        from followup.web import create_app

        for line, loud in start_lines(host, port, tls, hosts):
            typer.echo(line, err=loud)
        local = "127.0.0.1" if host in ("0.0.0.0", "::") else (
            f"[{host}]" if ":" in host else host)
        url = f"{'https' if tls else 'http'}://{local}:{port}/"
        if not no_browser:
            import threading
            import webbrowser

            threading.Timer(0.7, webbrowser.open, [url]).start()
        uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning",
                    server_header=False, ssl_certfile=certfile, ssl_keyfile=keyfile)
