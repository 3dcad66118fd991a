"""Child process for the crash test: saves a draft again and again, announcing each commit.

Run as ``python crash_worker.py HOME REPORT_ID``; prints ``committed N`` after each commit
returns, so the parent knows which writes the program told the user were saved.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from dlxh_desktop.domain import OpinionStream, ReportContent
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock


def main() -> None:
    home, report_id = DataHome(Path(sys.argv[1])), int(sys.argv[2])
    with Services.open(home, FixedClock(datetime(2026, 10, 25, tzinfo=UTC))) as svc:
        start = int(svc.reports.get(report_id).content.assessment.split()[-1])
        print("ready", flush=True)
        n = start
        while True:
            n += 1
            content = ReportContent(
                assessment=f"Bản lưu tự động số {n}",
                streams=tuple(
                    OpinionStream("viec-lam", f"Luồng {i} của lần lưu {n} " + "x" * 400)
                    for i in range(n % 7 + 1)
                ),
            )
            svc.reports.save_content(report_id, content)
            print(f"committed {n}", flush=True)


if __name__ == "__main__":
    main()
