"""The collaboration network: the links as a graph (networkx) and its measures, as pure functions of
the frames the queries return."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from core.fmt import sort_by_name, swedish_key

# The kinds of link, in the order the legend and the tables list them.
LINK_KINDS = ("shared_post", "joint_agreement", "police_area", "co_attendance")


# Kinds with one row per year in marts.network_links (the others run over a period or are undated).
YEARLY_KINDS = ("shared_post", "co_attendance")


def drop_weak_co_attendance(links: pd.DataFrame, min_shared_events: int) -> pd.DataFrame:
    """Co-attendance links of fewer shared events than the threshold are left out (most
    municipalities meet at the big events, so a low threshold links nearly everyone)."""
    weak = (links["kind"] == "co_attendance") & (links["weight"] < min_shared_events)
    return links[~weak].reset_index(drop=True)


def link_graph(nodes: pd.DataFrame, links: pd.DataFrame) -> nx.Graph:
    """An undirected graph: every municipality a node, every linked pair one edge whose
    weight is the sum of its kinds' weights and whose `kinds` maps kind -> weight."""
    graph = nx.Graph()
    for node in nodes.itertuples():
        graph.add_node(
            node.municipality_code,
            name=node.municipality_name,
            county=node.county_code,
            county_name=node.county_name,
            selected=bool(node.selected),
        )
    for link in links.itertuples():
        a, b = link.municipality_a, link.municipality_b
        if graph.has_edge(a, b):
            graph[a][b]["weight"] += int(link.weight)
            graph[a][b]["kinds"][link.kind] = int(link.weight)
        else:
            graph.add_edge(a, b, weight=int(link.weight), kinds={link.kind: int(link.weight)})
    return graph


def _selected(graph: nx.Graph) -> list[str]:
    return sorted(code for code, data in graph.nodes(data=True) if data["selected"])


def partners_per_municipality(graph: nx.Graph) -> pd.DataFrame:
    """For each municipality of the chosen counties: its partners (distinct municipalities it
    is linked to, by any kind), how many lie in the other county, and its strength (the
    summed weight of its links). Most partners first."""
    strength = dict(graph.degree(weight="weight"))
    rows = []
    for code in _selected(graph):
        data = graph.nodes[code]
        neighbours = list(graph.neighbors(code))
        rows.append(
            {
                "municipality_code": code,
                "municipality_name": data["name"],
                "county_name": data["county_name"],
                "partners": len(neighbours),
                "partners_other_county": sum(graph.nodes[n]["county"] != data["county"] for n in neighbours),
                "strength": int(strength[code]),
                "partner_names": ", ".join(sorted((graph.nodes[n]["name"] for n in neighbours), key=swedish_key)),
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "municipality_code",
            "municipality_name",
            "county_name",
            "partners",
            "partners_other_county",
            "strength",
            "partner_names",
        ],
    )
    return sort_by_name(frame, ["partners", "strength", "municipality_name"], [False, False, True])


def without_partner(graph: nx.Graph) -> list[str]:
    """Names of the chosen counties' municipalities with no link at all, alphabetically."""
    return sorted(
        (graph.nodes[code]["name"] for code in nx.isolates(graph) if graph.nodes[code]["selected"]), key=swedish_key
    )


def cross_border_pairs(graph: nx.Graph) -> pd.DataFrame:
    """The linked pairs whose municipalities lie in different counties."""
    return _pairs(graph, lambda a, b: graph.nodes[a]["county"] != graph.nodes[b]["county"])


def strongest_pairs(graph: nx.Graph, top: int = 10) -> pd.DataFrame:
    """The `top` pairs with the highest summed weight (ties: more kinds first, then by name)."""
    return _pairs(graph, lambda a, b: True).head(top)


def _pairs(graph: nx.Graph, keep) -> pd.DataFrame:
    rows = []
    for a, b, data in graph.edges(data=True):
        if not keep(a, b):
            continue
        a, b = sorted((a, b))
        rows.append(
            {
                "municipality_a": a,
                "municipality_b": b,
                "name_a": graph.nodes[a]["name"],
                "name_b": graph.nodes[b]["name"],
                "weight": data["weight"],
                "kind_count": len(data["kinds"]),
                **{f"weight_{kind}": data["kinds"].get(kind, 0) for kind in LINK_KINDS},
            }
        )
    columns = [
        "municipality_a",
        "municipality_b",
        "name_a",
        "name_b",
        "weight",
        "kind_count",
        *(f"weight_{kind}" for kind in LINK_KINDS),
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return sort_by_name(frame, ["weight", "kind_count", "name_a", "name_b"], [False, False, True, True])


def network_summary(graph: nx.Graph) -> dict[str, int]:
    """Counts for the key figures: pairs linked, municipalities with and without partners,
    pairs across the county border, and the separate groups (connected components) the chosen
    counties' municipalities form."""
    selected = _selected(graph)
    touching = [(a, b) for a, b in graph.edges() if graph.nodes[a]["selected"] or graph.nodes[b]["selected"]]
    isolated = without_partner(graph)
    groups = nx.number_connected_components(graph.subgraph(selected)) if selected else 0
    return {
        "pairs": len(touching),
        "municipalities": len(selected),
        "with_partner": len(selected) - len(isolated),
        "without_partner": len(isolated),
        "cross_border_pairs": len(cross_border_pairs(graph)),
        "groups": groups,
    }


def link_matrix(graph: nx.Graph) -> pd.DataFrame:
    """Summed weight of every pair among the chosen counties' municipalities (0 = no link),
    rows and columns named and ordered by county, then name."""
    selected = sorted(_selected(graph), key=lambda c: (graph.nodes[c]["county"], swedish_key(graph.nodes[c]["name"])))
    matrix = nx.to_pandas_adjacency(graph, nodelist=selected, weight="weight", dtype=int)
    names = [graph.nodes[c]["name"] for c in selected]
    matrix.index, matrix.columns = names, names
    return matrix


def links_table(links: pd.DataFrame) -> pd.DataFrame:
    """The links as the table lists them: strongest first within each kind."""
    order = {kind: i for i, kind in enumerate(LINK_KINDS)}
    frame = links.assign(kind_order=links["kind"].map(order))
    frame = sort_by_name(frame, ["kind_order", "weight", "name_a", "name_b"], [True, False, True, True])
    return frame.drop(columns="kind_order")


def county_codes_of(nodes: pd.DataFrame) -> tuple[str, ...]:
    """Every county of the nodes: the map shows them all, since partners may lie outside the selection."""
    return tuple(sorted(nodes["county_code"].unique()))


def county_of(graph: nx.Graph) -> dict[str, str]:
    """Municipality name -> county code, for the county separators of the matrix."""
    return {data["name"]: data["county"] for _, data in graph.nodes(data=True)}
