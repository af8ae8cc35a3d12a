"""Cross-article entity resolution: which article-level entities are the same
real-world entity.

`resolve(records)` is a pure, deterministic function: the same records (in
any order) give the same clusters. Each record is one entity of one article
(its name, type, the aliases the article gave it, its roles there and the
names it co-occurs with). The rules, in order:

1. **Same full name.** Records whose names, without leading titles
   ("Presiden", "Menteri", "Pak", ...: `data/lexicons/name_prefixes.txt`),
   are equal and have two or more words (or are not persons) are one entity.
2. **Aliases.** An alias that is another group's full name links the two,
   when it is not a lone given name: two or more words, an all-capitals
   acronym, or any alias of an organisation/place ("Kementerian Keuangan"
   with alias "Kemenkeu" links to records named "Kemenkeu"; "Kim" as an
   alias of "Kim Jong-un" links nothing by itself).
3. **Shorter person names.** A person name whose words appear, in order, in
   longer person names ("Prabowo", "Sri Mulyani") joins the one cluster of
   such longer names. When several clusters fit ("Budi" -> "Budi Gunadi
   Sadikin" or "Budi Arie Setiadi"), the record joins the one whose roles and
   co-occurring names it shares, and only when that evidence is unequal; a
   name with no evidence stays apart from all of them (its exact-name group).
   This runs per article record, so "Budi" in a health article and "Budi" in
   a cooperatives article can end up in different clusters.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import table, word_list
from .text import norm

PERSON = "PER"
# a dominant candidate wins a short name without other evidence when it is
# this many times more frequent than the runner-up
DOMINANCE = 10
# evidence (shared roles: 5 each; shared co-occurring names: their idf) a
# record needs to join a cluster when its name alone does not decide
MIN_EVIDENCE = 4.5


@dataclass(frozen=True)
class EntityRecord:
    """One entity as one article saw it."""

    id: str  # unique record id, e.g. "<article_id>/<local_id>"
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    neighbours: tuple[str, ...] = ()  # names of the other entities of the article
    weight: int = 1  # how many articles this record stands for


@dataclass
class Cluster:
    id: str  # the representative record id
    name: str
    type: str
    members: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    return word_list("name_prefixes")


@lru_cache(maxsize=262_144)
def _n(text: str) -> str:
    """`norm`, memoised (pure: the cache cannot change any result)."""
    return norm(text)


@lru_cache(maxsize=1)
def _role_expansions() -> dict[str, str]:
    return {row["short"].strip(): row["long"].strip() for row in table("role_abbreviations")}


# words that do not tell two offices apart
_ROLE_FILLER = frozenset({"bidang", "dan", "republik", "ri", "negara"})


@lru_cache(maxsize=65_536)
def role_key(role: str) -> str:
    """A role in a comparable form: abbreviations expanded, fillers dropped
    ("Menko Perekonomian" == "Menteri Koordinator Bidang Perekonomian")."""
    text = f" {norm(role)} "
    for short, long in sorted(_role_expansions().items(), key=lambda kv: -len(kv[0])):
        text = text.replace(f" {short} ", f" {long} ")
    return " ".join(w for w in text.split() if w not in _ROLE_FILLER)


def name_tokens(name: str) -> tuple[str, ...]:
    """Words of a name without leading titles; the whole name if only titles."""
    toks = norm(name).split()
    prefixes = _prefixes()
    i = 0
    while i < len(toks) - 1 and toks[i] in prefixes:
        i += 1
    return tuple(toks[i:])


def _family(etype: str) -> str:
    return etype if etype in {"PER", "ORG", "LOC", "EVT"} else "MISC"


def _is_acronym(alias: str) -> bool:
    core = alias.replace(".", "").replace("-", "")
    return 2 <= len(core) <= 10 and core.isalnum() and sum(c.isupper() for c in core) >= 2 and core[0].isupper()


def _contains_in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # deterministic: the smaller id is the root
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def resolve(records: list[EntityRecord]) -> dict[str, str]:
    """Map every record id to its cluster id (the id of one member, chosen
    deterministically: see `clusters`)."""
    return {m: c.id for c in clusters(records) for m in c.members}


def clusters(records: list[EntityRecord]) -> list[Cluster]:
    recs = sorted(records, key=lambda r: r.id)
    by_id = {r.id: r for r in recs}
    toks = {r.id: name_tokens(r.name) for r in recs}
    uf = _UnionFind()
    # -- 1. exact full names -> groups ------------------------------------
    group_of_name: dict[tuple[str, tuple[str, ...]], str] = {}
    short_person: list[EntityRecord] = []
    for r in recs:
        uf.add(r.id)
        fam = _family(r.type)
        t = toks[r.id]
        if not t:
            continue
        if fam == PERSON and len(t) == 1:
            short_person.append(r)
            continue
        if fam == "MISC" and len(t) == 1:  # a speaker with no entity: maybe a person
            short_person.append(r)
        key = (fam, t)
        if key in group_of_name:
            uf.union(group_of_name[key], r.id)
        else:
            group_of_name[key] = r.id
    # MISC (e.g. a speaker with no entity) joins a typed group of the same name
    names_any: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (fam, t), gid in group_of_name.items():
        if fam != "MISC":
            names_any[t].add(gid)
    for (fam, t), gid in list(group_of_name.items()):
        if fam == "MISC" and len(names_any.get(t, ())) == 1:
            uf.union(next(iter(names_any[t])), gid)
    # -- 2. aliases --------------------------------------------------------
    for r in recs:
        fam = _family(r.type)
        for alias in r.aliases:
            at = name_tokens(alias)
            if not at or at == toks[r.id]:
                continue
            if len(at) >= 2 or _is_acronym(alias) or fam != PERSON:
                target = group_of_name.get((fam, at))
                if target is not None:
                    uf.union(target, r.id)
    # -- 3. short person names --------------------------------------------
    # long person-name groups and the word index over them
    long_groups: dict[str, tuple[str, ...]] = {}
    for (fam, t), gid in group_of_name.items():
        if fam == PERSON and len(t) >= 2:
            long_groups[gid] = t
    word_index: dict[str, set[str]] = defaultdict(set)
    for gid, t in long_groups.items():
        for w in t:
            word_index[w].add(gid)
    # evidence per cluster: roles, neighbours, weight (computed on demand)
    members_of: dict[str, list[str]] = defaultdict(list)
    for r in recs:
        members_of[uf.find(r.id)].append(r.id)
    evidence_cache: dict[str, tuple[Counter, Counter, int]] = {}
    df: Counter = Counter()
    for r in recs:
        df.update({_n(x) for x in r.neighbours})
    n_recs = max(len(recs), 1)
    idf = {k: math.log((1 + n_recs) / (1 + v)) for k, v in df.items()}

    short_ids = {r.id for r in short_person}

    def evidence(root: str) -> tuple[Counter, Counter, int]:
        if root not in evidence_cache:
            roles: Counter = Counter()
            neigh: Counter = Counter()
            weight = 0
            for m in members_of[root]:
                if m in short_ids:  # evidence comes from full-name records only
                    continue
                rec = by_id[m]
                roles.update({role_key(x) for x in rec.roles})
                neigh.update({_n(x) for x in rec.neighbours})
                weight += rec.weight
            evidence_cache[root] = (roles, neigh, weight)
        return evidence_cache[root]

    # 3a. multi-word names inside longer names ("Sri Mulyani" -> "... Indrawati"),
    # longest first so chains settle from the fullest name down
    for gid, t in sorted(long_groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        sets = sorted((word_index[w] for w in set(t)), key=len)
        holders = set(sets[0]).intersection(*sets[1:]) if sets else set()
        holders = [g for g in holders if len(long_groups[g]) > len(t) and _contains_in_order(t, long_groups[g])]
        cands = {uf.find(g) for g in holders}
        cands.discard(uf.find(gid))
        # "Budi Santoso" inside "Budi Joyo Santoso" (a gap) needs evidence
        gapped = {uf.find(g) for g in holders if not _contiguous(t, long_groups[g])}
        target = _choose(by_id, members_of[uf.find(gid)], cands, evidence, members_of, idf, weak=gapped)
        if target is not None:
            _merge(uf, members_of, evidence_cache, target, uf.find(gid))
    # 3b. one-word person names, record by record
    leftovers: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for r in short_person:
        t = toks[r.id]
        cands = {uf.find(g) for g in word_index.get(t[0], ())}
        target = _choose(by_id, [r.id], cands, evidence, members_of, idf)
        if target is not None:
            _merge(uf, members_of, evidence_cache, target, uf.find(r.id), absorb=False)
        else:
            leftovers[t].append(r.id)
    for t, ids in leftovers.items():  # same one-word name, no better home
        ambiguous = len({uf.find(g) for g in word_index.get(t[0], ())}) >= 2
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if uf.find(a) == uf.find(b):
                    continue
                if not ambiguous or _score(by_id, [a], evidence(uf.find(b)), idf) >= MIN_EVIDENCE:
                    _merge(uf, members_of, evidence_cache, uf.find(b), uf.find(a), absorb=False)
    # -- clusters ----------------------------------------------------------
    groups: dict[str, list[str]] = defaultdict(list)
    for r in recs:
        groups[uf.find(r.id)].append(r.id)
    out: list[Cluster] = []
    prefixes = _prefixes()
    for ids in groups.values():
        members = [by_id[i] for i in ids]
        type_votes = Counter(m.type for m in members if _family(m.type) != "MISC") or Counter(m.type for m in members)
        etype = sorted(type_votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        name_votes: Counter = Counter()
        for m in members:
            name_votes[m.name.strip()] += m.weight
        # representative name: no leading title, most words, most frequent
        def score(name: str) -> tuple:
            words = norm(name).split()
            titled = bool(words) and words[0] in prefixes and len(words) > 1
            return (not titled, len(name_tokens(name)) >= 2, name_votes[name], -len(name), name)

        name = max(name_votes, key=score)
        rep = min(i for i in ids if by_id[i].name.strip() == name)
        out.append(Cluster(id=rep, name=name, type=etype, members=sorted(ids)))
    out.sort(key=lambda c: c.id)
    return out


def _merge(uf: _UnionFind, members_of, cache, a: str, b: str, absorb: bool = True) -> None:
    """Union cluster `b` into cluster `a`. With `absorb`, b's evidence is added
    to a's (the smaller into the larger); without it (a one-word name joining
    a full name), a keeps only its own evidence, so clusters do not snowball
    by collecting the co-occurring names of every "Budi" they absorb."""
    if a == b:
        return
    ev_a, ev_b = cache.pop(a, None), cache.pop(b, None)
    uf.union(a, b)
    root = uf.find(a)
    other = b if root == a else a
    members_of[root].extend(members_of.pop(other, []))
    if not absorb:
        if ev_a is not None:
            cache[root] = ev_a
        return
    if ev_a is None or ev_b is None:
        return  # recomputed on demand from the members
    big, small = (ev_a, ev_b) if len(ev_a[1]) >= len(ev_b[1]) else (ev_b, ev_a)
    big[0].update(small[0])
    big[1].update(small[1])
    cache[root] = (big[0], big[1], big[2] + small[2])


def _contiguous(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _role_words(roles) -> set[str]:
    return {w for r in roles for w in role_key(r).split()}


def _score(by_id, ids: list[str], ev: tuple[Counter, Counter, int], idf: dict[str, float]) -> float:
    croles, cneigh, _ = ev
    roles: set[str] = set()
    neigh: set[str] = set()
    for i in ids:
        roles |= {role_key(x) for x in by_id[i].roles}
        neigh |= {_n(x) for x in by_id[i].neighbours}
    return 5.0 * sum(1 for x in roles if croles.get(x)) + sum(idf.get(x, 0.0) for x in neigh if cneigh.get(x))


def _conflict(by_id, ids: list[str], ev: tuple[Counter, Counter, int]) -> bool:
    """Both sides have roles and share no word of them (Gubernur vs Komjen)."""
    mine = _role_words(r for i in ids for r in by_id[i].roles)
    theirs = {w for r in ev[0] for w in r.split()}
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _choose(by_id, ids: list[str], cands: set[str], evidence, members_of, idf, weak: set[str] = frozenset()) -> str | None:
    """The cluster among `cands` that the records `ids` belong to, or None.

    - one candidate whose roles do not contradict: it (a candidate in `weak`,
      i.e. reached through a gap in the name, also needs some evidence);
    - several: the one with clearly more evidence (shared roles and
      co-occurring names, weighted by rarity), or, when evidence does not
      separate them, one that is `DOMINANCE` times more frequent.
    """
    scored = []
    for c in sorted(cands):
        ev = evidence(c)
        if _conflict(by_id, ids, ev):
            continue
        scored.append((_score(by_id, ids, ev, idf), ev[2], c))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], -x[1], x[2]))
    best = scored[0]
    if len(scored) == 1:
        return best[2] if best[2] not in weak or best[0] >= MIN_EVIDENCE else None
    second = scored[1]
    if best[0] >= MIN_EVIDENCE and best[0] > 1.5 * second[0]:
        return best[2]
    if best[0] >= second[0] and best[1] >= DOMINANCE * max(second[1], 1):
        return best[2]
    return None
