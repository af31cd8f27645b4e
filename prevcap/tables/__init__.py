"""Tables as the pages show them and the exports and the report write them: which columns, in which
order, rounded how, with which text. Each returns (frame, Columns)."""

# column -> (text key of the header, number format: None for text, "localized", "plain", a printf
# format, "link" or "link:<text key>")
Columns = dict[str, tuple[str, str | None]]
