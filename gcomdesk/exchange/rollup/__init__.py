"""Roll-up: a provincial inventory from its municipalities' .gcdx files.

`sources` reads the municipal files (read-only: each is copied to a temporary folder first and the
copy opened, so neither a migration nor SQLite's journal handling can touch the officer's file);
`contributions` turns each municipality's calculated results into the province's records;
`findings` holds the checks; `provenance` the source list and findings stored in the province file
and what moved since the previous roll-up; `write` writes it all as ONE ChangeSet.
"""

from gcomdesk.exchange.rollup.write import RollupResult, roll_up

__all__ = ["RollupResult", "roll_up"]
