"""Texts of the Samverkan, Evenemang and Finansiering pages."""

_KINDS = {
    "shared_post": ("Delad tjänst", "Shared post"),
    "joint_agreement": ("Gemensam överenskommelse", "Joint agreement"),
    "police_area": ("Samma lokalpolisområde", "Same local police area"),
    "co_attendance": ("Gemensamt deltagande", "Co-attendance"),
}
# The unit of each kind's weight, after a number ("3 tjänsteår").
_UNITS = {
    "shared_post": ("delade tjänsteår", "shared post-years"),
    "joint_agreement": ("överenskommelser", "agreements"),
    "police_area": ("lokalpolisområde", "police area"),
    "co_attendance": ("gemensamma evenemang", "shared events"),
}
# The same for a weight of exactly 1 ("1 överenskommelse").
_UNITS_ONE = {
    "shared_post": ("delat tjänsteår", "shared post-year"),
    "joint_agreement": ("överenskommelse", "agreement"),
    "police_area": ("lokalpolisområde", "police area"),
    "co_attendance": ("gemensamt evenemang", "shared event"),
}
# Collaboration kinds as the sources and the example data write them, translated.
_COLLABORATIONS = {
    "joint samverkansöverenskommelse with the police": (
        "gemensam samverkansöverenskommelse med polisen",
        "joint cooperation agreement with the police",
    ),
    "joint samverkansöverenskommelse (LPO Södra Lappland)": (
        "gemensam samverkansöverenskommelse (LPO Södra Lappland)",
        "joint cooperation agreement (LPO Södra Lappland)",
    ),
    "joint signing of medborgarlöften (LPO Umeå)": (
        "gemensamt undertecknade medborgarlöften (LPO Umeå)",
        "citizen pledges signed together (LPO Umeå)",
    ),
    "gemensam utbildning": ("gemensam utbildning", "joint training"),
    "gemensam trygghetsmätning": ("gemensam trygghetsmätning", "joint safety survey"),
    "gemensamt arbete med lägesbild": ("gemensamt arbete med lägesbild", "joint work on the situation picture"),
    "gemensam tillsyn av alkohol och tobak": (
        "gemensam tillsyn av alkohol och tobak",
        "joint supervision of alcohol and tobacco",
    ),
    "gemensamt ANDT-nätverk": ("gemensamt ANDT-nätverk", "joint ANDT network"),
}

TEXTS = {
    # --- Samverkan ---------------------------------------------------------------------------
    "network.title": {"sv": "Samverkan", "en": "Collaboration"},
    "network.intro": {
        "sv": "Vilka kommuner arbetar ihop, och var saknas länkar? {county}. En länk går mellan två kommuner som "
        "delar en tjänst, har en gemensam överenskommelse, hör till samma lokalpolisområde eller deltog i samma "
        "regionala evenemang.",
        "en": "Which municipalities work together, and where are links missing? {county}. A link joins two "
        "municipalities that share a post, have a joint agreement, belong to the same local police area or "
        "attended the same regional event.",
    },
    "network.filter.period": {"sv": "Period (år)", "en": "Period (years)"},
    "network.filter.kinds": {"sv": "Typ av samverkan", "en": "Kind of collaboration"},
    "network.filter.min_events": {
        "sv": "Gemensamt deltagande: visa par med minst så många gemensamma evenemang",
        "en": "Co-attendance: show pairs with at least this many shared events",
    },
    "network.filter.min_events_help": {
        "sv": "De flesta kommuner möts vid de stora evenemangen, så med en låg gräns blir nästan alla länkade. "
        "Höj gränsen för att se de par som möts ofta.",
        "en": "Most municipalities meet at the big events, so a low threshold links nearly everyone. Raise it to "
        "see the pairs that meet often.",
    },
    "network.no_kinds": {
        "sv": "Välj minst en typ av samverkan för att se länkar.",
        "en": "Choose at least one kind of collaboration to see links.",
    },
    **{f"network.kind.{kind}": {"sv": sv, "en": en} for kind, (sv, en) in _KINDS.items()},
    **{f"network.unit.{kind}": {"sv": sv, "en": en} for kind, (sv, en) in _UNITS.items()},
    **{f"network.unit_one.{kind}": {"sv": sv, "en": en} for kind, (sv, en) in _UNITS_ONE.items()},
    "network.unit.sum": {"sv": "summa av vikterna", "en": "sum of the weights"},
    "network.role.brott": {"sv": "brottsförebyggande samordnare", "en": "crime-prevention coordinator"},
    "network.role.andt": {"sv": "ANDT-samordnare", "en": "ANDT coordinator"},
    "network.role.annan": {"sv": "annan tjänst", "en": "other post"},
    **{f"network.collab.{label}": {"sv": sv, "en": en} for label, (sv, en) in _COLLABORATIONS.items()},
    "network.kpi.pairs": {"sv": "Länkade par", "en": "Linked pairs"},
    "network.kpi.with_partner": {"sv": "Kommuner med partner", "en": "With a partner"},
    "network.kpi.of": {"sv": "{n} av {total}", "en": "{n} of {total}"},
    "network.kpi.without_partner": {"sv": "Kommuner utan partner", "en": "Without a partner"},
    "network.kpi.cross_border": {"sv": "Par över länsgränsen", "en": "Cross-border pairs"},
    "network.kpi.groups": {"sv": "Separata grupper", "en": "Separate groups"},
    "network.map.title": {
        "sv": "Samverkan mellan kommunerna, {county}, {period}",
        "en": "Collaboration between the municipalities, {county}, {period}",
    },
    "network.map.municipality": {"sv": "Kommun (storlek: antal partner)", "en": "Municipality (size: partners)"},
    "network.map.without_partner": {"sv": "Kommun utan partner", "en": "Municipality without a partner"},
    "network.map.note": {
        "sv": "Linjerna går mellan kommunernas mittpunkter; färgen visar typen och bredden styrkan. Gemensamt "
        "deltagande visas från {min_events} gemensamma evenemang. Håll muspekaren på en linjes mitt för detaljer.",
        "en": "Lines join the municipalities' centre points; colour shows the kind and width the strength. "
        "Co-attendance is shown from {min_events} shared events. Hover over the middle of a line for details.",
    },
    "network.hover.period": {"sv": "Period", "en": "Period"},
    "network.export.subtitle": {
        "sv": "Typer: {kinds}; gemensamt deltagande från {min_events} evenemang",
        "en": "Kinds: {kinds}; co-attendance from {min_events} events",
    },
    "network.sources": {
        "sv": "Lokalpolisområden och dokumenterade överenskommelser: polisens, kommunernas och Brås webbplatser "
        "(källan för varje länk står i tabellen).",
        "en": "Local police areas and documented agreements: the websites of the police, the municipalities and Brå "
        "(the source of each link is in the table).",
    },
    "network.hover.partners": {"sv": "Partner", "en": "Partners"},
    "network.hover.outside": {"sv": "utanför valt län", "en": "outside the chosen county"},
    "network.period.undated": {"sv": "odaterad", "en": "undated"},
    "network.period.from": {"sv": "från {year}", "en": "from {year}"},
    "network.period.until": {"sv": "till {year}", "en": "until {year}"},
    "network.tab.measures": {"sv": "Nätverksmått", "en": "Network measures"},
    "network.tab.matrix": {"sv": "Matris", "en": "Matrix"},
    "network.tab.table": {"sv": "Länkarna i tabell", "en": "The links as a table"},
    "network.without.title": {"sv": "Kommuner utan partner", "en": "Municipalities without a partner"},
    "network.without.list": {
        "sv": "Utan någon länk med de valda typerna och den valda perioden: {names}.",
        "en": "Without any link of the chosen kinds in the chosen period: {names}.",
    },
    "network.without.none": {
        "sv": "Alla kommuner har minst en partner med de valda typerna och den valda perioden.",
        "en": "Every municipality has at least one partner of the chosen kinds in the chosen period.",
    },
    "network.partners.title": {"sv": "Antal partner per kommun, {period}", "en": "Partners per municipality, {period}"},
    "network.partners.same_county": {"sv": "i samma län", "en": "in the same county"},
    "network.partners.other_county": {"sv": "i andra län", "en": "in another county"},
    "network.axis.partners": {"sv": "Partner (antal kommuner)", "en": "Partners (number of municipalities)"},
    "network.axis.municipality": {"sv": "Kommun", "en": "Municipality"},
    "network.strongest.title": {"sv": "Starkaste paren", "en": "Strongest pairs"},
    "network.strongest.note": {
        "sv": "Styrka = summan av vikterna över typerna: delade tjänsteår + överenskommelser + 1 för samma "
        "lokalpolisområde + gemensamma evenemang.",
        "en": "Strength = the weights summed over the kinds: shared post-years + agreements + 1 for the same local "
        "police area + shared events.",
    },
    "network.cross.title": {"sv": "Länkar över länsgränsen", "en": "Links across the county border"},
    "network.cross.note": {
        "sv": "Par där kommunerna ligger i olika län.",
        "en": "Pairs whose municipalities lie in different counties.",
    },
    "network.matrix.title": {
        "sv": "Länkarnas styrka mellan kommunerna, {period}",
        "en": "Strength of the links between the municipalities, {period}",
    },
    "network.matrix.note": {
        "sv": "Varje ruta är ett par; tom ruta = ingen länk. Linjen skiljer länen åt. Med flera typer valda är "
        "värdet summan av vikterna.",
        "en": "Each cell is a pair; an empty cell = no link. The line separates the counties. With several kinds "
        "chosen the value is the sum of the weights.",
    },
    "network.matrix.note_one_county": {
        "sv": "Varje ruta är ett par; tom ruta = ingen länk. Med flera typer valda är värdet summan av vikterna.",
        "en": "Each cell is a pair; an empty cell = no link. With several kinds chosen the value is the sum of the "
        "weights.",
    },
    "network.table.title": {"sv": "Alla länkar, {period}", "en": "All links, {period}"},
    "network.definitions": {
        "sv": "Definitioner: delad tjänst = en tjänst som en kommun rapporterar delad med en annan (vikt: antal "
        "tjänsteår); gemensam överenskommelse = kommunerna ingår i samma samverkan eller överenskommelse "
        "(vikt: antal överenskommelser som gäller under perioden); samma lokalpolisområde = enligt polisens "
        "och kommunernas webbplatser, odaterat; gemensamt deltagande = båda skickade minst en deltagare till "
        "samma regionala evenemang (vikt: antal sådana evenemang under perioden).",
        "en": "Definitions: shared post = a post a municipality reports as shared with another (weight: post-years); "
        "joint agreement = the municipalities are parties to the same collaboration or agreement (weight: "
        "agreements in force during the period); same local police area = as the police's and the "
        "municipalities' websites say, undated; co-attendance = both sent at least one participant to the "
        "same regional event (weight: the number of such events in the period).",
    },
    "network.col.municipality_a": {"sv": "Kommun", "en": "Municipality"},
    "network.col.municipality_b": {"sv": "Partner", "en": "Partner"},
    "network.col.kind": {"sv": "Typ", "en": "Kind"},
    "network.col.weight": {"sv": "Vikt", "en": "Weight"},
    "network.col.unit": {"sv": "Enhet", "en": "Unit"},
    "network.col.period": {"sv": "Period", "en": "Period"},
    "network.col.basis": {"sv": "Underlag", "en": "Basis"},
    "network.col.crosses": {"sv": "Över länsgränsen", "en": "Across the county border"},
    "network.col.source": {"sv": "Källa", "en": "Source"},
    "network.col.partners": {"sv": "Partner (antal)", "en": "Partners (number)"},
    "network.col.partners_other_county": {"sv": "varav i andra län", "en": "of which in another county"},
    "network.col.strength": {"sv": "Styrka (summa av vikter)", "en": "Strength (sum of weights)"},
    "network.col.partner_names": {"sv": "Partner", "en": "Partners"},
    "network.col.total_weight": {"sv": "Styrka", "en": "Strength"},
    "network.col.kind_count": {"sv": "Antal typer", "en": "Kinds"},
    "network.col.weight_shared_post": {"sv": "Delade tjänsteår", "en": "Shared post-years"},
    "network.col.weight_joint_agreement": {"sv": "Överenskommelser", "en": "Agreements"},
    "network.col.weight_police_area": {"sv": "Samma lokalpolisområde", "en": "Same police area"},
    "network.col.weight_co_attendance": {"sv": "Gemensamma evenemang", "en": "Shared events"},
    "network.value.yes": {"sv": "ja", "en": "yes"},
    "network.value.no": {"sv": "nej", "en": "no"},
    # --- Evenemang ---------------------------------------------------------------------------
    "events.title": {"sv": "Evenemang", "en": "Events"},
    "events.intro": {
        "sv": "De regionala träffarna: inspirationsdagar, nätverksträffar, konferenser och utbildningar. Vilka "
        "kommuner kommer, och vilka uteblir? {county}.",
        "en": "The regional meetings: inspiration days, network meetings, conferences and training. Which "
        "municipalities come, and which stay away? {county}.",
    },
    "events.filter.period": {"sv": "Period (år)", "en": "Period (years)"},
    "events.filter.split": {"sv": "Dela upp efter", "en": "Split by"},
    "events.split.event_type": {"sv": "Typ", "en": "Type"},
    "events.split.topic": {"sv": "Ämne", "en": "Topic"},
    "events.filter.measure": {"sv": "Visa", "en": "Show"},
    "events.measure.participants": {"sv": "Deltagare", "en": "Participants"},
    "events.measure.participants_per_1000": {
        "sv": "Deltagare per 1 000 invånare",
        "en": "Participants per 1,000 inhabitants",
    },
    "events.over_time.title": {"sv": "Evenemang över tid", "en": "Events over time"},
    "events.over_time.chart": {
        "sv": "Regionala evenemang per år, {county}, {period}",
        "en": "Regional events per year, {county}, {period}",
    },
    "events.over_time.note": {
        "sv": "Ett evenemang räknas när någon kommun i valt län deltog i det eller var värd.",
        "en": "An event counts when a municipality of the chosen county attended it or hosted it.",
    },
    "events.event_type.inspirationsdag": {"sv": "Inspirationsdag", "en": "Inspiration day"},
    "events.event_type.nätverksträff": {"sv": "Nätverksträff", "en": "Network meeting"},
    "events.event_type.konferens": {"sv": "Konferens", "en": "Conference"},
    "events.event_type.utbildning": {"sv": "Utbildning", "en": "Training"},
    "events.topic.brott": {"sv": "Brottsförebyggande", "en": "Crime prevention"},
    "events.topic.andt": {"sv": "ANDT", "en": "ANDT"},
    "events.topic.bada": {"sv": "Båda", "en": "Both"},
    "events.axis.year": {"sv": "År", "en": "Year"},
    "events.axis.events": {"sv": "Antal evenemang", "en": "Number of events"},
    "events.axis.municipalities": {"sv": "Antal kommuner som deltog", "en": "Municipalities attending (number)"},
    "events.axis.share": {"sv": "Andel av länets evenemang (%)", "en": "Share of the county's events (%)"},
    "events.axis.year_host": {"sv": "År som värd", "en": "Year hosted"},
    "events.unit.events": {"sv": "evenemang", "en": "events"},
    "events.unit.participants": {"sv": "deltagare", "en": "participants"},
    "events.unit.per_1000": {"sv": "deltagare per 1 000 inv.", "en": "participants per 1,000 inh."},
    "events.participation.title": {"sv": "Deltagare per kommun och år", "en": "Participants per municipality and year"},
    "events.participation.chart": {"sv": "{measure}, {period}", "en": "{measure}, {period}"},
    "events.participation.note": {
        "sv": "Endast år med regionala evenemang. En grå ruta i vyn per 1 000 invånare betyder att befolkningssiffra saknas.",
        "en": "Only years with regional events. A grey cell in the per-1,000 view means the population figure is missing.",
    },
    "events.rarely.title": {
        "sv": "Kommuner som aldrig eller sällan deltar",
        "en": "Municipalities that never or rarely attend",
    },
    "events.rarely.summary": {
        "sv": "{period}: **{never}** kommuner deltog aldrig och **{rarely}** sällan (i färre än {share} % av länets evenemang).",
        "en": "{period}: **{never}** municipalities never attended and **{rarely}** rarely (fewer than {share} % of the county's events).",
    },
    "events.rarely.chart": {
        "sv": "Andel av länets evenemang som kommunen deltog i, {period}",
        "en": "Share of the county's events the municipality attended, {period}",
    },
    "events.rarely.note": {
        "sv": "Länets evenemang = evenemang under perioden där minst en kommun i samma län deltog. Sällan = färre än "
        "{share} % av dem. Tabellen visar kommunerna som aldrig eller sällan deltog.",
        "en": "The county's events = events in the period that at least one municipality of the same county attended. "
        "Rarely = fewer than {share} % of them. The table lists the municipalities that never or rarely attended.",
    },
    "events.share.of": {"sv": "{attended} av {total}", "en": "{attended} of {total}"},
    "events.class.never": {"sv": "Aldrig", "en": "Never"},
    "events.class.rarely": {"sv": "Sällan", "en": "Rarely"},
    "events.class.regularly": {"sv": "Regelbundet", "en": "Regularly"},
    "events.class.no_events": {"sv": "Inga evenemang i länet", "en": "No events in the county"},
    "events.col.class": {"sv": "Deltagande", "en": "Attendance"},
    "events.col.attended": {"sv": "Evenemang besökta", "en": "Events attended"},
    "events.col.county_events": {"sv": "Länets evenemang", "en": "County's events"},
    "events.col.share": {"sv": "Andel", "en": "Share"},
    "events.col.participants": {"sv": "Deltagare", "en": "Participants"},
    "events.col.last_attended": {"sv": "Senast deltagit (år)", "en": "Last attended (year)"},
    "events.col.year": {"sv": "År", "en": "Year"},
    "events.col.date": {"sv": "Datum", "en": "Date"},
    "events.col.host": {"sv": "Värdkommun", "en": "Host municipality"},
    "events.col.municipalities": {"sv": "Kommuner som deltog", "en": "Municipalities attending"},
    "events.col.origin": {"sv": "Uppgiften", "en": "Data"},
    "events.col.title": {"sv": "Evenemang", "en": "Event"},
    "events.col.organiser": {"sv": "Arrangör", "en": "Organiser"},
    "events.col.participants_total": {
        "sv": "Deltagare totalt (enligt källan)",
        "en": "Participants in all (as the source says)",
    },
    "events.documented.title": {"sv": "Dokumenterade evenemang {period}", "en": "Documented events {period}"},
    "events.documented.note": {
        "sv": "Evenemang som en offentlig källa beskriver. Deltagarna totalt är källans siffra för alla som kom; "
        "den delas aldrig upp per kommun, och räknas inte in i kommunernas deltagande ovan.",
        "en": "Events a public source describes. The participants in all are the source's figure for everyone "
        "who came; it is never split per municipality, and not counted in the municipalities' attendance above.",
    },
    "events.documented.none": {
        "sv": "Inga evenemang i länet under perioden beskrivs i de offentliga källorna.",
        "en": "No event in the county in the period is described in the public sources.",
    },
    "events.origin.reference": {"sv": "verklig (med källa)", "en": "real (sourced)"},
    "events.origin.example": {"sv": "exempeldata", "en": "example data"},
    "events.origin.loaded": {"sv": "inläst fil", "en": "loaded file"},
    "events.inspiration.title": {"sv": "Inspirationsdagens historia", "en": "The inspiration day's history"},
    "events.inspiration.intro": {
        "sv": "Inspirationsdagen för mindre kommuner hålls varje höst sedan omkring 2012 av länsstyrelserna i båda "
        "länen, hos en ny värdkommun varje år. Historien visas i sin helhet, oavsett valt län och period.",
        "en": "The inspiration day for smaller municipalities has been held every autumn since about 2012 by the "
        "county boards of both counties, with a new host every year. The history is shown in full, whatever "
        "county and period are chosen.",
    },
    "events.inspiration.map": {"sv": "Värdkommunerna och året de var värd", "en": "The hosts and the year they hosted"},
    "events.inspiration.history": {
        "sv": "Kommuner som deltog per år, med värdkommunen",
        "en": "Municipalities attending per year, with the host",
    },
    "events.inspiration.source": {
        "sv": "Den 5:e inspirationsdagen i Malå 2016 är dokumenterad (Brå, 2016-11-14); datumet är en platshållare för "
        "”slutet av oktober”.",
        "en": "The 5th inspiration day in Malå in 2016 is documented (Brå, 2016-11-14); its date is a placeholder for "
        "“the end of October”.",
    },
    "events.map.host": {"sv": "Värdkommun", "en": "Host municipality"},
    "events.map.year_labels": {"sv": "År som värd", "en": "Year hosted"},
    "events.hover.hosted": {"sv": "Värd", "en": "Hosted"},
    "events.hover.municipalities": {"sv": "Kommuner som deltog", "en": "Municipalities attending"},
    "events.hover.participants": {"sv": "Deltagare", "en": "Participants"},
    "events.host.none": {"sv": "ingen värdkommun", "en": "no host municipality"},
    # --- Finansiering ------------------------------------------------------------------------
    "funding.title": {"sv": "Finansiering", "en": "Funding"},
    "funding.intro": {
        "sv": "Vem betalar det förebyggande arbetet? Belopp per källa och år, per invånare och andelen externa "
        "medel (allt utom kommunens egen budget). {county}.",
        "en": "Who pays for the preventive work? Amounts by source and year, per inhabitant, and the share of "
        "external money (everything but the municipality's own budget). {county}.",
    },
    "funding.filter.areas": {"sv": "Område", "en": "Area"},
    "funding.export.subtitle": {"sv": "Område: {areas}", "en": "Area: {areas}"},
    "funding.area.brott": {"sv": "Brottsförebyggande", "en": "Crime prevention"},
    "funding.area.andt": {"sv": "ANDT", "en": "ANDT"},
    "funding.area.bada": {"sv": "Båda", "en": "Both"},
    "funding.filter.measure": {"sv": "Visa", "en": "Show"},
    "funding.measure.amount_sek": {"sv": "Kronor", "en": "SEK"},
    "funding.measure.sek_per_inhabitant": {"sv": "Kronor per invånare", "en": "SEK per inhabitant"},
    "funding.none": {
        "sv": "Ingen finansiering är rapporterad för det valda urvalet.",
        "en": "No funding is reported for the chosen selection.",
    },
    "funding.kpi.total": {"sv": "Finansiering {year}", "en": "Funding {year}"},
    "funding.kpi.per_inhabitant": {"sv": "Per invånare {year}", "en": "Per inhabitant {year}"},
    "funding.kpi.external_share": {"sv": "Andel externa medel {year}", "en": "Share of external money {year}"},
    "funding.kpi.reporting": {"sv": "Har rapporterat {year}", "en": "Reported {year}"},
    "funding.funder.kommun": {"sv": "Kommunens egen budget", "en": "Municipality's own budget"},
    "funding.funder.lansstyrelsen": {"sv": "Länsstyrelsen", "en": "County administrative board"},
    "funding.funder.fohm": {"sv": "Folkhälsomyndigheten", "en": "Public Health Agency"},
    "funding.funder.bra": {"sv": "Brå", "en": "Brå (Crime Prevention Council)"},
    "funding.funder.annan": {"sv": "Annan", "en": "Other"},
    "funding.unit.sek": {"sv": "kr", "en": "SEK"},
    "funding.unit.msek": {"sv": "mnkr", "en": "million SEK"},
    "funding.unit.sek_per_inhabitant": {"sv": "kr per invånare", "en": "SEK per inhabitant"},
    "funding.unit.percent": {"sv": "procent (%)", "en": "per cent (%)"},
    "funding.by_source.title": {"sv": "Finansiering per källa och år", "en": "Funding by source and year"},
    "funding.by_source.chart": {
        "sv": "{measure} per källa och år, {county}",
        "en": "{measure} by source and year, {county}",
    },
    "funding.by_source.note": {
        "sv": "Per invånare räknas över de kommuner som rapporterat finansiering det året; en kommun som inte "
        "rapporterat räknas inte som noll. Saknas befolkningssiffra för någon av dem visas året inte per invånare.",
        "en": "Per inhabitant is taken over the municipalities that reported funding that year; a municipality that "
        "did not report does not count as zero. When the population of any of them is missing, the year is not "
        "shown per inhabitant.",
    },
    "funding.county.share": {"sv": "Andel externa medel per län", "en": "Share of external money per county"},
    "funding.county.per_inhabitant": {
        "sv": "Finansiering per invånare per län",
        "en": "Funding per inhabitant per county",
    },
    "funding.municipality.title": {"sv": "Per kommun {year}", "en": "Per municipality {year}"},
    "funding.municipality.chart": {
        "sv": "Finansiering per invånare och källa, {year}",
        "en": "Funding per inhabitant by source, {year}",
    },
    "funding.municipality.none": {
        "sv": "Ingen kommun har rapporterat finansiering för {year}.",
        "en": "No municipality reported funding for {year}.",
    },
    "funding.col.kommun": {"sv": "Egen budget (kr)", "en": "Own budget (SEK)"},
    "funding.col.lansstyrelsen": {"sv": "Länsstyrelsen (kr)", "en": "County board (SEK)"},
    "funding.col.fohm": {"sv": "Folkhälsomyndigheten (kr)", "en": "Public Health Agency (SEK)"},
    "funding.col.bra": {"sv": "Brå (kr)", "en": "Brå (SEK)"},
    "funding.col.annan": {"sv": "Annan (kr)", "en": "Other (SEK)"},
    "funding.col.total": {"sv": "Totalt (kr)", "en": "Total (SEK)"},
    "funding.col.external": {"sv": "Externa medel (kr)", "en": "External money (SEK)"},
    "funding.col.external_share": {"sv": "Andel externa", "en": "External share"},
    "funding.col.per_inhabitant": {"sv": "Kr per invånare", "en": "SEK per inhabitant"},
    "funding.note": {
        "sv": "Externa medel = Länsstyrelsen, Folkhälsomyndigheten, Brå och andra; allt utom kommunens egen budget.",
        "en": "External money = the county board, the Public Health Agency, Brå and others; everything but the "
        "municipality's own budget.",
    },
}
