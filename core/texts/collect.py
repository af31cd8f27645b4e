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
    "collect.upload.title": {"sv": "Inläsning", "en": "Upload"},
    "collect.upload.intro": {
        "sv": "Läs in en fil med länets uppgifter: CSV (semikolon eller komma) eller Excel, högst {mb} MB. "
        "Filen kontrolleras först, och ingenting sparas förrän du trycker **Bekräfta**. Varje inläsning blir en "
        "sats i liggaren med ditt namn, och kan ångras. Brå:s fil över anmälda brott i kommunerna och ett sparat "
        "svar från Kolada läses som de publiceras.",
        "en": "Upload a file of the county's figures: CSV (semicolon or comma) or Excel, at most {mb} MB. The file "
        "is checked first, and nothing is saved until you press **Confirm**. Every upload becomes a batch of the "
        "ledger under your name, and can be undone. Brå's file of reported crimes in the municipalities and a "
        "saved Kolada response are read as they are published.",
    },
    "collect.upload.kind": {"sv": "Typ av uppgifter", "en": "Kind of figures"},
    "collect.kind.auto": {"sv": "Känn igen från rubrikerna", "en": "Recognise from the headers"},
    "collect.kind.staffing": {"sv": "Bemanning", "en": "Staffing"},
    "collect.kind.events": {"sv": "Evenemang", "en": "Events"},
    "collect.kind.attendance": {"sv": "Deltagande", "en": "Attendance"},
    "collect.kind.funding": {"sv": "Finansiering", "en": "Funding"},
    "collect.kind.collaborations": {"sv": "Samverkan", "en": "Collaborations"},
    "collect.kind.population": {"sv": "Befolkning", "en": "Population"},
    "collect.kind.law_status": {"sv": "Lagstatus (Lag 2023:196)", "en": "Legal status (Act 2023:196)"},
    "collect.kind.crime": {"sv": "Anmälda brott (Brå:s CSV)", "en": "Reported crimes (Brå's CSV)"},
    "collect.kind.kolada": {"sv": "Kolada (sparat svar, JSON)", "en": "Kolada (saved response, JSON)"},
    "collect.upload.templates": {"sv": "Mallar", "en": "Templates"},
    "collect.upload.templates_text": {
        "sv": "En mall per typ, med rubrikerna och en exempelrad. Svenska rubriker (Kommun, År, Årsarbetare …) "
        "går också bra.",
        "en": "One template per kind, with the headers and an example row. Swedish headers (Kommun, År, "
        "Årsarbetare …) work too.",
    },
    "collect.upload.file": {"sv": "Fil att läsa in", "en": "File to upload"},
    "collect.upload.file_help": {
        "sv": "Formler i Excel räknas aldrig om: cellernas sparade värden läses. Personuppgifter tas inte emot.",
        "en": "Excel formulas are never evaluated: the cells' saved values are read. Personal data is refused.",
    },
    "collect.upload.refused": {
        "sv": "{file}: {count} problem. Ingenting lästes in; rätta filen och läs in den igen.",
        "en": "{file}: {count} problem(s). Nothing was loaded; correct the file and upload it again.",
    },
    "collect.upload.problems": {"sv": "Problem i filen", "en": "Problems in the file"},
    "collect.upload.checked": {
        "sv": "{file} är kontrollerad: {rows} rader {kind} ({new} nya, {replaced} ersätter andra, {unchanged} "
        "oförändrade). Ingenting är sparat ännu.",
        "en": "{file} is checked: {rows} rows of {kind} ({new} new, {replaced} replacing others, {unchanged} "
        "unchanged). Nothing is saved yet.",
    },
    "collect.upload.per_municipality": {"sv": "Per kommun", "en": "By municipality"},
    "collect.upload.replaced": {"sv": "Värden som ersätts", "en": "Values replaced"},
    "collect.upload.confirm": {"sv": "Bekräfta", "en": "Confirm"},
    "collect.upload.done": {
        "sv": "{file} är inläst som sats {batch} ({rows} rader). Sidorna visar de nya siffrorna.",
        "en": "{file} is loaded as batch {batch} ({rows} rows). The pages show the new figures.",
    },
    "collect.col.row": {"sv": "Rad", "en": "Row"},
    "collect.col.column": {"sv": "Kolumn", "en": "Column"},
    "collect.col.value": {"sv": "Värde", "en": "Value"},
    "collect.col.problem": {"sv": "Vad är fel", "en": "What is wrong"},
    "collect.col.new": {"sv": "Nya", "en": "New"},
    "collect.col.replaced": {"sv": "Ersätter", "en": "Replacing"},
    "collect.col.unchanged": {"sv": "Oförändrade", "en": "Unchanged"},
    "collect.col.key": {"sv": "Rad (nyckel)", "en": "Row (key)"},
    "collect.col.old": {"sv": "Nu", "en": "Now"},
    "collect.col.new_value": {"sv": "Efter inläsningen", "en": "After the upload"},
    "collect.col.old_origin": {"sv": "Nuvarande värdes ursprung", "en": "Origin of the current value"},
    "collect.col.author": {"sv": "Vem", "en": "Who"},
    "collect.history.title": {"sv": "Inlästa satser", "en": "Loaded batches"},
    "collect.history.none": {
        "sv": "Inga satser för länets kommuner ännu.",
        "en": "No batches for the county's municipalities yet.",
    },
    "collect.history.choose": {"sv": "Sats", "en": "Batch"},
    "collect.history.batch": {"sv": "Sats {id}", "en": "Batch {id}"},
    "collect.history.reverts": {"sv": "Ångrar sats {id}", "en": "Reverts batch {id}"},
    "collect.history.report": {"sv": "Kommunens rapport ({file})", "en": "The municipality's report ({file})"},
    "collect.history.download": {"sv": "Ladda ned originalfilen", "en": "Download the original file"},
    "collect.history.revert": {"sv": "Ångra sats {id}", "en": "Undo batch {id}"},
    "collect.history.restore": {"sv": "Ångra ångringen {id}", "en": "Undo the revert {id}"},
    "collect.history.confirm_text": {
        "sv": "Ångra {id}? Satsens rader används inte längre, och det som fanns under dem kommer tillbaka. "
        "Ångringen blir en ny post i liggaren och kan själv ångras.",
        "en": "Undo {id}? The batch's rows are no longer used, and what was underneath comes back. The undo "
        "becomes a new entry of the ledger and can itself be undone.",
    },
    "collect.history.confirm_yes": {"sv": "Ja, ångra", "en": "Yes, undo"},
    "collect.history.confirm_no": {"sv": "Avbryt", "en": "Cancel"},
    "collect.history.reverted": {
        "sv": "{id} är ångrad (post {entry} i liggaren).",
        "en": "{id} is undone (entry {entry} of the ledger).",
    },
}
