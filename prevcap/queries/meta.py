"""Queries of the warehouse's provenance: the data sets with their sources and the ledger's batches."""

from __future__ import annotations

import pandas as pd


def datasets(con) -> pd.DataFrame:
    return con.execute("select * from meta.datasets order by dataset, origin, source_file").df()


def batches(con) -> pd.DataFrame:
    """The ledger's entries the warehouse was built from (no authors: they stay in the ledger)."""
    return con.execute("select * from meta.batches order by entry_id").df()
