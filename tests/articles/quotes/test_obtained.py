"""How the words were obtained, read from the attribution."""

from articles.models import Quote
from articles.quotes import find_quotes


def test_told_another_outlet_is_relayed_and_told_the_newsroom_is_told_us():
    relayed = (
        "A spokeswoman, Carla Ruiz, told Channel 7 the costs had risen. “The numbers stopped working,” "
        "Ruiz said."
    )
    ours = "Annika Sorensen told the Chronicle she still takes the ferry. “I sit in the back now,” she said."
    assert find_quotes(relayed, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED
    assert find_quotes(ours, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_another_outlet_reporting_the_words_is_relayed():
    text = "Ellison reportedly told commissioners he had “nothing to hide,” the Harbor Gazette reported."
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED


def test_words_said_plainly_in_a_story_about_a_hearing_were_said_at_the_hearing():
    text = (
        "The toll plan drew 300 people to a hearing on Thursday.\n\n"
        "“Five dollars a day is my lunch,” said Harold Nwosu.\n\n"
        "“We will meet them,” Mayor Lena Fairweather said afterward."
    )
    found = find_quotes(text, newsroom="Chronicle")
    assert [q.obtained for q in found] == [Quote.Obtained.HEARING, Quote.Obtained.SAID]


def test_stated_in_a_statement_and_testified():
    stated = "“The council does not write state law,” Sheriff Marcus Odell said in a statement."
    testified = "“I would do it again,” the company's president, Raymond Castillo, testified."
    assert find_quotes(stated)[0].obtained == Quote.Obtained.STATEMENT
    assert find_quotes(testified)[0].obtained == Quote.Obtained.HEARING
