"""Phone numbers in E.164 from what people type; e-mail by a plain syntax check."""

from __future__ import annotations

import pytest

from custom_components.digitalkey.access.contact import Country, normalise_email, normalise_phone
from custom_components.digitalkey.access.errors import AccessError, ErrorCode


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("912 34 567", Country.NORWAY, "+4791234567"),
        ("+47 912 34 567", Country.DENMARK, "+4791234567"),
        ("0047 91234567", Country.NORWAY, "+4791234567"),
        (" 22 33 44 55 ", Country.NORWAY, "+4722334455"),
        ("20 12 34 56", Country.DENMARK, "+4520123456"),
        ("+45 20123456", Country.NORWAY, "+4520123456"),
        ("06 12345678", Country.NETHERLANDS, "+31612345678"),
        ("+31 (0)6-1234 5678", Country.NORWAY, "+31612345678"),
        ("020 123 4567", Country.NETHERLANDS, "+31201234567"),
    ],
)
def test_phone_numbers_are_written_in_e164(raw: str, region: Country, e164: str) -> None:
    assert normalise_phone(raw, region) == e164


def test_a_number_without_country_code_is_read_in_the_buildings_country() -> None:
    assert normalise_phone("20123456", Country.DENMARK) == "+4520123456"
    with pytest.raises(AccessError):
        normalise_phone("0612345678", Country.NORWAY)  # a Dutch mobile is no Norwegian number


@pytest.mark.parametrize(
    "raw", ["", "   ", "12", "abc", "+47 1234", "9" * 41, "+999 12345678", "912345678901234"]
)
def test_invalid_phone_numbers_are_refused(raw: str) -> None:
    with pytest.raises(AccessError) as err:
        normalise_phone(raw, Country.NORWAY)
    assert err.value.code is ErrorCode.INVALID_PHONE


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("kari@example.no", "kari@example.no"),
        ("  Kari.Nordmann@Example.NO ", "Kari.Nordmann@example.no"),
        ("ole+styret@borettslag.oslo.no", "ole+styret@borettslag.oslo.no"),
        ("jens@blåbær.dk", "jens@blåbær.dk"),
        ("a@b.nl", "a@b.nl"),
        ("o'brien@mail-server.example.com", "o'brien@mail-server.example.com"),
    ],
)
def test_valid_email_addresses_are_kept_with_a_lower_case_domain(raw: str, normal: str) -> None:
    assert normalise_email(raw) == normal


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "kari",
        "kari@",
        "@example.no",
        "kari@example",
        "kari@example.n",
        "kari@@example.no",
        "kari nordmann@example.no",
        "kari@exa mple.no",
        ".kari@example.no",
        "kari.@example.no",
        "ka..ri@example.no",
        "kari@-example.no",
        "kari@example-.no",
        "kari@example..no",
        "kari@exa_mple.no",
        'ka"ri@example.no',
        "k" * 65 + "@example.no",
        "kari@" + "a" * 64 + ".no",
        "kari@" + "a." * 125 + "no",
    ],
)
def test_malformed_email_addresses_are_refused(raw: str) -> None:
    with pytest.raises(AccessError) as err:
        normalise_email(raw)
    assert err.value.code is ErrorCode.INVALID_EMAIL


def test_the_region_may_be_given_as_its_code() -> None:
    assert normalise_phone("20123456", "DK") == "+4520123456"
    with pytest.raises(AccessError) as err:
        normalise_phone("20123456", "SE")
    assert err.value.code is ErrorCode.INVALID_FIELD
