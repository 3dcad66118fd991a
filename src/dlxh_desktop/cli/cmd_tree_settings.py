"""``dlxh calendar show | set`` and ``dlxh topics list | add | retire`` (the top unit's
settings for its whole tree; they travel in its directory)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from dlxh_desktop.domain import ReportingCalendar

from .context import open_services, print_json

DAY_FIELDS = {
    "cutoff_day": "first day of a month's data window (default 15: 15th → 14th)",
    "monthly_deadline_day": "monthly report due before this day (default 20)",
    "quarterly_deadline_day": "quarterly report due before this day of the quarter's last month",
    "half_year_deadline_day": "half-year report due before this day of June / December",
    "quick_deadline_days": "days allowed for a quick report after the incident (default 1)",
    "due_soon_days": "days before a deadline shown as 'due soon' (default 3)",
}
DATE_FIELDS = {
    "annual_deadline": "annual report due before this date, MM-DD (default 12-02)",
    "annual_window_end": "last day of the annual data window, MM-DD (default 11-14)",
}


def _month_day(text: str) -> tuple[int, int]:
    try:
        month, day = (int(x) for x in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"write MM-DD, e.g. 12-02, not {text!r}") from None
    return month, day


def register(sub: Any) -> None:
    cal = sub.add_parser("calendar", help="reporting windows and deadlines (top unit)")
    cs = cal.add_subparsers(dest="calendar_command", metavar="ACTION")
    cs.required = True
    show = cs.add_parser("show", help="print the calendar")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show_calendar)
    st = cs.add_parser("set", help="change some days (the rest stay)")
    for name, text in DAY_FIELDS.items():
        st.add_argument("--" + name.replace("_", "-"), dest=name, type=int, help=text)
    for name, text in DATE_FIELDS.items():
        st.add_argument("--" + name.replace("_", "-"), dest=name, type=_month_day, help=text)
    st.set_defaults(handler=_set_calendar)

    top = sub.add_parser("topics", help="the topic catalogue (top unit may extend it)")
    ts = top.add_subparsers(dest="topics_command", metavar="ACTION")
    ts.required = True
    ls = ts.add_parser("list", help="topics offered in reports")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--all", action="store_true", help="also retired topics")
    ls.set_defaults(handler=_list_topics)
    add = ts.add_parser("add", help="add a topic (or relabel one)")
    add.add_argument("--code", required=True)
    add.add_argument("--label", required=True)
    add.add_argument("--group", default="")
    add.set_defaults(handler=_add_topic)
    ret = ts.add_parser("retire", help="stop offering a topic (old reports keep it)")
    ret.add_argument("code")
    ret.set_defaults(handler=_retire_topic)


def _show_calendar(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        cal = svc.settings.calendar()
    if args.json:
        print_json(cal.to_dict())
    else:
        for name, value in cal.to_dict().items():
            shown = f"{value[0]:02d}-{value[1]:02d}" if isinstance(value, list) else value
            print(f"{name:<24} {shown}")
    return 0


def _set_calendar(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.errors import ServiceError
    from dlxh_desktop.services.tree_settings import change_calendar

    changes = {
        f.name: getattr(args, f.name)
        for f in dataclasses.fields(ReportingCalendar)
        if getattr(args, f.name, None) is not None
    }
    if not changes:
        raise ServiceError("nothing_to_change")
    with open_services(args) as svc:
        change_calendar(svc, **changes)
    print("Calendar saved; it reaches the units below with the next directory export.")
    return 0


def _list_topics(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        topics = [t for t in svc.settings.topics() if args.all or t.active]
    if args.json:
        print_json([dataclasses.asdict(t) for t in topics])
    else:
        for t in topics:
            print(f"{t.code:<28} {t.label}{'' if t.active else '  (retired)'}")
    return 0


def _add_topic(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.tree_settings import add_topic

    with open_services(args) as svc:
        t = add_topic(svc, args.code, args.label, args.group)
    print(f"Topic {t.code} ({t.label}) saved.")
    return 0


def _retire_topic(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.tree_settings import retire_topic

    with open_services(args) as svc:
        t = retire_topic(svc, args.code)
    print(f"Topic {t.code} is no longer offered.")
    return 0
