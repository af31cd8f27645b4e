"""Configuration, the translation table and number formats: what etl, prevcap and reports all need.

It imports none of them, so that the ETL and the dashboard depend on it and never on each other
in a circle."""
