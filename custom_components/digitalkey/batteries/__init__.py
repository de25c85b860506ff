"""Door units' batteries: history, days-left estimate, the battery report and its text.

Pure Python: no Home Assistant import, no I/O, no clock (every function that needs the
time takes `now`, epoch seconds on the hub's wall clock). The Home Assistant layer uses
it like this:

- keep: per door, `history.from_dict(stored)` once; on every authenticated snapshot
  `history.record(h, Reading(now, percent, millivolts))`, and on a battery change
  recorded by hand `history.record_change(h, at)`; save `history.to_dict(h)`;
- report: gather each door into `report.DoorFacts` and call
  `report.build_report(doors, threshold, now, all_doors=...)`; a repair issue per door
  from `report.build_row(...)` (`critical`, `probably_dead`, `days_left`);
- text: `text.title`, `text.markdown`, `text.text_lines` / `text.text` and
  `text.summary(row, ...)` with the translated labels (`text.LABEL_KEYS`, English
  reference in `text.ENGLISH`), a `format_time(epoch) -> str` and
  `text.separator_for(language)`.

Modules: `history` (readings kept, battery changes, critical since), `estimate` (days
left from a line through recent readings), `report` (rows, order, probably dead), `text`
(markdown, plain lines, summaries).
"""
