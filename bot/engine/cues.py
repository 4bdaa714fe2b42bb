"""Attribution cue words (German and English) and the tokenizer the speaker rules read.

`CUE_WORDS` are the verbs and particles that introduce or follow a quotation ("sagte",
"said", "so", "laut", "according"); `may_have_cue` is a cheap test on a text window
before it is tokenized; `tokens_of` splits a window into words and punctuation with
abbreviations and initials kept whole ("Dr.", "U.S.").
"""
from __future__ import annotations

import re

_CUES_DE = """
sagte sagten sagt sagen sagte, meinte meint meinten erklärte erklärt erklärten
betonte betont betonten fügte ergänzte ergänzt ergänzten berichtete berichtet warnte warnt
kritisierte kritisiert forderte fordert schrieb schreibt schrieben teilte verkündete
verkündet bekräftigte bekräftigt versicherte versichert erläuterte erläutert räumte gab
antwortete antwortet fragte fragt rief ruft scherzte witzelte behauptete behauptet
bestätigte bestätigt beklagte beklagt äußerte äußert stellte resümierte unterstrich
unterstreicht bezeichnete bezeichnet nannte nennt lobte lobt mahnte mahnt appellierte
twitterte zitiert zitierte kommentierte kommentiert begründete begründet urteilte
gestand verriet bilanzierte bekannte beteuerte beteuert argumentierte argumentiert
entgegnete entgegnet erwiderte erwidert meldete prophezeite prognostizierte
so laut zufolge heißt hieß lautet lautete lauteten glaubt glaubte hofft hoffte fürchtet fürchtete
bezweifelte bezweifelt schilderte schildert verwies sprach spricht
resümiert bilanziert kommentiert unterstrich würdigte würdigt beschrieb beschreibt zeigte zeigt wies weist warf wirft verlangte verlangt
mahnte kündigte kündigt versprach verspricht drohte droht schätzte schätzt räumt
dementierte dementiert widersprach widerspricht hob hebt erinnerte erinnert befand befindet
folgerte präzisierte befürchtete befürchtet vermutete vermutet erwartete erwartet
gesagt geäußert geschrieben genannt gefordert gewarnt betonten erklärten warnten
forderten kritisierten sagten meinten schrieben teilten
teilt gesteht verrät staunt staunte stöhnt stöhnte postet postete berichten skandierten skandiert skandierte
schrien brüllte
""".split()
_CUES_EN = """
said says say told tells tell added adds explained explains stated states noted notes
wrote writes asked asks replied replies answered argued argues claimed claims insisted
insists warned warns declared declares announced announces continued recalled recalls
testified tweeted posted joked jokes admitted admits acknowledged acknowledges conceded
suggested suggests observed remarked commented responded responds complained predicted
promised vowed urged cautioned concluded emphasized stressed boasted mused quipped
exclaimed shouted yelled described describes according According reported reports agreed
countered added, thinks believes saying adding tweeting writing noting telling
demanded scolded lamented retorted chided pleaded
""".split()
# regular German speech verbs: stems that take -e/-en/-t/-te/-ten (sagte, sagten, sagt, sagen)
_DE_STEMS = """
sag meint erklär beton ergänz berichte warn kritisier forder teil verkünde bekräftig versicher
erläuter antworte frag scherz witzel behaupt bestätig beklag äußer resümier bezeichne lob mahn
appellier twitter zitier kommentier begründe urteil beurteil bilanzier beteuer argumentier entgegne erwider
melde prophezei prognostizier glaub hoff fürcht bezweifel schilder würdig verlang kündig droh
schätz dementier erinner folger präzisier befürcht vermut erwarte klag zeig stell füg räum
begrüß bedauer wiederhol unterstreich schwärm jubel spott lästere ätz poltere klarstell
bemängel monier rüg verurteil erklär korrigier ergänz insistier postulier sinnier sicher
ausführ feststell mitteil hinzufüg einräum klarstell ankündig hinweis vorwerf zusicher rechtfertig
freu ärger empör wunder beschwer entrüst
konstatier bemerk merk bekunde konter polter schimpf verdeutlich mutmaß spekulier dräng signalisier
protestier tadel beanstande attestier bescheinig gratulier garantier notier vermerk analysier erzähl
flüster seufz ermahn diagnostizier relativier beschwichtig frohlock triumphier leugne dank beantrag lach
""".split()
_DE_IRREGULAR = """
schrieb schrieben schreibt rief riefen ruft gab gaben gibt sprach sprachen spricht wies wiesen
weist warf warfen wirft nannte nannten nennt hob hoben hebt versprach verspricht widersprach
widerspricht befand befindet gestand gestanden verriet verrieten bekannte beschrieb beschreibt
unterstrich unterstrichen ließ ließen lässt fuhr fährt hieß heißt führte führten führt
gesagt geäußert geschrieben genannt gefordert gewarnt erklärt betont zitiert
ausgeführt festgestellt mitgeteilt hinzugefügt eingeräumt angekündigt zugab angab hinwies
vorwarf zurückwies zusagte ausrief
so laut zufolge geheißen steht stand hervorgeht hervorging lesen
schreiben beschreiben sprechen nennen widersprechen verlautete verlautet fand findet fanden
riet empfahl beschwor bestritt pries schrie gesprochen gerufen gemeint zurief zuriefen
""".split()
_DE_FORMS = {st + end for st in _DE_STEMS for end in ("te", "ten", "t", "en")} | {
    st + "ete" for st in _DE_STEMS if st.endswith(("d", "t"))} | {
    st + "eten" for st in _DE_STEMS if st.endswith(("d", "t"))}
# plural present of -ern/-eln verbs ('fordern', 'schildern'; not 'sichern')
_DE_FORMS |= {st + "n" for st in _DE_STEMS if st.endswith(("er", "el")) and not st.endswith("ier") and st != "sicher"}
# infinitives and 3rd person that are common non-speech words
_DE_FORMS -= frozenset("stellen teilen zeigen fragen hoffen erwarten melden stellt zeigt teilt".split())
_DE_FORMS |= frozenset("stellte stellten teilte teilten zeigte zeigten".split())
# past participles with ge- ('gelobt', 'gewarnt', 'gefordert') for the verb-final clauses of
# reported speech ('…, der den Plan als „mutig“ gelobt hatte'); not for stems with an
# inseparable prefix or -ier (their participle is the 3rd person form, already listed),
# separable ones (listed whole) or the stems that are speech verbs only with a particle
_NO_GE = ("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "über", "wider", "wieder", "unter")
_DE_FORMS |= {"ge" + st + ("et" if st.endswith(("d", "t")) else "t")
              for st in _DE_STEMS if not st.startswith(_NO_GE) and not st.endswith("ier")
              and st not in ("stell", "teil", "füg", "räum", "zeig", "meint", "sicher", "melde", "klag", "kündig",
                             "frag", "merk", "rechtfertig", "lästere", "poltere")
              and (st == "antworte" or not st.startswith(("aus", "fest", "mit", "hinzu", "ein", "klar", "an", "hin",
                                                           "vor", "zu")))}
GERMAN_CUES = frozenset(_CUES_DE) | frozenset(_DE_FORMS) | frozenset(_DE_IRREGULAR)
GERMAN_CUES = GERMAN_CUES - frozenset(_CUES_EN)
# Swiss spelling writes ss for ß ('äusserte', 'heisst'); past forms are also typed without
# umlauts ('erklarte')
GERMAN_CUES = GERMAN_CUES | {c.replace("ß", "ss") for c in GERMAN_CUES if "ß" in c} | {
    c.translate(str.maketrans("äöü", "aou")) for c in GERMAN_CUES if c.endswith(("te", "ten")) and c != "hörte"}
_CUES = sorted({c.rstrip(",") for c in _CUES_DE + _CUES_EN} | GERMAN_CUES, key=len, reverse=True)
CUE_WORDS = frozenset(_CUES)
# every cue as str.split() leaves it in running text ("sagte,", "said."), plus the words
# that start a source phrase ("Laut", "Angaben"): a set test on text.split() tells
# cheaply whether a window can hold an attribution at all
CUE_VARIANTS = frozenset(c + p for c in _CUES + ["Laut", "Angaben", "Worten", "Meinung", "Ansicht",
                                                 "Auffassung", "Einschätzung", "Darstellung",
                                                 "Darstellungen", "Aussage", "Aussagen", "Bewertung",
                                                 "Überzeugung", "Vorwurf", "Vorwürfe", "Für", "Auskunft",
                                                 "Informationen", "Erkenntnissen", "Schätzungen",
                                                 "Berechnungen", "Satz", "Rede", "stammt", "stammen",
                                                 "stammte", "stammten", "zugeschrieben", "zugeschriebene",
                                                 "zugeschriebenen",
                                                 "meinen", "fragen", "wollen", "wollte", "wollten", "hält",
                                                 "halten", "hielt", "hielten"]
                         for p in ("", ",", ".", ":", ";", "!", "?"))
_MARKS = re.compile("[„“”\"»«‚‘’()–—/]")
# words between whitespace and marks (the same as replacing the marks by spaces and
# splitting, without str.translate's per-character lookups; \s is str.split's whitespace)
_SPLIT_MARKS = re.compile("[\\s„“”\"»«‚‘’()–—/]+")


def may_have_cue(window: str) -> bool:
    """Could this text hold an attribution cue? (a fast test before tokenizing it)"""
    if not CUE_VARIANTS.isdisjoint(window.split()):
        return True
    # a cue glued to a mark or bracket ("Rede“sagte", "(said") needs the marks removed
    return _MARKS.search(window) is not None and not CUE_VARIANTS.isdisjoint(
        _SPLIT_MARKS.split(window))
ENGLISH_CUES = frozenset(c.rstrip(",") for c in _CUES_EN)
# cues that name a document, not a speaker: "heißt es in der Erklärung"
_DOC_CUES = frozenset("""heißt hieß geheißen heisst hiess geheissen steht stand hervorgeht hervorging lesen
    verlautete verlautet fand findet fanden lautet lautete lauteten""".split())
# document cues that are common outside attributions ('Die Partei steht vor …'): they count
# only when a document is named ('In dem Bericht steht:', 'auf der Webseite war zu lesen')
WEAK_DOC_CUES = frozenset("steht stand lesen fand findet fanden lautet lautete lauteten".split())
# abbreviations keep their period ("Dr.", "Mr."); any other word ends before it.
# Speed (same matches): the leading lookahead (every alternative starts with one of its
# characters) skips spaces with one test; the abbreviation and initials alternatives
# are only tried where one to four word characters and a period follow.
_TOKEN = re.compile(r"(?=[\w’'\-,:;()–—.!?])(?:(?=\w{1,4}\.)\b(?:(?i:dr|mr|mrs|ms|st|prof|jr|sr|gen|sen|rep|gov|col|lt|hr|fr|del)\.(?!\w)"
                    r"|(?:[A-Z]\.){1,3}(?![\w.]))|[\w’'-]+(?:\.[\w’'-]+)*|[,:;()–—.!?])")
_ABBREV_TOKENS = frozenset("dr. mr. mrs. ms. st. prof. jr. sr. gen. sen. rep. gov. col. lt. hr. fr. del.".split())


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


# Konjunktiv I, third person singular, of verbs frequent in reported speech ('Die Sanierung
# dauere länger', 'Es fehle an Geld'): the plural forms equal the indicative, so only these
# mark reported speech. A closed list: a word ending in -e is far more often an adjective.
KONJUNKTIV_I = """dauere koste gelte stehe liege fehle reiche brauche gehe komme bleibe zeige trage
stelle lasse plane arbeite prüfe erwarte rechne wisse kenne sehe halte setze lege nehme mache
führe treffe sorge drohe gehöre betrage steige sinke wachse laufe falle bringe denke glaube hoffe
fürchte möge verfüge befinde entspreche erfolge fordere lehne ändere biete helfe""".split()
