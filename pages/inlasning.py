"""A stub until the real page replaces it (merged from the pages' branch): the navigation lists a page
once its script exists, and tests/test_login.py needs it listed."""

import streamlit as st

from core.i18n import t
from prevcap import ui
from prevcap.ui import auth

lang = ui.page_view().lang
st.title(t("nav.upload", lang))
auth.page_for(auth.current_role(), "admin", lang)
