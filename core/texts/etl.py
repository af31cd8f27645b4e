"""Messages of the ETL command line: where a problem is and what is wrong."""

TEXTS = {
    "etl.where.file": {"sv": "{file}", "en": "{file}"},
    "etl.where.row": {"sv": ", rad {row}", "en": ", row {row}"},
    "etl.where.column": {"sv": ', kolumn "{column}"', "en": ', column "{column}"'},
    "etl.err.no_such_file": {"sv": "filen finns inte", "en": "the file does not exist"},
    "etl.err.bad_suffix": {
        "sv": "filtypen {suffix} stöds inte; använd .csv eller .xlsx",
        "en": "file type {suffix} is not supported; use .csv or .xlsx",
    },
    "etl.err.empty_file": {"sv": "filen är tom", "en": "the file is empty"},
    "etl.err.no_rows": {"sv": "filen har rubriker men inga rader", "en": "the file has headers but no rows"},
    "etl.err.unreadable": {"sv": "filen går inte att läsa ({detail})", "en": "the file cannot be read ({detail})"},
    "etl.err.file_changed": {
        "sv": "filen ändrades medan den lästes in, så det som kontrollerades är inte det som skulle sparas; "
        "inget är inläst: läs in den igen när den är färdigsparad",
        "en": "the file changed while it was being loaded, so what was checked is not what would be kept; "
        "nothing is loaded: load it again once it is saved",
    },
    "etl.err.broken_unicode": {
        "sv": "filen är sparad som {encoding} men är ofullständig eller trasig; spara den igen, helst som "
        "CSV UTF-8 eller .xlsx",
        "en": "the file is saved as {encoding} but is incomplete or damaged; save it again, preferably as "
        "CSV UTF-8 or .xlsx",
    },
    "etl.err.first_sheet_empty": {
        "sv": 'det första bladet "{first}" är tomt, och flera blad har data ({sheets}); lägg det som ska läsas '
        "in på det första bladet, eller spara det bladet som en egen fil",
        "en": 'the first sheet "{first}" is empty, and several sheets hold data ({sheets}); put what is to be '
        "loaded on the first sheet, or save that sheet as a file of its own",
    },
    "etl.warn.other_sheet_read": {
        "sv": 'det första bladet "{first}" är tomt; bladet "{sheet}", det enda med data, läses in',
        "en": 'the first sheet "{first}" is empty; sheet "{sheet}", the only one with data, is read',
    },
    "etl.warn.sheets_not_read": {
        "sv": 'bara det första bladet "{first}" läses in; bladen {sheets} har också data men läses inte',
        "en": 'only the first sheet "{first}" is read; the sheets {sheets} hold data too but are not read',
    },
    "etl.warn.hidden_row": {
        "sv": "rad {rows} är dold i Excel men läses in ändå; kontrollera att den ska vara med",
        "en": "row {rows} is hidden in Excel but is read all the same; check that it belongs in the file",
    },
    "etl.warn.hidden_rows": {
        "sv": "raderna {rows} är dolda i Excel men läses in ändå; kontrollera att de ska vara med",
        "en": "rows {rows} are hidden in Excel but are read all the same; check that they belong in the file",
    },
    "etl.warn.hidden_column": {
        "sv": "kolumn {columns} är dold i Excel men läses in ändå; kontrollera att den ska vara med",
        "en": "column {columns} is hidden in Excel but is read all the same; check that it belongs in the file",
    },
    "etl.warn.hidden_columns": {
        "sv": "kolumnerna {columns} är dolda i Excel men läses in ändå; kontrollera att de ska vara med",
        "en": "columns {columns} are hidden in Excel but are read all the same; check that they belong in the file",
    },
    "etl.err.duplicate_header": {
        "sv": "rubriken finns i flera kolumner ({columns}); varje rubrik får bara finnas en gång",
        "en": "the header appears in several columns ({columns}); each header may appear only once",
    },
    "etl.err.same_column_twice": {
        "sv": 'kolumnen betyder samma sak som kolumnen "{other}" (kolumnerna {columns}); behåll bara den ena – '
        "också när de stämmer överens, eftersom prevcap inte kan veta vilken som gäller",
        "en": 'the column means the same as column "{other}" (columns {columns}); keep only one of them – also '
        "when they agree, as prevcap cannot know which one holds",
    },
    "etl.err.extra_cells": {
        "sv": "raden har {cells} celler men rubrikraden bara {columns}; värden utan rubrik kan inte läsas in",
        "en": "the row has {cells} cells but the header only {columns}; values without a header cannot be read",
    },
    "etl.err.extra_cells_decimal_comma": {
        "sv": 'raden har {cells} celler men rubrikraden bara {columns}: troligen har talet "{value}" skrivits '
        "med decimalkomma utan citattecken, så att kommat delade det i två celler. Skriv talet inom "
        'citattecken ("{value}"), med decimalpunkt, eller spara filen med semikolon som avgränsare',
        "en": 'the row has {cells} cells but the header only {columns}: the number "{value}" was probably written '
        "with a decimal comma without quotes, so the comma split it in two cells. Quote the number "
        '("{value}"), write it with a decimal point, or save the file with semicolons as separators',
    },
    "etl.err.file_too_large": {
        "sv": "filen är {size} MB; högst {max} MB läses in. Dela upp filen i flera",
        "en": "the file is {size} MB; at most {max} MB is loaded. Split the file into several",
    },
    "etl.err.too_many_rows": {
        "sv": "filen har fler än {max} rader; högst {max} rader läses in per fil. Dela upp filen i flera",
        "en": "the file has more than {max} rows; at most {max} rows are loaded per file. Split the file into several",
    },
    "etl.err.cell_too_long": {
        "sv": "cellen har {length} tecken; högst {max} tecken per cell tas emot",
        "en": "the cell holds {length} characters; at most {max} characters per cell are accepted",
    },
    "etl.err.more_problems": {
        "sv": "och {count} problem till (de första {shown} visas)",
        "en": "and {count} more problems (the first {shown} are shown)",
    },
    "etl.err.more_problems_stopped": {
        "sv": "och minst {count} problem till (de första {shown} visas); kontrollen avbröts vid rad {row}",
        "en": "and at least {count} more problems (the first {shown} are shown); the check stopped at row {row}",
    },
    "etl.err.missing_column": {
        "sv": "obligatorisk kolumn saknas (godtagna rubriker: {accepted})",
        "en": "required column is missing (accepted headers: {accepted})",
    },
    "etl.err.personal_data_column": {
        "sv": "kolumnen ser ut att innehålla personuppgifter; prevcap tar bara emot antal, aldrig namn eller kontaktuppgifter. Ta bort kolumnen",
        "en": "the column looks like personal data; prevcap accepts counts only, never names or contact details. Remove the column",
    },
    "etl.err.personnummer": {
        "sv": "cellen innehåller ett personnummer; personuppgifter tas inte emot. Hela filen avvisas",
        "en": "the cell holds a Swedish personal identity number; personal data is refused. The whole file is rejected",
    },
    "etl.err.email_in_cell": {
        "sv": "cellen innehåller en e-postadress; personuppgifter tas inte emot. Hela filen avvisas",
        "en": "the cell holds an e-mail address; personal data is refused. The whole file is rejected",
    },
    "etl.err.phone_in_cell": {
        "sv": "cellen innehåller ett telefonnummer; personuppgifter tas inte emot. Hela filen avvisas",
        "en": "the cell holds a phone number; personal data is refused. The whole file is rejected",
    },
    "etl.err.missing_value": {"sv": "värde saknas", "en": "value is missing"},
    "etl.err.unknown_municipality": {"sv": 'okänd kommun "{value}"', "en": 'unknown municipality "{value}"'},
    "etl.err.unknown_municipality_hint": {
        "sv": 'okänd kommun "{value}" – menade du {suggestion}?',
        "en": 'unknown municipality "{value}" – did you mean {suggestion}?',
    },
    "etl.err.municipality_out_of_scope": {
        "sv": '{name} ("{value}") ingår inte i lagrets län (se prevcap.toml)',
        "en": '{name} ("{value}") is not in the warehouse\'s counties (see prevcap.toml)',
    },
    "etl.err.too_few_members": {
        "sv": 'en samverkan behöver minst två kommuner ("{value}")',
        "en": 'a collaboration needs at least two municipalities ("{value}")',
    },
    "etl.err.year_out_of_range": {
        "sv": 'året "{value}" ligger utanför {first}–{last}',
        "en": 'year "{value}" is outside {first}–{last}',
    },
    "etl.err.not_a_number": {"sv": '"{value}" är inte ett tal', "en": '"{value}" is not a number'},
    "etl.err.not_whole": {"sv": '"{value}" ska vara ett heltal', "en": '"{value}" must be a whole number'},
    "etl.err.negative": {"sv": '"{value}" är negativt', "en": '"{value}" is negative'},
    "etl.err.below_minimum": {
        "sv": '"{value}" är för litet (minst {min})',
        "en": '"{value}" is too small (at least {min})',
    },
    "etl.err.mixed_separators": {
        "sv": '"{value}" blandar punkt och komma, så det går inte att veta vilket som är decimaltecknet; '
        "skriv till exempel 1 500,50 eller 1500,5",
        "en": '"{value}" mixes points and commas, so the decimal mark cannot be told; write for example '
        "1 500,50 or 1500.5",
    },
    "etl.err.ambiguous_separators": {
        "sv": '"{value}" har flera punkter eller kommatecken; skriv tusental med mellanslag: till exempel 1 500 000',
        "en": '"{value}" has several points or commas; write thousands with spaces: for example 1 500 000',
    },
    "etl.err.ambiguous_number": {
        "sv": '"{value}" kan läsas både som {decimal} och som {thousands}; skriv tusental med mellanslag '
        "eller utan avgränsare (1 500 eller 1500) och decimaler med komma (1,5)",
        "en": '"{value}" reads both as {decimal} and as {thousands}; write thousands with a space or '
        "nothing (1 500 or 1500) and decimals with a comma or point (1,5)",
    },
    "etl.err.absurd_fte": {
        "sv": '"{value}" årsarbetare är orimligt (högst {max})',
        "en": '"{value}" FTE is absurd (at most {max})',
    },
    "etl.err.absurd_participants": {
        "sv": '"{value}" deltagare är orimligt (högst {max})',
        "en": '"{value}" participants is absurd (at most {max})',
    },
    "etl.err.absurd_amount": {
        "sv": '"{value}" kronor är orimligt (högst {max})',
        "en": '"{value}" SEK is absurd (at most {max})',
    },
    "etl.err.absurd_value": {"sv": '"{value}" är orimligt (högst {max})', "en": '"{value}" is absurd (at most {max})'},
    "etl.err.bad_choice": {
        "sv": '"{value}" är inte ett tillåtet värde (tillåtna: {allowed})',
        "en": '"{value}" is not an allowed value (allowed: {allowed})',
    },
    "etl.err.bad_bool": {"sv": '"{value}" ska vara ja eller nej', "en": '"{value}" must be yes or no (ja/nej)'},
    "etl.err.bad_url": {
        "sv": '"{value}" är ingen webbadress (skriv https://…)',
        "en": '"{value}" is not a web address (write https://…)',
    },
    "etl.err.bad_date": {
        "sv": '"{value}" är inget datum (skriv ÅÅÅÅ-MM-DD)',
        "en": '"{value}" is not a date (write YYYY-MM-DD)',
    },
    "etl.err.unknown_event": {
        "sv": 'evenemanget "{value}" finns inte i lagret; läs in evenemangen först',
        "en": 'event "{value}" is not in the warehouse; load the events first',
    },
    "etl.err.unknown_event_hint": {
        "sv": 'evenemanget "{value}" finns inte i lagret – menade du {suggestion}?',
        "en": 'event "{value}" is not in the warehouse – did you mean {suggestion}?',
    },
    "etl.err.duplicate_key": {
        "sv": "raden har samma nyckel ({key}) som rad {other}",
        "en": "the row has the same key ({key}) as row {other}",
    },
    "etl.err.shared_with_self": {
        "sv": "en tjänst kan inte delas med den egna kommunen",
        "en": "a post cannot be shared with its own municipality",
    },
    "etl.err.end_before_start": {"sv": "slutet ligger före starten", "en": "the end is before the start"},
    "etl.err.check_failed": {
        "sv": "datatest misslyckades: {check} ({count} rader)",
        "en": "data test failed: {check} ({count} rows)",
    },
    "etl.err.warehouse_missing": {
        "sv": "lagret {path} finns inte; kör först: python -m etl build",
        "en": "the warehouse {path} does not exist; first run: python -m etl build",
    },
    "etl.msg.rejected": {
        "sv": "{file}: {count} problem – ingenting lästes in; liggaren och lagret är oförändrade.",
        "en": "{file}: {count} problem(s) – nothing was loaded; the ledger and the warehouse are unchanged.",
    },
    "etl.msg.loaded": {
        "sv": "{file}: {rows} rader inlästa som {kind}, sats {batch} i liggaren ({new} nya, {replaced} ersatta, "
        "{unchanged} oförändrade).",
        "en": "{file}: {rows} rows loaded as {kind}, batch {batch} of the ledger ({new} new, {replaced} replaced, "
        "{unchanged} unchanged).",
    },
    "etl.msg.outside_scope": {
        "sv": "{rows} rader för kommuner eller år utanför lagret togs inte med (originalfilen har dem).",
        "en": "{rows} rows of municipalities or years outside the warehouse were left out (the original file has them).",
    },
    "etl.msg.stepped_aside": {
        "sv": "{rows} exempelrader för samma kommun och år används inte längre.",
        "en": "{rows} example rows for the same municipality and year are no longer used.",
    },
    "etl.msg.reverted": {
        "sv": "Sats {id} är ångrad (post {entry} i liggaren); lagret är ombyggt.",
        "en": "Batch {id} is reverted (entry {entry} of the ledger); the warehouse is rebuilt.",
    },
    "etl.msg.restored": {
        "sv": "Ångringen {id} är själv ångrad (post {entry} i liggaren): satsen gäller igen; lagret är ombyggt.",
        "en": "Revert {id} is itself reverted (entry {entry} of the ledger): its batch applies again; "
        "the warehouse is rebuilt.",
    },
    "etl.msg.build_failed": {
        "sv": "Lagret byggdes inte; {path} är oförändrat.",
        "en": "The warehouse was not built; {path} is unchanged.",
    },
    "etl.where.batch": {"sv": "sats {id}", "en": "batch {id}"},
    "etl.err.no_such_batch": {
        "sv": "det finns ingen sats {id} i liggaren (se python -m etl history)",
        "en": "there is no batch {id} in the ledger (see python -m etl history)",
    },
    "etl.err.already_reverted": {"sv": "post {id} är redan ångrad", "en": "entry {id} is already reverted"},
    "etl.err.writer_busy": {
        "sv": "en annan inläsning, ombyggnad eller ångring pågår; väntade {seconds} s utan att den blev klar "
        "(lås: {lock}). Försök igen när den är klar",
        "en": "another load, build or revert is running; waited {seconds} s for it to finish (lock: {lock}). "
        "Try again when it is done",
    },
    "etl.err.ledger_busy": {
        "sv": "liggaren används av en annan process ({detail})",
        "en": "the ledger is in use by another process ({detail})",
    },
    "etl.err.data_tests": {
        "sv": "lagrets datatester bröts, ingenting skrevs: {tests}",
        "en": "the warehouse's data tests failed, nothing was written: {tests}",
    },
    "etl.err.write_failed": {
        "sv": "kunde inte skriva ({detail}); ingenting ändrades",
        "en": "could not write ({detail}); nothing was changed",
    },
    "etl.err.database": {
        "sv": "databasfel, ingenting skrevs: {detail}",
        "en": "database error, nothing was written: {detail}",
    },
    "etl.err.history_key": {
        "sv": "skriv typ och kommun, och år om du vill: history staffing 2418 2024 (typer: {kinds})",
        "en": "give a kind and a municipality, and a year if you like: history staffing 2418 2024 (kinds: {kinds})",
    },
    "etl.history.empty": {
        "sv": "Liggaren {ledger} är tom: inga inlästa filer ännu.",
        "en": "The ledger {ledger} is empty: no files loaded yet.",
    },
    "etl.history.none_match": {"sv": "Inga satser matchar.", "en": "No batches match."},
    "etl.history.key_none": {
        "sv": "Liggaren har inga rader av typen {kind} för {municipality} {year}.",
        "en": "The ledger has no {kind} rows for {municipality} {year}.",
    },
    "etl.history.reverts": {"sv": "ångrar post {id}", "en": "reverts entry {id}"},
    "etl.history.earlier_warehouse": {
        "sv": "från det tidigare lagret ({files})",
        "en": "from the earlier warehouse ({files})",
    },
    "etl.history.action.load": {"sv": "inläsning", "en": "load"},
    "etl.history.action.revert": {"sv": "ångring", "en": "revert"},
    "etl.history.status.active": {"sv": "gäller", "en": "active"},
    "etl.history.status.reverted": {"sv": "ångrad", "en": "reverted"},
    "etl.history.col.id": {"sv": "Nr", "en": "Id"},
    "etl.history.col.action": {"sv": "Åtgärd", "en": "Action"},
    "etl.history.col.kind": {"sv": "Typ", "en": "Kind"},
    "etl.history.col.file": {"sv": "Fil", "en": "File"},
    "etl.history.col.who": {"sv": "Vem", "en": "Who"},
    "etl.history.col.when": {"sv": "När", "en": "When"},
    "etl.history.col.new": {"sv": "Nya", "en": "New"},
    "etl.history.col.replaced": {"sv": "Ersatta", "en": "Replaced"},
    "etl.history.col.unchanged": {"sv": "Oförändrade", "en": "Unchanged"},
    "etl.history.col.status": {"sv": "Status", "en": "Status"},
    "etl.history.replaced": {"sv": "ersatte {values} ({origin})", "en": "replaced {values} ({origin})"},
    "etl.history.replaced_nothing": {"sv": "ny", "en": "new"},
    "etl.history.yes": {"sv": "ja", "en": "yes"},
    "etl.history.no": {"sv": "nej", "en": "no"},
    "etl.history.origin.example": {"sv": "exempeldata", "en": "example data"},
    "etl.history.origin.loaded": {"sv": "inläst", "en": "loaded"},
    "etl.history.origin.reference": {"sv": "referensdata", "en": "reference data"},
    "etl.history.key_row": {
        "sv": "sats {id}, {when}, {who}: {values}; {before}; {status}",
        "en": "batch {id}, {when}, {who}: {values}; {before}; {status}",
    },
    "etl.msg.ignored_columns": {"sv": "Kolumner som inte används: {columns}", "en": "Columns not used: {columns}"},
    "etl.msg.built": {
        "sv": "Lagret byggt: {path} ({municipalities} kommuner, {years}; {batches} gällande satser ur liggaren {ledger}).",
        "en": "Warehouse built: {path} ({municipalities} municipalities, {years}; {batches} active batches from the "
        "ledger {ledger}).",
    },
    "etl.msg.sample_written": {
        "sv": "Exempeldata skriven till {path}: {files}.",
        "en": "Example data written to {path}: {files}.",
    },
    "etl.msg.checks_ok": {"sv": "Alla {count} datatester gick igenom.", "en": "All {count} data tests passed."},
    "etl.col.municipality_code": {"sv": "kommun", "en": "municipality"},
    "etl.col.year": {"sv": "år", "en": "year"},
    "etl.col.role": {"sv": "roll", "en": "role"},
    "etl.col.fte": {"sv": "årsarbetare", "en": "FTE"},
    "etl.col.funded_by": {"sv": "finansiär", "en": "funded by"},
    "etl.col.shared_with_code": {"sv": "delad med", "en": "shared with"},
    "etl.col.event_id": {"sv": "evenemang", "en": "event"},
    "etl.col.participants": {"sv": "deltagare", "en": "participants"},
    "etl.col.funder": {"sv": "källa", "en": "funder"},
    "etl.col.area": {"sv": "område", "en": "area"},
    "etl.col.amount_sek": {"sv": "belopp", "en": "amount"},
    "etl.col.population": {"sv": "folkmängd", "en": "population"},
    "etl.col.quality": {"sv": "kvalitet", "en": "quality"},
    "etl.col.source": {"sv": "källa", "en": "source"},
    "etl.col.coordinating_function": {"sv": "samordningsfunktion", "en": "coordinating function"},
    "etl.col.lagesbild": {"sv": "lägesbild", "en": "situation picture"},
    "etl.col.atgardsplan": {"sv": "åtgärdsplan", "en": "action plan"},
    "etl.col.collaboration_id": {"sv": "id", "en": "id"},
    "etl.col.kind": {"sv": "typ", "en": "kind"},
    "etl.col.start_date": {"sv": "från", "en": "from"},
    "etl.col.end_date": {"sv": "till", "en": "to"},
    "etl.col.detail": {"sv": "beskrivning", "en": "detail"},
    "etl.col.event_date": {"sv": "datum", "en": "date"},
    "etl.col.title": {"sv": "titel", "en": "title"},
    "etl.col.event_type": {"sv": "typ", "en": "type"},
    "etl.col.organiser": {"sv": "arrangör", "en": "organiser"},
    "etl.col.host_code": {"sv": "värdkommun", "en": "host"},
    "etl.col.topic": {"sv": "ämne", "en": "topic"},
    "etl.col.municipality_codes": {"sv": "kommuner", "en": "municipalities"},
}
