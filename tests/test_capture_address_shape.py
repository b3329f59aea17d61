"""One shape of an address written in text (capture/mention_cues.ADDRESS_SHAPE), used by every
reader that finds one: an apostrophe inside the local part is part of it, one before it is a
quote."""

from followup.capture.mention_cues import EMAIL
from followup.capture.name_edges import _ADDRESSES


def test_an_apostrophe_inside_the_local_part_is_the_address() -> None:
    assert EMAIL.findall("Write to siobhan.o'neill@harbourline.example today") == [
        "siobhan.o'neill@harbourline.example"]


def test_a_quote_before_an_address_is_not_part_of_it() -> None:
    assert EMAIL.findall("the address 'jo@kettleworks.example' is mine") == [
        "jo@kettleworks.example"]


def test_name_edges_sets_aside_the_same_address_and_a_link() -> None:
    text = "Mara (mailto:mara.o'hare@brightfen.example) www.brightfen.example/jobs"
    assert _ADDRESSES.sub(" ", text).split() == ["Mara", "(", ")"]
