"""Canonical JSON: one spelling per value; everything else refused with a code."""

from __future__ import annotations

import pytest

from dlxh_desktop.exchange import canonical_json
from dlxh_desktop.exchange.canonical_json import CanonicalJsonError


def code_of(data: bytes, **kwargs: int) -> str:
    with pytest.raises(CanonicalJsonError) as info:
        canonical_json.loads(data, **kwargs)
    return info.value.code


def test_round_trip_is_byte_exact() -> None:
    value = {"b": [1, True, None, "Hà Nội"], "a": {"z": -3, "y": "\n\u0001"}}
    data = canonical_json.dumps(value)
    assert data == '{"a":{"y":"\\n\\u0001","z":-3},"b":[1,true,null,"Hà Nội"]}'.encode()
    assert canonical_json.loads(data) == value


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"a":1,"a":2}', "json_duplicate_key"),
        (b'{"a":NaN}', "json_nan"),
        (b'{"a":Infinity}', "json_nan"),
        (b'{"a":-Infinity}', "json_nan"),
        (b'{"a":1.5}', "json_float"),
        (b'{"a":1e3}', "json_float"),
        (b'{"a":"\xff"}', "json_bad_utf8"),
        (b'{"a":"\xc3"}', "json_bad_utf8"),
        (b'{"a": 1}', "json_not_canonical"),
        (b'{"b":1,"a":2}', "json_not_canonical"),
        (b'{"a":"\\u00e9"}', "json_not_canonical"),
        (b'{"a":"\\/"}', "json_not_canonical"),
        (b'{"a":-0}', "json_not_canonical"),
        (b'{"a":01}', "json_syntax"),
        (b'{"a":1}\n', "json_not_canonical"),
        (b'{"a":"e\xcc\x81"}', "json_not_nfc"),
        (b'{"a":"\\ud800"}', "json_type"),
        (b'{"a":9007199254740993}', "json_int_range"),
        (b'{"a":1', "json_syntax"),
        (b"", "json_syntax"),
    ],
)
def test_rejections(data: bytes, code: str) -> None:
    assert code_of(data) == code


def test_depth_is_checked_before_parsing() -> None:
    assert code_of(b"[" * 100_000 + b"]" * 100_000, max_bytes=1 << 20) == "json_too_deep"
    assert code_of(b'{"a":' * 17 + b"1" + b"}" * 17) == "json_too_deep"
    # Brackets inside strings do not count.
    assert canonical_json.loads(b'["[[[[[[[[[[[[[[[[[[[[[[["]') == ["[" * 23]


def test_size_is_checked_first() -> None:
    assert code_of(b'"' + b"a" * 100 + b'"', max_bytes=50) == "json_too_large"


@pytest.mark.parametrize("value", [1.0, float("nan"), "e\u0301", {1: 2}, b"x", 2**60])
def test_dump_refuses_what_load_would_refuse(value: object) -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json.dumps(value)
