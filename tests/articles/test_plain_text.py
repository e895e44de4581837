import pytest

from articles.plain_text import one_line, spreadsheet_text, text_lines, xml_text


@pytest.mark.parametrize(
    "typed, header",
    [
        ("Budget passes\r\nBcc: everyone@example.org", "Budget passes Bcc: everyone@example.org"),
        ("Council\tvotes\x0b on\u2028the\x85 budget", "Council votes on the budget"),
        ("  Ferry\x00 fares  rise ", "Ferry fares rise"),
        ("Mayor says \u202etegdub\u202c no", "Mayor says tegdub no"),
        ("\ufeffLibrary reopens", "Library reopens"),
    ],
)
def test_one_line_turns_breaks_and_controls_into_single_spaces_and_drops_hidden_formatting(typed, header):
    assert one_line(typed) == header


def test_one_line_keeps_the_joiners_that_emoji_and_scripts_need():
    family = "Team \U0001f469\u200d\U0001f4bb wins"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert one_line(family) == family
    assert one_line(persian) == persian


def test_text_lines_keeps_the_lines_whatever_breaks_they_had():
    assert text_lines("Check the date.\r\nCall the clerk.\rThen\x00 file.\n\nThanks") == (
        "Check the date.\nCall the clerk.\nThen file.\n\nThanks"
    )


def test_xml_text_leaves_out_only_what_xml_cannot_carry():
    assert xml_text("Ferry\x0bfares\x00 rise\ufffe") == "Ferry fares rise"
    assert xml_text("Tabs\tand\nlines & <tags> stay") == "Tabs\tand\nlines & <tags> stay"


@pytest.mark.parametrize(
    "typed, cell",
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("@mention", "'@mention"),
        ("\t=1+1", "'\t=1+1"),
        ("Dana Whitfield", "Dana Whitfield"),
        ("", ""),
    ],
)
def test_spreadsheet_text_shows_what_a_spreadsheet_would_run(typed, cell):
    assert spreadsheet_text(typed) == cell
