"""Texts of the chart and table exports (download buttons, marks on exported charts, errors)."""

TEXTS = {
    "export.example_data": {"sv": "Exempeldata", "en": "Example data"},
    "export.example_data_note": {
        "sv": "Exempeldata: siffrorna är påhittade och beskriver inte verkliga kommuner.",
        "en": "Example data: the figures are invented and do not describe real municipalities.",
    },
    "export.source": {"sv": "Källa: {source}", "en": "Source: {source}"},
    # the second sheet of a table's .xlsx: the title, the selection, the source and the example mark
    "export.sheet.source": {"sv": "Källa", "en": "Source"},
    "export.download_png": {"sv": "Ladda ned PNG", "en": "Download PNG"},
    "export.download_svg": {"sv": "Ladda ned SVG", "en": "Download SVG"},
    "export.download_pdf": {"sv": "Ladda ned PDF", "en": "Download PDF"},
    "export.download_csv": {"sv": "Ladda ned CSV", "en": "Download CSV"},
    "export.download_xlsx": {"sv": "Ladda ned Excel", "en": "Download Excel"},
    "export.help_png": {
        "sv": "Bild i tryckkvalitet (300 dpi i 20 cm bredd) för Word och PDF.",
        "en": "Print-quality image (300 dpi at 20 cm width) for Word and PDF.",
    },
    "export.help_svg": {
        "sv": "Vektorbild som går att skala utan att bli suddig.",
        "en": "Vector image that scales without blurring.",
    },
    "export.help_pdf": {
        "sv": "Diagrammet som en PDF-sida med vektorgrafik.",
        "en": "The chart as one PDF page with vector graphics.",
    },
    "export.help_csv": {
        "sv": "Semikolonseparerad text med decimalkomma, som svenska Excel öppnar direkt.",
        "en": "Semicolon-separated text with decimal comma, as Swedish Excel opens it.",
    },
    "export.help_xlsx": {"sv": "Excel-arbetsbok med en flik.", "en": "Excel workbook with one sheet."},
    "export.unavailable.no_chromium": {
        "sv": "Diagrammen kan inte exporteras som PNG, SVG eller PDF här, eftersom webbläsaren Chromium saknas "
        "på servern. Exporten ritar diagrammen i en Chromium som körs utan nätverk. Be den som sköter "
        "servern att installera den med `sudo apt-get install chromium` (eller ange sökvägen i "
        "miljövariabeln PREVCAP_CHROMIUM) och starta om dashboarden. Tabellerna går fortfarande att ladda "
        "ned som CSV och Excel, och kameraikonen i diagrammets verktygsrad laddar ned en PNG direkt från "
        "din webbläsare.",
        "en": "Charts cannot be exported as PNG, SVG or PDF here, because the Chromium browser is missing on "
        "the server. The export draws the charts in a Chromium that runs without network access. Ask the "
        "server's administrator to install it with `sudo apt-get install chromium` (or to set its path in "
        "the environment variable PREVCAP_CHROMIUM) and restart the dashboard. Tables can still be "
        "downloaded as CSV and Excel, and the camera icon in the chart's toolbar downloads a PNG straight "
        "from your browser.",
    },
    "export.unavailable.renderer_failed": {
        "sv": "Diagrammet kunde inte exporteras: Chromium startade inte eller svarade inte. Försök igen om en "
        "stund. Kameraikonen i diagrammets verktygsrad laddar fortfarande ned en PNG från din webbläsare.",
        "en": "The chart could not be exported: Chromium did not start or did not answer. Try again in a while. "
        "The camera icon in the chart's toolbar still downloads a PNG from your browser.",
    },
    # --- the chart and table download row ----------------------------------------------------------
    "export.button.png": {"sv": "PNG", "en": "PNG"},
    "export.button.svg": {"sv": "SVG", "en": "SVG"},
    "export.button.pdf": {"sv": "PDF", "en": "PDF"},
    "export.button.csv": {"sv": "CSV", "en": "CSV"},
    "export.button.xlsx": {"sv": "Excel", "en": "Excel"},
    "export.filters": {"sv": "Län: {county} · År: {year}", "en": "County: {county} · Year: {year}"},
    "export.norm": {
        "sv": "Behovsnorm: {base} åa + {per10k} åa per 10 000 inv.",
        "en": "Need norm: {base} FTE + {per10k} FTE per 10,000 inh.",
    },
    "export.norm_crimes": {
        "sv": " + {crimes} åa per 1 000 anmälda brott",
        "en": " + {crimes} FTE per 1,000 reported crimes",
    },
    "export.unavailable.short": {
        "sv": "Diagrammet kan inte laddas ned som PNG, SVG eller PDF här: Chromium saknas på servern "
        "(installera med `sudo apt-get install chromium`). Kameraikonen ovanför diagrammet fungerar.",
        "en": "The chart cannot be downloaded as PNG, SVG or PDF here: Chromium is missing on the server "
        "(install it with `sudo apt-get install chromium`). The camera icon above the chart works.",
    },
    # --- the report: the Rapport page --------------------------------------------------------------
    "export.report.page_title": {"sv": "Rapport", "en": "Report"},
    "export.report.intro": {
        "sv": "Skapa en rapport för urvalet i sidopanelen (**{county}, {year}**) som PDF och som Word-dokument "
        "(DOCX), att bifoga eller bygga vidare på. Rapporten har ett försättsblad med urval och datum, "
        "instrumentpanelens diagram med figurtexter, de viktigaste tabellerna, metodbeskrivningen och "
        "källorna. Diagrammen ritas på servern; det tar ungefär {seconds} sekunder.",
        "en": "Create a report for the selection in the sidebar (**{county}, {year}**) as PDF and as a Word "
        "document (DOCX), to attach or to build on. The report has a cover with the selection and the date, "
        "the dashboard's charts with captions, the key tables, the method notes and the sources. The charts "
        "are drawn on the server; it takes about {seconds} seconds.",
    },
    "export.report.contents": {"sv": "Innehåll", "en": "Contents"},
    "export.report.charts.one": {"sv": "{n} diagram", "en": "{n} chart"},
    "export.report.charts.many": {"sv": "{n} diagram", "en": "{n} charts"},
    "export.report.tables.one": {"sv": "{n} tabell", "en": "{n} table"},
    "export.report.tables.many": {"sv": "{n} tabeller", "en": "{n} tables"},
    "export.report.text_only": {"sv": "text", "en": "text"},
    "export.report.build": {"sv": "Skapa rapport", "en": "Create report"},
    "export.report.building": {"sv": "Skapar rapporten…", "en": "Creating the report…"},
    "export.report.progress": {
        "sv": "Ritar diagram {done} av {total}: {title}",
        "en": "Drawing chart {done} of {total}: {title}",
    },
    "export.report.writing": {"sv": "Skriver PDF och DOCX…", "en": "Writing PDF and DOCX…"},
    "export.report.done": {
        "sv": "Rapporten är klar ({seconds} s): {pages} sidor, {charts} diagram, {tables} tabeller.",
        "en": "The report is ready ({seconds} s): {pages} pages, {charts} charts, {tables} tables.",
    },
    "export.report.download_pdf": {"sv": "Ladda ned PDF ({size})", "en": "Download PDF ({size})"},
    "export.report.download_docx": {"sv": "Ladda ned Word ({size})", "en": "Download Word ({size})"},
    "export.report.help_pdf": {
        "sv": "För att skicka eller skriva ut: sidnummer, innehållsförteckning och bokmärken.",
        "en": "To send or print: page numbers, table of contents and bookmarks.",
    },
    "export.report.help_docx": {
        "sv": "För att redigera i Word: rubriker med formatmallar, bilder och tabeller.",
        "en": "To edit in Word: headings with styles, pictures and tables.",
    },
    "export.report.failed": {
        "sv": "Rapporten kunde inte skapas: {error}",
        "en": "The report could not be created: {error}",
    },
    "export.report.no_chromium": {
        "sv": "Rapporten kan inte skapas här, eftersom diagrammen ritas av webbläsaren Chromium och den saknas på "
        "servern. Be den som sköter servern att installera den med `sudo apt-get install chromium` (eller ange "
        "sökvägen i miljövariabeln PREVCAP_CHROMIUM) och starta om dashboarden.",
        "en": "The report cannot be created here, because its charts are drawn by the Chromium browser and it is "
        "missing on the server. Ask the server's administrator to install it with `sudo apt-get install "
        "chromium` (or to set its path in the environment variable PREVCAP_CHROMIUM) and restart the "
        "dashboard.",
    },
    "export.report.schedule": {
        "sv": "Samma rapport från kommandoraden (för schemaläggning)",
        "en": "The same report from the command line (to schedule it)",
    },
    "export.report.schedule_text": {
        "sv": "Kör kommandot i projektets mapp. `--county` kan anges flera gånger eller som `all`, "
        "`--format` är `pdf` eller `docx`, `--lang` är `sv` eller `en`.",
        "en": "Run the command in the project's folder. `--county` may be given several times or as `all`, "
        "`--format` is `pdf` or `docx`, `--lang` is `sv` or `en`.",
    },
    # --- the report: the document ------------------------------------------------------------------
    "export.report.title": {"sv": "Förebyggande kapacitet i {county}", "en": "Prevention capacity in {county}"},
    "export.report.subtitle": {
        "sv": "Brottsförebyggande och ANDT-förebyggande arbete i kommunerna, {year}",
        "en": "Crime prevention and ANDT prevention in the municipalities, {year}",
    },
    "export.report.selection": {"sv": "Urval", "en": "Selection"},
    "export.report.county": {"sv": "Län", "en": "County"},
    "export.report.year": {"sv": "År", "en": "Year"},
    "export.report.compared": {"sv": "Jämförs med", "en": "Compared with"},
    "export.report.norm": {"sv": "Behovsnorm", "en": "Need norm"},
    "export.report.norm_value": {
        "sv": "{base} åa + {per10k} åa per 10 000 invånare",
        "en": "{base} FTE + {per10k} FTE per 10,000 inhabitants",
    },
    "export.report.norm_crimes": {
        "sv": " + {crimes} åa per 1 000 anmälda brott",
        "en": " + {crimes} FTE per 1,000 reported crimes",
    },
    "export.report.created": {"sv": "Skapad", "en": "Created"},
    "export.report.data": {"sv": "Data", "en": "Data"},
    "export.report.made_by": {
        "sv": "Skapad med prevcap från lagret {warehouse}.",
        "en": "Made with prevcap from the warehouse {warehouse}.",
    },
    "export.report.figure": {"sv": "Figur {n}.", "en": "Figure {n}."},
    "export.report.table": {"sv": "Tabell {n}.", "en": "Table {n}."},
    "export.report.rows_shown": {
        "sv": "De första {shown} av {total} raderna visas; alla finns i dashboarden.",
        "en": "The first {shown} of {total} rows are shown; all are on the dashboard.",
    },
    "export.report.page": {"sv": "Sida {page} av {pages}", "en": "Page {page} of {pages}"},
    "export.report.footer": {"sv": "prevcap · {county}, {year}", "en": "prevcap · {county}, {year}"},
    "export.report.change": {"sv": "Förändring", "en": "Change"},
    "export.report.value": {"sv": "Värde", "en": "Value"},
    "export.report.indicator": {"sv": "Nyckeltal", "en": "Indicator"},
    "export.report.no_chart": {
        "sv": "Inga uppgifter att visa för urvalet.",
        "en": "No figures to show for the selection.",
    },
    "export.report.settings_title": {"sv": "Inställningar", "en": "Settings"},
    "export.report.settings_intro": {
        "sv": "Rapportens siffror och diagram är gjorda med de här inställningarna, desamma som på "
        "panelens sidor (en rapport från en länk har länkens inställningar).",
        "en": "The report's figures and charts are made with these settings, the same as on the "
        "dashboard's pages (a report from a link has the link's settings).",
    },
    "export.report.setting": {"sv": "Inställning", "en": "Setting"},
    "export.report.sources_title": {"sv": "Källor", "en": "Sources"},
    "export.report.municipality_note": {
        "sv": "Sidan Kommun visar en kommun i taget och ingår inte i rapporten; välj kommunen där och ladda ned "
        "diagrammen var för sig.",
        "en": "The Municipality page shows one municipality at a time and is not part of the report; choose the "
        "municipality there and download its charts one by one.",
    },
    # --- the report: the command line ------------------------------------------------------------
    "export.cli.description": {
        "sv": "Skapar prevcaps rapport för ett urval, som PDF eller DOCX.",
        "en": "Creates prevcap's report for a selection, as PDF or DOCX.",
    },
    "export.cli.unknown_county": {
        "sv": "Okänt län: {county}. Län i lagret: {known} (eller all för alla).",
        "en": "Unknown county: {county}. Counties in the warehouse: {known} (or all for all of them).",
    },
    "export.cli.no_data_year": {
        "sv": "Det finns inga uppgifter för år {year}. År med uppgifter: {first}–{last}.",
        "en": "There are no figures for the year {year}. Years with figures: {first}–{last}.",
    },
    "export.cli.no_warehouse": {
        "sv": "Lagret {path} finns inte. Bygg det med `python -m etl build`.",
        "en": "The warehouse {path} does not exist. Build it with `python -m etl build`.",
    },
    "export.cli.written": {
        "sv": "Rapporten skrevs till {path}: {charts} diagram, {tables} tabeller, {size}, {seconds} s.",
        "en": "The report was written to {path}: {charts} charts, {tables} tables, {size}, {seconds} s.",
    },
    "export.cli.help.county": {
        "sv": "län som kod (24) eller namn (Västerbotten); kan anges flera gånger; all = alla län (standard)",
        "en": "county as code (24) or name (Västerbotten); may be repeated; all = every county (default)",
    },
    "export.cli.help.year": {
        "sv": "år (standard: senaste året med rapporterad bemanning)",
        "en": "year (default: the latest year with reported staffing)",
    },
    "export.cli.help.format": {
        "sv": "pdf eller docx (standard: filens ändelse, annars pdf)",
        "en": "pdf or docx (default: the file's extension, else pdf)",
    },
    "export.cli.help.out": {
        "sv": "filen att skriva (standard: rapport_<län>_<år>.<format> i aktuell mapp)",
        "en": "the file to write (default: rapport_<county>_<year>.<format> in the current folder)",
    },
    "export.cli.help.lang": {
        "sv": "språk för rapporten och meddelandena: sv (standard) eller en",
        "en": "language of the report and the messages: sv (default) or en",
    },
    "export.cli.help.link": {
        "sv": "en länk från panelen (eller bara dess ?…): rapporten får alla länkens inställningar",
        "en": "a link from the dashboard (or just its ?…): the report takes every setting of the link",
    },
    "export.cli.help.db": {
        "sv": "DuckDB-lagret (standard: $PREVCAP_DB eller data/warehouse.duckdb)",
        "en": "the DuckDB warehouse (default: $PREVCAP_DB or data/warehouse.duckdb)",
    },
    "export.cli.cannot_write": {"sv": "Kan inte skriva {path}: {error}", "en": "Cannot write {path}: {error}"},
}
