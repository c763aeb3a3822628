"""Tindak lanjut: follow-ups agreed in a coordination meeting, tracked to the next one.

An item is an action (e.g. "issue the Perbup", "register the 1.200 uncovered Non-ASN staff",
"budget their contributions in APBD 2022") given to an owner (an office) at a meeting, with a due
date and a status the people set: open, in_progress, done, dropped. The register keeps every
change (who, when, old -> new) in ``followup_history``.

Beside the people's status the data gives its own verdict, ``met_by_data``, for any as-of date D
(the status is never changed by it):

- regulation: met when a qualifying regulation of the item's region is in force on D by the
  tracker's rule (analytics/regulations.py: a kabupaten's Perbup, a kota's Perwali or their Perda;
  for an item about the province itself, its Pergub or Perda);
- coverage: met when active participants reach the target at the latest month on or before D:
  a number of workers (active >= target), or a percentage (UCJ for all workers; active / target
  headcount of the worker group otherwise). A province item sums its kabupaten/kota (its own
  reported row only when none of them report);
- budget: met when the allocation recorded for the item's budget year (all funding sources; the
  item's worker group, or all groups) reaches the target amount;
- other: no verdict. No data (no records, no target) gives no verdict either: None, shown "–".

Overdue: a due date before D and a status other than done or dropped. Disagreements: "done" while
the data does not show it met (``done_not_met``), and open or in progress while the data shows it
met (``met_still_open``).

Reads take the project's query callable; writes take a writable Store and run in one
``store.write()`` transaction each, validated first (nothing is written when anything is wrong).
"""

from analytics.followups.items import (  # noqa: F401
    CLOSED, DISAGREEMENTS, DONE_NOT_MET, EXPORT_COLUMNS, FIELDS, KINDS, MET_STILL_OPEN, REQUIRED, STATUSES, UNITS,
    VERSION, Draft, FollowupError, Problem, add_item, adopt, canonical, clean_item, history_text, same_item,
    stale_reason, stored_value, update_item, write_changes,
)
from analytics.followups.register import (  # noqa: F401
    adoption_candidates, disagreement, draft_key, styled_table, display_frame, due_text, earlier_items, evaluate, export_frame,
    filter_register, history, history_frame, load_items, overdue, reaches, register, verdict_text,
)
