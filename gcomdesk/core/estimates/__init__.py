"""Top-down estimates: a GPC row without local data filled from the national (or regional)
inventory scaled by a local proxy, openly and reversibly (issue 12). No Qt, no store here.

- `catalogue.py`: what each row is estimated from (resources/estimates/rows.csv), the proxies
  (resources/estimates/proxies.csv) and their national series (reference/proxies_kr.csv);
- `propose.py`: the proposals for an inventory year, each with its arithmetic;
- `marker.py`: how an estimate record says it is one (its `extra["estimate"]`).
"""
