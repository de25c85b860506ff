"""Translations, icons and manifest stay consistent with the code that uses them.

Every language has exactly the keys and placeholders of `en.json`; every translation key the
integration raises, creates or describes exists in `en.json`; icons only name translation
keys that entities use; the manifest has what HACS and hassfest expect.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, datetime
import json
from pathlib import Path
import re
from types import ModuleType
from typing import Any, cast
from zoneinfo import ZoneInfo

from homeassistant.helpers.entity import EntityDescription
from homeassistant.util.yaml import load_yaml_dict
import pytest

from custom_components.digitalkey import (
    access_events as events,
    battery_repairs,
    battery_text,
    binary_sensor,
    config_flow,
    const,
    errors,
    event,
    guest_page_text,
    lock,
    reason_text,
    refusal_text,
    repairs,
    sensor,
    services_resident,
)
from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.errors import ErrorCode
from custom_components.digitalkey.access.policy import Reason, ReasonCode
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.batteries import text as battery_labels
from custom_components.digitalkey.batteries.report import ReportRow
from custom_components.digitalkey.notifications import Unreachable
from custom_components.digitalkey.protocol import (
    constants as protocol_errors_constants,
    errors as protocol_errors,
)

INTEGRATION = Path(binary_sensor.__file__).parent
TRANSLATIONS = INTEGRATION / "translations"
LANGUAGES = ("nb", "da", "nl")
"""Housing companies in Norway, Denmark and the Netherlands."""

PLATFORMS: dict[str, ModuleType] = {
    "lock": lock,
    "sensor": sensor,
    "binary_sensor": binary_sensor,
    "event": event,
}

PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def _load(path: Path) -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


EN = _load(TRANSLATIONS / "en.json")
ICONS = _load(INTEGRATION / "icons.json")
MANIFEST = _load(INTEGRATION / "manifest.json")


def _strings(tree: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(key path, string) for every leaf; a leaf that is not a string is reported as such."""
    for key, value in tree.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from _strings(value, path)
        else:
            yield path, value


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _at(tree: dict[str, Any], path: str) -> Any:
    node: Any = tree
    for part in path.split("."):
        assert isinstance(node, dict), f"{path}: {part!r} is under a string"
        assert part in node, f"{path} is missing"
        node = node[part]
    return node


# Helpers under test ------------------------------------------------------------------------


def test_helpers_find_missing_and_changed_keys() -> None:
    """The comparisons below would notice a dropped key or a lost placeholder."""
    english = {"a": {"b": "Door {door}", "c": "x"}}
    broken = {"a": {"b": "Dør"}}
    assert dict(_strings(english)) == {"a.b": "Door {door}", "a.c": "x"}
    assert set(dict(_strings(broken))) != set(dict(_strings(english)))
    assert _placeholders("Door {door}: {diagnostics}") == {"door", "diagnostics"}
    assert _placeholders(dict(_strings(broken))["a.b"]) != _placeholders("Door {door}")
    with pytest.raises(AssertionError):
        _at(broken, "a.c")


# (a) and (b): every language mirrors en.json ------------------------------------------------


def test_every_shipped_language_is_checked() -> None:
    shipped = {path.stem for path in TRANSLATIONS.glob("*.json")}
    assert shipped == {"en", *LANGUAGES}


def test_english_strings_are_non_empty_text() -> None:
    for path, value in _strings(EN):
        assert isinstance(value, str), f"en.json {path} is not a string"
        assert value.strip(), f"en.json {path} is empty"


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_has_exactly_the_english_keys(language: str) -> None:
    translated = dict(_strings(_load(TRANSLATIONS / f"{language}.json")))
    english = dict(_strings(EN))
    missing = sorted(set(english) - set(translated))
    extra = sorted(set(translated) - set(english))
    assert not missing, f"{language}.json lacks {missing}"
    assert not extra, f"{language}.json has keys en.json does not: {extra}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_keeps_every_placeholder(language: str) -> None:
    translated = dict(_strings(_load(TRANSLATIONS / f"{language}.json")))
    for path, english in _strings(EN):
        text = translated.get(path)
        assert isinstance(text, str), f"{language}.json {path} is not a string"
        assert text.strip(), f"{language}.json {path} is empty"
        assert _placeholders(text) == _placeholders(english), (
            f"{language}.json {path}: placeholders {sorted(_placeholders(text))}, "
            f"English has {sorted(_placeholders(english))}"
        )
        assert text.count("{") == text.count("}"), f"{language}.json {path}: unbalanced braces"


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_is_translated_not_copied(language: str) -> None:
    translated = dict(_strings(_load(TRANSLATIONS / f"{language}.json")))
    english = dict(_strings(EN))
    same = sorted(path for path, text in english.items() if translated.get(path) == text)
    assert len(same) <= len(english) // 20, f"{language}.json copies English at {same}"


# (c): exceptions ------------------------------------------------------------------------------


def _integration_sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(INTEGRATION.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == name), None)


def _translated_raises() -> list[tuple[str, ast.expr]]:
    """(where, translation_key value) of every call with translation_domain and _key.

    Home Assistant's translated exceptions (HomeAssistantError, ConfigEntryNotReady,
    ServiceValidationError, ...) are the calls that take both keywords.
    """
    found: list[tuple[str, ast.expr]] = []
    for path, tree in _integration_sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name.endswith("create_issue"):
                continue  # repair issues translate under `issues`, tested below
            key = _keyword(node, "translation_key")
            if key is not None and _keyword(node, "translation_domain") is not None:
                found.append((f"{path.relative_to(INTEGRATION)}:{node.lineno}", key))
    return found


def _error_classes() -> list[type[protocol_errors.DoorUnitError]]:
    return [
        value
        for value in vars(protocol_errors).values()
        if isinstance(value, type) and issubclass(value, protocol_errors.DoorUnitError)
    ]


def test_translated_exceptions_are_found() -> None:
    """The scan sees the known raises, so an empty result cannot pass the next test."""
    where = {location.split(":")[0] for location, _key in _translated_raises()}
    assert "errors.py" in where


def test_every_raised_exception_key_is_translated() -> None:
    for location, key in _translated_raises():
        if isinstance(key, ast.Constant):
            assert isinstance(key.value, str), location
            assert key.value in EN["exceptions"], f"{location}: exceptions.{key.value} missing"
            assert _at(EN, f"exceptions.{key.value}.message")
        else:
            # A computed key is only allowed where a test below bounds it: TRANSLATION_KEYS
            # (errors.py), the policy's refusing reasons (access_gate.py), every ErrorCode
            # and the literal keys of validation_error (service_support.py); and where a
            # raised error is passed on with its own key (websocket_answers.py).
            bounded = ("errors.py:", "access_gate.py:", "service_support.py:")
            passed_on = ("websocket_answers.py:",)
            assert location.startswith(bounded + passed_on), f"{location}: computed translation_key"


def _literal_first_arguments(function: str, *, modules: str = "*.py") -> set[str]:
    """The constant first argument of every call of `function` in the given modules."""
    found: set[str] = set()
    for path in sorted(INTEGRATION.glob(modules)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) == function
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return found


def _literal_arguments(function: str, *, modules: str) -> set[str]:
    """Every constant string positional argument of every call of `function`."""
    found: set[str] = set()
    for path in sorted(INTEGRATION.glob(modules)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) == function
            ):
                found |= {
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                }
    return found


def test_every_access_error_code_is_translated() -> None:
    """`service_support.access_error` maps code X to `access_X`: each exists (all languages
    have the keys of en.json, checked above)."""
    missing = [code for code in ErrorCode if f"access_{code.value}" not in EN["exceptions"]]
    assert not missing
    for code in ErrorCode:
        assert _at(EN, f"exceptions.access_{code.value}.message")


def test_every_validation_error_key_is_translated() -> None:
    keys = _literal_first_arguments("validation_error")
    assert {"unauthorized", "no_person"} <= keys
    missing = sorted(key for key in keys if key not in EN["exceptions"])
    assert not missing


def test_every_import_problem_is_translated() -> None:
    """Reader and import problems are shown as `import_<code>`."""
    codes = _literal_first_arguments("RowProblem", modules="access/*.py") | (
        _literal_first_arguments("CsvImportError", modules="access/*.py")
    )
    assert {"too_many_columns", "unknown_columns", "same_person"} <= codes
    missing = sorted(code for code in codes if f"import_{code}" not in EN["exceptions"])
    assert not missing


ERROR_KEYS = {key for _kind, key in errors.TRANSLATION_KEYS} | {"door_out_of_range"}
"""Every key `errors.door_error` can produce."""


def test_error_keys_are_translated() -> None:
    missing = sorted(key for key in ERROR_KEYS if key not in EN["exceptions"])
    assert not missing, f"exceptions lacks {missing}"


def test_every_protocol_error_has_a_translation_key() -> None:
    classes = _error_classes()
    assert protocol_errors.Jammed in classes
    for cls in classes:
        assert errors.translation_key(_make_error(cls)) in EN["exceptions"], cls.__name__
    assert errors.translation_key(_make_error(protocol_errors.Jammed)) == "jammed"


def _make_error(cls: type[protocol_errors.DoorUnitError]) -> protocol_errors.DoorUnitError:
    if issubclass(cls, protocol_errors.CommandError):
        return cls(0x15)
    if cls is protocol_errors.WrongSetupCode:
        return protocol_errors.WrongSetupCode(3)
    if cls is protocol_errors.PairingLockedOut:
        return protocol_errors.PairingLockedOut(120)
    return cls("test")


_HUB_ERRORS = [errors.DoorNotHeard(None), errors.DoorNotHeard(200.0), errors.CommandTimedOut(15)]


@pytest.mark.parametrize(
    "err",
    [*(_make_error(cls) for cls in _error_classes()), *_HUB_ERRORS],
    ids=lambda err: f"{type(err).__name__}-{err}",
)
def test_door_error_fills_every_placeholder(err: protocol_errors.DoorUnitError) -> None:
    """Whatever a door unit raises, the message exists and every placeholder is filled."""
    error = errors.door_error("Main entrance", err)
    assert error.translation_domain == const.DOMAIN
    assert error.translation_key in EN["exceptions"], error.translation_key
    message = _at(EN, f"exceptions.{error.translation_key}.message")
    assert _placeholders(message) == set(error.translation_placeholders or {}), str(err)


# Pairing errors of the three flows --------------------------------------------------------


def _pairing_failures() -> dict[str, set[str]]:
    """Form error key -> placeholders, from every `PairingFailed(...)` in pairing.py."""
    tree = ast.parse((INTEGRATION / "pairing.py").read_text(encoding="utf-8"))
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "PairingFailed"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            given: set[str] = set()
            if len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
                given = {k.value for k in node.args[1].keys if isinstance(k, ast.Constant)}
            found[str(node.args[0].value)] = given
    return found


def test_pairing_errors_are_translated_in_every_flow() -> None:
    failures = _pairing_failures()
    assert {"invalid_code", "locked_out", "cannot_connect", "already_paired"} <= set(failures)
    config_flows = {
        "config": EN["config"],
        "config_subentries.door": EN["config_subentries"]["door"],
    }
    for flow, tree in config_flows.items():
        for key, given in failures.items():
            # These flows end with an abort on ABORT_ERRORS and ask again on the rest.
            section = "abort" if key in config_flow.ABORT_ERRORS else "error"
            message = tree[section].get(key)
            assert message is not None, f"{flow}.{section}.{key} missing"
            assert _placeholders(message) == given, f"{flow}.{section}.{key}"
        for key in config_flow.ABORT_ERRORS:
            assert key in tree["abort"], f"{flow}.abort.{key} missing"
    # The repair flow shows every pairing failure in its form.
    repair = EN["issues"][repairs.ISSUE_UNPAIRED]["fix_flow"]
    for key, given in failures.items():
        message = repair["error"].get(key)
        assert message is not None, f"issues.unpaired.fix_flow.error.{key} missing"
        assert _placeholders(message) == given, f"issues.unpaired.fix_flow.error.{key}"


def test_repair_issue_is_translated() -> None:
    issue = EN["issues"][repairs.ISSUE_UNPAIRED]
    assert _placeholders(issue["title"]) == {"door"}
    assert "init" in issue["fix_flow"]["step"]


# (d): entities ----------------------------------------------------------------------------


def _is_description(value: object) -> bool:
    # Home Assistant rebuilds description classes (frozen_dataclass_compat), so the
    # EntityDescription imported here is not always a base class of them: match by name.
    return any(cls.__name__ == "EntityDescription" for cls in type(value).__mro__)


def _descriptions(module: ModuleType) -> list[EntityDescription]:
    found: list[EntityDescription] = []
    for value in vars(module).values():
        candidates = value if isinstance(value, tuple | list) else (value,)
        found.extend(cast(EntityDescription, item) for item in candidates if _is_description(item))
    return found


def _named_by_device(description: EntityDescription) -> bool:
    """`name=None`: the entity is the device's main feature and takes the device's name."""
    return description.name is None


@pytest.mark.parametrize("platform", PLATFORMS)
def test_entity_translation_keys_exist(platform: str) -> None:
    descriptions = _descriptions(PLATFORMS[platform])
    assert descriptions, f"{platform}.py has no entity descriptions"
    assert any(d.translation_key for d in descriptions), f"{platform}.py uses no translation key"
    translated = EN["entity"].get(platform, {})
    icons = ICONS["entity"].get(platform, {})
    for description in descriptions:
        key = description.translation_key
        where = f"{platform}.py {description.key}"
        if key is None:
            # Named after its device class ("Battery", "Signal strength", "Door").
            assert _named_by_device(description) or description.device_class, where
        elif _named_by_device(description):
            # The key only selects icons; a translated name would replace the device name.
            assert key in icons, f"{where}: icons.json entity.{platform}.{key} missing"
            assert "name" not in translated.get(key, {}), (
                f"{where}: entity.{platform}.{key}.name overrides name=None"
            )
        else:
            assert key in translated, f"{where}: entity.{platform}.{key} missing"
            assert translated[key].get("name"), f"{where}: entity.{platform}.{key}.name missing"


def test_no_translation_without_an_entity() -> None:
    used = {
        platform: {d.translation_key for d in _descriptions(module) if d.translation_key}
        for platform, module in PLATFORMS.items()
    }
    for platform, keys in EN["entity"].items():
        assert platform in used, f"entity.{platform} is not one of our platforms"
        stale = sorted(set(keys) - used[platform])
        assert not stale, f"entity.{platform} translates unused keys {stale}"


def test_every_event_type_has_a_state_translation() -> None:
    assert list(event.ACCESS.event_types or []) == list(events.EVENT_TYPES)
    states = _at(
        EN, f"entity.event.{event.ACCESS.translation_key}.state_attributes.event_type.state"
    )
    missing = sorted(set(events.EVENT_TYPES) - set(states))
    stale = sorted(set(states) - set(events.EVENT_TYPES))
    assert not missing, f"event types without a state translation: {missing}"
    assert not stale, f"state translations without an event type: {stale}"


# (e): icons --------------------------------------------------------------------------------


def test_icons_refer_to_entity_translation_keys() -> None:
    assert ICONS["entity"]
    for platform, entities in ICONS["entity"].items():
        assert platform in PLATFORMS, f"icons.json entity.{platform} is not one of our platforms"
        descriptions = {
            d.translation_key: d for d in _descriptions(PLATFORMS[platform]) if d.translation_key
        }
        for key, icon in entities.items():
            where = f"icons.json entity.{platform}.{key}"
            assert key in descriptions, f"{where}: no entity uses this translation key"
            assert key in EN["entity"].get(platform, {}) or _named_by_device(descriptions[key]), (
                f"{where}: not in en.json"
            )
            assert "default" in icon, f"{where} has no default"
            for _path, value in _strings(icon):
                assert value.startswith("mdi:"), f"{where}: {value}"


def test_every_action_has_an_icon_that_names_it() -> None:
    """icons.json `services`: one key per action in services.yaml, its icon an mdi one."""
    actions = set(load_yaml_dict(str(INTEGRATION / "services.yaml")))
    icons = ICONS["services"]
    assert not sorted(actions - set(icons)), "actions without an icon"
    for action, icon in icons.items():
        assert action in actions, f"icons.json services.{action} is no action"
        assert set(icon) == {"service"}, action
        assert icon["service"].startswith("mdi:"), action


def test_event_icons_cover_the_event_types() -> None:
    key = event.ACCESS.translation_key
    icons = _at(ICONS, f"entity.event.{key}.state_attributes.event_type.state")
    assert set(icons) == set(events.EVENT_TYPES)


# (f): manifest -----------------------------------------------------------------------------


def test_manifest_keys_are_sorted() -> None:
    keys = list(MANIFEST)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])


def test_manifest_has_what_hacs_and_hassfest_need() -> None:
    required = {
        "version",
        "documentation",
        "issue_tracker",
        "codeowners",
        "iot_class",
        "dependencies",
        "config_flow",
    }
    missing = sorted(required - set(MANIFEST))
    assert not missing, f"manifest.json lacks {missing}"
    assert MANIFEST["domain"] == const.DOMAIN
    assert MANIFEST["name"] == "Digital Key"
    assert re.fullmatch(r"\d+\.\d+\.\d+", MANIFEST["version"])
    assert MANIFEST["documentation"].startswith("https://")
    assert MANIFEST["issue_tracker"].startswith("https://")
    assert MANIFEST["codeowners"]
    assert all(owner.startswith("@") for owner in MANIFEST["codeowners"])
    assert MANIFEST["iot_class"] == "local_push"
    assert "bluetooth_adapters" in MANIFEST["dependencies"]
    assert MANIFEST["config_flow"] is True


def test_access_event_attribute_values_are_translated() -> None:
    """The event entity's `source` and `reason` values read as words, not codes."""
    attributes = EN["entity"]["event"]["access"]["state_attributes"]
    sources = {*events._SOURCES.values(), events.HUB_RELOCK_SOURCE}
    assert sources <= set(attributes["source"]["state"])
    reasons = {r.name.lower() for r in protocol_errors_constants.DenyReason} | {"unknown"}
    reasons |= {code.value for code in refusal_text.REFUSING_CODES}  # refusals of the gate
    assert reasons <= set(attributes["reason"]["state"])
    for name in ("user_id", "person_id", "credential", "credential_id", "share_id", "seq", "time"):
        assert attributes[name]["name"]


# Refusals and notifications of the access gate ---------------------------------------------


def _reason_for(code: ReasonCode) -> Reason:
    """A reason as the policy gives it, with the placeholders the policy fills."""
    at = "2026-12-01T12:00:00+00:00"
    values = {
        ReasonCode.NOT_YET_VALID: {"from": at},
        ReasonCode.EXPIRED: {"until": at},
        ReasonCode.ORGANISATION_NOT_YET_VALID: {"from": at},
        ReasonCode.ORGANISATION_EXPIRED: {"until": at},
        ReasonCode.USE_LIMIT_REACHED: {"uses": "3", "limit": "3"},
        ReasonCode.SHARE_REVOKED: {"at": at},
        ReasonCode.EMERGENCY: {"until": at},
        ReasonCode.IN_WINDOW: {"weekday": "0", "start": "07:00", "end": "17:00"},
    }
    return Reason(code, None, values.get(code, {}))


READ_AT = datetime(2026, 11, 30, 12, tzinfo=UTC)
"""When the sentences of the tests above are read (their times are relative to it)."""


@pytest.mark.parametrize("code", sorted(reason_text.OPENING_TOLD))
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_reason_that_tells_an_opening_has_a_sentence_without_it(
    code: ReasonCode, language: str
) -> None:
    """`closed_<code>`: said under a card that names the next opening already."""
    translated = _load(TRANSLATIONS / f"{language}.json")
    message = _at(translated, f"exceptions.{reason_text.closed_key(code)}.message")
    filled = reason_text.reason_placeholders(
        Registry(), _reason_for(code), "Garage", Language(language), READ_AT
    )
    assert _placeholders(message) <= set(filled) - {"opens_next", "valid_from"}


def test_every_refusing_reason_is_every_reason_that_does_not_open() -> None:
    opening = {code for code in ReasonCode if _reason_for(code).opens}
    assert set(ReasonCode) - opening == refusal_text.REFUSING_CODES


@pytest.mark.parametrize("code", sorted(refusal_text.REFUSING_CODES))
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_refusal_is_translated_with_its_placeholders_filled(
    code: ReasonCode, language: str
) -> None:
    translated = _load(TRANSLATIONS / f"{language}.json")
    key = refusal_text.refusal_key(code)
    assert key.startswith("denied_")
    message = _at(translated, f"exceptions.{key}.message")
    filled = refusal_text.refusal_placeholders(
        Registry(), _reason_for(code), "Garage", Language(language), READ_AT
    )
    assert _placeholders(message) == set(filled), f"{language}.json {key}"
    assert all(filled.values()), f"{key}: an empty placeholder"


@pytest.mark.parametrize("code", sorted(ReasonCode))
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_reason_has_a_sentence_with_its_placeholders_filled(
    code: ReasonCode, language: str
) -> None:
    """`reason_text.reason_key` is the one computed key of answers: bounded by ReasonCode."""
    translated = _load(TRANSLATIONS / f"{language}.json")
    key = reason_text.reason_key(code)
    assert key.startswith("reason_")
    message = _at(translated, f"exceptions.{key}.message")
    filled = reason_text.reason_placeholders(
        Registry(), _reason_for(code), "Garage", Language(language), READ_AT
    )
    assert _placeholders(message) <= set(filled), f"{language}.json {key}"
    assert all(filled[name] for name in _placeholders(message)), f"{key}: an empty placeholder"


NOTIFICATIONS = {
    "notify_share_used_title": {"door"},
    "notify_share_used": {"door", "time"},
    "notify_share_used_label_title": {"label", "door"},
    "notify_share_used_label": {"label", "door", "time"},
    "notify_emergency_key_used_title": {"door"},
    "notify_emergency_key_used": {"door", "time"},
    "notify_blocked_credential_title": {"door"},
    "notify_blocked_pin": {"door", "time"},
    "notify_blocked_tag": {"door", "time", "hint"},
    "notify_keypad_locked_title": {"door"},
    "notify_keypad_locked": {"door", "time"},
}
"""The texts the gate, share and emergency key uses and the keypad's follow-up send, with
the placeholders they fill."""
NOTIFYING_MODULES = ("access_gate.py", "share_uses.py", "emergency_uses.py", "keypad_events.py")


def test_notification_texts_are_translated_with_their_placeholders() -> None:
    for key, placeholders in NOTIFICATIONS.items():
        assert _placeholders(_at(EN, f"exceptions.{key}.message")) == placeholders, key
    used: set[str] = set()
    for module in NOTIFYING_MODULES:
        code = (INTEGRATION / module).read_text(encoding="utf-8")
        used |= set(re.findall(r'Text\(\s*"([a-z_]+)"', code))
    assert used == set(NOTIFICATIONS)


def test_every_share_note_is_translated() -> None:
    """`share_key`'s `url_note`, and its `notify_note` for each reason no one is reached."""
    keys = {services_resident.URL_NOTE} | {
        f"{services_resident.NOTIFY_NOTE_PREFIX}{why.value}" for why in Unreachable
    }
    for key in keys:
        assert _at(EN, f"exceptions.{key}.message"), key


# The guest page ---------------------------------------------------------------------------

GUEST_PAGE_PLACEHOLDERS = {
    "title": {"door"},
    "opened": {"door"},
    "valid_until": {"until"},
    "valid_from": {"valid_from"},
    "valid_from_until": {"valid_from", "until"},
    "hours": {"schedule"},
    "closed_opens_next": {"when"},
    "uses_left": {"left", "limit"},
    "times_zone": {"zone"},
}
"""The `guest_page` strings with placeholders, and the ones `guest_page_text` fills."""


def test_the_guest_page_strings_are_exactly_the_ones_the_page_uses() -> None:
    section = EN[guest_page_text.GUEST_PAGE]
    assert set(section) == guest_page_text.PAGE_KEYS
    used = _literal_first_arguments("page", modules="guest_page_text.py") | (
        _literal_first_arguments("page", modules="share_page.py")
    )
    assert {"open", "title"} <= used
    # `_async_plain` takes its heading and message keys as arguments, and a link that has
    # ended says the sentence `ENDED` names: those keys count as used.
    plain = _literal_arguments("_async_plain", modules="share_page.py")
    assert plain == {"not_valid_title", "not_valid", "too_many_title", "too_many"}
    ended = set(guest_page_text.ENDED.values())
    assert used | plain | ended == guest_page_text.PAGE_KEYS
    for key, text in section.items():
        assert _placeholders(text) == GUEST_PAGE_PLACEHOLDERS.get(key, set()), key


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_guest_page_fills_every_placeholder_of_each_language(language: str) -> None:
    """A guest page line is only written with what its translation asks for."""
    tables = (
        {
            f"component.{const.DOMAIN}.{guest_page_text.GUEST_PAGE}.{key}": text
            for key, text in _load(TRANSLATIONS / f"{language}.json")["guest_page"].items()
        },
    )
    texts = guest_page_text.GuestTexts(Language(language), tables, lambda text: None)
    for key, names in GUEST_PAGE_PLACEHOLDERS.items():
        written = texts.page(key, **{name: f"<{name}>" for name in names})
        assert "{" not in written, (language, key)
        assert all(f"<{name}>" in written for name in names), (language, key)


# The battery report and the battery repair -------------------------------------------------


def test_the_battery_report_strings_are_exactly_the_ones_the_report_uses() -> None:
    """The section holds the pure renderer's labels, with the English reference's wording."""
    section = EN[battery_text.BATTERY_REPORT]
    assert set(section) == battery_labels.LABEL_KEYS
    assert section == dict(battery_labels.ENGLISH)


def _row(*, percent: int, days_left: int | None, dead: bool) -> ReportRow:
    return ReportRow(
        door_id="d1",
        name="Garage",
        address="Storgata 1",
        percent=percent,
        millivolts=2320,
        critical=True,
        changed_at=1_800_000_000,
        change_source=None,
        days_since_change=3,
        last_contact=1_800_000_000,
        days_left=days_left,
        critical_since=1_800_000_000,
        probably_dead=dead,
        available=not dead,
    )


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_battery_report_line_is_written_in_its_language(language: str) -> None:
    """No label falls back to English (a placeholder that does not fit would) or stays raw."""
    labels = _load(TRANSLATIONS / f"{language}.json")[battery_text.BATTERY_REPORT]
    for key, english in battery_labels.ENGLISH.items():
        assert _placeholders(labels[key]) == _placeholders(english), (language, key)
    rows = [
        _row(percent=12, days_left=6, dead=False),
        _row(percent=12, days_left=1, dead=False),
        _row(percent=12, days_left=None, dead=False),
        _row(percent=9, days_left=None, dead=True),
    ]
    written = [
        battery_labels.summary(row, labels, format_time=str) for row in rows
    ] + battery_labels.text_lines(rows, labels, threshold=15, format_time=str)
    written.append(battery_labels.markdown(rows, labels, threshold=15, format_time=str))
    written.append(battery_labels.markdown([], labels, threshold=15, format_time=str))
    for count in (0, 1, 2):
        written.append(battery_labels.title(labels, building="B", count=count, threshold=15))
    assert all("{" not in line for line in written), written
    if language != "en":
        english = {**battery_labels.ENGLISH}
        assert not set(written) & {
            battery_labels.summary(row, english, format_time=str) for row in rows
        }


BATTERY_ISSUES = {
    battery_repairs.BATTERY_LOW: {"door", "address", "battery", "days_left"},
    battery_repairs.BATTERY_LOW_UNKNOWN: {"door", "address", "battery"},
    battery_repairs.BATTERY_DEAD: {"door", "address", "battery", "last_contact"},
}


def test_the_battery_issues_are_translated_with_what_the_repair_fills() -> None:
    rows = [
        _row(percent=12, days_left=6, dead=False),
        _row(percent=12, days_left=None, dead=False),
        _row(percent=9, days_left=None, dead=True),
    ]
    filled: dict[str, set[str]] = {}
    for row in rows:
        issue = battery_repairs.issue_for(row, ZoneInfo("Europe/Oslo"))
        assert issue is not None
        key, _severity, placeholders = issue
        filled[key] = set(placeholders)
    assert filled == BATTERY_ISSUES
    for key, names in BATTERY_ISSUES.items():
        issue_text = EN["issues"][key]
        assert _placeholders(issue_text["title"]) <= names, key
        assert _placeholders(issue_text["description"]) == names, key
