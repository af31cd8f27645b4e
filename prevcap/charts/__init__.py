"""Chart builders, one module per area: pure functions, data frame in, plotly figure out. The pages and
the report call the same builders. No Streamlit here."""
