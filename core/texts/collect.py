"""Texts of sign-in and of the data pages (Inläsning, Rapportera, Inrapportering)."""

TEXTS = {
    "nav.group.data": {"sv": "Uppgifter", "en": "Data"},
    "nav.upload": {"sv": "Inläsning", "en": "Upload"},
    "nav.report_form": {"sv": "Rapportera", "en": "Report"},
    "nav.reporting": {"sv": "Inrapportering", "en": "Reporting status"},
    "auth.login": {"sv": "Logga in", "en": "Sign in"},
    "auth.logout": {"sv": "Logga ut", "en": "Sign out"},
    "auth.signed_in": {"sv": "Inloggad: {email} ({role})", "en": "Signed in: {email} ({role})"},
    "auth.role.admin": {"sv": "länsstyrelsen", "en": "county board"},
    "auth.role.reporter": {"sv": "rapportör", "en": "reporter"},
    "auth.role.viewer": {"sv": "läsare", "en": "viewer"},
    "auth.required.title": {"sv": "Logga in", "en": "Sign in"},
    "auth.required.text": {
        "sv": "Panelen kräver inloggning. Logga in med ditt konto hos kommunen eller länsstyrelsen.",
        "en": "The dashboard requires sign-in. Sign in with your account at the municipality or the county board.",
    },
    "auth.not_configured": {
        "sv": "Inloggning är inte inställd, så uppgifter kan inte läsas in eller rapporteras här. Lägg in "
        "inloggningen i `.streamlit/secrets.toml` och rollerna i `access.toml` (se README, avsnittet "
        "Inloggning); till dess läses filer in med `python -m etl load`.",
        "en": "Sign-in is not configured, so figures cannot be uploaded or reported here. Put the sign-in in "
        "`.streamlit/secrets.toml` and the roles in `access.toml` (see the README, section Sign-in); until "
        "then, files are loaded with `python -m etl load`.",
    },
    "auth.sign_in_to_write": {
        "sv": "Logga in för att läsa in eller rapportera uppgifter.",
        "en": "Sign in to upload or report figures.",
    },
    "auth.not_allowed.admin": {
        "sv": "{email} har inte länsstyrelsens behörighet, som den här sidan kräver. Be länsstyrelsen lägga "
        "till dig i `access.toml`.",
        "en": "{email} does not have the county board's permission this page needs. Ask the county board to add "
        "you to `access.toml`.",
    },
    "auth.not_allowed.reporter": {
        "sv": "{email} får inte rapportera för någon kommun. Be länsstyrelsen lägga till dig i `access.toml`.",
        "en": "{email} may not report for any municipality. Ask the county board to add you to `access.toml`.",
    },
    "collect.err.not_yours": {
        "sv": "{name} hör inte till de kommuner du får skriva för",
        "en": "{name} is not among the municipalities you may write for",
    },
    "collect.err.already_submitted": {
        "sv": "rapporten är redan inskickad; länsstyrelsen godkänner den eller skickar tillbaka den",
        "en": "the report is already submitted; the county board accepts it or sends it back",
    },
    "collect.err.not_submitted": {"sv": "rapporten är inte inskickad", "en": "the report is not submitted"},
    "collect.err.comment_needed": {
        "sv": "skriv varför rapporten skickas tillbaka",
        "en": "write why the report is sent back",
    },
    "collect.err.too_large": {
        "sv": "filen är {size} MB; högst {limit} MB tas emot",
        "en": "the file is {size} MB; at most {limit} MB is accepted",
    },
    "collect.err.kind_unknown": {
        "sv": "rubrikerna passar ingen typ av uppgifter; välj typen själv eller utgå från en mall",
        "en": "the headers fit no kind of figures; choose the kind yourself or start from a template",
    },
    "collect.err.kind_ambiguous": {
        "sv": "rubrikerna passar flera typer ({kinds}); välj typen själv",
        "en": "the headers fit several kinds ({kinds}); choose the kind yourself",
    },
}
