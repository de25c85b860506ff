"""Which automation or script a service call without a user came from.

A call to `lock.unlock` carries a `Context`. A person's call has a user id; an automation's
or script's has none, but Home Assistant fires `automation_triggered` or `script_started`
with the very context the run then uses for its service calls. Remembering those contexts
for a while is how the hub tells "the automation Night lock did it" from a call nobody
explains (a HomeKit bridge, a voice assistant, another integration), which the building
allows only when it says so.

The memory is bounded (the newest `MAX_CONTEXTS`): an automation that unlocks a door does
so within moments of being triggered, and a long-running script that outlives the bound is
treated as unexplained, which errs on the side of refusing.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Final, Literal

from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback

EVENT_AUTOMATION_TRIGGERED: Final = "automation_triggered"
EVENT_SCRIPT_STARTED: Final = "script_started"
MAX_CONTEXTS: Final = 1024


@dataclass(frozen=True, slots=True)
class Origin:
    """The automation or script whose run a context belongs to."""

    kind: Literal["automation", "script"]
    entity_id: str | None


class ContextOrigins:
    """Remembers the contexts of recent automation and script runs."""

    def __init__(self, hass: HomeAssistant, max_contexts: int = MAX_CONTEXTS) -> None:
        """Start empty; `async_start` subscribes."""
        self._hass = hass
        self._max = max_contexts
        self._origins: OrderedDict[str, Origin] = OrderedDict()

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Listen to both events; returns the function that stops listening."""
        stops = [
            self._hass.bus.async_listen(EVENT_AUTOMATION_TRIGGERED, self._on_automation),
            self._hass.bus.async_listen(EVENT_SCRIPT_STARTED, self._on_script),
        ]

        @callback
        def stop() -> None:
            for unsubscribe in stops:
                unsubscribe()

        return stop

    @callback
    def _on_automation(self, event: Event) -> None:
        self._remember(event.context, Origin("automation", event.data.get(ATTR_ENTITY_ID)))

    @callback
    def _on_script(self, event: Event) -> None:
        self._remember(event.context, Origin("script", event.data.get(ATTR_ENTITY_ID)))

    def _remember(self, context: Context, origin: Origin) -> None:
        # The outermost run wins: a script an automation starts shares its context, and the
        # automation is what a caretaker recognises.
        if context.id not in self._origins:
            self._origins[context.id] = origin
            while len(self._origins) > self._max:
                self._origins.popitem(last=False)

    def origin(self, context: Context) -> Origin | None:
        """The run this context belongs to, by its own id or its parent's; None if unknown."""
        for context_id in (context.id, context.parent_id):
            if context_id is not None and (found := self._origins.get(context_id)) is not None:
                return found
        return None
