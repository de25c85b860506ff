"""Every decoder raises only the protocol's own errors, whatever bytes it is given.

A bare `ValueError` (an unknown enum value, say) would escape the Home Assistant layer's
error mapping (`errors.TRANSLATION_KEYS`) and reach the user untranslated, or kill the
unit's connection task. Hypothesis feeds each decoder random bytes.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.errors import TRANSLATION_KEYS
from custom_components.digitalkey.protocol.constants import LockState
from custom_components.digitalkey.protocol.errors import DoorUnitError, ProtocolError
from tests.bench.fuzz import HUB_TARGETS, UNIT_TARGETS, Target, check

DECODERS: dict[str, Target] = {
    **{f"hub.{name}": target for name, target in HUB_TARGETS.items()},
    **{f"unit.{name}": target for name, target in UNIT_TARGETS.items()},
}


@pytest.mark.parametrize("name", sorted(DECODERS))
@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300))
def test_decoder_raises_only_protocol_errors(name: str, data: bytes) -> None:
    escaped = check(DECODERS[name], data)
    assert escaped is None, f"{name} raised {type(escaped).__name__}: {escaped}"


@pytest.mark.parametrize("command", ["lock", "unlock", "unlatch"])
def test_unknown_lock_state_in_a_motor_answer_is_a_protocol_error(command: str) -> None:
    unknown = max(LockState) + 1
    client = HUB_TARGETS[f"body_{command}"]
    with pytest.raises(ProtocolError):
        client(bytes([unknown]))


def test_every_error_a_decoder_raises_has_a_translation() -> None:
    assert issubclass(ProtocolError, DoorUnitError)
    assert any(kind is ProtocolError for kind, _ in TRANSLATION_KEYS)
