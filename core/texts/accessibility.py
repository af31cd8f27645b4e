"""The accessibility statement (tillgänglighetsredogörelse) that Lag (2018:1937) asks of public bodies:
what meets WCAG 2.1 AA, what does not and why, how it was assessed, how to report a problem."""

TEXTS = {
    "nav.accessibility": {"sv": "Tillgänglighet", "en": "Accessibility"},
    "a11y.title": {"sv": "Tillgänglighetsredogörelse", "en": "Accessibility statement"},
    "a11y.intro": {
        "sv": "prevcap ska gå att använda för alla, med tangentbord, skärmläsare, förstoring och på mobil. Här "
        "står hur väl verktyget uppfyller lagen om tillgänglighet till digital offentlig service (2018:1937) "
        "och standarden WCAG 2.1 nivå AA, vad som inte fungerar ännu och hur du anmäler en brist.",
        "en": "prevcap should be usable by everyone: with a keyboard, a screen reader, magnification and on a "
        "phone. This statement says how well it meets the Swedish act on accessibility of digital public "
        "services (2018:1937) and WCAG 2.1 level AA, what does not work yet and how to report a problem.",
    },
    "a11y.status_heading": {"sv": "Hur tillgängligt är verktyget?", "en": "How accessible is it?"},
    "a11y.status": {
        "sv": "Verktyget uppfyller **delvis** WCAG 2.1 nivå AA. Bristerna står nedan.",
        "en": "The tool **partly** meets WCAG 2.1 level AA. The shortcomings are listed below.",
    },
    "a11y.works_heading": {"sv": "Det här fungerar", "en": "What works"},
    "a11y.works": {
        "sv": "- Varje diagram och karta har en kort beskrivning för skärmläsare och **samma siffror i en tabell** "
        "(”Visa siffrorna som tabell” under diagrammet).\n"
        "- Sidans språk (`<html lang>`) följer gränssnittets språk, och varje sida har en egen titel och en "
        "huvudrubrik.\n"
        "- Text och bildtexter har minst kontrasten 4,5:1, också i diagrammen.\n"
        "- Kartornas färgskalor går att skilja åt vid röd-grön färgblindhet, och kommuner under normen "
        "markeras också med en prick, inte bara med färg.\n"
        "- Alla filter, sidor och nedladdningar nås med tangentbord.\n"
        "- Decimaltal skrivs och visas med decimalkomma i det svenska gränssnittet.\n"
        "- Läns och kommuners namn är egennamn och står i sin officiella form, så som SCB skriver dem "
        "(”Västerbottens län”), också i det engelska gränssnittet: samma namn som i källorna och i "
        "nedladdade filer, så att en rad går att känna igen och slå upp.",
        "en": "- Every chart and map has a short description for screen readers and **the same numbers in a "
        "table** (“Show the numbers as a table” under the chart).\n"
        "- The page language (`<html lang>`) follows the interface language, and every page has a title of "
        "its own and one main heading.\n"
        "- Text and captions have a contrast of at least 4.5:1, in the charts too.\n"
        "- The maps' colour scales can be told apart with red-green colour blindness, and municipalities "
        "below the norm are also marked with a dot, not by colour alone.\n"
        "- Every filter, page and download can be reached with the keyboard.\n"
        "- Decimal numbers are typed and shown with a decimal comma in the Swedish interface.\n"
        "- The names of counties and municipalities are proper names and keep their official form as "
        "Statistics Sweden writes them (“Västerbottens län”), in the English interface too: the same names as in "
        "the sources and the downloaded files, so that a row can be recognised and looked up.",
    },
    "a11y.gaps_heading": {"sv": "Det här fungerar inte ännu", "en": "What does not work yet"},
    "a11y.gaps": {
        "sv": "- **Sidomenyns sidlänkar** kommer från ramverket Streamlit, vars lista inte är märkt som en "
        "lista på det sätt WCAG 1.3.1 kräver (axe-reglerna `list` och `listitem`). Vi kan inte ändra "
        "ramverkets kod; länkarna fungerar med tangentbord och skärmläsare.\n"
        "- **Ramverkets egna ord** (filväljarens knapp, hjälpknapparna, sidomenyns knappar, länken Hoppa "
        "till huvudinnehållet, tabellernas verktygsrad) får svenska namn av ett litet skript i sidan, eftersom "
        "Streamlit inte låter dem översättas. Några sällsynta kan stå kvar på engelska, till exempel i "
        "rutnätens kolumnmeny (WCAG 3.1.2).\n"
        "- **Stora datatabeller** (rutnätet med sökning och sortering) läses bara delvis av skärmläsare, och "
        "pilarna flyttar ingen synlig markering. Varje sådan tabell kan laddas ned som CSV eller Excel, och "
        "diagrammens siffror finns som vanliga tabeller.\n"
        "- **Kartorna** är bilder ritade på en canvas; det som kartan visar finns i tabellen under den, och en "
        "kommun kan öppnas från listan på sidan Kommun i stället för genom ett klick på kartan.",
        "en": "- **The page links in the sidebar** come from the Streamlit framework, whose list is not marked "
        "up as a list the way WCAG 1.3.1 asks (the axe rules `list` and `listitem`). We cannot change the "
        "framework's code; the links work with a keyboard and a screen reader.\n"
        "- **The framework's own words** (the file picker's button, the help buttons, the sidebar's buttons, "
        "the Skip to main content link, the tables' toolbar) are given Swedish names by a small script in the "
        "page, because Streamlit does not let them be translated. A few rare ones may remain in English, for "
        "example in the grids' column menu (WCAG 3.1.2).\n"
        "- **Large data grids** (the grid with search and sorting) are read only in part by screen readers, "
        "and the arrow keys move no visible cell. Every such table can be downloaded as CSV or Excel, and "
        "the charts' numbers are in plain tables.\n"
        "- **The maps** are pictures drawn on a canvas; what a map shows is in the table under it, and a "
        "municipality can be opened from the list on the Municipality page instead of by a click on the map.",
    },
    "a11y.how_heading": {"sv": "Hur vi har testat", "en": "How it was tested"},
    "a11y.how": {
        "sv": "Självskattning: varje sida granskas på svenska och engelska med verktyget axe-core 4.14 (reglerna "
        "för WCAG 2.0 och 2.1, nivå A och AA) i ett automatiskt webbläsartest som körs vid varje ändring. "
        "Redogörelsen uppdaterades senast 2026-12-01.",
        "en": "Self-assessment: every page is checked in Swedish and English with axe-core 4.14 (the WCAG 2.0 "
        "and 2.1 rules, levels A and AA) in an automatic browser test run at every change. This statement "
        "was last updated on 2026-12-01.",
    },
    "a11y.report_heading": {"sv": "Anmäl en brist", "en": "Report a problem"},
    "a11y.report": {
        "sv": "Om något inte fungerar för dig, eller om du behöver innehållet i en annan form, kontakta "
        "länsstyrelsen i ditt län (Västerbotten eller Norrbotten), som förvaltar verktyget. Om du inte är "
        "nöjd med hur din anmälan hanteras kan du anmäla det till Myndigheten för digital förvaltning "
        "(Digg), som har tillsyn över lagen: [digg.se/tdosanmalan](https://www.digg.se/tdosanmalan).",
        "en": "If something does not work for you, or you need the content in another form, contact the county "
        "administrative board of your county (Västerbotten or Norrbotten), which runs the tool. If you are "
        "not satisfied with how your report is handled, you can notify the Agency for Digital Government "
        "(Digg), which supervises the act: [digg.se/tdosanmalan](https://www.digg.se/tdosanmalan).",
    },
    "a11y.method_link": {
        "sv": "Hur tillgängligt verktyget är, och hur du anmäler en brist: [Tillgänglighetsredogörelse](/tillganglighet).",
        "en": "How accessible the tool is, and how to report a problem: [Accessibility statement](/tillganglighet).",
    },
}
