"""Sign-in with Streamlit's own st.login (OpenID Connect, configured in .streamlit/secrets.toml) and
the signed-in user's role from access.toml. Nothing here handles a password; viewing needs no sign-in
unless access.toml says require_login = true."""

from __future__ import annotations

import streamlit as st

from core.access import Role, access_path, load_rules
from core.i18n import t


def signin_configured() -> bool:
    """Whether secrets.toml has an [auth] section: without it there is no sign-in, and no writing in the browser."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises its own kind of error
        return False


@st.cache_data(show_spinner=False, max_entries=4)
def _rules(path: str, modified: float):
    return load_rules(path)


def rules():
    path = access_path()
    return _rules(str(path), path.stat().st_mtime if path.exists() else 0.0)


def signed_in_email() -> str | None:
    if not signin_configured() or not st.user.get("is_logged_in", False):
        return None
    email = st.user.get("email")
    return str(email).strip() if email else None


def current_role() -> Role:
    """The signed-in user's role; a viewer when nobody is signed in or sign-in is not configured."""
    return rules().role_of(signed_in_email())


def sidebar(lang: str) -> Role:
    """Who is signed in and the buttons to sign in or out; returns the role."""
    role = current_role()
    if not signin_configured():
        return role
    if role.email:
        st.sidebar.caption(t("auth.signed_in", lang, email=role.email, role=t(f"auth.role.{role.kind}", lang)))
        if st.sidebar.button(t("auth.logout", lang), key="auth_logout", icon=":material/logout:"):
            st.logout()
    elif st.sidebar.button(t("auth.login", lang), key="auth_login", icon=":material/login:"):
        st.login()
    return role


def require_login_page(lang: str) -> None:
    """When access.toml requires sign-in and nobody is signed in: a page that says so, and nothing else."""
    if signin_configured() and rules().require_login and not signed_in_email():
        st.title(t("auth.required.title", lang))
        st.markdown(t("auth.required.text", lang))
        if st.button(t("auth.login", lang), key="auth_login_required", type="primary", icon=":material/login:"):
            st.login()
        st.stop()


def page_for(role: Role, needs: str, lang: str) -> Role:
    """At the top of a data page: its role, or a sentence saying what is missing and the page stops.
    `needs`: 'admin' (Inläsning, Inrapportering) or 'reporter' (Rapportera: a reporter or an admin)."""
    if not signin_configured():
        st.info(t("auth.not_configured", lang), icon=":material/lock:")
        st.stop()
    if not role.email:
        st.info(t("auth.sign_in_to_write", lang), icon=":material/lock:")
        if st.button(t("auth.login", lang), key="auth_login_page", type="primary", icon=":material/login:"):
            st.login()
        st.stop()
    allowed = role.is_admin if needs == "admin" else role.may_report
    if not allowed:
        st.warning(t(f"auth.not_allowed.{needs}", lang, email=role.email), icon=":material/block:")
        st.stop()
    return role


def data_pages_for(role: Role) -> set[str]:
    """Which data pages the navigation lists: all (each explaining sign-in) when sign-in is not
    configured, else those the role may use."""
    if not signin_configured():
        return {"inlasning", "rapportera", "inrapportering"}
    if role.is_admin:
        return {"inlasning", "rapportera", "inrapportering"}
    if role.may_report:
        return {"rapportera"}
    return set()
