"""Sample texts written for these tests (German and English)."""
from __future__ import annotations

GERMAN_PARAGRAPHS = [
    "Die Stadtbibliothek Kassel hat am Samstag ein Reparaturcafé im Erdgeschoss eröffnet. "
    "Jeden zweiten Samstag helfen dort ehrenamtliche Technikerinnen und Techniker, defekte "
    "Toaster, Lampen und Fahrräder wieder in Gang zu bringen.",
    "„Wir wollen zeigen, dass eine Bibliothek mehr ist als ein Ort für Bücher“, sagte die "
    "Leiterin Martina Osterholz bei der Eröffnung. Schon in der ersten Stunde kamen rund 45 "
    "Besucherinnen und Besucher mit Geräten vorbei.",
    "Die Stadt unterstützt das Projekt in diesem Jahr mit 12.000 Euro. Nach Angaben des "
    "Vereins lassen sich etwa 70 Prozent der mitgebrachten Geräte reparieren; für den Rest "
    "gibt es Hinweise, wo Ersatzteile zu bekommen sind.",
]
GERMAN_TEXT = "\n\n".join(GERMAN_PARAGRAPHS)

GERMAN_PAGE = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Reparaturcafé in der Stadtbibliothek eröffnet | Kasseler Lokalblatt</title>
<meta property="og:title" content="Reparaturcafé in der Stadtbibliothek eröffnet">
<meta name="author" content="Jonas Brenneke">
<meta property="article:published_time" content="2026-03-14T09:30:00+01:00">
</head>
<body>
<nav><a href="/">Start</a> <a href="/lokales">Lokales</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Reparaturcafé in der Stadtbibliothek eröffnet</h1>
<p class="byline">Von Jonas Brenneke</p>
{''.join(f'<p>{p}</p>' for p in GERMAN_PARAGRAPHS)}
</article>
<footer>Impressum · Datenschutz · Kontakt</footer>
</body>
</html>"""

PAYWALL_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne für den Hafen</title>
<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}</script>
</head><body><article>
<h1>Neue Pläne für den Hafen</h1>
<p>Der Stadtrat hat am Dienstag über die Zukunft des alten Hafens beraten. Die Entscheidung
fiel knapp aus.</p>
<div class="paywall"><p>Dieser Artikel ist exklusiv für Abonnenten. Jetzt abonnieren und
weiterlesen: Die ersten vier Wochen kostenlos testen.</p>
<p>Sie haben bereits ein Abo? Hier anmelden.</p></div>
</article></body></html>"""

COOKIE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Before you continue</title></head><body>
<div id="consent"><h1>We value your privacy</h1>
<p>We use cookies and similar technologies to store and access information on your device.
Accept all cookies to continue to the site, or manage your preferences.</p>
<button>Accept all</button><button>Manage preferences</button></div>
</body></html>"""

EMPTY_PAGE = """<html><head><title>Loading</title></head><body><div id="app"></div>
<script>window.boot()</script></body></html>"""

ENGLISH_TEXT = (
    "The harbour ferry will run every twenty minutes from next Monday, the transport "
    "authority said on Tuesday. Until now the boats left every half hour.\n\n"
    "\"Commuters asked for this for years,\" said operations manager Priya Raman. "
    "The change costs about 1.2 million pounds a year and needs two extra crews."
)
