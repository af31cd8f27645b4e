"""Writes EXAMPLE data (invented from a fixed seed, not real) for every loadable kind but population,
shaped by real facts: municipality sizes, the yearly inspiration day since 2012, Lag (2023:196).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from core.config import Scope
from etl import reference
from etl.kinds import KINDS

SAMPLE_KINDS = ("staffing", "events", "attendance", "funding", "collaborations", "law_status")
EXAMPLE_SOURCE = "Exempeldata (påhittad, inte verklig)"

NORTHERN_COUNTIES = {"24": "Västerbotten", "25": "Norrbotten"}
BOTH_COUNTY_BOARDS = "Länsstyrelsen Västerbotten och Länsstyrelsen Norrbotten"
COUNTY_SEATS = {"24": "2480", "25": "2580"}

SMALL_POPULATION = 10_000
# A municipality without any population figure (outside the two counties) counts as mid-sized.
ASSUMED_POPULATION = 15_000
LARGE_TOWNS = {"2480", "2580"}  # Umeå, Luleå
REGIONAL_CENTRES = {"2482", "2581", "2582", "2584", "2523"}  # Skellefteå, Piteå, Boden, Kiruna, Gällivare

# FTE is counted in steps of 0.05, the finest share real posts are split into.
STEPS_PER_FTE = 20
MAX_STEPS = {"small": 30, "mid": 50, "centre": 50, "large": 100}
# Lag (2023:196) came into force on 1 July 2023: half a year's growth in 2023, all of it after.
LAW_YEAR = 2023
# The county boards' regional crime-prevention money started in 2017.
REGIONAL_MONEY_YEAR = 2017
UNREPORTED_SHARE = 0.05

# The 2016 inspiration day was the fifth in a row (events_known.csv).
FIRST_INSPIRATION_DAY = 2012
INSPIRATION_DAY_TITLE = "Inspirationsdag för mindre kommuner"
EASTERN_NORRBOTTEN = ("2513", "2514", "2518", "2521", "2583")  # Överkalix, Kalix, Övertorneå, Pajala, Haparanda
# The pandemic years: regional meetings were held online, without a host.
DIGITAL_YEARS = {2020, 2021}


@dataclass(frozen=True)
class Place:
    code: str
    county: str
    population: int

    @property
    def size(self) -> str:
        if self.code in LARGE_TOWNS:
            return "large"
        if self.code in REGIONAL_CENTRES:
            return "centre"
        return "small" if self.population < SMALL_POPULATION else "mid"


@dataclass(frozen=True)
class Post:
    steps: int
    funded_by: str
    shared_with: str = ""


@dataclass(frozen=True)
class SharedPost:
    partners: tuple[str, str]
    role: str
    first_year: int
    last_year: int
    steps: tuple[int, int]


SHARED_POSTS = (
    SharedPost(("2418", "2417"), "andt", 2016, 2020, (10, 10)),  # Malå & Norsjö
    SharedPost(("2422", "2421"), "andt", 2017, 2021, (8, 12)),  # Sorsele & Storuman
    SharedPost(("2506", "2505"), "andt", 2016, 2025, (8, 12)),  # Arjeplog & Arvidsjaur
    SharedPost(("2513", "2514"), "brott", 2024, 2025, (6, 14)),  # Överkalix & Kalix
    SharedPost(("2403", "2460"), "brott", 2020, 2025, (8, 12)),  # Bjurholm & Vännäs
)


@dataclass(frozen=True)
class Event:
    event_id: str
    date: dt.date
    title: str
    event_type: str
    organiser: str
    host: str
    topic: str
    invited: tuple[str, ...]


class ReferenceEvent(NamedTuple):
    county: str
    date: dt.date
    event_type: str
    host: str
    invited: tuple[str, ...] | None  # None: every municipality of the two counties

    @property
    def event_id(self) -> str:
        return f"{self.date.isoformat()}-{self.event_type}"


# Documented in data/reference/events_known.csv and loaded from there: this module adds attendance only.
REFERENCE_EVENTS = (
    ReferenceEvent("24", dt.date(2016, 10, 31), "inspirationsdag", "2418", None),
    ReferenceEvent("25", dt.date(2017, 10, 4), "nätverksträff", "2514", EASTERN_NORRBOTTEN),
)

EXAMPLE_COLLABORATIONS = (
    (
        "ex-sodra-lappland-andt-natverk",
        ("2421", "2422", "2425", "2462", "2463"),
        "gemensamt ANDT-nätverk",
        "2018-01-01",
        "2022-12-31",
        "ANDT-samordnarna i Södra Lappland träffas varje månad och delar material.",
    ),
    (
        "ex-ostra-norrbotten-lagesbild",
        EASTERN_NORRBOTTEN,
        "gemensamt arbete med lägesbild",
        "2024-01-01",
        "",
        "Kommunerna i östra Norrbotten tar fram en gemensam lägesbild enligt lag (2023:196).",
    ),
    (
        "ex-kusten-alkoholservering",
        ("2401", "2409", "2480", "2482"),
        "gemensam utbildning",
        "2019-01-01",
        "2021-12-31",
        "Kustkommunerna ordnar utbildningen Ansvarsfull alkoholservering tillsammans.",
    ),
    (
        "ex-pitea-alvdal-tillsyn",
        ("2505", "2506", "2560", "2581"),
        "gemensam tillsyn av alkohol och tobak",
        "2020-01-01",
        "",
        "Kommunerna i Piteå älvdal delar tillsynshandläggare för alkohol och tobak.",
    ),
    (
        "ex-lulea-boden-trygghet",
        ("2580", "2582"),
        "gemensam trygghetsmätning",
        "2021-01-01",
        "2023-12-31",
        "Luleå och Boden gör en gemensam trygghetsmätning med polisen.",
    ),
)

# Share of municipalities with each part of Lag (2023:196) in place:
# (coordinating function, lägesbild, åtgärdsplan).
LAW_COMPLIANCE = {2023: (0.4, 0.25, 0.1), 2024: (0.8, 0.65, 0.45), 2025: (0.95, 0.85, 0.75)}
UNKNOWN_LAW_CELL = 0.05


def write_sample(out_dir: Path, scope: Scope, all_municipalities: bool = False, seed: int = 2016) -> dict[str, Path]:
    """Write the example CSV files into out_dir; the same arguments always give the same bytes."""
    places = _places(scope, all_municipalities)
    years = range(scope.example_first_year, scope.example_last_year + 1)
    posts = _staffing_plan(places, years, seed)
    events, reference_events = _events(places, scope, years, seed)
    tables = {
        "staffing": _staffing_rows(posts, seed),
        "events": [_event_row(event) for event in events],
        "attendance": _attendance_rows(events + reference_events, places, scope.example_last_year, seed),
        "funding": _funding_rows(posts, seed),
        "collaborations": _collaboration_rows(places),
        "law_status": _law_status_rows(places, years, posts, seed),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    return {kind: _write_csv(out_dir / f"{kind}.csv", kind, rows) for kind, rows in tables.items()}


def sample_files(out_dir: Path) -> dict[str, Path]:
    """The example files already present in out_dir, by kind."""
    return {kind: out_dir / f"{kind}.csv" for kind in SAMPLE_KINDS if (out_dir / f"{kind}.csv").exists()}


def _rng(seed: int, *parts: str) -> random.Random:
    # One generator per municipality (or event): adding municipalities leaves the others' figures unchanged.
    return random.Random("/".join([str(seed), *parts]))


def _places(scope: Scope, all_municipalities: bool) -> list[Place]:
    frame = reference.all_municipality_names() if all_municipalities else reference.municipalities(scope)
    populations = _latest_populations(scope.example_last_year)
    return [
        Place(code, county, populations.get(code, ASSUMED_POPULATION))
        for code, county in sorted(zip(frame["municipality_code"], frame["county_code"]))
    ]


@lru_cache(maxsize=4)
def _latest_populations(year: int) -> dict[str, int]:
    """Each municipality's population in `year`: the latest figure up to it, else the earliest one."""
    figures = reference.read_reference_csv("population_scb.csv")
    populations = {}
    for code, group in figures.groupby("municipality_code"):
        by_year = dict(zip(group["year"].astype(int), group["population"].astype(int)))
        earlier = [y for y in by_year if y <= year]
        populations[code] = by_year[max(earlier) if earlier else min(by_year)]
    return populations


# --- staffing -------------------------------------------------------------------------------


def _staffing_plan(places: list[Place], years: range, seed: int) -> dict[tuple[str, int], dict[str, Post]]:
    """The posts every municipality has each year, reported or not: staffing and funding both read it."""
    present = {place.code for place in places}
    shared = [post for post in SHARED_POSTS if set(post.partners) <= present]
    plan = {}
    for place in places:
        rng = _rng(seed, "staffing", place.code)
        brott, andt = _base_steps(place, rng)
        funders = {
            "brott": rng.choices(("kommun", "lansstyrelsen"), (8, 2))[0],
            "andt": rng.choices(("kommun", "fohm"), (8, 2))[0],
        }
        law_growth = _law_growth(place, brott, rng)
        base = walk = {"brott": brott, "andt": andt}
        for year in years:
            if year > years.start:
                walk = {role: _drift(walk[role], base[role], rng) for role in base}
            growth = law_growth if year > LAW_YEAR else law_growth // 2 if year == LAW_YEAR else 0
            posts = {
                "brott": Post(walk["brott"] + growth, _funder(funders["brott"], "brott", year)),
                "andt": Post(walk["andt"], funders["andt"]),
            }
            posts = _share_posts(posts, place.code, year, shared)
            plan[(place.code, year)] = _within_size(posts, MAX_STEPS[place.size])
    return plan


def _base_steps(place: Place, rng: random.Random) -> tuple[int, int]:
    """The FTE steps for (brott, andt) in the first year."""
    if place.size == "small":
        pattern = rng.choices(("one person for both", "separate", "andt only"), (4, 4, 2))[0]
        if pattern == "one person for both":
            total = rng.choice((10, 20))
            return total // 2, total - total // 2
        if pattern == "separate":
            return rng.choice((4, 5, 10)), rng.choice((5, 10, 15))
        return 0, rng.choice((5, 10, 20))
    if place.size == "mid":
        return rng.choice((5, 10, 15)), rng.choice((10, 15, 20))
    if place.size == "centre":
        return rng.choice((10, 15, 20)), rng.choice((10, 15, 20))
    return rng.choice((20, 30, 40)), rng.choice((25, 30, 40))


def _law_growth(place: Place, brott: int, rng: random.Random) -> int:
    if brott == 0:
        # a municipality without any crime-prevention post mostly creates one; a few do not
        return rng.choice((0, 4, 5, 10))
    return rng.choice({"small": (2, 4, 5), "mid": (4, 5, 10), "centre": (5, 10), "large": (10, 20)}[place.size])


def _drift(steps: int, base: int, rng: random.Random) -> int:
    """Posts change now and then by a step or two, never far from where they started."""
    if base == 0 or rng.random() > 0.2:
        return steps
    return min(base + 4, max(base - 2, steps + rng.choice((-2, -1, 1, 2))))


def _funder(funder: str, role: str, year: int) -> str:
    return "kommun" if role == "brott" and year < REGIONAL_MONEY_YEAR else funder


def _share_posts(posts: dict[str, Post], code: str, year: int, shared: list[SharedPost]) -> dict[str, Post]:
    for post in shared:
        if code in post.partners and post.first_year <= year <= post.last_year:
            side = post.partners.index(code)
            posts = {**posts, post.role: Post(post.steps[side], "kommun", post.partners[1 - side])}
    return posts


def _within_size(posts: dict[str, Post], max_steps: int) -> dict[str, Post]:
    """Trim the role that is not shared so the total stays within what a municipality this size has."""
    excess = sum(post.steps for post in posts.values()) - max_steps
    if excess <= 0:
        return posts
    role = "andt" if not posts["andt"].shared_with else "brott"
    trimmed = posts[role]
    return {**posts, role: Post(max(0, trimmed.steps - excess), trimmed.funded_by, trimmed.shared_with)}


def _unreported(seed: int, kind: str, code: str, year: int) -> bool:
    return _rng(seed, kind, "unreported", code, str(year)).random() < UNREPORTED_SHARE


def _staffing_rows(posts: dict[tuple[str, int], dict[str, Post]], seed: int) -> list[dict]:
    rows = []
    for (code, year), roles in posts.items():
        is_shared = any(post.shared_with for post in roles.values())
        # a shared post is reported by both partners, or the pair would not match
        if not is_shared and _unreported(seed, "staffing", code, year):
            continue
        for role, post in roles.items():
            rows.append(
                {
                    "municipality": code,
                    "year": str(year),
                    "role": role,
                    "fte": _fte_text(post.steps),
                    "funded_by": post.funded_by,
                    "shared_with": post.shared_with,
                }
            )
    return rows


def _fte_text(steps: int) -> str:
    return f"{steps / STEPS_PER_FTE:.2f}".rstrip("0").rstrip(".")


# --- funding --------------------------------------------------------------------------------


def _funding_rows(posts: dict[tuple[str, int], dict[str, Post]], seed: int) -> list[dict]:
    rows = []
    for (code, year), roles in posts.items():
        if _unreported(seed, "funding", code, year):
            continue
        rng = _rng(seed, "funding", code, str(year))
        amounts = _post_costs(roles, rng)
        for funder, area, amount in _grants(code, year, seed, rng):
            amounts.setdefault((funder, area), amount)
        rows += [
            {"municipality": code, "year": str(year), "funder": funder, "area": area, "amount_sek": str(amount)}
            for (funder, area), amount in amounts.items()
        ]
    return rows


def _post_costs(roles: dict[str, Post], rng: random.Random) -> dict[tuple[str, str], int]:
    """What the posts cost, by who pays: a full-time coordinator costs 600,000-700,000 SEK a year."""
    cost_per_fte = rng.randint(600, 700) * 1000
    brott, andt = roles["brott"], roles["andt"]
    if brott.funded_by == andt.funded_by == "kommun" and brott.steps == andt.steps:
        # one person doing both
        return {("kommun", "bada"): _round_sek((brott.steps + andt.steps) * cost_per_fte / STEPS_PER_FTE)}
    costs = {}
    for role, post in roles.items():
        if post.steps:
            cost = _round_sek(post.steps * cost_per_fte / STEPS_PER_FTE)
            costs[(post.funded_by, role)] = cost if post.funded_by == "kommun" else min(400_000, max(50_000, cost))
    return costs


def _grants(code: str, year: int, seed: int, rng: random.Random) -> list[tuple[str, str, int]]:
    """Project money besides the posts: Folkhälsomyndigheten (ANDT), the county board (2017+), Brå (rarely)."""
    grants = []
    if rng.random() < 0.15:
        grants.append(("fohm", "andt", rng.randrange(50, 251, 10) * 1000))
    receives_regional_money = _rng(seed, "funding", "regional money", code).random() < 0.35
    if receives_regional_money and year >= REGIONAL_MONEY_YEAR and rng.random() < 0.6:
        grants.append(("lansstyrelsen", rng.choice(("brott", "bada")), rng.randrange(50, 251, 10) * 1000))
    if rng.random() < 0.03:
        grants.append(("bra", "brott", rng.randrange(50, 401, 25) * 1000))
    return grants


def _round_sek(amount: float) -> int:
    return int(round(amount / 1000)) * 1000


# --- events and attendance ------------------------------------------------------------------


def _events(places: list[Place], scope: Scope, years: range, seed: int) -> tuple[list[Event], list[Event]]:
    """(example events to write, the reference events they sit beside): regional, so only the two counties."""
    northern = [place for place in places if place.county in NORTHERN_COUNTIES]
    if not northern:
        return [], []
    reference_events = _reference_events(northern, scope)
    # the real events keep their ids and the real inspiration day its year, also outside the scope
    taken = {event.event_id for event in REFERENCE_EVENTS}
    documented_years = {event.date.year for event in REFERENCE_EVENTS if event.event_type == "inspirationsdag"}
    invited = tuple(place.code for place in northern)
    events = []
    for year, host in _inspiration_hosts(northern, scope.example_last_year, seed).items():
        if year in documented_years:
            continue
        rng = _rng(seed, "events", "inspirationsdag", str(year))
        autumn_day = _weekday(dt.date(year, 9, 20) + dt.timedelta(rng.randrange(42)), (1, 2, 3))
        events.append(
            _event(
                autumn_day, INSPIRATION_DAY_TITLE, "inspirationsdag", BOTH_COUNTY_BOARDS, host, "bada", invited, taken
            )
        )
    for year in years:
        events += _regional_events(year, northern, _rng(seed, "events", "regional", str(year)), taken)
    return events, reference_events


def _reference_events(northern: list[Place], scope: Scope) -> list[Event]:
    present = [place.code for place in northern]
    return [
        Event(
            event.event_id,
            event.date,
            "",
            event.event_type,
            "",
            event.host,
            "",
            tuple(code for code in present if event.invited is None or code in event.invited),
        )
        for event in REFERENCE_EVENTS
        if scope.includes(event.county) and event.host in present
    ]


def _inspiration_hosts(northern: list[Place], last_year: int, seed: int) -> dict[int, str]:
    """A different small municipality every year, Västerbotten in even years and Norrbotten in odd."""
    rng = _rng(seed, "events", "hosts")
    reference_hosts = {event.host for event in REFERENCE_EVENTS if event.event_type == "inspirationsdag"}
    queues = {}
    for county in sorted({place.county for place in northern}):
        in_county = [place for place in northern if place.county == county]
        candidates = [p.code for p in in_county if p.size == "small" and p.code not in reference_hosts]
        queues[county] = candidates or [place.code for place in in_county]
        rng.shuffle(queues[county])
    hosts = {}
    for turn, year in enumerate(range(FIRST_INSPIRATION_DAY, last_year + 1)):
        county = "24" if year % 2 == 0 else "25"
        queue = queues.get(county) or next(iter(queues.values()))
        hosts[year] = queue[(turn // 2) % len(queue)]
    return hosts


def _rarely_attending(northern: list[Place], last_year: int, seed: int) -> set[str]:
    """Two or three small municipalities that seldom come, so a page has someone to point at."""
    hosts = set(_inspiration_hosts(northern, last_year, seed).values()) | {event.host for event in REFERENCE_EVENTS}
    candidates = [place.code for place in northern if place.size == "small" and place.code not in hosts]
    rng = _rng(seed, "attendance", "rarely")
    return set(rng.sample(candidates, min(len(candidates), rng.choice((2, 3)))))


def _weekday(day: dt.date, weekdays: tuple[int, ...]) -> dt.date:
    while day.weekday() not in weekdays:
        day += dt.timedelta(days=1)
    return day


def _free_date(day: dt.date, event_type: str, taken: set[str]) -> dt.date:
    """The first working day from `day` on which no other event of the type is held: ids must be unique."""
    while f"{day.isoformat()}-{event_type}" in taken:
        day = _weekday(day + dt.timedelta(days=1), (0, 1, 2, 3, 4))
    return day


def _event(
    day: dt.date,
    title: str,
    event_type: str,
    organiser: str,
    host: str,
    topic: str,
    invited: tuple[str, ...],
    taken: set[str],
) -> Event:
    day = _free_date(day, event_type, taken)
    event_id = f"{day.isoformat()}-{event_type}"
    taken.add(event_id)
    return Event(event_id, day, title, event_type, organiser, host, topic, invited)


TRAININGS = (  # (title, topic, offered from)
    ("Ansvarsfull alkoholservering", "andt", 2016),
    ("Utbildning i effektiv samordning för trygghet (EST)", "brott", 2017),
    ("Tillsyn enligt lagen om tobak och liknande produkter", "andt", 2019),
    ("Utbildning i lägesbild", "brott", 2023),
    ("Från lägesbild till åtgärdsplan", "brott", 2024),
)


@dataclass(frozen=True)
class EventPlan:
    event_type: str
    title: str
    topic: str
    county: str | None  # None: both county boards together
    since: int = 0


def _regional_events(year: int, northern: list[Place], rng: random.Random, taken: set[str]) -> list[Event]:
    """Two to four regional events besides the inspiration day, at least one of them a network meeting."""
    plans = _event_plans(year, sorted({place.county for place in northern}))
    # once Lag (2023:196) applies, the county boards train every year in what it asks for
    event_types = ["nätverksträff"] + (["utbildning"] if year >= LAW_YEAR else [])
    event_types += rng.choices(("nätverksträff", "utbildning", "konferens"), k=rng.randint(2, 4) - len(event_types))
    chosen = []
    for event_type in event_types:
        options = [plan for plan in plans if plan.event_type == event_type and plan not in chosen]
        options = [plan for plan in options if plan.since >= LAW_YEAR] or options
        if options:
            chosen.append(rng.choice(options))
    return [_regional_event(plan, year, northern, rng, taken) for plan in chosen]


def _event_plans(year: int, counties: list[str]) -> list[EventPlan]:
    plans = []
    for county in counties:
        name = NORTHERN_COUNTIES[county]
        plans.append(EventPlan("nätverksträff", f"ANDT-nätverksträff {name}", "andt", county))
        if year >= REGIONAL_MONEY_YEAR:
            plans.append(
                EventPlan("nätverksträff", f"Nätverksträff för brottsförebyggande samordnare {name}", "brott", county)
            )
        plans += [
            EventPlan("utbildning", title, topic, county, since) for title, topic, since in TRAININGS if since <= year
        ]
        plans.append(EventPlan("konferens", f"ANDT-konferens {name}", "andt", county))
    if year >= REGIONAL_MONEY_YEAR:
        plans.append(EventPlan("konferens", "Brottsförebyggande konferens i norr", "bada", None))
    return plans


def _regional_event(plan: EventPlan, year: int, northern: list[Place], rng: random.Random, taken: set[str]) -> Event:
    county = plan.county or rng.choice(sorted({place.county for place in northern}))
    in_county = [place.code for place in northern if place.county == county]
    invited = tuple(place.code for place in northern if plan.county in (None, place.county))
    organiser = f"Länsstyrelsen {NORTHERN_COUNTIES[plan.county]}" if plan.county else BOTH_COUNTY_BOARDS
    # network meetings move around the county; trainings and conferences are held in the county seat
    host = (
        COUNTY_SEATS[county]
        if plan.event_type != "nätverksträff" and COUNTY_SEATS[county] in in_county
        else rng.choice(in_county)
    )
    title = plan.title
    if year in DIGITAL_YEARS:
        title, host = f"{title} (digital)", ""
    # spring or autumn, never in the summer holidays
    day = _weekday(dt.date(year, rng.choice((2, 3, 4, 5, 9, 10, 11)), rng.randint(1, 28)), (0, 1, 2, 3))
    return _event(day, title, plan.event_type, organiser, host, plan.topic, invited, taken)


def _event_row(event: Event) -> dict:
    return {
        "event_id": event.event_id,
        "date": event.date.isoformat(),
        "title": event.title,
        "event_type": event.event_type,
        "organiser": event.organiser,
        "host": event.host,
        "topic": event.topic,
        "source": EXAMPLE_SOURCE,
    }


ATTENDANCE_CHANCE = {  # by event type, then municipality size
    "inspirationsdag": {"small": 0.85, "mid": 0.6, "centre": 0.35, "large": 0.25},
    "nätverksträff": {"small": 0.7, "mid": 0.7, "centre": 0.8, "large": 0.9},
    "utbildning": {"small": 0.4, "mid": 0.45, "centre": 0.6, "large": 0.7},
    "konferens": {"small": 0.5, "mid": 0.55, "centre": 0.7, "large": 0.8},
}
MOST_PARTICIPANTS = {"small": 3, "mid": 4, "centre": 6, "large": 10}
RARE_ATTENDANCE_CHANCE = 0.1


def _attendance_rows(events: list[Event], places: list[Place], last_year: int, seed: int) -> list[dict]:
    by_code = {place.code: place for place in places}
    northern = [place for place in places if place.county in NORTHERN_COUNTIES]
    rarely = _rarely_attending(northern, last_year, seed) if northern else set()
    rows = []
    for event in events:
        for code in event.invited:
            place, rng = by_code[code], _rng(seed, "attendance", event.event_id, code)
            chance = RARE_ATTENDANCE_CHANCE if code in rarely else ATTENDANCE_CHANCE[event.event_type][place.size]
            if code != event.host and rng.random() >= chance:
                continue
            rows.append(
                {
                    "event_id": event.event_id,
                    "municipality": code,
                    "participants": str(_participants(place, event, rng)),
                }
            )
    return rows


def _participants(place: Place, event: Event, rng: random.Random) -> int:
    most = MOST_PARTICIPANTS[place.size] + (5 if event.event_type in ("utbildning", "konferens") else 0)
    if event.event_type == "inspirationsdag":
        most = min(most, 6)
    participants = rng.randint(1, min(most, 15))
    # the host brings more people: those who arrange the day also take part
    return max(participants, rng.randint(3, 6)) if place.code == event.host else participants


# --- collaborations and the law -------------------------------------------------------------


def _collaboration_rows(places: list[Place]) -> list[dict]:
    present = {place.code for place in places}
    return [
        {
            "collaboration_id": collaboration_id,
            "municipalities": "|".join(members),
            "kind": kind,
            "start": start,
            "end": end,
            "detail": f"Exempeldata, inte verklig. {detail}",
            "source": EXAMPLE_SOURCE,
        }
        for collaboration_id, members, kind, start, end, detail in EXAMPLE_COLLABORATIONS
        if set(members) <= present
    ]


def _law_status_rows(
    places: list[Place], years: range, posts: dict[tuple[str, int], dict[str, Post]], seed: int
) -> list[dict]:
    rows = []
    for place in places:
        # one draw per municipality: who has a part in place one year still has it the next,
        # and an action plan comes after the lägesbild it builds on
        readiness = _rng(seed, "law_status", place.code).random()
        for year in (year for year in years if year >= LAW_YEAR):
            coordinating, lagesbild, atgardsplan = LAW_COMPLIANCE[min(year, max(LAW_COMPLIANCE))]
            has_coordinator = posts[(place.code, year)]["brott"].steps > 0
            answers = (readiness < coordinating and has_coordinator, readiness < lagesbild, readiness < atgardsplan)
            rng = _rng(seed, "law_status", place.code, str(year))
            cells = ["" if rng.random() < UNKNOWN_LAW_CELL else "ja" if answer else "nej" for answer in answers]
            rows.append(
                {
                    "municipality": place.code,
                    "year": str(year),
                    "coordinating_function": cells[0],
                    "lagesbild": cells[1],
                    "atgardsplan": cells[2],
                }
            )
    return rows


def _write_csv(path: Path, kind: str, rows: list[dict]) -> Path:
    columns = [column.name for column in KINDS[kind].columns]
    rows = sorted(rows, key=lambda row: tuple(row[name] for name in KINDS[kind].key))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
