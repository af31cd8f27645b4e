"""Read-only SQL of the marts, one module per area. Each function takes a DuckDB connection and plain,
hashable arguments and returns a DataFrame (or plain values): the pages cache them by those arguments."""
