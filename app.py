"""Entry point: `streamlit run app.py`. The dashboard (dashboard.py) as Streamlit's st.App, with one
middleware of ours in front: an address the dashboard does not have gets a page in Swedish (or the
link's language) with a link back to Översikt, not a blank page (prevcap/serving.py says why)."""

import streamlit as st
from starlette.middleware import Middleware

from prevcap.serving import UnknownPaths

app = st.App("dashboard.py", middleware=[Middleware(UnknownPaths)])
