"""Hypothesis strategy for credential records a unit accepts (docs/protocol.md §8.1)."""

from __future__ import annotations

from hypothesis import strategies as st

from custom_components.digitalkey.protocol.constants import CredentialType
from custom_components.digitalkey.protocol.records import (
    ALL_WEEKDAYS,
    MINUTES_PER_DAY,
    CredentialRecord,
)

U32S = st.integers(min_value=0, max_value=0xFFFFFFFF)
SECRETS = st.binary(min_size=8, max_size=8)


@st.composite
def credential_records(
    draw: st.DrawFn,
    cred_ids: st.SearchStrategy[int] = U32S,
    secrets: st.SearchStrategy[bytes] = SECRETS,
) -> CredentialRecord:
    """Any valid record: same-day and overnight windows, open-ended and bounded validity."""
    start = draw(st.integers(0, MINUTES_PER_DAY - 1))
    end = draw(st.integers(0, MINUTES_PER_DAY).filter(lambda minute: minute != start))
    valid_from = draw(U32S)
    after = st.integers(valid_from + 1, 0xFFFFFFFF) if valid_from < 0xFFFFFFFF else st.nothing()
    valid_until = draw(st.just(0) | after) if valid_from else draw(U32S)
    return CredentialRecord(
        cred_id=draw(cred_ids),
        user_id=draw(U32S),
        kind=draw(st.sampled_from(CredentialType)),
        secret=draw(secrets),
        enabled=draw(st.booleans()),
        valid_from=valid_from,
        valid_until=valid_until,
        weekdays=draw(st.integers(1, ALL_WEEKDAYS)),
        window_start=start,
        window_end=end,
    )
