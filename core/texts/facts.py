"""Texts of the documented facts (data/reference/): the Kommun profile's lists, Evenemang's totals."""

TEXTS = {
    "facts.heading": {"sv": "Dokumenterat i offentliga källor", "en": "Documented in public sources"},
    "facts.intro": {
        "sv": "Uppgifter som en offentlig källa anger om kommunen, var och en med sin källa. De är verkliga, inte "
        "exempeldata; det som inte hittades saknas helt enkelt. Anteckningarna står som källförteckningen skriver "
        "dem (på engelska).",
        "en": "Facts a public source states about the municipality, each with its source. They are real, not "
        "example data; what was not found is simply absent. The notes are as the list of sources writes them.",
    },
    "facts.councils.title": {"sv": "Lokalt brottsförebyggande råd", "en": "Local crime-prevention council"},
    "facts.councils.none": {
        "sv": "Inget lokalt brottsförebyggande råd hittades i källorna. Det betyder inte att inget finns.",
        "en": "No local crime-prevention council was found in the sources. That does not mean there is none.",
    },
    "facts.mentions.title": {"sv": "Samordnare som nämns i källor", "en": "Coordinators named in sources"},
    "facts.mentions.note": {
        "sv": "Arbetstiden visas bara där källan anger den. En angiven arbetstid räknas som kommunens bemanning "
        "det året (”Dokumenterad”), i stället för exempeldata.",
        "en": "The working time is shown only where the source states it. A stated working time counts as the "
        "municipality's staffing that year (“Documented”), instead of example data.",
    },
    "facts.law.title": {
        "sv": "Dokumenterade steg enligt Lag (2023:196)",
        "en": "Documented steps under Lag (2023:196)",
    },
    "facts.law.note": {
        "sv": "Ett planerat steg är inte ett taget steg: bara publicerade och tilldelade steg räknas i lagens "
        "checklista för sitt år.",
        "en": "A planned step is not a step taken: only published and assigned steps count in the Act's "
        "checklist for their year.",
    },
    "facts.funding.title": {"sv": "Belopp som en källa anger", "en": "Sums a source states"},
    "facts.funding.note": {
        "sv": "Ett belopp räknas in i årets finansiering bara när det är ett års belopp; ett belopp för en "
        "period som inte anges, eller med ungefärligt år, visas bara här.",
        "en": "A sum counts in the year's funding only when it is one year's; a sum for an unstated period, or "
        "with an approximate year, is only listed here.",
    },
    "facts.col.body": {"sv": "Råd", "en": "Council"},
    "facts.col.status": {"sv": "Finns", "en": "Exists"},
    "facts.col.meetings": {"sv": "Möten per år", "en": "Meetings a year"},
    "facts.col.responsible": {"sv": "Ansvarig (enligt källan)", "en": "Responsible (as the source says)"},
    "facts.col.year": {"sv": "År", "en": "Year"},
    "facts.col.role": {"sv": "Samordnare (enligt källan)", "en": "Coordinator (as the source says)"},
    "facts.col.fte": {"sv": "Arbetstid", "en": "Working time"},
    "facts.col.part": {"sv": "Del", "en": "Part"},
    "facts.col.state": {"sv": "Steg", "en": "Step"},
    "facts.col.period": {"sv": "När (enligt källan)", "en": "When (as the source says)"},
    "facts.col.funder": {"sv": "Finansiär", "en": "Funder"},
    "facts.col.amount": {"sv": "Belopp", "en": "Amount"},
    "facts.col.purpose": {"sv": "Till (enligt källan)", "en": "For (as the source says)"},
    "facts.col.counted": {"sv": "I årets finansiering", "en": "In the year's funding"},
    "facts.council.exists": {"sv": "Ja", "en": "Yes"},
    "facts.council.none": {"sv": "Nej, enligt källan", "en": "No, as the source says"},
    "facts.state.published": {"sv": "Publicerad", "en": "Published"},
    "facts.state.assigned": {"sv": "Tilldelad", "en": "Assigned"},
    "facts.state.planned": {"sv": "Planerad (inte tagen)", "en": "Planned (not taken)"},
    "facts.counted.yes": {"sv": "Ja", "en": "Yes"},
    "facts.counted.no": {"sv": "Nej (period eller år oklart)", "en": "No (period or year unclear)"},
    "facts.undated": {"sv": "odaterat", "en": "undated"},
    "facts.not_stated": {"sv": "anges inte", "en": "not stated"},
    "facts.total.about": {"sv": "omkring {n}", "en": "about {n}"},
    "facts.total.more_than": {"sv": "fler än {n}", "en": "more than {n}"},
    "facts.total.exact": {"sv": "{n}", "en": "{n}"},
    "cap.dataset.local_councils": {"sv": "Lokala brottsförebyggande råd", "en": "Local crime-prevention councils"},
    "cap.dataset.coordinator_mentions": {"sv": "Samordnare som nämns", "en": "Coordinators named"},
    "cap.dataset.law_steps_known": {"sv": "Steg enligt Lag (2023:196)", "en": "Steps under Lag (2023:196)"},
    "cap.dataset.funding_known": {"sv": "Belopp som anges", "en": "Sums stated"},
    "cap.dataset.event_totals": {"sv": "Deltagare totalt vid evenemang", "en": "Total participants at events"},
}
