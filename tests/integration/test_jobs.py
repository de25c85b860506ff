"""The priority lock and the building's connection permits, without a radio."""

from __future__ import annotations

import asyncio

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.digitalkey.jobs import Priority, PriorityLock
from custom_components.digitalkey.slot_broker import BACKGROUND_CONNECTIONS, SlotBroker


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def _queue(
    lock: PriorityLock, priorities: list[Priority], order: list[int]
) -> list[asyncio.Task[None]]:
    """Queue one waiter per priority (in that arrival order); each records its index."""

    async def waiter(index: int, priority: Priority) -> None:
        async with lock.hold(priority):
            order.append(index)

    tasks = []
    for index, priority in enumerate(priorities):
        tasks.append(asyncio.create_task(waiter(index, priority)))
        await _settle()  # arrival order is creation order
    return tasks


async def test_served_by_priority_then_arrival() -> None:
    lock = PriorityLock()
    await lock.acquire(Priority.READ)
    order: list[int] = []
    priorities = [Priority.READ, Priority.SYNC, Priority.INTERACTIVE, Priority.SYNC,
                  Priority.REVOKE, Priority.INTERACTIVE]  # fmt: skip
    tasks = await _queue(lock, priorities, order)
    assert lock.waiting == len(priorities)
    assert order == []
    lock.release()
    await asyncio.gather(*tasks)
    assert order == [2, 5, 4, 1, 3, 0]
    assert not lock.locked
    assert lock.waiting == 0


async def test_free_lock_is_taken_at_once() -> None:
    lock = PriorityLock()
    await asyncio.wait_for(lock.acquire(Priority.READ), 0.1)
    assert lock.locked
    lock.release()
    assert not lock.locked


async def test_cancelled_waiter_gives_up_its_place_without_leaking() -> None:
    lock = PriorityLock()
    await lock.acquire(Priority.READ)
    order: list[int] = []
    tasks = await _queue(lock, [Priority.INTERACTIVE, Priority.SYNC], order)
    assert lock.waiting_at_or_above(Priority.INTERACTIVE)
    tasks[0].cancel()
    await _settle()
    assert lock.waiting == 1
    assert not lock.waiting_at_or_above(Priority.REVOKE)
    assert lock.waiting_at_or_above(Priority.SYNC)
    lock.release()
    await tasks[1]
    assert order == [1]
    with pytest.raises(asyncio.CancelledError):
        await tasks[0]
    # Exactly one permit again: one holder at once, a second one waits.
    await asyncio.wait_for(lock.acquire(Priority.READ), 0.1)
    assert lock.locked
    second = asyncio.create_task(lock.acquire(Priority.INTERACTIVE))
    await _settle()
    assert not second.done()
    lock.release()
    await asyncio.wait_for(second, 0.1)
    lock.release()
    assert not lock.locked


async def test_waiter_cancelled_just_as_granted_passes_the_permit_on() -> None:
    lock = PriorityLock()
    await lock.acquire(Priority.READ)
    first = asyncio.create_task(lock.acquire(Priority.INTERACTIVE))
    await _settle()
    second = asyncio.create_task(lock.acquire(Priority.SYNC))
    await _settle()
    lock.release()  # granted to `first`, which is cancelled before it runs
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await asyncio.wait_for(second, 0.1)  # the permit went on instead of being lost
    lock.release()
    assert not lock.locked
    assert lock.waiting == 0


async def test_several_permits() -> None:
    lock = PriorityLock(permits=3)
    for _ in range(3):
        await asyncio.wait_for(lock.acquire(Priority.READ), 0.1)
    assert lock.locked
    order: list[int] = []
    tasks = await _queue(lock, [Priority.READ, Priority.INTERACTIVE], order)
    assert order == []
    assert lock.waiting == 2
    lock.release()  # one permit back: the most urgent first, who passes it on
    await asyncio.gather(*tasks)
    assert order == [1, 0]
    assert not lock.locked  # one of three free again, nothing leaked or doubled
    await asyncio.wait_for(lock.acquire(Priority.READ), 0.1)
    assert lock.locked
    for _ in range(3):
        lock.release()
    for _ in range(3):
        await asyncio.wait_for(lock.acquire(Priority.READ), 0.1)
    assert lock.locked


async def test_background_permits_are_bounded() -> None:
    broker = SlotBroker()
    inside = 0
    most = 0
    release = asyncio.Event()

    async def job(priority: Priority) -> None:
        nonlocal inside, most
        async with broker.permit(priority):
            inside += 1
            most = max(most, inside)
            await release.wait()
            inside -= 1

    tasks = [asyncio.create_task(job(p)) for p in (Priority.READ, Priority.SYNC,
                                                     Priority.REVOKE, Priority.READ)]  # fmt: skip
    await _settle()
    assert inside == BACKGROUND_CONNECTIONS
    assert broker.contended  # the others wait for a permit
    release.set()
    await asyncio.gather(*tasks)
    assert most == BACKGROUND_CONNECTIONS
    assert not broker.contended


async def test_interactive_never_waits_for_a_permit() -> None:
    broker = SlotBroker()
    release = asyncio.Event()

    async def background() -> None:
        async with broker.permit(Priority.READ):
            await release.wait()

    holders = [asyncio.create_task(background()) for _ in range(BACKGROUND_CONNECTIONS + 1)]
    await _settle()
    assert broker.contended  # every background permit held, one more waiting

    async def interactive() -> None:
        async with broker.permit(Priority.INTERACTIVE):
            pass

    await asyncio.wait_for(interactive(), 0.1)
    # Several at once do not queue behind one another either.
    await asyncio.wait_for(asyncio.gather(*(interactive() for _ in range(5))), 0.1)
    release.set()
    await asyncio.gather(*holders)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(list(Priority)), min_size=1, max_size=12),
    st.integers(min_value=1, max_value=3),
)
def test_grants_follow_priority_then_arrival(priorities: list[Priority], permits: int) -> None:
    """Whatever the waiters, once all permits are held they are served sorted by
    (priority, arrival); each waiter holds its permit until the next release."""

    async def scenario() -> list[int]:
        lock = PriorityLock(permits)
        for _ in range(permits):
            await lock.acquire(Priority.READ)
        order: list[int] = []
        tasks = await _queue(lock, priorities, order)
        for _ in range(permits):
            lock.release()
        await asyncio.gather(*tasks)
        assert lock.waiting == 0
        return order

    order = asyncio.run(scenario())
    assert order == sorted(range(len(priorities)), key=lambda i: (priorities[i], i))
