"""Paragraphs and sentences: the plain text the finder reads."""

from articles.quotes import find_quotes, paragraphs, plain_text
from articles.quotes.text import _sentence_ends


def test_typewriter_backtick_marks_are_read_as_curly_quote_marks():
    text = "``I love this pier,'' said Councilmember Elena Voss. ``My grandfather fished off it.''"
    assert paragraphs(text) == [
        "“I love this pier,” said Councilmember Elena Voss. “My grandfather fished off it.”"
    ]
    assert [q.text for q in find_quotes(text)] == ["I love this pier", "My grandfather fished off it."]
    assert {q.speaker_name for q in find_quotes(text)} == {"Elena Voss"}


def test_offsets_index_the_plain_text_after_backticks_are_read():
    text = "``We will sit down this week,'' Mayor Lena Fairweather said."
    q = find_quotes(text)[0]
    assert plain_text(text)[q.start : q.end] == q.text


def test_single_line_breaks_separate_paragraphs_in_plain_text_without_blank_lines():
    text = "Headline over the story\nThe council met.\n“We are done,” said Mayor Lena Fairweather."
    assert len(paragraphs(text)) == 3
    assert find_quotes(text)[0].speaker_name == "Lena Fairweather"


def test_a_given_name_written_short_ends_no_sentence():
    par = "Mayor Ma. Celeste Ortega met the families. They asked for water."
    assert _sentence_ends(par) == [len("Mayor Ma. Celeste Ortega met the families."), len(par)]


def test_a_block_of_lines_that_end_sentences_is_paragraphs_when_only_the_header_has_blank_lines():
    text = (
        "Ferry crew walk out over rosters\n\n"
        "By Hana Ostergaard\nIsland Courier\n\n"
        "Crews on the morning ferry walked off at dawn.\n"
        "“We have asked for a fair roster for two years,” deckhand Tomas Riel said.\n"
        "The operator, Sound Lines, said sailings would resume on Friday."
    )
    assert paragraphs(text)[1] == "By Hana Ostergaard Island Courier"
    assert len(paragraphs(text)) == 5
    assert find_quotes(text)[0].speaker_name == "Tomas Riel"


def test_a_section_label_and_headline_typed_over_the_byline_each_make_a_paragraph():
    text = (
        "Theatre | Review\n"
        "Orla Brennan: The Lamplighter's Year (Abbey Stage)\n"
        "Reviewed by Conall Dwyer, The Midland Gazette\n\n"
        "The play opens in a cold kitchen. “I wanted the audience to feel the draught,” "
        "Brennan told the Midland Gazette in March."
    )
    assert paragraphs(text)[:3] == [
        "Theatre | Review",
        "Orla Brennan: The Lamplighter's Year (Abbey Stage)",
        "Reviewed by Conall Dwyer, The Midland Gazette",
    ]
    quote = find_quotes(text, newsroom="Chronicle")[0]
    assert quote.speaker_name == "Orla Brennan"
    assert quote.obtained == "told_us"


def test_lines_of_a_paragraph_wrapped_without_a_byline_stay_one_paragraph():
    text = "The council met on Monday\nto hear the plan for the new\nbridge.\n\nIt voted for it."
    assert paragraphs(text)[0] == "The council met on Monday to hear the plan for the new bridge."
