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


def test_a_public_body_voting_in_the_lead_makes_a_story_about_a_meeting():
    voted = (
        "Northgate city council voted 7-4 on Monday to keep snow-clearing in-house.\n\n"
        "“Why would we gamble with that?” said Coun. Evelyn Tremblay.\n\n"
        "Councilmember Tom Briggs called the plan “a tax on going out.”\n\n"
        "The director of roads, Brigitte Lafleur, told council the contractor was faster. Asked if she "
        "was confident, she said: “I'm confident in the contract.”\n\n"
        "A spokesman for the contractor, Brightline Services, said it would bid again. “We will be "
        "back,” he said."
    )
    mentioned = (
        "Alder County will pay $2.1 million under a settlement approved Tuesday by the Board of "
        "Supervisors.\n\n"
        "“No amount of money changes that,” said the family's lawyer, Aisha Karimi."
    )
    found = find_quotes(voted, newsroom="Chronicle")
    assert [q.obtained for q in found] == [Quote.Obtained.HEARING] * 3 + [Quote.Obtained.SAID]
    assert find_quotes(mentioned, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_a_committee_questioning_someone_in_the_lead_makes_a_story_about_a_hearing():
    text = (
        "Executives of Pacific Coast Power were questioned for four hours Wednesday by a state Senate "
        "committee.\n\n"
        "“Some of my constituents found out when their oxygen machines stopped,” Sen. Patricia Oduya said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_written_words_and_words_in_the_video_come_by_the_medium_named_just_before():
    wrote = (
        "Mallory Finch, a dairy farmer, posted on Facebook that she had dumped 3,000 gallons of milk. "
        "“Apologies don't milk cows,” she wrote."
    )
    video = (
        "Castillo posted a video on the company's social media accounts apologizing. “We owe you "
        "better information,” he said in the video."
    )
    assert find_quotes(wrote, newsroom="Chronicle")[0].obtained == Quote.Obtained.SOCIAL
    assert find_quotes(video, newsroom="Chronicle")[0].obtained == Quote.Obtained.SOCIAL


def test_a_message_to_donors_is_a_statement():
    text = "“We have never seen lines like this,” the Alder County Food Bank said in a message to donors."
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.STATEMENT


def test_words_said_plainly_right_after_a_sentence_naming_a_statement_came_in_it():
    carried = (
        "The Bellini family said in a message to supporters that Marco was recovering. “He wants to "
        "go back to work,” the family said."
    )
    other = (
        "The union said in a statement that it would appeal. Mayor Ruiz disagreed on Friday. “We "
        "will win,” Ruiz said."
    )
    assert find_quotes(carried, newsroom="Chronicle")[0].obtained == Quote.Obtained.STATEMENT
    assert find_quotes(other, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_told_the_outlet_the_story_names_as_its_own_is_told_us():
    contributed = (
        "Dale Tokuda told the Tribune on Wednesday: “Some of these boats gross $300,000 a year.”\n\n"
        "Tribune correspondent Kai Lindgren contributed to this report."
    )
    note = (
        "“Please answer the door,” Chief Inspector Neil Hartigan told the Advocate.\n\n"
        "The Advocate will continue to update this story."
    )
    comment = (
        "Úna Gilsenan told the Observer: “We want homes built here.”\n\n"
        "The Observer has contacted the council for comment."
    )
    unnamed = "Rekha Uikey has written three times. “Not one reply has come,” she told this newspaper."
    other = (
        "“Shelter in place now,” Superintendent Brendan Cottier told ABC Radio.\n\n"
        "The Advocate will continue to update this story."
    )
    for text in (contributed, note, comment, unnamed):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US, text
    assert find_quotes(other, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED
