"""Build realistic Articles for the store tests. Texts are written for these
tests (not corpus text); offsets are computed, so they are always right."""

from __future__ import annotations

from warta.types import Article, Entity, Quote, Role, Source, Span, Speaker, DateExpr, Event


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


def make_article(aid: str, text: str, *, url: str | None = None, outlet: str = "contoh.com",
                 published: str | None = "2025-10-01", entities=(), quotes=(), roles=(), sources=(),
                 dates=(), events=()) -> Article:
    """entities: (local_id, name, type, [aliases], [mention strings]);
    quotes: (content, speaker name, speaker local id | None, cue | None, kind);
    roles: (person, role, org, local id); sources: (name, kind, relation);
    dates: (text, value)."""
    ents = []
    for lid, name, etype, aliases, mentions in entities:
        spans = []
        for m in mentions or [name]:
            n = 0
            while True:
                try:
                    sp = _span(text, m, n)
                except ValueError:
                    break
                spans.append(sp)
                n += 1
        ents.append(Entity(id=lid, name=name, type=etype, aliases=list(aliases), mentions=spans))
    qs = []
    for content, sname, slid, cue, kind in quotes:
        speaker = None
        if sname:
            mention = _span(text, sname) if sname in text else None
            speaker = Speaker(name=sname, entity=slid, mention=mention)
        qs.append(Quote(content=_span(text, content), kind=kind, speaker=speaker,
                        cue=_span(text, cue) if cue else None))
    rs = []
    for person, role, org, lid in roles:
        sp = _span(text, role)
        rs.append(Role(person=person, role=role, org=org, entity=lid, start=sp.start, end=sp.end))
    ss = []
    for name, kind, relation in sources:
        sp = _span(text, name)
        ss.append(Source(name=name, kind=kind, relation=relation, start=sp.start, end=sp.end))
    ds = []
    for dtext, value in dates:
        sp = _span(text, dtext)
        ds.append(DateExpr(text=dtext, value=value, start=sp.start, end=sp.end))
    evs = []
    for etype, trigger, actor in events:
        tsp = _span(text, trigger)
        evs.append(Event(type=etype, actor=list(actor), trigger=tsp, evidence=tsp))
    return Article(id=aid, url=url if url is not None else f"https://{outlet}/read/{aid}", title=text.split(".")[0][:60],
                   outlet=outlet, published=published, text=text, body=text, entities=ents, quotes=qs, roles=rs,
                   sources=ss, dates=ds, events=evs)


T1 = ('Presiden Prabowo Subianto menegaskan tarif impor baja akan ditinjau. "Kita tidak boleh kalah dengan '
      'barang impor murah," kata Prabowo di Istana Merdeka, Jakarta, Senin (6/10/2025). Menteri Keuangan '
      'Purbaya Yudhi Sadewa menyebut Kementerian Keuangan (Kemenkeu) sudah menyiapkan kajian.')
T2 = ('Prabowo Subianto bertemu Sri Mulyani Indrawati di Jakarta. "Defisit harus tetap di bawah tiga persen," '
      'ujar Sri Mulyani. Prabowo mengatakan tarif baru berlaku bulan depan.')
T3 = ('Menteri Kesehatan Budi Gunadi Sadikin meninjau RSUD di Bandung, Rabu (15/10/2025). "Layanan jantung '
      'harus merata," kata Budi. Kemenkes menambah anggaran.')
T4 = ('Menteri Koperasi Budi Arie Setiadi meresmikan koperasi desa di Bogor. "Koperasi adalah soko guru '
      'ekonomi," kata Budi Arie.')
T5 = ('Budi kembali menegaskan layanan kesehatan di daerah. "Rumah sakit harus siap," kata Budi. Menurut '
      'Kemenkes, anggaran naik. Menteri Kesehatan itu juga menyinggung BPJS.')
T6 = ('Dilansir dari KCNA, pemimpin Korea Utara Kim Jong-un mengunjungi pabrik amunisi. "Produksi harus '
      'ditingkatkan," kata laporan KCNA. Kim didampingi pejabat militer.')
T7 = ('Presiden Prabowo mengatakan kepada wartawan bahwa harga beras stabil. "Stok beras aman 100% sampai akhir '
      'tahun," ujar Prabowo, Selasa (21/10/2025).')


def corpus() -> list[Article]:
    return [
        make_article("a1", T1, outlet="detik.com", published="2025-10-06",
                     entities=[("e1", "Prabowo Subianto", "PER", ["Prabowo", "Presiden Prabowo Subianto"], ["Prabowo Subianto", "Prabowo di"]),
                               ("e2", "Purbaya Yudhi Sadewa", "PER", [], None),
                               ("e3", "Kementerian Keuangan", "ORG", ["Kemenkeu"], ["Kementerian Keuangan", "Kemenkeu"]),
                               ("e4", "Jakarta", "LOC", [], None)],
                     quotes=[("Kita tidak boleh kalah dengan barang impor murah,", "Prabowo", "e1", "kata", "direct"),
                             ("Kementerian Keuangan (Kemenkeu) sudah menyiapkan kajian", "Purbaya Yudhi Sadewa", "e2", "menyebut", "indirect")],
                     roles=[("Prabowo Subianto", "Presiden", None, "e1"),
                            ("Purbaya Yudhi Sadewa", "Menteri Keuangan", "Kementerian Keuangan", "e2")],
                     dates=[("Senin (6/10/2025)", "2025-10-06")]),
        make_article("a2", T2, outlet="kompas.com", published="2025-10-08",
                     entities=[("p", "Prabowo Subianto", "PER", ["Prabowo"], ["Prabowo Subianto", "Prabowo mengatakan"]),
                               ("s", "Sri Mulyani Indrawati", "PER", ["Sri Mulyani"], ["Sri Mulyani Indrawati", "Sri Mulyani."]),
                               ("j", "Jakarta", "LOC", [], None)],
                     quotes=[("Defisit harus tetap di bawah tiga persen,", "Sri Mulyani", "s", "ujar", "direct"),
                             ("tarif baru berlaku bulan depan", "Prabowo", "p", "mengatakan", "indirect")]),
        make_article("a3", T3, outlet="detik.com", published="2025-10-15",
                     entities=[("b", "Budi Gunadi Sadikin", "PER", ["Budi"], ["Budi Gunadi Sadikin", "Budi."]),
                               ("k", "Kemenkes", "ORG", [], None), ("l", "Bandung", "LOC", [], None)],
                     quotes=[("Layanan jantung harus merata,", "Budi", "b", "kata", "direct")],
                     roles=[("Budi Gunadi Sadikin", "Menteri Kesehatan", None, "b")]),
        make_article("a4", T4, outlet="tempo.co", published="2025-10-16",
                     entities=[("b", "Budi Arie Setiadi", "PER", ["Budi Arie"], ["Budi Arie Setiadi", "Budi Arie."]),
                               ("l", "Bogor", "LOC", [], None)],
                     quotes=[("Koperasi adalah soko guru ekonomi,", "Budi Arie", "b", "kata", "direct")],
                     roles=[("Budi Arie Setiadi", "Menteri Koperasi", None, "b")]),
        make_article("a5", T5, outlet="kompas.com", published="2025-10-20",
                     entities=[("b", "Budi", "PER", [], ["Budi kembali", "Budi."]), ("k", "Kemenkes", "ORG", [], None),
                               ("x", "BPJS", "ORG", [], None)],
                     quotes=[("Rumah sakit harus siap,", "Budi", "b", "kata", "direct"),
                             ("anggaran naik", "Kemenkes", "k", "Menurut", "indirect")],
                     roles=[("Budi", "Menteri Kesehatan", None, "b")]),
        make_article("a6", T6, outlet="bisnis.com", published="2025-09-13",
                     entities=[("k", "Kim Jong-un", "PER", ["Kim"], ["Kim Jong-un", "Kim didampingi"]),
                               ("n", "KCNA", "ORG", [], None), ("u", "Korea Utara", "LOC", [], None)],
                     quotes=[("Produksi harus ditingkatkan,", "KCNA", "n", "kata laporan", "direct")],
                     roles=[("Kim Jong-un", "pemimpin Korea Utara", None, "k")],
                     sources=[("KCNA", "media", "cited_from")],
                     events=[("CONSULT", "mengunjungi", ["Kim Jong-un"])]),
        make_article("a7", T7, outlet="liputan6.com", published="2025-10-21",
                     entities=[("p", "Prabowo", "PER", ["Presiden Prabowo"], ["Prabowo"])],
                     quotes=[("Stok beras aman 100% sampai akhir tahun,", "Prabowo", "p", "ujar", "direct")],
                     roles=[("Prabowo", "Presiden", None, "p")],
                     dates=[("Selasa (21/10/2025)", "2025-10-21")]),
    ]
