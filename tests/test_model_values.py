"""The model's values are plain slotted classes (cheap to import) that behave as the frozen
dataclasses they replaced: built by position or keyword, equal and hashed by fields, frozen,
and still understood by `dataclasses.replace`, `fields` and `is_dataclass`."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from datetime import date

import pytest

from followup.core import model
from followup.core.model import Person, Step, StepKind, StepStatus, Timeline, Value

VALUES = [c for c in vars(model).values()
          if isinstance(c, type) and issubclass(c, Value) and c is not Value]


@pytest.mark.parametrize("cls", VALUES, ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_the_order_of_the_slots(cls: type[Value]) -> None:
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == list(cls.__slots__)
    assert [f.name for f in dataclasses.fields(cls)] == list(cls.__slots__)


def test_a_value_behaves_as_a_frozen_dataclass() -> None:
    jane = Person("Jane Doe", "jane@acme.example")
    assert jane == Person(name="Jane Doe", email="jane@acme.example")
    assert jane != Person("Jane Doe") and jane != ("Jane Doe", "jane@acme.example")
    assert hash(jane) == hash(Person("Jane Doe", "jane@acme.example"))
    assert repr(Timeline(fit=False)).startswith("Timeline(decision_by=None, note=None,")
    with pytest.raises(dataclasses.FrozenInstanceError):
        jane.name = "Someone"  # type: ignore[misc]
    assert dataclasses.is_dataclass(jane)
    assert dataclasses.replace(jane, email=None) == Person("Jane Doe")
    assert model.replace(jane, phone="+14155550134").phone == "+14155550134"
    assert copy.deepcopy(jane) == jane and pickle.loads(pickle.dumps(jane)) == jane
    step = Step(1, 1, "i1:t", StepKind.THANK_YOU, model.Channel.EMAIL, ("Jane Doe",),
                date(2026, 11, 23), date(2026, 11, 24), StepStatus.PENDING, "T2", "why")
    assert dataclasses.asdict(step)["to"] == ("Jane Doe",)
    with pytest.raises(TypeError):
        model.replace(step, colour="red")


def test_a_value_of_one_field_is_still_a_tuple_of_fields() -> None:
    class Only(Value):
        __slots__ = ("a",)
        a: int

        def __init__(self, a: int) -> None:
            model.fill(self, a)

    assert Only(1) == Only(1) and hash(Only(1)) == hash(Only(1)) and Only(1) != Only(2)
    assert copy.copy(Only(1)) == Only(1)
    assert model.replace(Only(1), a=2) == Only(2) and repr(Only(3)).endswith("Only(a=3)")
