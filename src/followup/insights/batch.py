"""One transaction around many service calls: what makes an import all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from followup.store.sqlite import Store


class Batch(Store):
    """The same connection as an outer Store already inside BEGIN IMMEDIATE, whose `write()`
    is a savepoint: service functions, which each open a write of their own, then run inside
    the one outer transaction, and a failing one undoes only its own changes."""

    def __init__(self, outer: Store) -> None:  # shares the outer connection: nothing to open
        self.__dict__.update(outer.__dict__)

    @contextmanager
    def write(self) -> Iterator[None]:
        self.conn.execute("SAVEPOINT batch_step")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO batch_step")
            self.conn.execute("RELEASE batch_step")
            raise
        self.conn.execute("RELEASE batch_step")

    @contextmanager
    def read(self) -> Iterator[None]:
        yield  # the outer transaction already gives a consistent view


class _Undo(Exception):
    pass


@contextmanager
def transaction(store: Store, *, dry_run: bool = False) -> Iterator[Batch]:
    """BEGIN IMMEDIATE ... COMMIT around the body; with `dry_run`, everything the body did is
    rolled back at the end, so a dry run checks exactly what a real run would do."""
    try:
        with store.write():
            yield Batch(store)
            if dry_run:
                raise _Undo
    except _Undo:
        pass
