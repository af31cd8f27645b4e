"""Domain calculations: pure functions of data frames and graphs, no SQL, no Streamlit, no display text."""
