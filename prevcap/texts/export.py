"""Texts of the chart and table exports (download buttons, marks on exported charts, errors)."""

TEXTS = {
    "export.example_data": {"sv": "Exempeldata", "en": "Example data"},
    "export.example_data_note": {
        "sv": "Exempeldata: siffrorna är påhittade och beskriver inte verkliga kommuner.",
        "en": "Example data: the figures are invented and do not describe real municipalities."},
    "export.source": {"sv": "Källa: {source}", "en": "Source: {source}"},
    "export.download_png": {"sv": "Ladda ned PNG", "en": "Download PNG"},
    "export.download_svg": {"sv": "Ladda ned SVG", "en": "Download SVG"},
    "export.download_pdf": {"sv": "Ladda ned PDF", "en": "Download PDF"},
    "export.download_csv": {"sv": "Ladda ned CSV", "en": "Download CSV"},
    "export.download_xlsx": {"sv": "Ladda ned Excel", "en": "Download Excel"},
    "export.help_png": {
        "sv": "Bild i tryckkvalitet (300 dpi i 20 cm bredd) för Word och PDF.",
        "en": "Print-quality image (300 dpi at 20 cm width) for Word and PDF."},
    "export.help_svg": {
        "sv": "Vektorbild som går att skala utan att bli suddig.",
        "en": "Vector image that scales without blurring."},
    "export.help_pdf": {
        "sv": "Diagrammet som en PDF-sida med vektorgrafik.",
        "en": "The chart as one PDF page with vector graphics."},
    "export.help_csv": {
        "sv": "Semikolonseparerad text med decimalkomma, som svenska Excel öppnar direkt.",
        "en": "Semicolon-separated text with decimal comma, as Swedish Excel opens it."},
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
              "from your browser."},
    "export.unavailable.renderer_failed": {
        "sv": "Diagrammet kunde inte exporteras: Chromium startade inte eller svarade inte. Försök igen om en "
              "stund. Kameraikonen i diagrammets verktygsrad laddar fortfarande ned en PNG från din webbläsare.",
        "en": "The chart could not be exported: Chromium did not start or did not answer. Try again in a while. "
              "The camera icon in the chart's toolbar still downloads a PNG from your browser."},
}
