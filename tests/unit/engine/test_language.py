from bot.engine import detect_language


def test_german_and_english():
    assert detect_language("Der Bürgermeister sagte, dass die Stadt nicht mehr Geld habe.") == "de"
    assert detect_language("The mayor said that the city would not have more money this year.") == "en"


def test_other_languages_and_undecidable_inputs_never_raise():
    assert detect_language("Le maire a dit que la ville ne peut pas payer pour les écoles.") == "fr"
    assert detect_language("") == "und"
    assert detect_language("1234 !!! ???") == "und"
    assert detect_language("Москва является столицей России и крупнейшим городом страны") == "ru"
    assert detect_language(None) == "und"  # type: ignore[arg-type]
