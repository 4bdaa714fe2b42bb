

def test_question_words_meet_inflected_article_words():
    from bot.engine import answer_question

    text = ("Die Stadt plant einen neuen Radweg am Fluss. Er soll rund 2,3 Mio. Euro kosten. "
            "Die Bauarbeiten beginnen im Frühjahr.")
    best = answer_question(text, "Was kostet das?", k=1)
    assert best and "2,3 Mio. Euro" in best[0].text
    english = "The board approves the terminal. Critics fear the dredging. Work begins in spring."
    assert "dredging" in answer_question(english, "Who feared dredged channels?", k=1)[0].text
