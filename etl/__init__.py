"""ETL of prevcap: reference and example data, validated loads, the DuckDB warehouse."""
