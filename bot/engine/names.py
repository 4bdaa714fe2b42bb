"""Small lexicons for recognising people: first names, pronouns, role nouns.

German capitalises every noun, so "a capitalised word" is no evidence of a name.
A known first name followed by capitalised words is; the list below covers the
common given names in German, English, French, Spanish, Italian and a few other
news-relevant languages. Anything rarer is still found when it stands in a
speaker slot ("sagte Gesse"), it just cannot be used to resolve pronouns.
"""
from __future__ import annotations

from .firstnames import ALL_FIRST, FEMALE_FIRST

FIRST_NAMES = frozenset(
    """
    aaron abdul adam adrian ahmed ahmad akira alan albert alberto alec alex alexander alexandra
    alexei alexis alfred ali alice alicia alison amanda amber amy ana anders andrea andreas
    andrew andré andrés andrzej angela angelika angelina anita anja ann anna anne annette
    annalena annegret annika anthony anton antonio armin arnold arthur asmita barack barbara
    bart beate ben benedikt benjamin benny bernard bernd bernhard bernie bert bettina bill
    birgit bob boris brad brian bridget britta bruce bruno cameron carl carla carlos carmen
    carol caroline carsten catherine cecilia charles charlie charlotte chris christa
    christian christiane christina christine christoph christopher christel chuck claire
    clara claudia claus colin cory craig cristina dagmar daniel daniela danny david dean
    debbie denis dennis denise diana dick diego dieter dietmar dirk dmitri dmitry dominik
    don donald doris dorothea dorothee douglas ed eddie edward edwin elena eli elias elisabeth
    elizabeth ellen elmar elon emanuel emily emma emmanuel eric erich erik erika ernst eva
    evelyn fabian felix ferdinand fernando florian francesca francesco francis franck
    françois frank franz franziska fred frederick friedrich fritz gabriel gabriele gary
    georg george gerald gerd gerhard gianni gisela giuseppe giorgia glenn gordon greg
    gregor gregory gudrun guido günter günther gustav hannah hans harald harry hartmut
    heidi heike heiko heinrich heinz helen helena helga helmut hendrik henry herbert hermann
    hillary horst hubert hugo hussein ian igor ilse ines ingrid irene iris isabel isabella
    ivan jack jacob jacques jake james jan jane janet janine jason javier jean jeb jeff
    jeffrey jennifer jens jeremy jerome jessica jim jimmy joachim joan joanna joe joel
    johann johanna johannes john jon jonas jonathan jorge jose josé joseph josef joshua
    juan judith julia julian julie julius jürgen justin karin karl karen karsten kate
    katharina katherine kathrin katja kay keith kelly ken kenneth kevin kim klaus kristina
    kurt lars laura lauren lea lena leo leon leonie linda lindsey lisa liz lorenz louis
    lucas lucy ludwig luis luisa lukas luke lutz maik manfred manuel manuela marc marcel
    marco marcus margaret margarete margit maria marie marina mario marion mark markus
    marlene martha martin martina mary mathias matteo matthew matthias maurice max maximilian
    melanie michael michaela michel michelle miguel mike mikhail mitch mitt monika moritz
    muhammad mohammed nadine nancy natalie nathan neil nicholas nick nicola nicolas nicole
    niklas nikolai nils nina noah norbert olaf olga oliver olivia oscar oskar otto pablo
    pamela pascal patricia patrick paul paula pedro peer peter petra philip philipp pierre
    rainer ralf ralph rand randy raphael raul reinhard reinhold renate rené richard rick
    rita robert roberto robin roger roland rolf roman ron ronald rosa rudolf rudi rudy ruth
    ryan sabine sahra sam samuel sandra sara sarah sascha scott sean sebastian sergei sergey
    silvia simon simone sophia sophie stefan stefanie steffen stephan stephanie stephen
    steve steven susan susanne sven svenja sylvia tanja ted teresa theo theresa thomas thorsten
    tim timo tina tobias tom tommy toni tony torsten ulf ulla ulrich ulrike ursula uta ute
    uwe valentin vanessa vera victor viktor vincent vladimir volker walter wang werner wilhelm
    william willy winfried wolfgang xavier yann yvonne zoe
    """.split()
) | ALL_FIRST  # the larger lexicon in firstnames.py

PRONOUNS = frozenset("er sie he she they ich i wir we".split())
MALE_PRONOUNS = frozenset({"er", "he"})
FEMALE_PRONOUNS = frozenset({"sie", "she"})

# Words that may precede a name in a speaker phrase but are never a name themselves.
TITLES = frozenset(
    "herr frau dr prof mr mrs ms miss sir dame lord lady sen rep gov president "
    "präsident präsidentin minister ministerin kanzler kanzlerin bundeskanzler "
    "bundeskanzlerin chef chefin ceo sprecher sprecherin".split()
)

# Given names in FIRST_NAMES that are (almost always) female; used only to keep "she"/"sie"
# from resolving to a man and "he"/"er" to a woman. Unknown names stay neutral.
FEMALE_NAMES = frozenset(
    """
    alexandra alice alicia alison amanda amber amy ana andrea angela angelika angelina anita
    anja ann anna anne annette annalena annegret annika asmita barbara beate bettina birgit
    bridget britta carla carmen carol caroline catherine cecilia charlotte christa christiane
    christina christine christel claire clara claudia cristina dagmar daniela debbie denise
    diana doris dorothea dorothee elena elisabeth elizabeth ellen emily emma erika eva evelyn
    francesca franziska gabriele gisela giorgia gudrun hannah heidi heike helen helena helga
    hillary ilse ines ingrid irene iris isabel isabella jane janet janine jennifer jessica
    joan joanna johanna judith julia julie karin karen kate katharina katherine kathrin katja
    kelly kristina laura lauren lea lena leonie linda lindsey lisa liz lucy luisa manuela
    margaret margarete margit maria marie marina marion marlene martha martina mary melanie
    michaela michelle monika nadine nancy natalie nicole nina olga olivia pamela patricia
    paula petra rita renate rosa ruth sabine sahra sandra sara sarah silvia simone sophia
    sophie stefanie stephanie susan susanne svenja sylvia tanja teresa theresa tina ulla
    ulrike ursula uta ute vanessa vera yvonne zoe
    """.split()
) | FEMALE_FIRST
