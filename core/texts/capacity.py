"""Texts of the Kapacitet, Kommun and Metod pages (capacity gaps, municipality profiles, method)."""

TEXTS = {
    # --- shared words ------------------------------------------------------------------------
    "cap.not_reported": {"sv": "ej rapporterat", "en": "not reported"},
    "cap.yes": {"sv": "Ja", "en": "Yes"},
    "cap.no": {"sv": "Nej", "en": "No"},
    "cap.status.short": {"sv": "Under normen", "en": "Below the norm"},
    "cap.status.meets": {"sv": "Når normen", "en": "Meets the norm"},
    "cap.status.not_reported": {"sv": "Ej rapporterat", "en": "Not reported"},
    "cap.status.no_crimes": {"sv": "Anmälda brott saknas", "en": "Reported crimes missing"},
    "cap.status.no_population": {"sv": "Befolkning saknas", "en": "Population missing"},
    "cap.kommun.no_crimes": {
        "sv": "Inga anmälda brott är inlästa för kommunen. {how}",
        "en": "No reported crimes are loaded for the municipality. {how}",
    },
    "cap.kommun.crimes_note": {
        "sv": "Anmälda brott per 100 000 invånare, räknade där brottet begicks, bredvid länets median. Källa: "
        "{sources}.",
        "en": "Reported crimes per 100,000 inhabitants, counted where the crime was committed, beside the county's "
        "median. Source: {sources}.",
    },
    "cap.no_crimes": {"sv": "anmälda brott saknas", "en": "reported crimes missing"},
    "public.not_loaded": {"sv": "ej inläst", "en": "not loaded"},
    "cap.unit.fte_vs_norm": {"sv": "åa mot normen", "en": "FTE against the norm"},
    "cap.unit.percent_of_norm": {"sv": "% av normen", "en": "% of the norm"},
    "cap.unit.index": {"sv": "av 100", "en": "out of 100"},
    "cap.unit.percent": {"sv": "%", "en": "%"},
    "cap.unit.municipalities": {"sv": "kommuner", "en": "municipalities"},
    "cap.ind.capacity_gap_fte": {"sv": "Gap mot behovsnormen, åa", "en": "Gap against the need norm, FTE"},
    "cap.ind.capacity_gap_share": {"sv": "Gap mot behovsnormen, andel", "en": "Gap against the need norm, share"},
    "cap.ind.capacity_index": {"sv": "Kapacitetsindex", "en": "Capacity index"},
    "cap.ind.funding_external_share": {"sv": "Extern finansiering, andel", "en": "External funding, share"},
    "cap.ind.events_attended_share": {"sv": "Andel evenemang med deltagande", "en": "Share of events attended"},
    "cap.no_population": {"sv": "saknas (ingen befolkningssiffra)", "en": "missing (no population figure)"},
    "cap.ind.partners": {"sv": "Samverkanspartner (kommuner)", "en": "Collaboration partners (municipalities)"},
    "cap.ind.density": {"sv": "Invånare per km²", "en": "Inhabitants per km²"},
    "cap.police.in_force": {"sv": "I kraft", "en": "In force"},
    "cap.police.undated": {"sv": "Odaterat avtal", "en": "Undated agreement"},
    "cap.police.none": {"sv": "Inget dokumenterat", "en": "None documented"},
    "cap.police.undated_period": {"sv": "odaterat", "en": "undated"},
    "cap.police.unknown": {"sv": "okänt", "en": "unknown"},
    "cap.police.through": {"sv": "t.o.m. {year} (start okänd)", "en": "through {year} (start unknown)"},
    "cap.agreement.medborgarlofte": {"sv": "Medborgarlöfte", "en": "Citizen pledge (medborgarlöfte)"},
    "cap.agreement.samverkan": {
        "sv": "Samverkansöverenskommelse",
        "en": "Cooperation agreement (samverkansöverenskommelse)",
    },
    "cap.agreement.both": {
        "sv": "Samverkansöverenskommelse och medborgarlöfte",
        "en": "Cooperation agreement and citizen pledge",
    },
    "cap.law.coordinating_function": {"sv": "Samordnande funktion", "en": "Coordinating function"},
    "cap.law.lagesbild": {"sv": "Lägesbild", "en": "Situation picture (lägesbild)"},
    "cap.law.atgardsplan": {"sv": "Åtgärdsplan", "en": "Action plan (åtgärdsplan)"},
    "cap.law.parts": {"sv": "{n} av {reported}", "en": "{n} of {reported}"},
    "cap.role.brott": {"sv": "brottsförebyggande", "en": "crime prevention"},
    "cap.role.andt": {"sv": "ANDT", "en": "ANDT"},
    "cap.role.annan": {"sv": "annan roll", "en": "other role"},
    "cap.funder.kommun": {"sv": "Kommunen", "en": "The municipality"},
    "cap.funder.fohm": {"sv": "Folkhälsomyndigheten", "en": "Public Health Agency"},
    "cap.funder.lansstyrelsen": {"sv": "Länsstyrelsen", "en": "County administrative board"},
    "cap.funder.bra": {"sv": "Brå", "en": "Brå"},
    "cap.funder.annan": {"sv": "Annan", "en": "Other"},
    "cap.component.staffing": {"sv": "Bemanning", "en": "Staffing"},
    "cap.component.funding": {"sv": "Finansiering", "en": "Funding"},
    "cap.component.participation": {"sv": "Deltagande", "en": "Participation"},
    "cap.component.collaboration": {"sv": "Samverkan", "en": "Collaboration"},
    "cap.component.police": {"sv": "Polisavtal", "en": "Police agreement"},
    "cap.component.law": {"sv": "Lag 2023:196", "en": "Act 2023:196"},
    "cap.component.label": {"sv": "{name} ({share} %)", "en": "{name} ({share}%)"},
    "cap.component.missing": {"sv": "saknas", "en": "missing"},
    "cap.component.axis": {"sv": "Poäng (0–100)", "en": "Score (0–100)"},
    "cap.hover.capacity": {"sv": "Bemanning", "en": "Staffing"},
    "cap.hover.norm": {"sv": "Behovsnorm", "en": "Need norm"},
    "cap.hover.gap": {"sv": "Gap", "en": "Gap"},
    # --- the norm and the weights in the sidebar ---------------------------------------------
    "cap.controls.header": {"sv": "Behovsnorm och index", "en": "Need norm and index"},
    "cap.controls.base": {"sv": "Bas per kommun, åa", "en": "Base per municipality, FTE"},
    "cap.controls.base_help": {
        "sv": "Årsarbetare som varje kommun behöver oavsett storlek. Standard 1,0: en halv tjänst för brott och en halv för ANDT (se Metod och källor).",
        "en": "FTE every municipality needs whatever its size. Default 1.0: half a post for crime prevention and half for ANDT (see Method and sources).",
    },
    "cap.controls.per_10k": {"sv": "Tillägg per 10 000 invånare, åa", "en": "Addition per 10,000 inhabitants, FTE"},
    "cap.controls.per_10k_help": {
        "sv": "Årsarbetare som tillkommer per 10 000 invånare. Standard 0,2.",
        "en": "FTE added per 10,000 inhabitants. Default 0.2.",
    },
    "cap.controls.per_1000_crimes": {
        "sv": "Tillägg per 1 000 anmälda brott, åa",
        "en": "Addition per 1,000 reported crimes, FTE",
    },
    "cap.controls.per_1000_crimes_help": {
        "sv": "Årsarbetare som tillkommer per 1 000 anmälda brott i kommunen (Brå eller Kolada). Standard 0: "
        "av. En kommun utan inläst brottsstatistik för året får då ingen norm.",
        "en": "FTE added per 1,000 crimes reported in the municipality (Brå or Kolada). Default 0: off. A "
        "municipality without crime figures for the year then has no norm.",
    },
    "cap.controls.decimal_invalid": {
        "sv": "Skriv ett tal, till exempel 1,5.",
        "en": "Type a number, for example 1.5.",
    },
    "cap.controls.decimal_out_of_range": {
        "sv": "”{typed}” gick inte att använda: skriv ett tal från {low} till {high}. Normen är oförändrad.",
        "en": "“{typed}” could not be used: type a number from {low} to {high}. The norm is unchanged.",
    },
    "cap.controls.weights": {"sv": "Indexets vikter", "en": "Weights of the index"},
    "cap.controls.weights_help": {
        "sv": "Bara förhållandet mellan vikterna spelar roll.",
        "en": "Only the ratios between the weights matter.",
    },
    # --- Kapacitet -----------------------------------------------------------------------------
    "cap.title": {"sv": "Kapacitet och kapacitetsbrist", "en": "Capacity and capacity gaps"},
    "cap.caption": {
        "sv": "{county}, {year}. Behovsnorm: {norm} (ändra i sidopanelen).",
        "en": "{county}, {year}. Need norm: {norm} (change it in the sidebar).",
    },
    "cap.norm_text": {
        "sv": "{base} åa per kommun + {per10k} åa per 10 000 invånare",
        "en": "{base} FTE per municipality + {per10k} FTE per 10,000 inhabitants",
    },
    "cap.norm_text_crimes": {
        "sv": " + {crimes} åa per 1 000 anmälda brott",
        "en": " + {crimes} FTE per 1,000 reported crimes",
    },
    "cap.no_crime_data": {
        "sv": "Behovsnormen har ett tillägg per anmält brott, men för {year} finns inga anmälda brott inlästa för "
        "{missing} kommuner: de får ingen norm och inget gap. {how}",
        "en": "The need norm has an addition per reported crime, but for {year} no reported crimes are loaded for "
        "{missing} municipalities: they get no norm and no gap. {how}",
    },
    "public.how_to_get": {
        "sv": "Anmälda brott per kommun kommer från Brå (årlig CSV-fil, *Anmälda brott i kommunerna*) eller "
        "Kolada (nyckeltal N07540). En länsstyrelse läser in Brå:s fil på sidan Inläsning, eller på "
        "kommandoraden: `python -m etl load crime FIL.csv`, eller hämtar från Kolada: "
        "`python -m etl kolada --kpi N07540,N07403 --years 2015-2025`.",
        "en": "Reported crimes per municipality come from Brå (a yearly CSV file, *Anmälda brott i kommunerna*) "
        "or Kolada (KPI N07540). A county board loads Brå's file on the Upload page, or on the command line: "
        "`python -m etl load crime FILE.csv`, or fetches from Kolada: "
        "`python -m etl kolada --kpi N07540,N07403 --years 2015-2025`.",
    },
    "cap.kpi.short": {"sv": "Kommuner under normen", "en": "Municipalities below the norm"},
    "cap.kpi.of": {"sv": "{n} av {total}", "en": "{n} of {total}"},
    "cap.kpi.shortfall": {"sv": "Saknade årsarbetare, totalt", "en": "FTE missing, in total"},
    "cap.kpi.not_reported": {"sv": "Ej rapporterat bemanning", "en": "Staffing not reported"},
    "cap.kpi.no_population": {
        "sv": "Befolkning saknas (bemanning rapporterad)",
        "en": "Population missing (staffing reported)",
    },
    "cap.kpi.median_index": {"sv": "Kapacitetsindex, median", "en": "Capacity index, median"},
    "cap.measure": {"sv": "Visa gapet som", "en": "Show the gap as"},
    "cap.measure.fte": {"sv": "Årsarbetare", "en": "FTE"},
    "cap.measure.share": {"sv": "Andel av normen", "en": "Share of the norm"},
    "cap.map.title": {
        "sv": "Gap mot behovsnormen, {year} ({unit})",
        "en": "Gap against the need norm, {year} ({unit})",
    },
    "cap.map.short_marker": {"sv": "Under normen", "en": "Below the norm"},
    "cap.map.note": {
        "sv": "Orange: under normen, blå: över. Svart prick: under normen (syns även utan färgseende). Grå: bemanningen ej rapporterad. Klicka på en kommun för att öppna dess profil.",
        "en": "Orange: below the norm, blue: above. Black dot: below the norm (visible without colour vision too). Grey: staffing not reported. Click a municipality to open its profile.",
    },
    "cap.bars.title": {
        "sv": "Kommunerna rangordnade efter gapet, {year}",
        "en": "Municipalities ranked by their gap, {year}",
    },
    "cap.bars.axis": {"sv": "{unit} (0 = normen)", "en": "{unit} (0 = the norm)"},
    "cap.scatter.title": {
        "sv": "Invånare och samordnare, {year}, med behovsnormen",
        "en": "Inhabitants and coordinators, {year}, with the need norm",
    },
    "cap.scatter.norm_line": {
        "sv": "Behovsnorm: {base} + {per10k} åa per 10 000 inv.",
        "en": "Need norm: {base} + {per10k} FTE per 10,000 inh.",
    },
    "cap.scatter.norm_points": {
        "sv": "Kommunens behovsnorm (med tillägget för anmälda brott)",
        "en": "The municipality's need norm (with the addition for reported crimes)",
    },
    "cap.scatter.x": {"sv": "Invånare (logaritmisk skala)", "en": "Inhabitants (logarithmic scale)"},
    "cap.scatter.y": {"sv": "Samordnare, årsarbetare (åa)", "en": "Coordinators, FTE"},
    "cap.scatter.note": {
        "sv": "Under den streckade linjen ligger en kommun under normen (orange triangel). Kommuner som inte rapporterat bemanning saknas i diagrammet.",
        "en": "Below the dashed line a municipality is below the norm (orange triangle). Municipalities that did not report staffing are not in the chart.",
    },
    "cap.table.title": {"sv": "Kapacitet per kommun", "en": "Capacity by municipality"},
    "cap.table.note": {
        "sv": "Sorterad efter gapet som andel av normen, störst brist först. ”Ej rapporterat” är inte detsamma som 0 åa.",
        "en": "Sorted by the gap as a share of the norm, largest shortfall first. “Not reported” is not the same as 0 FTE.",
    },
    "cap.col.status": {"sv": "Läge", "en": "Status"},
    "cap.col.norm_fte": {"sv": "Behovsnorm, åa", "en": "Need norm, FTE"},
    "cap.col.gap_percent": {"sv": "Gap, % av normen", "en": "Gap, % of the norm"},
    "cap.col.index_coverage": {"sv": "Indexets täckning, %", "en": "Index coverage, %"},
    "cap.col.police": {"sv": "Polisavtal", "en": "Police agreement"},
    "cap.col.law": {"sv": "Lag 2023:196, delar på plats", "en": "Act 2023:196, parts in place"},
    "cap.col.profile": {"sv": "Profil", "en": "Profile"},
    "cap.col.profile_link": {"sv": "Öppna", "en": "Open"},
    # --- Kommun ----------------------------------------------------------------------------------
    "cap.kommun.title": {"sv": "Kommunprofil", "en": "Municipality profile"},
    "cap.kommun.select": {"sv": "Kommun", "en": "Municipality"},
    "cap.kommun.placeholder": {"sv": "Välj kommun", "en": "Choose a municipality"},
    "cap.kommun.choose": {
        "sv": "Välj en kommun i listan, eller klicka på en kommun på kartan.",
        "en": "Choose a municipality in the list, or click one on the map.",
    },
    "cap.kommun.facts": {
        "sv": "{county} · {population} · {area} km² · {density} invånare per km²",
        "en": "{county} · {population} · {area} km² · {density} inhabitants per km²",
    },
    "cap.kommun.population": {"sv": "{population} invånare ({year})", "en": "{population} inhabitants ({year})"},
    "cap.kommun.similar": {"sv": "Mest lika (folkmängd och gleshet):", "en": "Most similar (population and sparsity):"},
    "cap.kommun.gap_delta": {"sv": "{gap} åa mot normen", "en": "{gap} FTE against the norm"},
    "cap.kommun.year_note": {
        "sv": "Nyckeltal för {year} (välj år i sidopanelen).",
        "en": "Key figures for {year} (choose the year in the sidebar).",
    },
    "cap.kommun.trends": {"sv": "Indikatorerna år för år", "en": "The indicators year by year"},
    "cap.kommun.trends_note": {
        "sv": "Blå: kommunen. Streckat: länets median. Tunna linjer: de mest lika kommunerna. Ett glapp i linjen är ett år utan rapport, inte noll.",
        "en": "Blue: the municipality. Dashed: the county median. Thin lines: the most similar municipalities. A gap in a line is a year without a report, not zero.",
    },
    "cap.kommun.funding_title": {
        "sv": "Finansiering per invånare efter källa",
        "en": "Funding per inhabitant by source",
    },
    "cap.kommun.index_title": {
        "sv": "Kapacitetsindex {year}: {index} – delarna",
        "en": "Capacity index {year}: {index} – its parts",
    },
    "cap.kommun.year_table": {"sv": "Alla indikatorer år för år", "en": "All indicators year by year"},
    "cap.kommun.law_title": {
        "sv": "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete",
        "en": "Act (2023:196) on municipal responsibility for crime prevention",
    },
    "cap.kommun.law_intro": {"sv": "Läget {year}:", "en": "Status in {year}:"},
    "cap.kommun.police_title": {"sv": "Polisavtal", "en": "Police agreements"},
    "cap.kommun.police_none": {
        "sv": "Inget avtal med polisen hittades i källorna. Det betyder inte att inget finns.",
        "en": "No agreement with the police was found in the sources. That does not mean there is none.",
    },
    "cap.kommun.police_note": {
        "sv": "Perioden och anteckningen står som källförteckningen skriver dem. ”Gäller (år)” är de år avtalet med säkerhet gäller; ett odaterat avtal knyts inte till något år.",
        "en": "The period and the note are as the list of sources writes them. “Valid (years)” are the years the agreement is known to be in force; an undated agreement is tied to no year.",
    },
    "cap.kommun.partners_title": {"sv": "Samverkanspartner", "en": "Collaboration partners"},
    "cap.kommun.partners_none": {"sv": "Inga dokumenterade partner.", "en": "No documented partners."},
    "cap.profile.median": {"sv": "Länets median", "en": "County median"},
    "cap.col.agreement_kind": {"sv": "Typ", "en": "Kind"},
    "cap.col.validity": {"sv": "Gäller (år)", "en": "Valid (years)"},
    "cap.col.in_force_year": {"sv": "I kraft valt år", "en": "In force in the chosen year"},
    "cap.col.period_as_written": {"sv": "Period enligt källan", "en": "Period as the source writes it"},
    "cap.col.detail_as_written": {
        "sv": "Anteckning (källförteckningen, på engelska)",
        "en": "Note (from the list of sources)",
    },
    "cap.col.source": {"sv": "Källa", "en": "Source"},
    "cap.col.more_sources": {"sv": "Fler källor", "en": "More sources"},
    "cap.col.basis": {"sv": "Grund", "en": "Basis"},
    "cap.col.partners": {"sv": "Partner", "en": "Partners"},
    "cap.col.what": {"sv": "Vad", "en": "What"},
    "cap.col.years": {"sv": "År", "en": "Years"},
    "cap.partners.running": {"sv": "pågående", "en": "ongoing"},
    "cap.partners.until": {"sv": "t.o.m. {end}", "en": "through {end}"},
    "cap.partners.collaboration": {"sv": "Gemensam överenskommelse", "en": "Joint agreement"},
    "cap.partners.shared_post": {"sv": "Delad samordnartjänst", "en": "Shared coordinator post"},
    # --- Metod -----------------------------------------------------------------------------------
    "cap.method.title": {"sv": "Metod och källor", "en": "Method and sources"},
    "cap.method.intro": {
        "sv": "Här står hur varje siffra i instrumentpanelen räknas fram, var den kommer ifrån och hur aktuell den är, "
        "och vad den inte kan säga. Allt räknas om från lagret vid varje inläsning; samma data och samma "
        "inställningar ger alltid samma siffror.\n\n"
        "**Exempeldata:** så länge inga egna uppgifter har lästs in är bemanning, finansiering, deltagande, "
        "samverkan och lagstatus påhittade exempel. Befolkning, kommungränser, polisavtal och de dokumenterade "
        "evenemangen är verkliga uppgifter med källa.",
        "en": "How every figure on the dashboard is computed, where it comes from and how current it is, and what it "
        "cannot tell. Everything is recomputed from the warehouse at every load; the same data and the same "
        "settings always give the same figures.\n\n"
        "**Example data:** until your own figures are loaded, staffing, funding, attendance, collaborations and "
        "legal status are invented examples. Population, boundaries, police agreements and the documented events "
        "are real, sourced figures.",
    },
    "cap.method.indicators": {"sv": "Indikatorerna", "en": "The indicators"},
    "cap.method.missing": {
        "sv": "**Saknas är inte noll.** Har en kommun inte rapporterat ett år står det ”ej rapporterat” (tomt i "
        "diagrammen, grått på kartorna) och kommunen räknas inte med i länets kvoter och medianer. Har den "
        "rapporterat 0 årsarbetare står det 0.",
        "en": "**Missing is not zero.** When a municipality has not reported for a year the dashboard says “not "
        "reported” (a gap in the charts, grey on the maps) and leaves the municipality out of the county's "
        "ratios and medians. When it reported 0 FTE, it says 0.",
    },
    "cap.method.norm": {"sv": "Behovsnormen", "en": "The need norm"},
    "cap.method.norm_text": {
        "sv": "**Behovsnorm = bas + tillägg per 10 000 invånare.** Standard: **{base} årsarbetare (åa)** som varje "
        "kommun behöver oavsett storlek, plus **{per10k} åa per 10 000 invånare**.\n\n"
        "*Varför en bas.* Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete gäller sedan den "
        "1 juli 2023 alla kommuner lika: var och en ska ha en samordnande funktion, ta fram en lägesbild och "
        "besluta om en åtgärdsplan. Det ANDT-förebyggande arbetet har sina egna fasta uppgifter: att samordna "
        "det förebyggande arbetet, samverkan kring tillsynen av servering och försäljning av alkohol och tobak, "
        "och kontakterna med länsstyrelsen. Uppgifterna är lika många i Sorsele som i Umeå. Basen 1,0 åa är en "
        "halv tjänst för vartdera området, det minsta som ger kontinuitet: någon som hinner ta fram "
        "lägesbilden, leda samverkan och delta i de regionala nätverken.\n\n"
        "*Varför ett tillägg per invånare.* Fler invånare ger fler skolor, serveringsställen, bostadsområden och "
        "ärenden, och mer att samordna. Med 0,2 åa per 10 000 invånare väger tillägget lätt i en liten kommun "
        "(0,06 åa vid 3 000 invånare) och lika mycket som basen vid 50 000 invånare.\n\n"
        "*Ett antagande, inte en officiell norm.* Det finns ingen nationell norm för hur många årsarbetare det "
        "förebyggande arbetet kräver. Ändra basen och tillägget i sidopanelen på sidorna Kapacitet och Kommun; "
        "länken i adressfältet bär inställningen (`?norm_bas=…&norm_per10k=…`).",
        "en": "**Need norm = base + addition per 10,000 inhabitants.** Default: **{base} FTE** every municipality "
        "needs whatever its size, plus **{per10k} FTE per 10,000 inhabitants**.\n\n"
        "*Why a base.* The Act (2023:196) on municipal responsibility for crime prevention has applied to all "
        "municipalities alike since 1 July 2023: each must have a coordinating function, produce a situation "
        "picture (lägesbild) and decide on an action plan (åtgärdsplan). ANDT prevention has fixed tasks of its "
        "own: coordinating prevention, working together on the supervision of alcohol and tobacco sales and "
        "serving, and the contacts with the county administrative board. There are as many such tasks in Sorsele "
        "as in Umeå. The base of 1.0 FTE is half a post for each area, the least that gives continuity: someone "
        "with time to produce the situation picture, lead the cooperation and take part in the regional "
        "networks.\n\n"
        "*Why an addition per inhabitant.* More inhabitants bring more schools, licensed premises, "
        "neighbourhoods and cases, and more to coordinate. At 0.2 FTE per 10,000 inhabitants the addition weighs "
        "little in a small municipality (0.06 FTE at 3,000 inhabitants) and as much as the base at 50,000.\n\n"
        "*An assumption, not an official norm.* There is no national norm for how many FTE prevention "
        "needs. Change the base and the addition in the sidebar of the Capacity and Municipality pages; the link "
        "in the address bar carries the setting (`?norm_bas=…&norm_per10k=…`).",
    },
    "cap.method.col.base_share": {"sv": "Basens andel av normen, %", "en": "The base's share of the norm, %"},
    "cap.method.gap_text": {
        "sv": "**Gapet** = bemanning (alla rapporterade samordnartjänster, årsarbetare) − behovsnorm. Negativt gap: "
        "kommunen ligger under normen. Gapet visas också som andel av normen, så att en liten och en stor "
        "kommun kan jämföras. Har kommunen inte rapporterat bemanningen beräknas inget gap.",
        "en": "**The gap** = staffing (all reported coordinator posts, FTE) − need norm. A negative gap: the "
        "municipality is below the norm. The gap is also shown as a share of the norm, so that a small and a "
        "large municipality can be compared. Without a staffing report no gap is computed.",
    },
    "cap.method.index": {"sv": "Kapacitetsindex (0–100)", "en": "Capacity index (0–100)"},
    "cap.method.index_text": {
        "sv": "Indexet sammanfattar sex delar. Varje del skalas till 0–1 mot ett referensvärde och kapas vid 1 "
        "(mer än referensen ger inte mer). Indexet är det vägda medelvärdet av de delar som har ett värde, "
        "gånger 100:\n\n"
        "*index = 100 × Σ (vikt × del) / Σ vikt*, båda summorna över de delar som har ett värde.\n\n"
        "En del som saknas (till exempel finansiering som inte rapporterats) räknas inte som noll: den lämnas "
        "utanför både täljare och nämnare. Kolumnen *Indexets täckning* visar hur stor del av den totala vikten "
        "som fanns; under {min_share} % beräknas inget index. Indexet jämför inte kommunerna med varandra: "
        "samma data, norm och vikter ger alltid samma index för en kommun, oavsett vilka andra kommuner som "
        "visas.\n\n"
        "*Standardvikterna:* bemanning 40, eftersom personerna som gör arbetet är kärnan i kapaciteten; "
        "finansiering och deltagande 15 vardera; samverkan, polisavtal och lagens delar 10 vardera. Vikterna "
        "ändras i sidopanelen; bara deras inbördes förhållande spelar roll.",
        "en": "The index sums up six parts. Each part is scaled to 0–1 against a reference value and capped at 1 "
        "(more than the reference gives no more). The index is the weighted mean of the parts that have a "
        "value, times 100:\n\n"
        "*index = 100 × Σ (weight × part) / Σ weight*, both sums over the parts that have a value.\n\n"
        "A missing part (funding not reported, say) does not count as zero: it is left out of both the "
        "numerator and the denominator. The column *Index coverage* shows the share of the total weight that "
        "was there; below {min_share}% no index is computed. The index does not rank municipalities against "
        "each other: the same data, norm and weights always give a municipality the same index, whichever "
        "other municipalities are shown.\n\n"
        "*Default weights:* staffing 40, since the people doing the work are the core of the capacity; funding "
        "and participation 15 each; collaboration, police agreement and the Act's parts 10 each. Change them in "
        "the sidebar; only their ratios matter.",
    },
    "cap.method.index_example": {
        "sv": "*Exempel.* En kommun med 0,75 av normens årsarbetare (0,75), 135 kr per invånare (1, kapat), deltagande "
        "i årets enda regionala evenemang (1), två partner (2/3), ett medborgarlöfte i kraft (1) och två av "
        "lagens tre delar (2/3) får med standardvikterna 100 × (40 × 0,75 + 15 × 1 + 15 × 1 + 10 × 2/3 + 10 × 1 "
        "+ 10 × 2/3) / 100 = 83,3. Saknas finansieringen blir det 100 × (30 + 15 + 6,67 + 10 + 6,67) / 85 = 80,4, "
        "med täckningen 85 %.",
        "en": "*Example.* A municipality with 0.75 of the norm's FTE (0.75), SEK 135 per inhabitant (1, capped), "
        "attendance at the year's only regional event (1), two partners (2/3), a citizen pledge in force (1) and "
        "two of the Act's three parts (2/3) gets, with the default weights, 100 × (40 × 0.75 + 15 × 1 + 15 × 1 + "
        "10 × 2/3 + 10 × 1 + 10 × 2/3) / 100 = 83.3. Without the funding figure it is 100 × (30 + 15 + 6.67 + 10 "
        "+ 6.67) / 85 = 80.4, with a coverage of 85%.",
    },
    "cap.method.component.staffing": {
        "sv": "Årsarbetare / behovsnorm; 1 när normen nås.",
        "en": "FTE / need norm; 1 when the norm is met.",
    },
    "cap.method.component.funding": {
        "sv": "Finansiering per invånare / {funding} kr; 1 vid {funding} kr eller mer. {funding} kr per invånare är i "
        "en kommun med 7 000 invånare 700 000 kr, ungefär kostnaden för en heltidstjänst.",
        "en": "Funding per inhabitant / SEK {funding}; 1 at SEK {funding} or more. SEK {funding} per inhabitant is SEK "
        "700,000 in a municipality of 7,000, about the cost of one full-time post.",
    },
    "cap.method.component.participation": {
        "sv": "Andel av årets regionala evenemang som kommunen skickade minst en deltagare till (0–1).",
        "en": "Share of the year's regional events the municipality sent at least one participant to (0–1).",
    },
    "cap.method.component.collaboration": {
        "sv": "Antal partnerkommuner / {partners}; 1 vid {partners} eller fler: en liten kommun som samarbetar med "
        "sina grannar.",
        "en": "Number of partner municipalities / {partners}; 1 at {partners} or more: a small municipality working "
        "with its neighbours.",
    },
    "cap.method.component.police": {
        "sv": "1 avtal i kraft, 0,5 odaterat avtal (kan gälla), 0 inget dokumenterat.",
        "en": "1 agreement in force, 0.5 undated agreement (may apply), 0 none documented.",
    },
    "cap.method.component.law": {
        "sv": "Andel av de rapporterade delarna som finns på plats (0, 1/3, 2/3 eller 1).",
        "en": "Share of the reported parts that are in place (0, 1/3, 2/3 or 1).",
    },
    "cap.method.col.component": {"sv": "Del", "en": "Part"},
    "cap.method.col.weight": {"sv": "Standardvikt", "en": "Default weight"},
    "cap.method.col.weight_share": {"sv": "Andel av vikten, %", "en": "Share of the weight, %"},
    "cap.method.col.url": {"sv": "Parameter i länken", "en": "Parameter in the link"},
    "cap.method.similar": {"sv": "Liknande kommuner", "en": "Similar municipalities"},
    "cap.method.similar_text": {
        "sv": "I andan av Koladas ”liknande kommuner” jämförs varje kommun med de tre kommuner som liknar den mest i "
        "**folkmängd** och **gleshet** (invånare per km² landareal) det valda året. Avståndet är det euklidiska "
        "avståndet mellan de naturliga logaritmerna av båda, så att 2 000 mot 4 000 invånare väger lika mycket "
        "som 40 000 mot 80 000. Vid lika avstånd går den lägre kommunkoden före. Till skillnad från Koladas "
        "jämförelsegrupper tas ingen hänsyn till åldersstruktur, ekonomi eller brottslighet.",
        "en": "In the spirit of Kolada's ‘similar municipalities’, each municipality is compared with the three "
        "municipalities most like it in **population** and **sparsity** (inhabitants per km² of land) in the "
        "chosen year. The distance is the Euclidean distance between the natural logarithms of both, so that "
        "2,000 against 4,000 inhabitants weighs as much as 40,000 against 80,000. Ties go to the lower "
        "municipality code. Unlike Kolada's comparison groups, age structure, economy and crime are not "
        "considered.",
    },
    "cap.method.sources": {"sv": "Källor och datum", "en": "Sources and dates"},
    "cap.method.sources_text": {
        "sv": "Datumet är källans eget: för befolkningen SCB:s uppdateringsdatum. Polisavtalen, de dokumenterade "
        "samarbetena och evenemangen har en källa per rad (länkarna står i kommunprofilen) men inget "
        "gemensamt datum. Exempeldata har inget datum: de är genererade. En inläst fil har datumet då dess sats lästes in.",
        "en": "The date is the source's own: for the population, the date Statistics Sweden updated it. The police "
        "agreements, documented collaborations and events have a source for each row (the links are in the "
        "municipality profile) but no common date. Example data has no date: it is generated. A loaded file has "
        "the date its batch was loaded.",
    },
    "cap.method.limits": {"sv": "Det här kan data inte säga", "en": "What the data cannot tell"},
    "cap.method.limits_text": {
        "sv": "- **Årsarbetare är inte kvalitet.** Siffrorna säger inget om kompetens, mandat eller hur tiden används.\n"
        "- **Normen mäter inte behov i form av problem.** Den tar inte hänsyn till brottslighet, otrygghet eller "
        "bruk av alkohol och narkotika; en kommun med större problem kan behöva mer.\n"
        "- **Inget dokumenterat polisavtal betyder inte att inget finns**, bara att inget hittades i källorna. "
        "Ett odaterat avtal kan inte knytas till något år.\n"
        "- **Samverkan utan slutdatum räknas som pågående**, vilket kan överskatta antalet partner.\n"
        "- **Delade tjänster:** varje kommun rapporterar sin egen andel. Rapporterar båda hela tjänsten räknas den "
        "två gånger.\n"
        "- **Finansieringen kan innehålla samordnarnas löner**, så indexets delar för bemanning och finansiering "
        "överlappar.\n"
        "- **Deltagande räknar deltagare per evenemang**, inte unika personer, och säger inget om vad de tog med "
        "sig hem.\n"
        "- **Lagstatus är självrapporterad:** ”ja” säger inte hur bra lägesbilden eller åtgärdsplanen är.\n"
        "- **Befolkningen** för ett år utan siffra är senaste tidigare års (markerat i tabellerna).\n"
        "- **Exempeldata** visar hur verktyget fungerar; slutsatser om verkliga kommuner kräver inlästa "
        "uppgifter.",
        "en": "- **FTE is not quality.** The figures say nothing of skills, mandate or how the time is used.\n"
        "- **The norm does not measure need as problems.** It takes no account of crime, insecurity or the use of "
        "alcohol and drugs; a municipality with larger problems may need more.\n"
        "- **No documented police agreement does not mean there is none**, only that none was found in the "
        "sources. An undated agreement cannot be tied to a year.\n"
        "- **A collaboration without an end date counts as ongoing**, which may overstate the partners.\n"
        "- **Shared posts:** each municipality reports its own share. If both report the whole post, it counts "
        "twice.\n"
        "- **Funding may include the coordinators' salaries**, so the index's staffing and funding parts "
        "overlap.\n"
        "- **Participation counts participants per event**, not distinct people, and says nothing of what they "
        "took home.\n"
        "- **Legal status is self-reported:** “yes” does not say how good the situation picture or the action "
        "plan is.\n"
        "- **The population** of a year without a figure is the latest earlier year's (marked in the tables).\n"
        "- **Example data** shows how the tool works; conclusions about real municipalities need loaded "
        "figures.",
    },
    "cap.method.no_date": {"sv": "ej angivet", "en": "not given"},
    "cap.method.col.missing": {"sv": "Saknade värden", "en": "Missing values"},
    "cap.method.col.source": {"sv": "Källa", "en": "Source"},
    "cap.method.col.dataset": {"sv": "Data", "en": "Data"},
    "cap.method.col.origin": {"sv": "Slag", "en": "Kind"},
    "cap.method.col.file": {"sv": "Fil", "en": "File"},
    "cap.method.col.batch": {"sv": "Sats", "en": "Batch"},
    "cap.method.col.loaded_at": {"sv": "Inläst", "en": "Loaded"},
    "cap.method.col.status": {"sv": "Status", "en": "Status"},
    "cap.method.batch.revert": {"sv": "Ångrar sats {id}", "en": "Reverts batch {id}"},
    "cap.method.batch.earlier": {"sv": "Från det tidigare lagret", "en": "From the earlier warehouse"},
    "cap.method.batch.active": {"sv": "Gäller", "en": "Active"},
    "cap.method.batch.reverted": {"sv": "Ångrad", "en": "Reverted"},
    "cap.method.batches": {"sv": "Inlästa satser", "en": "Loaded batches"},
    "cap.method.batches_text": {
        "sv": "Varje inläst fil är en sats i liggaren (`data/ledger.duckdb`), som aldrig skrivs över: en ångring är "
        "en ny post. Lagret byggs om från referensdata, exempeldata och de gällande satserna i ordning. "
        "Vem som läste in en sats står bara i liggaren.",
        "en": "Every loaded file is a batch in the ledger (`data/ledger.duckdb`), which is never overwritten: a "
        "revert is a new entry. The warehouse is rebuilt from reference data, example data and the active "
        "batches in order. Who loaded a batch is kept in the ledger only.",
    },
    "cap.method.privacy_heading": {"sv": "Personuppgifter", "en": "Personal data"},
    "cap.method.privacy": {
        "sv": "Panelen tar bara emot antal och belopp, aldrig namn, personnummer, e-postadresser eller "
        "telefonnummer i filerna; en fil med sådana avvisas hel. Den enda personuppgiften är e-postadressen "
        "till den som läste in en fil, rapporterade för en kommun eller godkände en rapport: liggaren sparar "
        "den för att det ska gå att se vem som ändrade en siffra. Den visas bara för länsstyrelsens "
        "administratörer på sidan Inläsning, aldrig för läsare, och finns inte i lagret som sidorna läser. "
        "Inloggningen sköts av organisationens egen inloggningstjänst; panelen sparar inga lösenord.",
        "en": "The dashboard accepts counts and amounts only, never names, personal identity numbers, e-mail "
        "addresses or phone numbers in the files; a file holding any is refused whole. The one personal datum "
        "is the e-mail address of whoever loaded a file, reported for a municipality or accepted a report: the "
        "ledger keeps it so that who changed a figure can be seen. Only the county board's administrators see "
        "it, on the Upload page, never viewers, and the warehouse the pages read does not hold it. Sign-in is "
        "handled by the organisation's own identity service; the dashboard keeps no passwords.",
    },
    "cap.method.batches_none": {"sv": "Inga filer har lästs in ännu.", "en": "No files have been loaded yet."},
    "cap.method.col.rows": {"sv": "Rader", "en": "Rows"},
    "cap.method.col.date": {"sv": "Datum", "en": "Date"},
    "cap.origin.reference": {"sv": "Verklig (referens)", "en": "Real (reference)"},
    "cap.origin.example": {"sv": "Exempeldata", "en": "Example data"},
    "cap.origin.loaded": {"sv": "Inläst", "en": "Loaded"},
    # definitions of the indicators
    "cap.def.fte_role": {
        "sv": "Summan av de årsarbetare kommunen rapporterat med rollen (brottsförebyggande samordnare respektive "
        "ANDT-samordnare) för året. En delad tjänst räknas med den andel kommunen själv rapporterar.",
        "en": "The sum of the FTE the municipality reported with the role (crime-prevention coordinator or ANDT "
        "coordinator) for the year. A shared post counts with the share the municipality itself reports.",
    },
    "cap.def.fte_total": {
        "sv": "Summan av alla rapporterade samordnartjänster: brott, ANDT och annan roll.",
        "en": "The sum of all reported coordinator posts: crime prevention, ANDT and other roles.",
    },
    "cap.def.fte_per_10k": {"sv": "Årsarbetare totalt / folkmängd × 10 000.", "en": "Total FTE / population × 10,000."},
    "cap.def.funding_per_inhabitant": {
        "sv": "Alla rapporterade belopp (alla finansiärer och områden) / folkmängd; också per källa: kommunen, "
        "Folkhälsomyndigheten, länsstyrelsen, Brå, annan.",
        "en": "All reported amounts (every funder and area) / population; also by source: the municipality, the "
        "Public Health Agency, the county administrative board, Brå, other.",
    },
    "cap.def.funding_external_share": {
        "sv": "Den del av finansieringen som inte kommer ur kommunens egen budget.",
        "en": "The part of the funding that does not come from the municipality's own budget.",
    },
    "cap.def.participants_per_1000": {
        "sv": "Deltagare från kommunen vid årets regionala träffar / folkmängd × 1 000.",
        "en": "Participants from the municipality at the year's regional events / population × 1,000.",
    },
    "cap.def.events_attended_share": {
        "sv": "Antal av årets regionala evenemang som kommunen skickade minst en deltagare till / antal regionala "
        "evenemang det året.",
        "en": "Number of the year's regional events the municipality sent at least one participant to / number of "
        "regional events that year.",
    },
    "cap.def.partners": {
        "sv": "Andra kommuner som kommunen har en dokumenterad gemensam överenskommelse med som gäller året, eller "
        "delar en samordnartjänst med det året.",
        "en": "Other municipalities with which the municipality has a documented joint agreement in force that year, "
        "or shares a coordinator post that year.",
    },
    "cap.def.police": {
        "sv": "I kraft: ett daterat medborgarlöfte eller en samverkansöverenskommelse med polisen täcker året. "
        "Odaterat avtal: ett avtal utan känd period, eller före slutåret i en period vars början är okänd. "
        "Perioden tas ur källans text, stycke för stycke (”2016; 2018; 2024-2027” täcker inte 2019–2023).",
        "en": "In force: a dated citizen pledge or cooperation agreement with the police covers the year. Undated "
        "agreement: one without a known period, or before the last year of a period whose start is unknown. "
        "The period is read from the source's text, piece by piece (“2016; 2018; 2024-2027” does not cover "
        "2019–2023).",
    },
    "cap.def.law": {
        "sv": "De tre delarna enligt Lag (2023:196): samordnande funktion, lägesbild, åtgärdsplan, som "
        "kommunen rapporterat dem (ja/nej).",
        "en": "The three parts under the Act (2023:196): coordinating function, situation picture, action "
        "plan, as the municipality reported them (yes/no).",
    },
    "cap.def.population": {
        "sv": "SCB:s folkmängd den 31 december. För ett år utan siffra används senaste tidigare år.",
        "en": "Statistics Sweden's population on 31 December. For a year without a figure, the "
        "latest earlier year's is used.",
    },
    "cap.def.density": {
        "sv": "Folkmängd / kommunens yta i km² (kommungränser från SCB).",
        "en": "Population / the municipality's area in km² (boundaries from Statistics Sweden).",
    },
    "cap.def.gap": {
        "sv": "Årsarbetare totalt − behovsnorm; också som andel av normen.",
        "en": "Total FTE − need norm; also as a share of the norm.",
    },
    "cap.def.index": {
        "sv": "Vägt medelvärde av sex delar, 0–100: se Kapacitetsindex nedan.",
        "en": "Weighted mean of six parts, 0–100: see Capacity index below.",
    },
    "cap.def.missing_staffing": {
        "sv": "Ingen rapport för året: ”ej rapporterat”, aldrig 0. En rapport med 0 åa visas som 0.",
        "en": "No report for the year: “not reported”, never 0. A report of 0 FTE shows 0.",
    },
    "cap.def.missing_funding": {
        "sv": "Ingen rapporterad finansiering: ej rapporterat. En finansiär utan belopp ett rapporterat år: 0 kr.",
        "en": "No funding reported: not reported. A funder without an amount in a reported year: SEK 0.",
    },
    "cap.def.missing_funding_share": {
        "sv": "Ej rapporterat när finansieringen saknas eller är 0 kr.",
        "en": "Not reported when the funding is missing or SEK 0.",
    },
    "cap.def.missing_events": {
        "sv": "Ett år utan regionala evenemang: saknas. Ett år med evenemang som kommunen inte deltog i: 0.",
        "en": "A year without regional events: missing. A year with events the municipality did not attend: 0.",
    },
    "cap.def.missing_partners": {
        "sv": "0 betyder inga dokumenterade partner; förteckningen kan vara ofullständig.",
        "en": "0 means no documented partners; the list may be incomplete.",
    },
    "cap.def.missing_police": {
        "sv": "Inget avtal i källorna visas som ”inget dokumenterat”, inte som ”nej”.",
        "en": "No agreement in the sources shows as “none documented”, not as “no”.",
    },
    "cap.def.missing_law": {
        "sv": "Ingen rapport, eller en tom del: ej rapporterat.",
        "en": "No report, or an empty part: not reported.",
    },
    "cap.def.missing_population": {
        "sv": "Ingen siffra för året eller något år före: saknas, och inga kvoter beräknas.",
        "en": "No figure for the year or any year before: missing, and no ratios are computed.",
    },
    "cap.def.missing_gap": {
        "sv": "Saknas när bemanningen inte rapporterats.",
        "en": "Missing when the staffing is not reported.",
    },
    "cap.def.missing_index": {
        "sv": "Saknade delar lämnas utanför; under halva vikten: saknas.",
        "en": "Missing parts are left out; below half the weight: missing.",
    },
    # data sets
    "cap.dataset.staffing": {"sv": "Bemanning", "en": "Staffing"},
    "cap.dataset.staffing_population": {"sv": "Bemanning, befolkning", "en": "Staffing, population"},
    "cap.dataset.funding": {"sv": "Finansiering", "en": "Funding"},
    "cap.dataset.funding_population": {"sv": "Finansiering, befolkning", "en": "Funding, population"},
    "cap.dataset.attendance": {"sv": "Deltagande vid evenemang", "en": "Attendance at events"},
    "cap.dataset.events": {"sv": "Evenemang", "en": "Events"},
    "cap.dataset.collaborations": {
        "sv": "Samverkan, bemanning (delade tjänster)",
        "en": "Collaborations, staffing (shared posts)",
    },
    "cap.dataset.police_agreements": {"sv": "Polisavtal", "en": "Police agreements"},
    "cap.dataset.law_status": {"sv": "Lagstatus (Lag 2023:196)", "en": "Legal status (Act 2023:196)"},
    "cap.dataset.population": {"sv": "Befolkning", "en": "Population"},
    "cap.dataset.population_boundaries": {"sv": "Befolkning, kommungränser", "en": "Population, boundaries"},
    "cap.dataset.municipalities": {"sv": "Kommuner och gränser", "en": "Municipalities and boundaries"},
    "cap.dataset.police_areas": {"sv": "Lokalpolisområden", "en": "Local police areas"},
    "cap.dataset.all": {"sv": "Alla ovan", "en": "All of the above"},
    "cap.dataset.crime": {"sv": "Anmälda brott (Brå)", "en": "Reported crimes (Brå)"},
    "cap.dataset.kolada": {"sv": "Kolada (RKA)", "en": "Kolada (RKA)"},
    "cap.dataset.crime_kolada": {
        "sv": "Anmälda brott (Brå), annars Kolada; befolkning",
        "en": "Reported crimes (Brå), else Kolada; population",
    },
    "cap.def.crimes_per_100k": {
        "sv": "Brå:s anmälda brott per 100 000 invånare som filen anger; saknas talet: antalet delat med SCB:s "
        "folkmängd × 100 000; finns inget från Brå: Kolada:s N07540.",
        "en": "Brå's reported crimes per 100,000 inhabitants as the file gives it; without that figure: the count "
        "divided by SCB's population × 100,000; with nothing from Brå: Kolada's N07540.",
    },
    "cap.def.missing_crimes": {
        "sv": "”ej inläst” när varken Brå:s fil eller Kolada finns för året; ett värde Kolada markerar som "
        "saknat förblir saknat (aldrig 0) och dess status visas.",
        "en": "“not loaded” when neither Brå's file nor Kolada is there for the year; a value Kolada marks as "
        "missing stays missing (never 0) and its status is shown.",
    },
    "cap.method.crime_heading": {
        "sv": "Anmälda brott: behovet bredvid kapaciteten",
        "en": "Reported crimes: the need beside the capacity",
    },
    "cap.method.crime_text": {
        "sv": "**Källor.** Brå publicerar varje år en CSV-fil med anmälda brott per kommun (*Anmälda brott i "
        "kommunerna*). För 2023 och senare har filen rubrikerna Kommun;Antal;Per 100 000 inv.; filen för 2021 "
        "har ingen rubrikrad, kommunnamn i genitiv och rader för stadsdelar (de hoppas över och räknas). **För "
        "2015–2020 och 2022 finns ingen sådan fil per kommun**: de åren finns i Brå:s statistikdatabas "
        "(bra.se, Statistik, Kriminalstatistik), och i Kolada som nyckeltal N07540 (samtliga anmälda brott per "
        "100 000 invånare) och N07403 (anmälda våldsbrott per 100 000 invånare).\n\n"
        "**Vad talen betyder.** Brotten räknas i den kommun där brottet begicks, inte där den misstänkte eller "
        "brottsoffret bor: en kommun med en stor handelsplats eller ett evenemang får fler. Statistiken är "
        "jämförbar mellan kommuner **från 2015**; äldre år läses inte in för jämförelse. Ett anmält brott är inte "
        "ett konstaterat brott, och anmälningsbenägenheten skiljer sig mellan brottstyper och orter.\n\n"
        "**Så läses de in.** På sidan Inläsning, eller `python -m etl load crime FIL.csv [--year ÅR]` (året tas "
        "ur filnamnet) och `python -m etl kolada --kpi N07540,N07403 --years 2015-2025`: det enda kommando som "
        "gör ett anrop ut på nätet, och bara när någon kör det. Varje inläsning blir en sats i liggaren och kan "
        "ångras.",
        "en": "**Sources.** Brå publishes a CSV file of reported crimes per municipality every year (*Anmälda brott "
        "i kommunerna*). For 2023 and later the file has the headers Kommun;Antal;Per 100 000 inv.; the 2021 file "
        "has no header row, municipality names in the genitive and rows for city districts (they are skipped and "
        "counted). **For 2015–2020 and 2022 there is no such file per municipality**: those years are in Brå's "
        "statistics database (bra.se, Statistik, Kriminalstatistik), and in Kolada as the KPIs N07540 (all "
        "reported crimes per 100,000 inhabitants) and N07403 (reported violent crimes per 100,000).\n\n"
        "**What the figures mean.** Crimes are counted in the municipality where they were committed, not where "
        "the suspect or the victim lives: a municipality with a large shopping centre or an event gets more. The "
        "statistics are comparable between municipalities **from 2015**. A reported crime is not a proven crime, "
        "and the readiness to report differs between kinds of crime and places.\n\n"
        "**How they are loaded.** On the Upload page, or `python -m etl load crime FILE.csv [--year YEAR]` (the "
        "year is taken from the file name) and `python -m etl kolada --kpi N07540,N07403 --years 2015-2025`: the "
        "one command that makes a request beyond the machine, and only when someone runs it. Every load is a "
        "batch of the ledger and can be undone.",
    },
    "cap.method.norm_crimes_text": {
        "sv": "*Ett valfritt tillägg för behovet.* Normen kan få ett tredje led, **{crimes} åa per 1 000 anmälda "
        "brott** (standard 0: av). Med det påslaget växer normen med kommunens anmälda brott (Brå:s antal, "
        "annars Kolada:s N07540 × folkmängden / 100 000). En kommun utan inlästa anmälda brott för året får då "
        "ingen norm och inget gap (”anmälda brott saknas”), aldrig ett tillägg på noll. Ändra det i sidopanelen; "
        "länken bär det som `?norm_brott=…`. *Exempel:* med 0,10 åa per 1 000 brott får en kommun med 3 000 "
        "invånare och 150 anmälda brott 1,0 + 0,06 + 0,015 = 1,075 åa.",
        "en": "*An optional addition for need.* The norm can have a third term, **{crimes} FTE per 1,000 reported "
        "crimes** (default 0: off). With it on, the norm grows with the municipality's reported crimes (Brå's "
        "count, else Kolada's N07540 × population / 100,000). A municipality without reported crimes loaded for "
        "the year then has no norm and no gap (“reported crimes missing”), never an addition of zero. Change it "
        "in the sidebar; the link carries it as `?norm_brott=…`. *Example:* at 0.10 FTE per 1,000 crimes, a "
        "municipality of 3,000 inhabitants with 150 reported crimes gets 1.0 + 0.06 + 0.015 = 1.075 FTE.",
    },
}
