"""Texts of the readers of public sources: Brå's crime statistics and Kolada."""

TEXTS = {
    "public.bra.source": {
        "sv": "Brå, anmälda brott i kommunerna {year} ({file})",
        "en": "Brå, reported crimes in the municipalities {year} ({file})",
    },
    "public.kolada.source": {
        "sv": "Kolada (RKA), KPI {kpi}, hämtad {date}",
        "en": "Kolada (RKA), KPI {kpi}, fetched {date}",
    },
    "public.msg.bra_read": {
        "sv": "{file}: {rows} kommuner för {year}; {districts} rader för stadsdelar och {totals} summarader hoppades över.",
        "en": "{file}: {rows} municipalities for {year}; {districts} city-district rows and {totals} total rows skipped.",
    },
    "public.scb.source": {"sv": "SCB, {title} ({file})", "en": "Statistics Sweden, {title} ({file})"},
    "public.scb.table": {
        "sv": "Folkmängden efter region, civilstånd, ålder och kön. År (BE0101N1)",
        "en": "Population by region, marital status, age and sex. Year (BE0101N1)",
    },
    "public.msg.scb_read": {
        "sv": "{file}: SCB:s tabell, {rows} värden (kommun och år); {totals} rader för riket eller län och "
        "{missing} saknade värden (..) hoppades över.",
        "en": "{file}: Statistics Sweden's table, {rows} values (municipality and year); {totals} rows of the "
        "country or a county and {missing} missing values (..) skipped.",
    },
    "public.err.scb_no_header": {
        "sv": "hittar ingen rubrikrad med region och år (välj region = kommuner och minst ett år i SCB:s "
        "statistikdatabas och ladda ned som CSV eller Excel)",
        "en": "no header row with region and year found (choose region = municipalities and at least one year "
        "in Statistics Sweden's database and download as CSV or Excel)",
    },
    "public.err.scb_no_years": {
        "sv": "rubrikraden har ingen kolumn för ett år (t.ex. 2024)",
        "en": "the header row has no column for a year (e.g. 2024)",
    },
    "public.err.scb_unknown_code": {
        "sv": 'okänd kommunkod i "{value}"',
        "en": 'unknown municipality code in "{value}"',
    },
    "public.err.scb_split": {
        "sv": 'tabellen delar befolkningen efter {column} ("{value}"): välj "totalt" för {column} eller låt bli '
        "att välja variabeln när du laddar ned",
        "en": 'the table splits the population by {column} ("{value}"): choose "total" for {column} or leave the '
        "variable out when you download",
    },
    "public.err.scb_one_sex": {
        "sv": "{name} {year} har bara ett kön: välj både män och kvinnor, eller låt bli att välja kön",
        "en": "{name} {year} has one sex only: choose both men and women, or leave sex out",
    },
    "public.err.no_such_file": {"sv": "filen finns inte", "en": "the file does not exist"},
    "public.err.empty_file": {"sv": "filen är tom", "en": "the file is empty"},
    "public.err.no_rows": {"sv": "filen har rubriker men inga rader", "en": "the file has headers but no rows"},
    "public.err.unreadable": {"sv": "filen går inte att läsa ({detail})", "en": "the file cannot be read ({detail})"},
    "public.err.missing_column": {
        "sv": "kolumnen saknas i rubrikraden",
        "en": "the column is missing from the header row",
    },
    "public.err.missing_value": {"sv": "värde saknas", "en": "value is missing"},
    "public.err.bad_count": {
        "sv": '"{value}" är inget antal (skriv ett heltal, t.ex. 12 345)',
        "en": '"{value}" is not a count (write a whole number, e.g. 12 345)',
    },
    "public.err.bad_rate": {
        "sv": '"{value}" är inget tal per 100 000 invånare (skriv t.ex. 9 876,5)',
        "en": '"{value}" is not a rate per 100,000 inhabitants (write e.g. 9 876,5)',
    },
    "public.err.unknown_municipality": {"sv": 'okänd kommun "{value}"', "en": 'unknown municipality "{value}"'},
    "public.err.unknown_municipality_hint": {
        "sv": 'okänd kommun "{value}" – menade du {suggestion}?',
        "en": 'unknown municipality "{value}" – did you mean {suggestion}?',
    },
    "public.err.duplicate_municipality": {
        "sv": "{name} står redan på rad {other}",
        "en": "{name} is already on row {other}",
    },
    "public.err.no_year": {
        "sv": 'året framgår inte: ange det, eller ha det i filnamnet (t.ex. "Anmälda brott i kommunerna 2024.csv")',
        "en": 'the year is not known: give it, or put it in the file name (e.g. "Anmälda brott i kommunerna 2024.csv")',
    },
    "public.err.year_ambiguous": {
        "sv": "filnamnet nämner flera år ({years}); ange vilket",
        "en": "the file name names several years ({years}); give the one",
    },
    "public.err.year_conflict": {
        "sv": "angivet år {year} skiljer sig från året i filnamnet ({in_name})",
        "en": "the year given, {year}, differs from the year in the file name ({in_name})",
    },
    "public.err.bad_year": {
        "sv": '"{value}" är inget år mellan 2000 och 2099',
        "en": '"{value}" is not a year between 2000 and 2099',
    },
    "public.err.kolada_unreachable": {
        "sv": "Kolada gick inte att nå ({url}: {detail}). Spara svaret från Kolada som JSON-fil när du har "
        "nätverk (öppna adressen i en webbläsare) och läs in filen med read_kolada_file i stället.",
        "en": "Kolada could not be reached ({url}: {detail}). Save Kolada's response as a JSON file when you are "
        "online (open the address in a browser) and read the file with read_kolada_file instead.",
    },
    "public.err.kolada_http": {
        "sv": "Kolada svarade med felkod {status} på {url}",
        "en": "Kolada answered {url} with error status {status}",
    },
    "public.err.kolada_bad_json": {
        "sv": "svaret från Kolada ({where}) är inte JSON",
        "en": "the Kolada response ({where}) is not JSON",
    },
    "public.err.kolada_bad_shape": {
        "sv": "svaret från Kolada ({where}) har oväntad form vid {path}",
        "en": "the Kolada response ({where}) has an unexpected shape at {path}",
    },
    "public.err.kolada_foreign_next": {
        "sv": "Kolada pekade ut nästa sida på en annan server ({url}); den hämtas inte",
        "en": "Kolada pointed the next page at another server ({url}); it is not fetched",
    },
    "public.err.kolada_duplicate": {
        "sv": "svaret från Kolada ({where}) har två olika värden för {kpi}, {municipality}, {year}",
        "en": "the Kolada response ({where}) has two different values for {kpi}, {municipality}, {year}",
    },
    "public.err.kolada_bad_years": {
        "sv": '"{value}" är inga år (skriv t.ex. 2015-2025 eller 2019,2021)',
        "en": '"{value}" are not years (write e.g. 2015-2025 or 2019,2021)',
    },
    "public.err.kolada_unknown_kpi": {
        "sv": "Kolada känner inte till nyckeltalet {kpis} (dess metadata saknas); ingenting hämtades",
        "en": "Kolada does not know the KPI {kpis} (no metadata for it); nothing was fetched",
    },
    "public.msg.kolada_kpi": {"sv": "{kpi}: {title} (enligt Kolada)", "en": "{kpi}: {title} (as Kolada names it)"},
    "public.err.kolada_no_ids": {
        "sv": "inga nyckeltal eller kommuner angivna",
        "en": "no KPIs or municipalities given",
    },
    "public.err.kolada_no_file": {"sv": "filen {where} finns inte", "en": "the file {where} does not exist"},
}
