"""Sign-in that holds up beyond loopback: back-off after wrong passwords and sessions the
server can end.

Back-off works at two levels. Each client (its address; an IPv6 client by its /64, which one
machine holds whole) may get a few passwords wrong freely; after that it must wait, twice as
long after every further miss, up to a cap. All other clients together have a larger
allowance, so guesses spread over many addresses slow down too; a client on this machine
(loopback) is held up by its own misses only, so guesses from elsewhere never lock the owner
out at the machine itself. While a wait runs, a sign-in answers at once without checking the
password, so guessing costs the server nothing. The clock is injected, so tests move time by
hand.

A signed-in session is a random id that the server keeps in memory: logging out forgets it,
so a copied cookie stops working at once. Restarting the server signs every browser out.
"""

from __future__ import annotations

import math
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

CLIENT_FREE = 5  # wrong passwords a client may send before it has to wait
GLOBAL_FREE = 30  # the same for all clients together
FIRST_WAIT_S = 1.0
MAX_WAIT_S = 15 * 60.0
FORGET_AFTER_S = 60 * 60.0  # a client quiet this long starts afresh
MAX_CLIENTS = 10_000  # bounded memory, however many addresses guess
SESSION_S = 14 * 24 * 3600.0


@dataclass
class _Misses:
    count: int = 0
    last: float = 0.0


def client_key(address: str) -> tuple[str, bool]:
    """Whom a client address counts as, and whether it is this machine (loopback)."""
    import ipaddress

    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address, False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv6Address) and not ip.is_loopback:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False)), False
    return str(ip), ip.is_loopback


def wait_after(misses: int, free: int) -> float:
    """Seconds to wait after `misses` wrong passwords when `free` of them cost nothing."""
    if misses < free:
        return 0.0
    return min(MAX_WAIT_S, FIRST_WAIT_S * math.pow(2, misses - free))


class Throttle:
    """Counts wrong passwords per client and overall, and says how long a client must wait."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._clients: dict[str, _Misses] = {}
        self._all = _Misses()
        self._lock = threading.Lock()

    def _fresh(self, m: _Misses, now: float) -> _Misses:
        if m.count and now - m.last > FORGET_AFTER_S:
            m.count = 0
        return m

    def wait(self, client: str) -> float:
        """Seconds before `client` may try a password again (0: now)."""
        now = self._clock()
        client, local = client_key(client)
        with self._lock:
            mine = self._fresh(self._clients.get(client, _Misses()), now)
            overall = self._fresh(self._all, now)
            left = mine.last + wait_after(mine.count, CLIENT_FREE) - now
            if not local:
                left = max(left, overall.last + wait_after(overall.count, GLOBAL_FREE) - now)
        return max(0.0, left)

    def begin(self, client: str) -> float:
        """Before checking a password: the wait still to run, or 0 and the attempt is counted
        as a miss until `succeeded` says otherwise (so parallel guesses cannot slip through)."""
        left = self.wait(client)
        if left > 0:
            return left
        now = self._clock()
        client, local = client_key(client)
        with self._lock:
            if len(self._clients) >= MAX_CLIENTS and client not in self._clients:
                oldest = min(self._clients, key=lambda c: self._clients[c].last)
                del self._clients[oldest]
            mine = self._clients.setdefault(client, _Misses())
            mine.count, mine.last = mine.count + 1, now
            if not local:
                self._all.count, self._all.last = self._all.count + 1, now
        return 0.0

    def succeeded(self, client: str) -> None:
        client, local = client_key(client)
        with self._lock:
            self._clients.pop(client, None)
            if not local:
                self._all.count = max(0, self._all.count - 1)


class SignIns:
    """The ids of signed-in sessions, each with the time it ends."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._live: dict[str, float] = {}
        self._lock = threading.Lock()

    def start(self) -> str:
        sid = secrets.token_urlsafe(24)
        now = self._clock()
        with self._lock:
            self._live = {k: v for k, v in self._live.items() if v > now}
            self._live[sid] = now + SESSION_S
        return sid

    def live(self, sid: str | None) -> bool:
        if not sid:
            return False
        with self._lock:
            ends = self._live.get(sid)
        return ends is not None and ends > self._clock()

    def end_others(self, sid: str | None) -> None:
        """Sign every other browser out (a new password)."""
        with self._lock:
            self._live = {k: v for k, v in self._live.items() if k == sid}

    def end(self, sid: str | None) -> None:
        with self._lock:
            self._live.pop(sid or "", None)
