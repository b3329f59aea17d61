"""Every shipped migration stays as it shipped (issue 21): a database made by an older
followup ran exactly this SQL, so a change to it would make new databases differ from
upgraded ones without a word. A migration's text may never change: add the next number.
The checksums are of each migration's SQL (a frozen file's text for "@NAME" entries)."""

from __future__ import annotations

import hashlib

from followup.store.migrations import MIGRATIONS, script_text

SHIPPED = {
    1: "4410320e14a212a034779b15516ee01af04a7d0c3e9f69cc0df4f1dc5158e445",
    2: "bb7e15927dd6f26670625d108f3aacf0af4c75331b5ae8b22553280a3f1c3e0d",
    3: "46f3f97d0b4b1d3e24505d6dd638b9e1444deaa281983c78d34a9a510ecc744e",
    4: "01ce2b61c287ff92771f3c167c2f7187d5d522cb88f43400d0cd9d7fea902af5",
    5: "8e6e0c6412010e510304b1b769e4767204ed66d15dd382a13067745dfea757e1",
    6: "553e9ab94cf3f4a1da35072b2cca8b764003b679d30c26b8006d299102dc523e",
    7: "37e1f1383c81b12d6647df26ef34328e618b5dc2571df78d8c81d8fba3735d99",
    8: "ff47fea4ca777203b451ebfb3dc174f77567ccc0a62f1403d05bcac7ff216a41",
    10: "b22a15d3b12dc0a9f3ce4924cb67b92f741464e05be1f5a06abdef89c357700a",
    11: "5184978f3b5886698759e24c231e855b7ca9fcc37292f072c8c265f67bfd90e7",
    12: "dde39a7d2275ed9a76b06fc67277c0ce4a6bc54168aab385940cecfb32b4fbb4",
    13: "da8b502cfa52b7db6dc7aa62b90719fefef32ddd98dead10bd3e8ae33d13da23",
    14: "ce465187dc4dcc8a8e731bc9a37aefe07d58dba1b53ce93d240c0ef93d51680e",
    15: "8eca753ce11f4766585bd08a331c4bdb7ed709a83a359580f7067979f206954f",
    16: "38394fbd06fd6a4e4c5f879ad3dcffe0c53522d990b9c34cd3f85c96aa408c04",
    18: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    19: "754755023e090d5810e755cc7f557506375dbfa3134cc20a82220f87fa8af912",
    20: "d52acef9aebeab6129991ed6e717f53e6f3d8b9bcc449d1582722fcf36731459",
    21: "625789e598bf5f1b9c62e08e8c21be8338de8f95268783f5a5c8d6a8d9647344",
    22: "6de6cee4b25744ed39cae89c87c4e3c27fea0bc3ee1415992612228d570d361b",
    24: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    26: "65ec11018d9a7c2287d2d53a30f0c61fe84ca61ee3a30b294f729a513fd0b278",
    29: "d617be97c0c2790ab962f505e1306485ac6bd3a3809709e6e18365575766dead",
    30: "d94a836fddf5b4d0d6ca5d60a5bbdce6f337f9b1fc1d736a74508a4b84bbb272",
    31: "cd7eb415df86f606b7c08c53aa256d4b93b70c240d5d097d9a4100691bd275f9",
    32: "d83cbd6929edcb1a201ee6889b3f9b30cc029cc6aeeee9bfe473b6e008404e0f",
    33: "8a9c0fb3e78ea200a44178a58f0a4b54aa6b449e62221cb23ce657608044d88d",
}


def test_every_shipped_migration_is_as_it_shipped() -> None:
    found = {v: hashlib.sha256(script_text(s).encode()).hexdigest() for v, _n, s in MIGRATIONS}
    changed = [v for v, digest in SHIPPED.items() if found.get(v) != digest]
    assert not changed, f"migrations {changed} changed after they shipped: add a new one"


def test_every_migration_has_a_checksum() -> None:
    """A new migration is frozen here as it lands."""
    assert [v for v, _n, _s in MIGRATIONS] == list(SHIPPED)


def test_no_migration_reads_live_code_for_a_shipped_text() -> None:
    """Migration 16 was derived.SCRIPT while it was live; it is a frozen file now."""
    from followup.store import derived

    assert script_text(MIGRATIONS[[v for v, _n, _s in MIGRATIONS].index(16)][2]) != (
        derived.SCRIPT)
