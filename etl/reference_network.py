"""Reference data of the collaboration network: the local police areas (LPO) that group
municipalities, from data/reference/police_areas.csv, each row citing its source."""

from __future__ import annotations

import pandas as pd

from etl import reference
from etl.warehouse import insert, record_dataset

POLICE_AREA_FILE = "police_areas.csv"
POLICE_AREA_SOURCE = "Polisen och kommunernas webbplatser (lokalpolisområden som nämns i källorna)"


def load_police_areas(con, in_scope: set[str]) -> None:
    """Insert the police areas of the municipalities in scope into staging.police_areas."""
    areas = reference.read_reference_csv(POLICE_AREA_FILE)
    areas = areas[areas["municipality_code"].isin(in_scope)]
    frame = pd.DataFrame(
        {
            "police_area": areas["police_area"],
            "municipality_code": areas["municipality_code"],
            "basis": areas["basis"],
            "source": areas["source"],
            "origin": "reference",
            "source_file": POLICE_AREA_FILE,
        }
    )
    insert(con, "staging.police_areas", frame)
    record_dataset(con, "police_areas", "reference", POLICE_AREA_FILE, POLICE_AREA_SOURCE, None)
