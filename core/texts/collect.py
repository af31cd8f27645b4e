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
    # --- Rapportera -------------------------------------------------------------------------------------
    "collect.form.title": {"sv": "Rapportera", "en": "Report"},
    "collect.form.intro": {
        "sv": "Kommunens årliga rapport om det brottsförebyggande arbetet och ANDT-arbetet: samordnartjänster, "
        "finansiering, Lag (2023:196) och regionala träffar. Formuläret börjar med förra årets uppgifter. "
        "Spara ett utkast när du vill och skicka in rapporten när den är klar; länsstyrelsen granskar den, "
        "och först när den är godkänd syns uppgifterna i panelen.",
        "en": "The municipality's yearly report on its crime prevention and ANDT work: coordinator posts, "
        "funding, Lag (2023:196) and regional events. The form starts from last year's answers. Save a draft "
        "whenever you like and submit the report when it is done; the county board reviews it, and only once "
        "it is accepted do the figures show in the dashboard.",
    },
    "collect.form.no_municipalities": {
        "sv": "{email} får rapportera, men ingen av kommunerna finns i panelen. Be länsstyrelsen se över `access.toml`.",
        "en": "{email} may report, but none of the municipalities is in the dashboard. Ask the county board to check `access.toml`.",
    },
    "collect.form.municipality": {"sv": "Kommun", "en": "Municipality"},
    "collect.form.year": {"sv": "Verksamhetsår", "en": "Year reported on"},
    "collect.form.report_name": {"sv": "Rapporten", "en": "The report"},
    "collect.form.empty_parts": {
        "sv": "Tomt: {parts}. En tom del rapporterar att det inte finns något (till exempel ingen finansiering alls), "
        "och ersätter årets uppgifter i panelen när rapporten godkänns.",
        "en": "Empty: {parts}. An empty part reports that there is nothing (no funding at all, for example), and "
        "replaces the year's figures in the dashboard once the report is accepted.",
    },
    "collect.form.fix_first": {
        "sv": "Formuläret har {n} fel att rätta, under sina delar, innan rapporten kan skickas in. Ett utkast kan sparas ändå.",
        "en": "Problems to fix, under their parts, before the report can be submitted: {n}. A draft can be saved anyway.",
    },
    "collect.form.save": {"sv": "Spara utkast", "en": "Save draft"},
    "collect.form.submit": {"sv": "Skicka in", "en": "Submit"},
    "collect.form.submit_help": {
        "sv": "Lämnar rapporten till länsstyrelsen för granskning. Den kan inte ändras förrän länsstyrelsen "
        "godkänt den eller skickat tillbaka den.",
        "en": "Hands the report to the county board for review. It cannot be changed until the county board "
        "has accepted it or sent it back.",
    },
    "collect.form.saved": {
        "sv": "Utkastet är sparat. Det finns kvar när du kommer tillbaka, också från en annan dator.",
        "en": "The draft is saved. It is still here when you come back, from another computer too.",
    },
    "collect.form.submitted": {
        "sv": "Rapporten är inskickad. Länsstyrelsen granskar den.",
        "en": "The report is submitted. The county board reviews it.",
    },
    "collect.form.refused": {"sv": "Det gick inte:", "en": "That did not work:"},
    "collect.status.not_started": {"sv": "Inte påbörjad", "en": "Not started"},
    "collect.status.draft": {"sv": "Utkast", "en": "Draft"},
    "collect.status.submitted": {"sv": "Inskickad", "en": "Submitted"},
    "collect.status.returned": {"sv": "Återsänd", "en": "Returned"},
    "collect.status.accepted": {"sv": "Godkänd", "en": "Accepted"},
    "collect.status.comment": {"sv": "Länsstyrelsens kommentar", "en": "The county board's comment"},
    "collect.status_text.not_started": {
        "sv": "**{status}.** Rapporten för {name} {year} är inte påbörjad. Formuläret är ifyllt med förra årets "
        "uppgifter: ändra det som inte stämmer.",
        "en": "**{status}.** The report of {name} for {year} is not started. The form holds last year's answers: "
        "change what is not right.",
    },
    "collect.status_text.draft": {
        "sv": "**{status}**, senast sparat {time}. Rapporten för {name} {year} är inte inskickad än.",
        "en": "**{status}**, last saved {time}. The report of {name} for {year} is not submitted yet.",
    },
    "collect.status_text.submitted": {
        "sv": "**{status}** {time}. Länsstyrelsen granskar rapporten för {name} {year}; den kan ändras igen om "
        "den skickas tillbaka.",
        "en": "**{status}** {time}. The county board is reviewing the report of {name} for {year}; it can be "
        "changed again if it is sent back.",
    },
    "collect.status_text.reviewer": {
        "sv": "**{status}** {time}. Granska rapporten för {name} {year} bredvid förra årets uppgifter och "
        "godkänn den eller skicka tillbaka den med en kommentar.",
        "en": "**{status}** {time}. Review the report of {name} for {year} beside last year's answers and accept "
        "it or send it back with a comment.",
    },
    "collect.status_text.returned": {
        "sv": "**{status}** av länsstyrelsen {time}. Ändra rapporten för {name} {year} efter kommentaren och "
        "skicka in den igen.",
        "en": "**{status}** by the county board {time}. Change the report of {name} for {year} as the comment says "
        "and submit it again.",
    },
    "collect.status_text.accepted": {
        "sv": "**{status}** {time}: uppgifterna för {name} {year} finns i panelen. En ändring sparas som ett nytt "
        "utkast och ska skickas in och godkännas igen.",
        "en": "**{status}** {time}: the figures of {name} for {year} are in the dashboard. A change is saved as a "
        "new draft and must be submitted and accepted again.",
    },
    "collect.part.heading": {"sv": "{number}. {part}", "en": "{number}. {part}"},
    "collect.part.posts": {"sv": "Samordnartjänster", "en": "Coordinator posts"},
    "collect.part.funding": {"sv": "Finansiering", "en": "Funding"},
    "collect.part.law": {"sv": "Lag (2023:196)", "en": "Lag (2023:196)"},
    "collect.part.attendance": {"sv": "Regionala träffar", "en": "Regional events"},
    "collect.part.help.posts": {
        "sv": "En rad per tjänst: roll, årsarbetare (1 = heltid), vem som betalar och, för en tjänst som kommunen "
        "delar, kommunen den delas med. Lägg till rader längst ned och ta bort dem med kryssrutan till vänster.",
        "en": "One row per post: role, FTE (1 = full time), who pays and, for a post the municipality shares, the "
        "municipality it is shared with. Add rows at the bottom and delete them with the box on the left.",
    },
    "collect.part.help.funding": {
        "sv": "Årets medel till arbetet, per finansiär och område, i kronor.",
        "en": "The year's money for the work, per funder and area, in SEK.",
    },
    "collect.part.help.law": {
        "sv": "Enligt Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete: finns delen på plats, sedan "
        "när, och var kan den läsas (en webbadress som börjar med https://)?",
        "en": "Under Lag (2023:196) on municipalities' responsibility for crime prevention: is the part in place, "
        "since when, and where can it be read (a web address beginning with https://)?",
    },
    "collect.part.help.attendance": {
        "sv": "Årets regionala träffar och hur många från kommunen som deltog (0 om ingen).",
        "en": "The year's regional events and how many from the municipality took part (0 if none).",
    },
    "collect.part.no_events": {
        "sv": "Panelen har inga regionala träffar det här året.",
        "en": "The dashboard has no regional events this year.",
    },
    "collect.col.role": {"sv": "Roll", "en": "Role"},
    "collect.col.fte": {"sv": "Årsarbetare", "en": "FTE"},
    "collect.col.fte_help": {
        "sv": "Heltidsekvivalenter: 1 är en heltid, 0,5 en halvtid (högst {max})",
        "en": "Full-time equivalents: 1 is full time, 0.5 half time (at most {max})",
    },
    "collect.col.funded_by": {"sv": "Finansieras av", "en": "Funded by"},
    "collect.col.shared_with": {"sv": "Delad med", "en": "Shared with"},
    "collect.col.shared_with_help": {
        "sv": "Kommunen i länet som tjänsten delas med, om den delas",
        "en": "The municipality of the county the post is shared with, if it is shared",
    },
    "collect.col.funder": {"sv": "Finansiär", "en": "Funder"},
    "collect.col.area": {"sv": "Område", "en": "Area"},
    "collect.col.amount_sek": {"sv": "Belopp (kr)", "en": "Amount (SEK)"},
    "collect.col.event": {"sv": "Träff", "en": "Event"},
    "collect.col.date": {"sv": "Datum", "en": "Date"},
    "collect.col.participants": {"sv": "Deltagare", "en": "Participants"},
    "collect.col.law_part": {"sv": "Del", "en": "Part"},
    "collect.col.law_date": {"sv": "{part}: datum", "en": "{part}: date"},
    "collect.col.law_link": {"sv": "{part}: länk", "en": "{part}: link"},
    "collect.col.status": {"sv": "Status", "en": "Status"},
    "collect.col.changed_at": {"sv": "Senast ändrad", "en": "Last changed"},
    "collect.col.accepted_at": {"sv": "Senast godkänd", "en": "Last accepted"},
    "collect.col.missing": {"sv": "Saknas", "en": "Missing"},
    "collect.col.report_author": {"sv": "Av", "en": "By"},
    "collect.col.comment": {"sv": "Kommentar", "en": "Comment"},
    "collect.law.yes": {"sv": "Ja", "en": "Yes"},
    "collect.law.no": {"sv": "Nej", "en": "No"},
    "collect.law.unanswered": {"sv": "Ej besvarat", "en": "Not answered"},
    "collect.law.date": {"sv": "Beslutad eller publicerad", "en": "Decided or published"},
    "collect.law.link": {"sv": "Länk", "en": "Link"},
    "collect.problems.count": {
        "sv": "Fel att rätta här: {n}",
        "en": "Problems to fix here: {n}",
    },
    "collect.problems.row": {"sv": "Rad", "en": "Row"},
    "collect.problems.field": {"sv": "Fält", "en": "Field"},
    "collect.problems.message": {"sv": "Problem", "en": "Problem"},
    "collect.report_history.title": {"sv": "Rapportens historik", "en": "The report's history"},
    # --- the county board's review ------------------------------------------------------------------------
    "collect.compare.last_year": {"sv": "Förra året", "en": "Last year"},
    "collect.compare.in_dashboard": {"sv": "I panelen nu", "en": "In the dashboard now"},
    "collect.compare.report": {"sv": "Rapporten", "en": "This report"},
    "collect.compare.total": {"sv": "Totalt", "en": "Total"},
    "collect.compare.caption.posts": {
        "sv": "Årsarbetare per roll: förra året → rapporten",
        "en": "FTE per role: last year → this report",
    },
    "collect.compare.caption.funding": {
        "sv": "Kronor per finansiär och område: förra året → rapporten",
        "en": "SEK per funder and area: last year → this report",
    },
    "collect.compare.caption.law": {
        "sv": "Lag (2023:196): senast kända svar → rapporten",
        "en": "Lag (2023:196): the latest known answer → this report",
    },
    "collect.compare.caption.attendance": {
        "sv": "Deltagare per träff: i panelen nu → rapporten",
        "en": "Participants per event: in the dashboard now → this report",
    },
    "collect.review.title": {"sv": "Granskning", "en": "Review"},
    "collect.review.intro": {
        "sv": "Godkänn rapporten, så ersätter den kommunens uppgifter för året i panelen, eller skicka tillbaka den "
        "med en kommentar om vad som ska ändras.",
        "en": "Accept the report, and it replaces the municipality's figures of the year in the dashboard, or send "
        "it back with a comment on what to change.",
    },
    "collect.review.comment": {
        "sv": "Kommentar till kommunen (krävs för att skicka tillbaka)",
        "en": "Comment to the municipality (needed to send the report back)",
    },
    "collect.review.accept": {"sv": "Godkänn", "en": "Accept"},
    "collect.review.return": {"sv": "Skicka tillbaka", "en": "Send back"},
    "collect.review.accepting": {"sv": "Uppgifterna läses in …", "en": "Loading the figures …"},
    "collect.review.accepted": {
        "sv": "Rapporten är godkänd och finns nu i panelen (post {batch} i liggaren).",
        "en": "The report is accepted and is now in the dashboard (entry {batch} of the ledger).",
    },
    "collect.review.returned": {
        "sv": "Rapporten är skickad tillbaka till kommunen med kommentaren.",
        "en": "The report is sent back to the municipality with the comment.",
    },
    # --- Inrapportering -------------------------------------------------------------------------------------
    "collect.overview.title": {"sv": "Inrapportering", "en": "Reporting status"},
    "collect.overview.intro": {
        "sv": "Länets kommuner och deras rapporter för året: vilka som är godkända, inskickade och väntar på "
        "granskning, påbörjade eller inte påbörjade, och vad som saknas. Ladda ned listan för påminnelser.",
        "en": "The county's municipalities and their reports for the year: which are accepted, submitted and "
        "waiting for review, started or not started, and what is missing. Download the list for reminders.",
    },
    "collect.overview.county": {"sv": "Län", "en": "County"},
    "collect.overview.year": {"sv": "Verksamhetsår", "en": "Year reported on"},
    "collect.overview.metric": {"sv": "Godkända rapporter {year}", "en": "Accepted reports {year}"},
    "collect.overview.metric_value": {"sv": "{accepted} av {total}", "en": "{accepted} of {total}"},
    "collect.overview.progress": {
        "sv": "{accepted} av {total} kommuner har rapporterat {year}",
        "en": "{accepted} of {total} municipalities have reported {year}",
    },
    "collect.overview.waiting": {
        "sv": "Inskickade som väntar på granskning: {n}",
        "en": "Submitted and waiting for review: {n}",
    },
    "collect.overview.table_title": {"sv": "Inrapportering {county} {year}", "en": "Reporting status {county} {year}"},
    "collect.overview.no_county": {
        "sv": "{email} är länsstyrelse för ett län som inte finns i panelen.",
        "en": "{email} is the county board of a county that is not in the dashboard.",
    },
    "collect.overview.open": {"sv": "Öppna rapporten", "en": "Open the report"},
    "collect.overview.open_choice": {"sv": "Kommunens rapport", "en": "The municipality's report"},
}
