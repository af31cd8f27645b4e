"""What a loadable file of each KIND holds: its canonical columns, the headers
Swedish offices write instead, the values allowed and the key that identifies a row.

This is the one definition of a kind. The validator, the warehouse's staging tables (their
types, keys and checks: etl/schema.py), the ledger's row tables, the templates and the
example-data writer all read it, so that what validation accepts the schema accepts too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    name: str  # canonical header
    kind: str  # municipality | year | number | integer | text | date | choice | bool | municipalities
    required: bool = True  # the column must be present
    aliases: tuple[str, ...] = ()  # other headers accepted (compared without case and accents)
    choices: dict[str, str] = field(default_factory=dict)  # accepted spelling -> stored code
    max_value: float | None = None  # above this a value is absurd
    min_value: float | None = None  # below this a value is impossible (numbers: 0 unless said otherwise)
    nullable: bool = False  # an empty cell is allowed
    example: str = ""  # the value in the template's example row
    stored_as: str = ""  # the staging table's column (default: the canonical name)
    default: str | None = None  # stored code when the column is absent or the cell empty

    @property
    def column_name(self) -> str:
        return self.stored_as or self.name

    @property
    def lowest(self) -> float | None:
        """The smallest allowed number: min_value, else 0 (no count or amount is negative)."""
        if self.kind not in ("number", "integer"):
            return None
        return 0 if self.min_value is None else self.min_value


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    # the key columns that say which municipality and year a row is about: a loaded row for a
    # municipality and year makes the example rows of the same kind, municipality and year step aside
    step_aside: tuple[str, ...] = ()
    # how a file of the kind is read: "sheet" (CSV/XLSX with headers, etl/validate.py), or the reader
    # of a public source as it publishes its data ("bra": Brå's CSV, "kolada": a Kolada API response)
    reader: str = "sheet"

    def column(self, name: str) -> Column:
        return next(col for col in self.columns if col.name == name)

    @property
    def stored_columns(self) -> tuple[Column, ...]:
        """The columns that land in the staging table (a member list has a table of its own)."""
        return tuple(column for column in self.columns if column.kind != "municipalities")

    @property
    def key_columns(self) -> tuple[str, ...]:
        """The key as staging column names."""
        return tuple(self.column(name).column_name for name in self.key)


MUNICIPALITY_ALIASES = ("kommun", "kommunkod", "kommun_kod", "kommunnamn", "kod", "municipality_code", "kommun kod")

ROLE_CHOICES = {
    "brott": "brott",
    "brottsförebyggande samordnare": "brott",
    "brottsförebyggande": "brott",
    "brå-samordnare": "brott",
    "bf-samordnare": "brott",
    "crime prevention coordinator": "brott",
    "andt": "andt",
    "andt-samordnare": "andt",
    "andts-samordnare": "andt",
    "andts": "andt",
    "andt coordinator": "andt",
    "annan": "annan",
    "annat": "annan",
    "other": "annan",
}
TOPIC_CHOICES = {
    "brott": "brott",
    "brottsförebyggande": "brott",
    "crime": "brott",
    "andt": "andt",
    "andts": "andt",
    "båda": "bada",
    "bada": "bada",
    "both": "bada",
    "brott+andt": "bada",
    "brott och andt": "bada",
    "brott/andt": "bada",
}
FUNDER_CHOICES = {
    "fohm": "fohm",
    "folkhälsomyndigheten": "fohm",
    "fhm": "fohm",
    "lansstyrelsen": "lansstyrelsen",
    "länsstyrelsen": "lansstyrelsen",
    "lst": "lansstyrelsen",
    "county administrative board": "lansstyrelsen",
    "bra": "bra",
    "brå": "bra",
    "brottsförebyggande rådet": "bra",
    "kommun": "kommun",
    "kommunen": "kommun",
    "egen budget": "kommun",
    "kommunens budget": "kommun",
    "egen": "kommun",
    "own budget": "kommun",
    "annan": "annan",
    "annat": "annan",
    "other": "annan",
}
QUALITY_CHOICES = {"primary": "primary", "primär": "primary", "secondary": "secondary", "sekundär": "secondary"}

# Hard limits beyond which a value is not a typing slip but absurd.
MAX_FTE = 20
MAX_PARTICIPANTS = 5000
MAX_AMOUNT_SEK = 100_000_000
MAX_POPULATION = 2_000_000
MAX_CRIMES = 1_000_000

# Lag (2023:196): when each part was decided or published, and where it can be read (optional)
LAW_PARTS = {"coordinating_function": "samordningsfunktion", "lagesbild": "lägesbild", "atgardsplan": "åtgärdsplan"}
LAW_DATES_AND_LINKS = tuple(
    column
    for part, swedish in LAW_PARTS.items()
    for column in (
        Column(f"{part}_date", "date", required=False, nullable=True, aliases=(f"{swedish} datum",), example=""),
        Column(f"{part}_link", "url", required=False, nullable=True, aliases=(f"{swedish} länk",), example=""),
    )
)

KINDS: dict[str, Kind] = {
    "staffing": Kind(
        name="staffing",
        table="staging.staffing",
        key=("municipality", "year", "role"),
        step_aside=("municipality", "year"),
        columns=(
            Column(
                "municipality",
                "municipality",
                aliases=MUNICIPALITY_ALIASES,
                example="Malå",
                stored_as="municipality_code",
            ),
            Column("year", "year", aliases=("år", "ar", "verksamhetsår"), example="2024"),
            Column(
                "role",
                "choice",
                aliases=("roll", "funktion", "tjänst"),
                choices=ROLE_CHOICES,
                example="ANDT-samordnare",
            ),
            Column(
                "fte",
                "number",
                aliases=("årsarbetare", "heltidsekvivalenter", "tjänstgöringsgrad", "åa"),
                max_value=MAX_FTE,
                example="0,5",
            ),
            Column(
                "funded_by",
                "choice",
                required=False,
                nullable=True,
                choices=FUNDER_CHOICES,
                aliases=("finansiär", "finansieras av", "finansiering"),
                example="Kommunen",
            ),
            Column(
                "shared_with",
                "municipality",
                required=False,
                nullable=True,
                aliases=("delad med", "delas med", "delad tjänst med", "shared_with_code"),
                example="Norsjö",
                stored_as="shared_with_code",
            ),
        ),
    ),
    "events": Kind(
        name="events",
        table="staging.events",
        key=("event_id",),
        columns=(
            Column(
                "event_id",
                "text",
                aliases=("id", "evenemangs-id", "evenemang id", "evenemangsid"),
                example="2024-inspirationsdag",
            ),
            Column("date", "date", aliases=("datum",), example="2024-10-17", stored_as="event_date"),
            Column(
                "title",
                "text",
                aliases=("titel", "rubrik", "namn på evenemang"),
                example="Inspirationsdag för mindre kommuner",
            ),
            Column("event_type", "text", aliases=("typ", "evenemangstyp", "event_type"), example="inspirationsdag"),
            Column(
                "organiser",
                "text",
                aliases=("arrangör", "organisatör", "arrangor"),
                example="Länsstyrelsen Västerbotten",
            ),
            Column(
                "host",
                "municipality",
                required=False,
                nullable=True,
                aliases=("värdkommun", "värd", "host_municipality", "host_municipality_code"),
                example="Malå",
                stored_as="host_code",
            ),
            Column("topic", "choice", aliases=("ämne", "område", "inriktning"), choices=TOPIC_CHOICES, example="båda"),
            Column("source", "text", required=False, nullable=True, aliases=("källa",), example=""),
        ),
    ),
    "attendance": Kind(
        name="attendance",
        table="staging.attendance",
        key=("event_id", "municipality"),
        # the year is the event's: a municipality's loaded attendance for a year replaces the example's
        step_aside=("municipality", "event_year"),
        columns=(
            Column(
                "event_id",
                "event",
                aliases=("evenemang", "evenemangs-id", "id", "evenemangsid"),
                example="2024-inspirationsdag",
            ),
            Column(
                "municipality",
                "municipality",
                aliases=MUNICIPALITY_ALIASES,
                example="Malå",
                stored_as="municipality_code",
            ),
            Column(
                "participants",
                "integer",
                aliases=("deltagare", "antal deltagare", "antal"),
                max_value=MAX_PARTICIPANTS,
                example="4",
            ),
        ),
    ),
    "funding": Kind(
        name="funding",
        table="staging.funding",
        key=("municipality", "year", "funder", "area"),
        step_aside=("municipality", "year"),
        columns=(
            Column(
                "municipality",
                "municipality",
                aliases=MUNICIPALITY_ALIASES,
                example="Malå",
                stored_as="municipality_code",
            ),
            Column("year", "year", aliases=("år", "ar"), example="2024"),
            Column(
                "funder",
                "choice",
                aliases=("källa", "finansiär", "bidragsgivare", "source"),
                choices=FUNDER_CHOICES,
                example="Länsstyrelsen",
            ),
            Column(
                "area",
                "choice",
                required=False,
                aliases=("område", "ämne", "inriktning"),
                choices=TOPIC_CHOICES,
                example="brott",
                default="bada",
            ),
            Column(
                "amount_sek",
                "number",
                aliases=("belopp", "belopp (kr)", "belopp kr", "belopp sek", "kronor", "amount"),
                max_value=MAX_AMOUNT_SEK,
                example="150 000",
            ),
        ),
    ),
    "collaborations": Kind(
        name="collaborations",
        table="staging.collaborations",
        key=("collaboration_id",),
        columns=(
            Column(
                "collaboration_id",
                "text",
                required=False,
                nullable=True,
                aliases=("id", "samverkans-id"),
                example="lappland-2024",
            ),
            Column(
                "municipalities",
                "municipalities",
                aliases=("kommuner", "municipality_codes", "kommunkoder", "parter"),
                example="Malå|Norsjö|Sorsele",
            ),
            Column("kind", "text", aliases=("typ", "slag", "samverkansform"), example="gemensam samordnare"),
            Column(
                "start",
                "date",
                aliases=("från", "startdatum", "start_date"),
                example="2024-01-01",
                stored_as="start_date",
            ),
            Column(
                "end",
                "date",
                required=False,
                nullable=True,
                aliases=("till", "slut", "slutdatum", "end_date"),
                example="",
                stored_as="end_date",
            ),
            Column("detail", "text", required=False, nullable=True, aliases=("beskrivning", "kommentar"), example=""),
            Column("source", "text", required=False, nullable=True, aliases=("källa",), example=""),
        ),
    ),
    "population": Kind(
        name="population",
        table="staging.population",
        key=("municipality", "year"),
        step_aside=("municipality", "year"),
        columns=(
            Column(
                "municipality",
                "municipality",
                aliases=MUNICIPALITY_ALIASES,
                example="Malå",
                stored_as="municipality_code",
            ),
            Column("year", "year", aliases=("år", "ar"), example="2024"),
            Column(
                "population",
                "integer",
                aliases=("folkmängd", "befolkning", "invånare", "antal invånare"),
                max_value=MAX_POPULATION,
                min_value=1,
                example="2962",
            ),
            Column(
                "quality",
                "choice",
                required=False,
                choices=QUALITY_CHOICES,
                aliases=("kvalitet",),
                example="primary",
                default="primary",
            ),
            Column("source", "text", aliases=("källa",), example="SCB, Folkmängd 31 december 2024"),
        ),
    ),
    "law_status": Kind(
        name="law_status",
        table="staging.law_status",
        key=("municipality", "year"),
        step_aside=("municipality", "year"),
        columns=(
            Column(
                "municipality",
                "municipality",
                aliases=MUNICIPALITY_ALIASES,
                example="Malå",
                stored_as="municipality_code",
            ),
            Column("year", "year", aliases=("år", "ar"), example="2024"),
            Column(
                "coordinating_function",
                "bool",
                nullable=True,
                aliases=("samordningsfunktion", "samordnande funktion"),
                example="ja",
            ),
            Column("lagesbild", "bool", nullable=True, aliases=("lägesbild",), example="ja"),
            Column("atgardsplan", "bool", nullable=True, aliases=("åtgärdsplan",), example="nej"),
            *LAW_DATES_AND_LINKS,
        ),
    ),
}

# Public sources of need, read as they publish their data (etl/bra.py, etl/kolada.py)
KINDS["crime"] = Kind(
    name="crime",
    table="staging.crime",
    key=("municipality", "year"),
    reader="bra",
    columns=(
        Column("municipality", "municipality", stored_as="municipality_code", example="Arjeplog"),
        Column("year", "year", example="2024"),
        Column("reported_crimes", "integer", max_value=MAX_CRIMES, example="402"),
        Column("per_100k", "number", required=False, nullable=True, max_value=MAX_CRIMES, example="14224"),
        Column("source", "text", example="Brå, anmälda brott i kommunerna 2024.csv"),
    ),
)
KINDS["kolada"] = Kind(
    name="kolada",
    table="staging.kolada",
    key=("kpi", "municipality", "year"),
    reader="kolada",
    columns=(
        Column("kpi", "text", example="N07540"),
        Column("municipality", "municipality", stored_as="municipality_code", example="Arjeplog"),
        Column("year", "year", example="2024"),
        # a missing value stays missing: Kolada never writes it as 0
        Column("value", "number", required=False, nullable=True, min_value=-1e9, max_value=1e9, example="14224"),
        Column("status", "text", required=False, nullable=True, example=""),
        Column("count", "integer", required=False, nullable=True, max_value=1e9, example="1"),
        Column("source", "text", example="Kolada (RKA), N07540"),
    ),
)
SHEET_KINDS = tuple(name for name, kind in KINDS.items() if kind.reader == "sheet")

# Headers that announce personal data: a file with one of them is refused outright, even when the column
# would not be used (the original file is kept in the ledger). Matched as whole words against the header
# folded (lower case, no accents) with its punctuation as spaces: "E-postadress" is "e postadress".
PERSONAL_DATA_HEADER_WORDS = (
    r"personn(?:umme)?r",
    r"pnr",
    r"samordningsnummer",
    r"personal identity(?: number)?",
    r"social security(?: number)?",
    r"fodelse(?:datum|dag|ar)",
    r"date of birth",
    r"e ?post\w*",
    r"e ?mail\w*",
    r"mejl\w*",
    r"mail\w*",
    r"telefon(?:nummer|nr)?",
    r"tel",
    r"tfn",
    r"mobil(?:nummer|nr|telefon)?",
    r"mobile(?: phone)?",
    r"phone(?: number)?",
    r"kontaktperson\w*",
    r"contact person\w*",
    r"(?:gatu|hem|bostads|post)?adress(?:er)?",
    r"(?:home|street|postal) address",
    r"fornamn",
    r"efternamn",
    r"tilltalsnamn",
    r"mellannamn",
    r"deltagarnamn",
    r"deltagarens namn",
    r"kontaktnamn",
    r"personnamn",
    r"fullstandigt namn",
    r"(?:first|last|full|participant) name",
    r"surname",
)
# "Namn" or "name" alone is a person's name, unless the header says what else is named: the name of an
# event, a municipality, a project ("Namn på evenemang", "Kommunens namn").
NAMED_THINGS = (
    "kommun",
    "municipalit",
    "evenemang",
    "event",
    "aktivitet",
    "activit",
    "projekt",
    "project",
    "organisation",
    "organization",
    "arrangor",
    "organiser",
    "forvaltning",
    "myndighet",
    "verksamhet",
    "insats",
    "program",
    "samverkan",
    "natverk",
    "lan",
    "county",
    "fil",
    "file",
    "kpi",
)
