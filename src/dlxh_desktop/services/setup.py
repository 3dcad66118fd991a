"""First-time set-up of an installation."""

from __future__ import annotations

from dlxh_desktop.domain import Unit, UnitKind
from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.storage import settings_repo, units_repo

from .app import Services
from .errors import ServiceError
from .settings import OWN_UNIT


def setup_province(svc: Services, code: str, name: str, symbol: str = "") -> Unit:
    """Make this installation the top unit of a tree. Refuses a second set-up."""
    if svc.settings.own_unit_code() is not None:
        raise ServiceError("already_set_up", unit=svc.settings.own_unit_code())
    unit = Unit(code, name, UnitKind.PROVINCE, None, symbol or "LĐLĐ")
    from .keys import record_own_keys, try_ensure_identity

    # Keys first; with no keyring and no passphrase they are made later by 'keys create'.
    identity = try_ensure_identity(svc.exchange)
    with svc.db.sessions.write() as s:
        units_repo.upsert_many(s, [unit])
        settings_repo.put(s, OWN_UNIT, unit.code)
        settings_repo.put(
            s,
            f"letterhead:{unit.code}",
            Letterhead(
                parent_body="TỔNG LĐLĐ VIỆT NAM",
                issuing_body=name.upper(),
                symbol=unit.symbol,
            ).to_dict(),
        )
    if identity is not None:
        record_own_keys(svc.exchange, identity)
    return unit
