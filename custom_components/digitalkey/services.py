"""The building's actions, registered once in `async_setup` (they exist with no building).

Admin actions (`services_admin`, `services_credentials`, `services_queries`,
`services_privacy`, `services_import`, `services_organisations`) need a Home Assistant
administrator, or no user at all (an automation or script: only an admin can write one).
Resident actions (`services_resident`, `services_my_credentials`, and a manager's
`services_staff`) need a user and act for the person linked to that user. Getters answer
only with a response (`SupportsResponse.ONLY`); actions that create something answer with
ids when asked.
"""

from __future__ import annotations

from typing import Final

from homeassistant.core import HomeAssistant, SupportsResponse, callback

from .const import DOMAIN
from .services_admin import HANDLERS as ADMIN_CHANGES
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
    register = hass.services.async_register
    changes = {**ADMIN_CHANGES, **CREDENTIAL_CHANGES, **ORGANISATION_CHANGES}
    for name, (schema, handler) in changes.items():
        register(DOMAIN, name, handler, schema, SupportsResponse.OPTIONAL)
    register(
        DOMAIN,
        "list_credentials",
        async_list_credentials,
        LIST_CREDENTIALS_SCHEMA,
        SupportsResponse.ONLY,
    )
    register(DOMAIN, "get_access", async_get_access, GET_ACCESS_SCHEMA, SupportsResponse.ONLY)
    register(DOMAIN, "query_events", async_query_events, QUERY_EVENTS_SCHEMA, SupportsResponse.ONLY)
    register(
        DOMAIN,
        "export_person_data",
        async_export_person_data,
        PERSON_SCHEMA,
        SupportsResponse.ONLY,
    )
    register(DOMAIN, "erase_person", async_erase_person, PERSON_SCHEMA, SupportsResponse.OPTIONAL)
    register(
        DOMAIN,
        "import_residents",
        async_import_residents,
        IMPORT_SCHEMA,
        SupportsResponse.OPTIONAL,
    )
    register(DOMAIN, "send_keys", async_send_keys, SEND_KEYS_SCHEMA, SupportsResponse.OPTIONAL)
    register(DOMAIN, "my_keys", async_my_keys, RESIDENT_SCHEMA, SupportsResponse.ONLY)
    register(DOMAIN, "share_key", async_share_key, SHARE_KEY_SCHEMA, SupportsResponse.OPTIONAL)
    register(DOMAIN, "revoke_share", async_revoke_share, REVOKE_SHARE_SCHEMA)
    register(DOMAIN, "my_shares", async_my_shares, RESIDENT_SCHEMA, SupportsResponse.ONLY)
    register(DOMAIN, "add_my_pin", async_add_my_pin, ADD_MY_PIN_SCHEMA, SupportsResponse.OPTIONAL)
    register(
        DOMAIN, "remove_my_credential", async_remove_my_credential, REMOVE_MY_CREDENTIAL_SCHEMA
    )
    register(
        DOMAIN,
        "organisation_staff",
        async_organisation_staff,
        ORGANISATION_STAFF_SCHEMA,
        SupportsResponse.ONLY,
    )
    register(
        DOMAIN,
        "grant_staff_access",
        async_grant_staff_access,
        GRANT_STAFF_ACCESS_SCHEMA,
        SupportsResponse.OPTIONAL,
    )
    register(
        DOMAIN,
        "revoke_staff_access",
        async_revoke_staff_access,
        REVOKE_STAFF_ACCESS_SCHEMA,
        SupportsResponse.OPTIONAL,
    )
