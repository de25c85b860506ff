"""The building's actions, registered once in `async_setup` (they exist with no building).

Admin actions (`services_admin`, `services_credentials`, `services_queries`,
`services_privacy`, `services_import`, `services_organisations`, `services_batteries`)
need a Home Assistant administrator, or no user at all (an automation or script: only an
admin can write one).
Resident actions (`services_resident`, `services_my_credentials`, and a manager's
`services_staff`) need a user and act for the person linked to that user. Getters answer
only with a response (`SupportsResponse.ONLY`); actions that create something answer with
ids when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from homeassistant.core import HomeAssistant, SupportsResponse, callback
import probatio as vol

from .const import DOMAIN
from .services_admin import HANDLERS as ADMIN_CHANGES, Handler
from .services_batteries import (
    BATTERY_REPORT_SCHEMA,
    RECORD_BATTERY_CHANGE_SCHEMA,
    async_battery_report,
    async_record_battery_change,
)
from .services_credentials import (
    HANDLERS as CREDENTIAL_CHANGES,
    LIST_CREDENTIALS_SCHEMA,
    async_list_credentials,
)
from .services_import import (
    IMPORT_SCHEMA,
    SEND_KEYS_SCHEMA,
    async_import_residents,
    async_send_keys,
)
from .services_my_credentials import (
    ADD_MY_PIN_SCHEMA,
    REMOVE_MY_CREDENTIAL_SCHEMA,
    async_add_my_pin,
    async_remove_my_credential,
)
from .services_organisations import HANDLERS as ORGANISATION_CHANGES
from .services_privacy import PERSON_SCHEMA, async_erase_person, async_export_person_data
from .services_queries import (
    GET_ACCESS_SCHEMA,
    QUERY_EVENTS_SCHEMA,
    async_get_access,
    async_query_events,
)
from .services_resident import (
    MY_KEYS_SCHEMA,
    RESIDENT_SCHEMA,
    REVOKE_SHARE_SCHEMA,
    SHARE_KEY_SCHEMA,
    async_my_keys,
    async_my_shares,
    async_revoke_share,
    async_share_key,
)
from .services_staff import (
    GRANT_STAFF_ACCESS_SCHEMA,
    ORGANISATION_STAFF_SCHEMA,
    REVOKE_STAFF_ACCESS_SCHEMA,
    async_grant_staff_access,
    async_organisation_staff,
    async_revoke_staff_access,
)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: the schema its data is checked by, its handler, and its response."""

    schema: vol.Schema
    handler: Handler
    response: SupportsResponse = SupportsResponse.OPTIONAL


ACTIONS: Final[dict[str, ActionSpec]] = {
    **{
        name: ActionSpec(schema, handler)
        for name, (schema, handler) in {
            **ADMIN_CHANGES,
            **CREDENTIAL_CHANGES,
            **ORGANISATION_CHANGES,
        }.items()
    },
    "list_credentials": ActionSpec(
        LIST_CREDENTIALS_SCHEMA, async_list_credentials, SupportsResponse.ONLY
    ),
    "get_access": ActionSpec(GET_ACCESS_SCHEMA, async_get_access, SupportsResponse.ONLY),
    "query_events": ActionSpec(QUERY_EVENTS_SCHEMA, async_query_events, SupportsResponse.ONLY),
    "export_person_data": ActionSpec(
        PERSON_SCHEMA, async_export_person_data, SupportsResponse.ONLY
    ),
    "erase_person": ActionSpec(PERSON_SCHEMA, async_erase_person),
    "import_residents": ActionSpec(IMPORT_SCHEMA, async_import_residents),
    "send_keys": ActionSpec(SEND_KEYS_SCHEMA, async_send_keys),
    "my_keys": ActionSpec(MY_KEYS_SCHEMA, async_my_keys, SupportsResponse.ONLY),
    "share_key": ActionSpec(SHARE_KEY_SCHEMA, async_share_key),
    "revoke_share": ActionSpec(REVOKE_SHARE_SCHEMA, async_revoke_share, SupportsResponse.NONE),
    "my_shares": ActionSpec(RESIDENT_SCHEMA, async_my_shares, SupportsResponse.ONLY),
    "add_my_pin": ActionSpec(ADD_MY_PIN_SCHEMA, async_add_my_pin),
    "remove_my_credential": ActionSpec(
        REMOVE_MY_CREDENTIAL_SCHEMA, async_remove_my_credential, SupportsResponse.NONE
    ),
    "organisation_staff": ActionSpec(
        ORGANISATION_STAFF_SCHEMA, async_organisation_staff, SupportsResponse.ONLY
    ),
    "grant_staff_access": ActionSpec(GRANT_STAFF_ACCESS_SCHEMA, async_grant_staff_access),
    "revoke_staff_access": ActionSpec(REVOKE_STAFF_ACCESS_SCHEMA, async_revoke_staff_access),
    "battery_report": ActionSpec(
        BATTERY_REPORT_SCHEMA, async_battery_report, SupportsResponse.ONLY
    ),
    "record_battery_change": ActionSpec(RECORD_BATTERY_CHANGE_SCHEMA, async_record_battery_change),
}
"""Every Digital Key action by name (the panels' commands run the same handlers)."""
ADMIN_ACTIONS: Final = (
    *ADMIN_CHANGES,
    *CREDENTIAL_CHANGES,
    *ORGANISATION_CHANGES,
    "list_credentials",
    "get_access",
    "query_events",
    "export_person_data",
    "erase_person",
    "import_residents",
    "send_keys",
    "battery_report",
    "record_battery_change",
)
"""Every action refused to a non-admin user."""
RESIDENT_ACTIONS: Final = (
    "my_keys",
    "share_key",
    "revoke_share",
    "my_shares",
    "add_my_pin",
    "remove_my_credential",
    "organisation_staff",
    "grant_staff_access",
    "revoke_staff_access",
)
"""Every action that acts for the caller's own person (a manager's: for their organisation)."""


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register every Digital Key action."""
    for name, action in ACTIONS.items():
        hass.services.async_register(DOMAIN, name, action.handler, action.schema, action.response)
