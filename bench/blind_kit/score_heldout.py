"""Score a held-out set that lives outside the repository, totals only (per writer and
together), never a file name or a miss:

    PYTHONPATH=CLONE/src python score_heldout.py CLONE OUT.json inv:h1=DIR … rep:h1=DIR …

CLONE is a fresh clone of the reader to score; each DIR a writer's folder of invitations
(`inv:`) or replies (`rep:`), in the format of INVITES_FORMAT.md / REPLIES_FORMAT.md.
"""

import json
import sys
import tempfile
from pathlib import Path

clone, out = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(clone / "bench"))
import capture_blind as c  # noqa: E402

inv_dirs, rep_dirs = {}, {}
for arg in sys.argv[3:]:
    kind, _, rest = arg.partition(":")
    name, _, where = rest.partition("=")
    {"inv": inv_dirs, "rep": rep_dirs}[kind][name] = Path(where)
tmp = Path(tempfile.mkdtemp())
for sub, prefix, dirs in (("invites", "people_", inv_dirs), ("replies", "blind_", rep_dirs)):
    (tmp / sub).mkdir()
    for name, where in dirs.items():
        (tmp / sub / f"{prefix}{name}").symlink_to(where.resolve())
c.ROOT = tmp
result: dict[str, object] = {}
if inv_dirs:
    inv = {k: c.invitations(k, False) for k in inv_dirs}
    result["invitations_by_writer"] = {k: c._shown(v) for k, v in inv.items()}
    result["invitations"] = c._shown(c._total(inv, c._invitation_figures))
if rep_dirs:
    rep = {k: c.replies(k, False) for k in rep_dirs}
    result["replies_by_writer"] = {k: c._shown(v) for k, v in rep.items()}
    result["replies"] = c._shown(c._total(rep, c._reply_figures))
out.write_text(json.dumps(result, indent=1) + "\n")
print(json.dumps(result, indent=1))
