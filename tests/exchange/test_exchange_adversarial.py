"""The adversarial cases of PACKAGE-DESIGN.md that belong to the envelope layer, one test each.

Numbers in the test names refer to that list. Each hostile package is made with real keys,
usually signed by a registered sender, so that the check under test — not an earlier one — is
what refuses it.
"""

from __future__ import annotations

import base64
import os
import struct
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from exchange_support import (
    CHILD,
    FILES,
    OTHER_CHILD,
    PARENT,
    THIRD,
    cast,
    craft,
    header_for,
    open_as_parent,
    rejected,
    report_package,
    valid_package,
)
from pyrage import passphrase as age_passphrase

from dlxh_desktop.exchange import (
    Identity,
    Limits,
    PackageRejected,
    age_body,
    build_package,
    canonical_json,
    decrypt_and_verify,
    open_package,
    read_envelope,
    read_package_file,
)
from dlxh_desktop.exchange.build import make_manifest
from dlxh_desktop.exchange.container import INNER_DOMAIN, encode_container, sign_manifest
from dlxh_desktop.exchange.envelope import OUTER_DOMAIN, seal
from dlxh_desktop.exchange.keys import signing_key_id

HEADER_AT = 14  # magic 8 + version 2 + header length 4


def split(data: bytes) -> tuple[bytes, bytes, bytes]:
    """(header bytes, body, signature) of a well-formed package."""
    (header_len,) = struct.unpack_from(">I", data, 10)
    header = data[HEADER_AT : HEADER_AT + header_len]
    (body_len,) = struct.unpack_from(">Q", data, HEADER_AT + header_len)
    body_at = HEADER_AT + header_len + 8
    return header, data[body_at : body_at + body_len], data[body_at + body_len :]


def test_valid_package_opens() -> None:
    opened = open_as_parent(valid_package())
    assert opened.files == FILES
    assert opened.header.sender_unit == CHILD and opened.header.recipient_unit == PARENT
    assert opened.envelope.sender_registered
    # The recovery key can open it too (it is a listed recipient of the same unit's package).
    c = cast()
    env = read_envelope(valid_package(), lookup_sender_key=c.lookup)
    assert decrypt_and_verify(env, identity=c.recovery, my_unit_code=PARENT).files == FILES


# 1. empty file, random bytes, unknown version
def test_01_empty_file() -> None:
    rejected(b"", "empty")


def test_01_random_bytes() -> None:
    rejected(os.urandom(5000), "bad_magic")


def test_01_unknown_version() -> None:
    data = valid_package()
    rejected(data[:8] + b"\x00\x02" + data[10:], "unknown_version")


# 2. truncated at every length
def test_02_truncated_at_every_length() -> None:
    data = craft(files=[("report.json", b"{}")])
    for n in range(len(data)):
        with pytest.raises(PackageRejected) as info:
            open_as_parent(data[:n])
        assert info.value.code == ("empty" if n == 0 else "truncated"), n


# 3. bytes appended or prepended, length fields beyond the file
def test_03_bytes_appended() -> None:
    rejected(valid_package() + b"\x00", "trailing_data")


def test_03_bytes_prepended() -> None:
    rejected(b"\x00" + valid_package(), "bad_magic")


def test_03_length_fields_beyond_the_file() -> None:
    data = valid_package()
    header, _body, _sig = split(data)
    rejected(data[:10] + struct.pack(">I", 2**32 - 1) + data[14:], "too_large")
    rejected(data[:10] + struct.pack(">I", 16_000) + data[14:], "truncated")
    at = HEADER_AT + len(header)
    rejected(data[:at] + struct.pack(">Q", 2**64 - 1) + data[at + 8 :], "truncated")


# 4. oversized file, rejected before reading
def test_04_oversized_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.dlxh"
    with open(big, "wb") as f:
        f.truncate(49 * 1024 * 1024)  # sparse: costs nothing
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("file was opened"))
    with pytest.raises(PackageRejected) as info:
        read_package_file(big)
    assert info.value.code == "too_large"


def test_04_oversized_bytes() -> None:
    rejected(valid_package(), "too_large", limits=Limits(max_package_bytes=1000))


# 5. header with duplicate keys, NaN, bad UTF-8, deep nesting, non-canonical JSON
@pytest.mark.parametrize(
    ("mutate", "json_code"),
    [
        (
            lambda h: h.replace(b'{"created_at"', b'{"kind":"report","created_at"'),
            "json_duplicate_key",
        ),
        (lambda h: h.replace(b'"sequence":7', b'"sequence":NaN'), "json_nan"),
        (lambda h: h.replace(b"CDCS-01", b"CDCS-\xff1"), "json_bad_utf8"),
        (lambda h: h[:-1] + b',"x":' + b"[" * 40 + b"]" * 40 + b"}", "json_too_deep"),
        (lambda h: h.replace(b'"sequence":7', b'"sequence": 7'), "json_not_canonical"),
        (lambda h: h.replace(b'"sequence":7', b'"sequence":7.0'), "json_float"),
    ],
    ids=["duplicate", "nan", "utf8", "deep", "whitespace", "float"],
)
def test_05_hostile_header_json(mutate, json_code: str) -> None:  # type: ignore[no-untyped-def]
    header, body, _ = split(valid_package())
    bad = mutate(header)
    assert bad != header
    err = rejected(seal(bad, body, cast().child), "header_json")
    assert err.details["json"] == json_code


def test_05_header_with_unknown_field_or_bad_value() -> None:
    header, body, _ = split(valid_package())
    doc = canonical_json.loads(header)
    for change in ({"extra": 1}, {"sequence": 0}, {"kind": "zip"}, {"created_at": "yesterday"}):
        rejected(
            seal(canonical_json.dumps({**doc, **change}), body, cast().child), "header_invalid"
        )


# 6. any single bit flipped (every byte position of a small package)
def test_06_every_single_bit_flip_is_rejected() -> None:
    data = craft(files=[("report.json", b"{}")])
    for i in range(len(data)):
        flipped = data[:i] + bytes([data[i] ^ (1 << (i % 8))]) + data[i + 1 :]
        with pytest.raises(PackageRejected):
            open_as_parent(flipped)


# 7. unknown sender key (fingerprint shown)
def test_07_unknown_sender_key_shows_fingerprint() -> None:
    stranger = Identity.generate()
    data = report_package(signer=stranger)
    err = rejected(data, "unknown_sender_key")
    assert err.details["fingerprint"] == stranger.fingerprint
    assert err.details["unit"] == CHILD


# 8. (the layer's part) another unit's key
def test_08_another_units_key() -> None:
    data = report_package(signer=cast().other_child)  # claims CHILD, signed by OTHER_CHILD's key
    rejected(data, "unknown_sender_key")


def test_08_key_id_lookup_returns_a_different_key() -> None:
    c = cast()
    with pytest.raises(PackageRejected) as info:
        open_package(
            valid_package(),
            lookup_sender_key=lambda unit, key_id: c.other_child.public,
            identity=c.parent,
            my_unit_code=PARENT,
        )
    assert info.value.code == "sender_key_mismatch"


# 9. signature stripped and re-signed by another registered unit
def test_09_resigned_by_another_unit_same_header() -> None:
    header, body, _ = split(valid_package())
    rejected(seal(header, body, cast().other_child), "bad_outer_signature")


def test_09_resigned_by_another_unit_claiming_to_be_sender() -> None:
    c = cast()
    _, body, _ = split(valid_package())
    hijacked = header_for(sender_unit=OTHER_CHILD, signer=c.other_child)
    header_bytes = canonical_json.dumps(
        {
            **hijacked.to_json(),
            "recipient": canonical_json.loads(split(valid_package())[0])["recipient"],
        }
    )
    rejected(seal(header_bytes, body, c.other_child), "bad_inner_signature")


# 10. inner and outer signatures swapped
def test_10_inner_signature_in_outer_slot() -> None:
    c = cast()
    data = valid_package()
    _, body, outer = split(data)
    plain = age_body.decrypt_bounded(body, c.parent.age_identity, 1 << 20)
    (mlen,) = struct.unpack_from(">I", plain, 8)
    inner = plain[12 + mlen : 12 + mlen + 64]
    rejected(data[:-64] + inner, "bad_outer_signature")
    # and the outer signature where the inner one belongs (re-sealed by the sender)
    swapped = plain[: 12 + mlen] + outer + plain[12 + mlen + 64 :]
    rejected(craft(container=swapped), "bad_inner_signature")


def test_10_domain_separation() -> None:
    c = cast()
    assert OUTER_DOMAIN != INNER_DOMAIN
    m = make_manifest(header_for(), list(FILES.items())).to_bytes()
    rejected(craft(inner_signature=c.child.sign(OUTER_DOMAIN + m)), "bad_inner_signature")
    rejected(craft(inner_signature=c.child.sign(m)), "bad_inner_signature")


# 11. Ed25519 edge cases at the envelope: small-order key carrying a universal forgery
def test_11_small_order_key_forgery_on_a_self_certifying_directory() -> None:
    c = cast()
    good = build_package(
        "directory",
        sender_unit=PARENT,
        signer=c.parent,
        sequence=1,
        files={"directory.json": b"{}"},
    )
    header, body, _ = split(good)
    identity_point = bytes([1]) + bytes(31)
    doc = canonical_json.loads(header)
    doc["sender"] = {
        "unit": PARENT,
        "key": base64.b64encode(identity_point).decode(),
        "key_id": signing_key_id(identity_point),
    }
    header_bytes = canonical_json.dumps(doc)
    prefix = good[:10] + struct.pack(">I", len(header_bytes)) + header_bytes
    prefix += struct.pack(">Q", len(body))
    forged = prefix + body + identity_point + bytes(32)
    with pytest.raises(PackageRejected) as info:
        read_envelope(forged, lookup_sender_key=lambda u, k: None, allow_unregistered=True)
    assert info.value.code == "bad_outer_signature"


def test_11_malleated_outer_signature() -> None:
    data = valid_package()
    s = int.from_bytes(data[-32:], "little") + 2**252 + 27742317777372353535851937790883648493
    rejected(data[:-32] + s.to_bytes(32, "little"), "bad_outer_signature")


# 12. addressed to another office
def test_12_addressed_to_another_office() -> None:
    c = cast()
    data = report_package(recipient_unit=THIRD, recipients=[c.third.public.encryption])
    rejected(data, "not_for_us")


def test_12_right_unit_wrong_key() -> None:
    c = cast()
    with pytest.raises(PackageRejected) as info:
        open_package(
            valid_package(), lookup_sender_key=c.lookup, identity=c.third, my_unit_code=PARENT
        )
    assert info.value.code == "not_for_us"


# 13. forwarded by an intermediate office
def _forwarded_parts() -> tuple[bytes, bytes]:
    c = cast()
    header, body, _ = split(valid_package())
    plain = age_body.decrypt_bounded(body, c.parent.age_identity, 1 << 20)
    return header, age_body.encrypt(plain, [c.third.public.encryption])


def _open_as_third(data: bytes) -> None:
    c = cast()
    open_package(data, lookup_sender_key=c.lookup, identity=c.third, my_unit_code=THIRD)


def test_13_forwarded_reencrypted_under_original_signature() -> None:
    header, body = _forwarded_parts()
    doc = canonical_json.loads(header)
    doc["recipient"] = {"unit": THIRD, "key_ids": [cast().third.public.encryption_key_id]}
    original_sig = valid_package()[-64:]
    sealed = seal(canonical_json.dumps(doc), body, cast().parent)[:-64] + original_sig
    with pytest.raises(PackageRejected) as info:
        _open_as_third(sealed)
    assert info.value.code == "bad_outer_signature"


def test_13_forwarded_and_resigned_by_the_intermediate() -> None:
    c = cast()
    _, body = _forwarded_parts()
    relay = header_for(
        sender_unit=PARENT,
        signer=c.parent,
        recipient_unit=THIRD,
        recipients=[c.third.public.encryption],
    )
    with pytest.raises(PackageRejected) as info:
        _open_as_third(seal(canonical_json.dumps(relay.to_json()), body, c.parent))
    assert info.value.code == "bad_inner_signature"


def test_13_forwarded_with_original_inner_signature_and_own_header() -> None:
    # The relay keeps the child's manifest and signature but cannot change them to name THIRD.
    c = cast()
    header = header_for(
        sender_unit=CHILD, recipient_unit=THIRD, recipients=[c.third.public.encryption]
    )
    m = make_manifest(header_for(), list(FILES.items())).to_bytes()
    data = craft(header=header, manifest=m, recipients=[c.third.public.encryption])
    with pytest.raises(PackageRejected) as info:
        _open_as_third(data)
    assert info.value.code == "manifest_mismatch"


# 14. thousands of age recipient stanzas, or a passphrase stanza; malformed age headers
def test_14_thousands_of_stanzas() -> None:
    stanza = b"-> X25519 " + base64.b64encode(os.urandom(32)).rstrip(b"=") + b"\n"
    stanza += base64.b64encode(os.urandom(32)).rstrip(b"=") + b"\n"
    body = age_body.AGE_INTRO + stanza * 5000 + b"--- " + b"A" * 43 + b"\n" + os.urandom(100)
    rejected(craft(body=body), "too_many_recipients")


def test_14_passphrase_stanza() -> None:
    body = age_passphrase.encrypt(b"whatever", "a passphrase")
    rejected(craft(body=body), "passphrase_stanza")


@pytest.mark.parametrize(
    "body",
    [
        b"-----BEGIN AGE ENCRYPTED FILE-----\n",
        b"age-encryption.org/v1\n-> X25519 abc\n" + b"A" * 10_000,
        b"not age at all",
    ],
    ids=["armored", "no-end", "garbage"],
)
def test_14_malformed_age_header(body: bytes) -> None:
    rejected(craft(body=body), "age_header")


def test_14_stanza_count_differs_from_header() -> None:
    c = cast()
    rejected(
        craft(recipients=[c.parent.public.encryption, c.third.public.encryption]),
        "recipient_mismatch",
    )


def test_14_valid_looking_header_that_does_not_decrypt() -> None:
    c = cast()
    rejected(craft(recipients=[c.third.public.encryption]), "decrypt_failed")


# 15. ciphertext chunks missing or reordered
def _chunks(body: bytes) -> tuple[bytes, list[bytes]]:
    end = body.index(b"\n--- ") + 1
    end = body.index(b"\n", end) + 1 + 16  # header, then the 16-byte stream nonce
    payload = body[end:]
    size = 64 * 1024 + 16
    return body[:end], [payload[i : i + size] for i in range(0, len(payload), size)]


def test_15_chunks_reordered_or_missing() -> None:
    files = [("report.json", b"{}"), ("report.pdf", os.urandom(300_000))]
    good = craft(files=files)
    _, body, _ = split(good)
    head, chunks = _chunks(body)
    assert len(chunks) >= 4
    reordered = head + chunks[1] + chunks[0] + b"".join(chunks[2:])
    missing = head + chunks[0] + b"".join(chunks[2:])
    last_dropped = head + b"".join(chunks[:-1])
    for hostile in (reordered, missing, last_dropped):
        # Re-sealed by the registered sender: the decryption itself must catch it.
        rejected(craft(body=hostile, files=files), "decrypt_failed")
        # Not re-sealed: framing (shorter than announced) or the outer signature catches it.
        spliced = good[: -64 - len(body)] + hostile + good[-64:]
        expected = "truncated" if len(hostile) < len(body) else "bad_outer_signature"
        rejected(spliced, expected)


# 16. header differs from manifest
@pytest.mark.parametrize(
    "change",
    [
        {"sequence": 8},
        {"recipient": {"unit": THIRD, "key_ids": ["0123456789abcdef"]}},
        {"report": {"kind": "monthly", "period": "2026-10", "revision": 3}},
    ],
    ids=["sequence", "recipient", "revision"],
)
def test_16_header_differs_from_manifest(change: dict[str, object]) -> None:
    rejected(craft(manifest_header={**header_for().to_json(), **change}), "manifest_mismatch")


# 17. plaintext over the cap, memory bounded
def test_17_plaintext_over_the_cap_memory_stays_bounded() -> None:
    big = report_package(files={"report.json": b"{}", "report.pdf": os.urandom(8 << 20)})
    cap = 1 << 20
    limits = Limits(max_plaintext_bytes=cap)
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        rejected(big, "too_large", limits=limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # One copy of the ciphertext (bounded by max_package_bytes) plus at most the capped
    # plaintext; without the cap the 8 MiB plaintext would come on top.
    assert peak - base < len(big) + 2 * cap


def test_17_directory_over_the_cap() -> None:
    c = cast()
    data = build_package(
        "directory",
        sender_unit=PARENT,
        signer=c.parent,
        sequence=1,
        files={"directory.json": b"x" * 5000},
    )
    with pytest.raises(PackageRejected) as info:
        open_package(
            data,
            lookup_sender_key=c.lookup,
            identity=None,
            my_unit_code=CHILD,
            limits=Limits(max_plaintext_bytes=4000),
        )
    assert info.value.code == "too_large"


# 23. entry names
BAD_NAMES = [
    "../x.pdf",
    "/x.pdf",
    "C:\\x.pdf",
    "C:x.pdf",
    "x/y.pdf",
    "x\\y.pdf",
    "CON",
    "con.pdf",
    "COM1.pdf",
    "lpt9.txt",
    "nul.json",
    "a\x00b.pdf",
    "a\nb.pdf",
    ".hidden.pdf",
    "x.pdf.",
    "x.pdf ",
    "..",
    "x.exe",
    "x",
    "e\u0301.pdf",
    "a\u202eb.pdf",
    "a" * 200 + ".pdf",
    "",
]


@pytest.mark.parametrize("name", BAD_NAMES, ids=[repr(n)[:20] for n in BAD_NAMES])
def test_23_bad_entry_name_in_a_signed_package(name: str) -> None:
    files = [("report.json", b"{}"), (name, b"data")]
    # A non-NFC name cannot even be written in a canonical manifest: list its NFC twin there.
    listed = [("report.json", b"{}"), (unicodedata.normalize("NFC", name), b"data")]
    rejected(craft(files=files, listed=listed), "bad_entry_name")


@pytest.mark.parametrize(
    "pair",
    [("Report.JSON", "report.json"), ("ẞ.pdf", "ß.pdf"), ("Hà.pdf", "HÀ.pdf"), ("SS.pdf", "ß.pdf")],
    ids=["case", "sharp-s", "vietnamese-case", "casefold"],
)
def test_23_case_or_unicode_collision(pair: tuple[str, str]) -> None:
    files = [("report.json", b"{}"), (pair[0], b"1"), (pair[1], b"2")]
    if "report.json" in pair:
        files = [("report.json", b"{}"), (pair[0], b"1")]
    rejected(craft(files=files), "bad_entry_name")


def test_23_builder_refuses_bad_names_too() -> None:
    with pytest.raises(PackageRejected) as info:
        report_package(files={"report.json": b"{}", "../evil.pdf": b""})
    assert info.value.code == "bad_entry_name"


def test_23_good_vietnamese_attachment_names() -> None:
    files = {"report.json": b"{}", "Biên bản họp (1).pdf": b"x", "Ảnh_hiện-trường.jpg": b"y"}
    assert open_as_parent(report_package(files=files)).files == files


# 27. file missing from or extra to the manifest, hash mismatch
def test_27_file_missing() -> None:
    listed = list(FILES.items())
    rejected(craft(files=listed[:2], listed=listed), "missing_file")


def test_27_extra_file() -> None:
    listed = list(FILES.items())
    rejected(craft(files=[*listed, ("extra.pdf", b"x")], listed=listed), "extra_file")


def test_27_hash_mismatch() -> None:
    listed = list(FILES.items())
    files = [(n, d + b"!" if n == "report.pdf" else d) for n, d in listed]
    rejected(craft(files=files, listed=listed), "hash_mismatch")


def test_27_main_file_missing_from_both() -> None:
    files = [("report.pdf", b"x")]
    rejected(craft(files=files), "missing_file")


def test_27_container_framing() -> None:
    c = cast()
    m = make_manifest(header_for(), list(FILES.items())).to_bytes()
    good = encode_container(m, sign_manifest(m, c.child), list(FILES.items()))
    rejected(craft(container=good + b"\x00"), "container_framing")
    rejected(craft(container=good[:-1]), "container_framing")
    rejected(craft(container=b"NOTABODY" + good[8:]), "container_framing")
