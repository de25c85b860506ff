"""A service call without a user is traced to the automation or script that made it."""

from __future__ import annotations

from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.setup import async_setup_component

from custom_components.digitalkey.context_origins import ContextOrigins, Origin


async def _capture(hass: HomeAssistant) -> list[Context]:
    seen: list[Context] = []

    async def handler(call: ServiceCall) -> None:
        seen.append(call.context)

    hass.services.async_register("test", "capture", handler)
    return seen


async def test_an_automations_call_is_traced_to_it(hass: HomeAssistant) -> None:
    seen = await _capture(hass)
    origins = ContextOrigins(hass)
    stop = origins.async_start()
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "id": "night_lock",
                "alias": "Night lock",
                "triggers": {"trigger": "event", "event_type": "go"},
                "actions": {"action": "test.capture"},
            }
        },
    )
    hass.bus.async_fire("go")
    await hass.async_block_till_done()
    assert len(seen) == 1
    assert origins.origin(seen[0]) == Origin("automation", "automation.night_lock")
    stop()


async def test_a_scripts_call_is_traced_to_it(hass: HomeAssistant) -> None:
    seen = await _capture(hass)
    origins = ContextOrigins(hass)
    origins.async_start()
    assert await async_setup_component(
        hass, "script", {"script": {"open_up": {"sequence": [{"action": "test.capture"}]}}}
    )
    await hass.services.async_call("script", "open_up", blocking=True)
    await hass.async_block_till_done()
    assert origins.origin(seen[-1]) == Origin("script", "script.open_up")


async def test_an_unexplained_call_has_no_origin(hass: HomeAssistant) -> None:
    seen = await _capture(hass)
    origins = ContextOrigins(hass)
    origins.async_start()
    await hass.services.async_call("test", "capture", blocking=True)
    assert origins.origin(seen[0]) is None


async def test_the_memory_is_bounded_and_forgets_the_oldest(hass: HomeAssistant) -> None:
    origins = ContextOrigins(hass, max_contexts=2)
    origins.async_start()
    contexts = [Context() for _ in range(3)]
    for index, context in enumerate(contexts):
        hass.bus.async_fire(
            "automation_triggered", {"entity_id": f"automation.a{index}"}, context=context
        )
    await hass.async_block_till_done()
    assert origins.origin(contexts[0]) is None
    assert origins.origin(contexts[2]) == Origin("automation", "automation.a2")
    child = Context(parent_id=contexts[1].id)
    assert origins.origin(child) == Origin("automation", "automation.a1")


async def test_the_outermost_run_wins_and_stop_unsubscribes(hass: HomeAssistant) -> None:
    origins = ContextOrigins(hass)
    stop = origins.async_start()
    shared = Context()
    hass.bus.async_fire("automation_triggered", {"entity_id": "automation.a"}, context=shared)
    hass.bus.async_fire("script_started", {"entity_id": "script.s"}, context=shared)
    await hass.async_block_till_done()
    assert origins.origin(shared) == Origin("automation", "automation.a")
    stop()
    later = Context()
    hass.bus.async_fire("script_started", {"entity_id": "script.s"}, context=later)
    await hass.async_block_till_done()
    assert origins.origin(later) is None
