"""Radicale on loopback without its flush of every item to disk (`_filesystem_fsync`, an
option Radicale's own tests set and its command line refuses), for bench/sync.py: the
first sync's time then shows what a server that does not wait on the disk takes.

    python bench/radicale_nofsync.py PORT FOLDER USERS_FILE
"""

from __future__ import annotations

import signal
import socket
import sys


def main() -> None:
    from radicale import config, log, server

    port, folder, users = sys.argv[1:4]
    log.setup()
    log.set_level("info", False, "")
    configuration = config.load()
    configuration.update({
        "server": {"hosts": f"127.0.0.1:{port}"},
        "storage": {"filesystem_folder": folder},
        "auth": {"type": "htpasswd", "htpasswd_filename": users,
                 "htpasswd_encryption": "plain"},
    }, "bench/radicale_nofsync.py")
    configuration.update({"storage": {"_filesystem_fsync": "False"}},
                         "bench/radicale_nofsync.py", privileged=True)
    stop, stop_out = socket.socketpair()
    signal.signal(signal.SIGTERM, lambda *_: stop.close())
    server.serve(configuration, stop_out)


if __name__ == "__main__":
    main()
