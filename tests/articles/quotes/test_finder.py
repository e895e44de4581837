"""The quote finder end to end: find_quotes on whole stories, and the find_quotes command."""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Quote, Source
from articles.quotes import find_quotes, plain_text
from tests.factories import SourceFactory


def only(found):
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def texts(found):
    return [q.text for q in found]


# --- attribution forms -------------------------------------------------------------------


def test_quote_then_surname_said_resolves_to_first_full_mention():
    text = (
        "Councilmember Priya Natarajan represents the Eastside.\n\n"
        '"People were buying bottled water," Natarajan said.'
    )
    q = only(find_quotes(text))
    assert q.text == "People were buying bottled water"
    assert q.speaker == "Natarajan"
    assert q.speaker_name == "Priya Natarajan"
    assert q.proposed.title == "Councilmember"


def test_said_before_the_speaker_with_title_and_relative_clause():
    q = only(find_quotes("“We are full,” said Sheriff Dana Whitfield, whose office runs the jail."))
    assert q.speaker_name == "Dana Whitfield"
    assert q.proposed.title == "Sheriff"


def test_speaker_said_comma_then_quote():
    q = only(find_quotes('Rosa Ortiz spoke last. Asked about the vote, Ortiz said, "I will vote no."'))
    assert q.text == "I will vote no."
    assert q.speaker_name == "Rosa Ortiz"
    assert not q.is_partial


def test_quote_without_comma_and_reportedly_said_during_a_hearing():
    text = 'Dana Whitfield runs the jail. "Who approved this?" Whitfield reportedly said during the hearing.'
    q = only(find_quotes(text))
    assert q.text == "Who approved this?"
    assert q.speaker_name == "Dana Whitfield"
    assert q.obtained == Quote.Obtained.HEARING


def test_told_the_newsroom_is_recorded_as_told_us():
    text = "Nora Lucchesi owns the diner. “I kept it going,” Lucchesi told The Chronicle."
    q = only(find_quotes(text, newsroom="Chronicle"))
    assert q.obtained == Quote.Obtained.TOLD_US
    assert q.speaker_name == "Nora Lucchesi"


def test_organization_stated_resolves_by_abbreviation_to_a_recorded_source():
    epa = Source(
        pk=7, name="Environmental Protection Agency", abbreviation="EPA", kind=Source.Kind.ORGANIZATION
    )
    q = only(find_quotes('"The schedule will not slip," the EPA stated.', sources=[epa]))
    assert q.source is epa
    assert q.proposed is None


def test_organization_resolves_by_full_name_and_role_noun_points_back_to_it():
    epa = Source(
        pk=7, name="Environmental Protection Agency", abbreviation="EPA", kind=Source.Kind.ORGANIZATION
    )
    text = (
        "The Environmental Protection Agency wrote to the city on Tuesday.\n\n"
        'The agency said it would consider "all available enforcement tools" if targets were missed.'
    )
    q = only(find_quotes(text, sources=[epa]))
    assert q.text == "all available enforcement tools"
    assert q.source is epa
    assert q.is_partial


def test_title_plus_surname_resolves_to_a_recorded_person():
    whitfield = Source(pk=3, name="Dana Whitfield", title="Sheriff")
    q = only(find_quotes("“We will not cut patrols,” Sheriff Whitfield said.", sources=[whitfield]))
    assert q.source is whitfield


def test_according_to_attribution():
    text = (
        "Tom Reyes speaks for the agency. "
        "The plan is final, according to Reyes, who said it was “not up for debate.”"
    )
    found = find_quotes(text)
    assert only(found).speaker_name == "Tom Reyes"


def test_speaker_named_in_the_middle_keeps_the_second_half():
    text = '"We asked for this fight," Mayor Celeste Arnaud said. "What we cannot do is pay for it twice."'
    found = find_quotes(text)
    assert texts(found) == ["We asked for this fight", "What we cannot do is pay for it twice."]
    assert {q.speaker_name for q in found} == {"Celeste Arnaud"}
    assert not found[1].is_partial


def test_quote_carrying_on_into_the_next_paragraph_keeps_its_speaker():
    text = (
        "<p>“We have spent 40 years protecting lawns,” Henry Castellanos said. "
        "“It is time we protected people.</p>"
        "<p>“Nobody is going to bulldoze anybody’s house.”</p>"
        "<p>Grace Odom disagreed.</p>"
    )
    found = find_quotes(text)
    assert texts(found)[-1] == "Nobody is going to bulldoze anybody’s house."
    assert [q.speaker_name for q in found] == ["Henry Castellanos"] * 3


def test_paragraph_of_quotes_after_an_introduction_with_a_colon():
    text = (
        "Pacific Crest Power cut electricity to 38,000 customers.\n\n"
        "The utility said in a statement:\n\n"
        '"Turning off the power is a last resort. We do not make this decision lightly."'
    )
    q = only(find_quotes(text))
    assert q.speaker_name == "Pacific Crest Power"
    assert q.obtained == Quote.Obtained.STATEMENT


def test_partial_quote_inside_a_sentence():
    text = "Kevin Marsh leads the district. Marsh called the plan “unworkable” and costly."
    q = only(find_quotes(text))
    assert q.text == "unworkable"
    assert q.is_partial
    assert q.speaker_name == "Kevin Marsh"


def test_pronoun_points_to_the_last_person_named_as_a_subject_not_an_object():
    text = (
        "Dana Whitfield was less conciliatory. "
        "Asked whether she would meet with Alan Burke, she said: “My door is open.”"
    )
    assert only(find_quotes(text)).speaker_name == "Dana Whitfield"


def test_straight_and_curly_marks_nested_single_quotes_and_square_brackets():
    text = (
        "Benjamin Adeyemi is a lawyer. \"Our clients were told to 'move along,'\" Adeyemi said. "
        "“We ask the [housing] committee to wait,” he added."
    )
    found = find_quotes(text)
    assert texts(found) == [
        "Our clients were told to 'move along,'",
        "We ask the [housing] committee to wait",
    ]
    assert {q.speaker_name for q in found} == {"Benjamin Adeyemi"}


# --- what is not a quotation -------------------------------------------------------------


def test_scare_quotes_titles_of_works_and_nicknames_are_not_quotes():
    text = (
        "The club was the subject of the 2019 documentary “Rounds,” which followed three fighters. "
        "The agency’s so-called “lifeline” network will keep its service. "
        "Officials said the city’s “legacy business” program had money left. "
        'Its founder, Walter "Sugar" Simmons, still opens the doors at 6 a.m. '
        "Parents ran a campaign under the banner “Keep Bayside Open,” and many came."
    )
    assert find_quotes(text) == []


def test_a_nickname_does_not_hide_the_full_name():
    text = 'Walter "Sugar" Simmons founded the club. "This place kept me off the corner," Simmons said.'
    assert only(find_quotes(text)).speaker_name == "Walter Simmons"


def test_a_short_sentence_of_its_own_is_still_a_quote():
    text = (
        "Nora Lucchesi will sell the stools. “Somebody should have them,” she said. “Maybe they’ll remember.”"
    )
    assert texts(find_quotes(text)) == ["Somebody should have them", "Maybe they’ll remember."]


# --- proposals and offsets -----------------------------------------------------------------


def test_new_source_proposed_from_the_first_full_mention():
    text = (
        "“I did not run to close schools,” said Oakland school board member Rosa Ortiz. "
        "According to EPA spokesperson Tom K. Reyes, reports will be public. “Check our work,” Reyes said."
    )
    ortiz, reyes = find_quotes(text)
    assert (ortiz.proposed.name, ortiz.proposed.title, ortiz.proposed.organization) == (
        "Rosa Ortiz",
        "school board member",
        "Oakland",
    )
    assert (reyes.proposed.name, reyes.proposed.title, reyes.proposed.organization) == (
        "Tom K. Reyes",
        "spokesperson",
        "EPA",
    )
    assert ortiz.proposed.kind == Source.Kind.PERSON


def test_offsets_index_the_plain_text_of_html_with_entities():
    html = "<h2>Budget</h2><p>Ray Tolliver said he was &ldquo;disappointed but not surprised.&rdquo;</p>"
    plain = plain_text(html)
    q = only(find_quotes(html))
    assert plain[q.start : q.end] == q.text == "disappointed but not surprised."


@pytest.mark.django_db
def test_a_queryset_of_sources_is_narrowed_in_one_query(django_assert_num_queries):
    for n in range(30):
        SourceFactory(name=f"Person Number{n}")
    whitfield = SourceFactory(name="Dana Whitfield")
    with django_assert_num_queries(1):
        found = find_quotes('"We are full," said Sheriff Dana Whitfield.', sources=Source.objects.all())
    assert only(found).source == whitfield


@pytest.mark.django_db
def test_a_queryset_narrowed_finds_a_company_recorded_without_its_legal_form():
    steel = SourceFactory(name="Vardhan Steel", kind=Source.Kind.ORGANIZATION)
    SourceFactory(name="Vardhan Textiles", kind=Source.Kind.ORGANIZATION)
    text = "Vardhan Steel Ltd said the deal was “transformational”."
    assert only(find_quotes(text, sources=Source.objects.all())).source == steel


@pytest.mark.django_db
def test_surname_matching_two_recorded_people_proposes_instead_of_guessing():
    SourceFactory(name="Ana Lee")
    SourceFactory(name="Marcus Lee")
    q = only(find_quotes('"You could empty a unit," Lee said.', sources=Source.objects.all()))
    assert q.source is None
    assert q.proposed.name == "Lee"


# --- the command ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_find_quotes_command_prints_quotes_and_speakers(tmp_path, capsys):
    SourceFactory(name="Dana Whitfield", title="Sheriff")
    story = tmp_path / "story.html"
    story.write_text(
        "<p>“We are full,” said Sheriff Dana Whitfield. “That is a failure.”</p>"
        "<p>Police Commissioner Alan Burke disagreed. “Not my officers,” Burke said.</p>",
        encoding="utf-8",
    )
    call_command("find_quotes", str(story))
    out = capsys.readouterr().out
    assert "1. “We are full”" in out
    assert "Dana Whitfield (recorded source #" in out
    assert "Alan Burke (new source: Police Commissioner)" in out


@pytest.mark.django_db
def test_find_quotes_command_json_is_machine_readable_and_has_no_private_fields(tmp_path, capsys):
    SourceFactory(name="Dana Whitfield", phone="+1 510 555 0199", notes="PRIVATE-NOTE")
    story = tmp_path / "story.txt"
    story.write_text('"We are full," said Sheriff Dana Whitfield.\n', encoding="utf-8")
    call_command("find_quotes", str(story), "--json")
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data[0]["speaker_name"] == "Dana Whitfield"
    assert data[0]["source_id"] is not None
    assert "PRIVATE-NOTE" not in out and "555 0199" not in out


def test_find_quotes_command_refuses_a_missing_file():
    with pytest.raises(CommandError, match="No such file"):
        call_command("find_quotes", "/nonexistent/story.txt", "--no-sources")


def test_an_unnamed_speaker_is_credited_to_nobody_rather_than_guessed():
    text = "Rosa Ortiz watched from the curb. “It was chaos,” one witness said."
    q = only(find_quotes(text))
    assert q.text == "It was chaos"
    assert (q.source, q.proposed, q.speaker_name) == (None, None, "")


def test_a_pull_quote_is_the_words_of_whoever_the_story_later_credits_them_to():
    html = (
        "<p>Harbor officer Dmitri Lenz said the ferry ran aground at low tide.</p>"
        "<blockquote><p>“Nobody on board was hurt, and that is what matters tonight.”</p></blockquote>"
        "<p>Captain Ayla Brandt said the crew had followed the charts.</p>"
        "<p>Brandt was calm. “Nobody on board was hurt, and that is what matters tonight,” she said.</p>"
    )
    found = find_quotes(html)
    assert [q.speaker_name for q in found] == ["Ayla Brandt", "Ayla Brandt"]


def test_a_crosshead_giving_the_opening_words_of_a_later_quotation_is_its_speakers():
    html = (
        "<p>The county closed two clinics on Friday, the health board said.</p>"
        "<h2>“We are running out of places to send people”</h2>"
        "<p>“We are running out of places to send people, and the winter has not even started,” "
        "the hospice's director, Oona Fairbrother, said in an interview.</p>"
    )
    found = find_quotes(html)
    assert [q.speaker_name for q in found] == ["Oona Fairbrother", "Oona Fairbrother"]
    assert found[0].obtained == found[1].obtained == "interview"


def test_a_quotation_joined_by_and_that_to_the_one_before_it_stands_as_that_one_does():
    text = (
        "The motion passed 14-3.\n\n"
        "The resolution's text states that “the cost of housing has risen faster than wages” "
        "and that “rents should be capped at once.”"
    )
    assert [q.text for q in find_quotes(text)] == [
        "the cost of housing has risen faster than wages",
        "rents should be capped at once.",
    ]


def test_a_scare_quote_earlier_in_the_sentence_leaves_its_subject_to_the_quotation_after_it():
    text = (
        "Lim Boon Keat of Teal Harbour Securities downgraded Orvane to “hold” from “buy”, "
        "saying its valuation “no longer leaves room for error”."
    )
    quote = only(find_quotes(text))
    assert (quote.text, quote.speaker_name) == ("no longer leaves room for error", "Lim Boon Keat")


def test_a_quotation_before_a_clause_of_its_own_is_the_speaker_before_it():
    text = (
        "The Harbour Arts Circle called the play “a small miracle”, and the critic Jonah Stroud-Ife "
        "wrote that it was “too long by half”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Harbour Arts Circle", "Jonah Stroud-Ife"]


def test_a_headline_given_short_and_then_in_full_over_the_byline_quotes_nobody():
    text = (
        "Harbour town floods\n\n"
        "‘We lost everything in an hour’: harbour town floods as storm stalls\n\n"
        "By Ada Mwangi-Roe\n\n"
        "The storm dropped 300mm of rain on Portlow overnight.\n\n"
        "‘We lost everything in an hour,’ shopkeeper Ivy Trelawney said. ‘The water came in "
        "under the door.’"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ivy Trelawney", "Ivy Trelawney"]


def test_a_standfirst_between_the_headlines_and_the_byline_quotes_nobody():
    text = (
        "Mill to close, 80 jobs lost\n\n"
        "Mill to close with loss of 80 jobs after orders dry up\n\n"
        "Union calls the closure 'a hammer blow for the valley'\n\n"
        "By Idris Pengelly, Valley reporter\n\n"
        "Carrow Mill will close in March, its owners said on Monday.\n\n"
        "Union organiser Nia Tudur-Hale called the closure “a hammer blow for the valley”."
    )
    found = find_quotes(text)
    assert [(q.text, q.speaker_name) for q in found] == [("a hammer blow for the valley", "Nia Tudur-Hale")]


def test_someone_the_story_placed_away_from_the_meeting_goes_on_speaking_away_from_it():
    text = (
        "A hoard of 400 silver pennies found on a hill farm near Llanfenni has been declared "
        "treasure at an inquest.\n\n"
        "Farmer Owain Trefor-Blake, 58, found the coins while fencing in March. Speaking outside "
        "the hearing, he said: “I thought it was a bottle cap.”\n\n"
        "“My wife still doesn't believe me,” he added."
    )
    assert [q.obtained for q in find_quotes(text)] == ["said", "said"]


def test_a_few_words_credited_to_someone_only_described_are_a_partial_quote_of_nobody():
    text = (
        "Relief convoys were turned back at the border on Friday. Across the river, a Congolese "
        "customs official reportedly said the crossing was “not yet safe” to use, according to "
        "Radio Kivu."
    )
    quote = only(find_quotes(text))
    assert (quote.text, quote.speaker_name, quote.is_partial) == ("not yet safe", "", True)
    assert find_quotes("A regional health plan called for “almost free” clinics.") == []


def test_one_whose_words_the_story_placed_at_a_sitting_goes_on_speaking_there():
    text = (
        "Schools will get their money by the end of the month, the education minister said on Tuesday.\n\n"
        "Minister Joseph Wafula told senators the Treasury had released the funds “as we speak”.\n\n"
        "Head teacher Mary Otieno said her school had borrowed. “We cannot wait,” she said.\n\n"
        "Wafula conceded there had been “errors in a small number of cases”.\n\n"
        "Speaking to journalists after the session, Wafula said the formula was “too low”."
    )
    found = find_quotes(text)
    assert [q.obtained for q in found] == [
        Quote.Obtained.HEARING,
        Quote.Obtained.SAID,
        Quote.Obtained.HEARING,
        Quote.Obtained.SAID,
    ]


def test_a_statement_does_not_carry_on_to_words_the_same_speaker_gave_reporters_later():
    text = (
        "“This was not a decision taken lightly,” managing director Azman Rahardjo said in a statement.\n\n"
        "Speaking to reporters in Kuala Lumpur later, Azman said 200 workers would be moved. Asked about "
        "the rest, he said: “They will receive compensation above what the law requires.”"
    )
    found = find_quotes(text)
    assert [q.obtained for q in found] == [Quote.Obtained.STATEMENT, Quote.Obtained.SAID]


def test_a_quotation_opening_its_paragraph_came_as_told_in_the_sentence_before_that_its_pronoun_opens():
    text = (
        "By Zanele Mokoena\n"
        "The Lowveld Gazette\n\n"
        "The school's top achiever, Siphesihle Mthembu, earned seven distinctions. She told the Gazette "
        "she wants to study engineering.\n\n"
        "“Mr Ndlovu used to tell us the lab is in your head,” she said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.TOLD_US


def test_a_byline_for_the_newsroom_as_a_whole_ends_the_headlines_over_it():
    html = (
        "<h1>Live updates: Hurricane Delphine makes landfall as Category 3 storm</h1>"
        "<p>More than 310,000 customers without power; governor says “the worst is still ahead”</p>"
        "<p>By the Gulf Ledger staff</p>"
        "<p>“The worst is still ahead for inland parishes,” Gov. Theresa Broussard said.</p>"
    )
    found = find_quotes(html)
    assert [q.text for q in found] == ["The worst is still ahead for inland parishes"]


def test_the_same_speakers_plain_words_in_the_next_paragraph_go_on_in_the_interview_they_gave():
    text = (
        "The production opens at the Town Hall on Friday.\n\n"
        "“It's the hardest part I've played,” Kiri Tamatea said in an interview before opening night.\n\n"
        "“I know her really well,” Tamatea said, grinning."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.INTERVIEW] * 2


def test_a_stop_inside_the_marks_ends_the_sentence_and_the_next_has_its_own_speaker():
    text = (
        "The Harbour Workers Union welcomed the award.\n\n"
        "Its lawyer, Thandeka Mbeki-Rossouw, said the award would be “a precedent for every port "
        "in the country.” In a post on its website, the union called the ruling “long overdue.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Thandeka Mbeki-Rossouw", "Harbour Workers Union"]


def test_what_everyone_calls_the_one_the_story_is_about_names_her():
    text = (
        "At 100, “Nana Ivy” still sings in the choir\n\n"
        "When Ivy Maud Pennant was born in 1925, there was no electricity in the district.\n\n"
        "Sitting at the front of the church, the woman everyone calls “Nana Ivy” said she did not "
        "feel 100.\n\n"
        "Asked what she wanted for her birthday, Nana Ivy was brief. “Rain for the yam,” she said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ivy Maud Pennant"]
