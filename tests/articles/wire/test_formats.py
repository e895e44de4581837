"""Reading wire files: every format into one WireItem, and every bad file refused with a
message that names the file and the problem."""

import pytest

from articles.wire import formats
from articles.wire.formats import newsml, ninjs
from articles.wire.item import WireRefused
from tests.articles.wire.conftest import sample


def refusal(name, data=None) -> str:
    with pytest.raises(WireRefused) as refused:
        formats.read(name, sample(name) if data is None else data)
    assert str(refused.value).startswith(f"{name}: ")
    return refused.value.problem


def test_ninjs_1_story_keeps_the_wires_metadata():
    item = formats.read("ferry-fares-v1.json", sample("ferry-fares-v1.json"))
    assert item.format == "ninjs"
    assert item.wire_id == "urn:bsns:2026:ferry-fares"
    assert item.version == 1
    assert item.headline == "Bellhaven ferry fares to rise in January"
    assert item.byline == "By Nora Quillfeather, Bay Shore News Service"
    assert item.dateline == "BELLHAVEN"
    assert item.credit == "Bay Shore News Service"
    assert item.dek.startswith("The harbor commission approved")
    assert "Ferry Flats crossing by 50 cents" in item.body
    assert item.embargoed_until is None


def test_ninjs_2_lists_and_embargo_are_read():
    item = formats.read("tide-gauge.json", sample("tide-gauge.json"))
    assert item.version == 3
    assert item.headline.startswith("New tide gauge")
    assert item.byline == "By Tomas Ebright"
    assert item.dateline == "BELLHAVEN"
    assert item.provider == "Bay Shore News Service"
    assert item.embargoed_until.isoformat() == "2030-06-01T15:00:00+00:00"
    # Plain-text bodies become paragraphs.
    assert item.body.count("<p>") == 3


def test_newsml_g2_item_with_xhtml_body():
    item = formats.read("library-levy-v1.xml", sample("library-levy-v1.xml"))
    assert item.format == "newsml"
    assert item.wire_id == "urn:newsml:bsns.example:20261201:library-levy"
    assert item.version == 1
    assert item.headline == "Library levy heads to the March ballot"
    assert item.byline == "By Anselm Royce"
    assert item.dateline == "BELLHAVEN, Dec. 1"
    assert item.credit == "Bay Shore News Service"
    assert item.provider == "Bay Shore News Service"
    assert item.embargoed_until.isoformat() == "2026-12-02T06:00:00-08:00"
    assert "<strong>$48 a year</strong>" in item.body
    assert "html:" not in item.body and "xmlns" not in item.body and "<title>" not in item.body


def test_plain_text_header_block_and_wrapped_paragraphs():
    item = formats.read("storm-drains.txt", sample("storm-drains.txt"))
    assert item.wire_id == "urn:bsns:2026:storm-drains"
    assert item.headline == "Volunteers clear 300 storm drains before the first big rain"
    assert item.byline == "By Wren Halloway, Bay Shore News Service"
    # Lines wrapped inside a paragraph are joined; blank lines separate paragraphs.
    assert item.body.count("<p>") == 3
    assert "storm drains in Millrace" in item.body


def test_plain_text_without_blank_lines_makes_each_line_a_paragraph():
    data = b"Pier 3 closed for repairs\nThe pier closes Monday.\nIt reopens in March.\n"
    item = formats.read("pier.txt", data)
    assert item.headline == "Pier 3 closed for repairs"
    assert item.body == "<p>The pier closes Monday.</p><p>It reopens in March.</p>"
    assert item.wire_id.startswith("text:sha256:")


def test_plain_text_is_escaped_not_read_as_markup():
    item = formats.read("x.txt", b"Headline here\n\n<script>alert(1)</script> & more")
    assert item.body == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"


def test_plain_text_first_line_like_a_header_is_a_headline():
    item = formats.read("u.txt", b"Update: ferry runs late tonight\n\nThe last boat leaves at 11.")
    assert item.headline == "Update: ferry runs late tonight"


def test_html_headline_from_h1_and_metadata_from_meta_tags():
    item = formats.read("market-reopens.html", sample("market-reopens.html"))
    assert item.headline == "Ninth Street market reopens under a new roof"
    assert item.wire_id == "urn:bsns:2026:market-reopens"
    assert item.byline == "By Idris Fenwick"
    assert item.dateline == "BELLHAVEN"
    assert "<h1" not in item.body and "Market reopens" not in item.body


def test_same_text_file_gets_the_same_id_and_a_different_one_another():
    first = formats.read("a.txt", b"Headline\n\nBody one.")
    again = formats.read("b.txt", b"Headline\n\nBody one.")
    other = formats.read("a.txt", b"Headline\n\nBody two.")
    assert first.wire_id == again.wire_id != other.wire_id


@pytest.mark.parametrize(
    "name, expected",
    [
        ("broken-truncated.json", "it is not valid JSON (Unterminated string"),
        (
            "broken-not-an-object.json",
            "it is JSON but not a NINJS news object (expected {...}, found a list)",
        ),
        ("broken-no-headline.json", "it has no headline"),
        ("broken-unclosed.xml", "it is not well-formed XML (mismatched tag: line 5"),
        ("broken-canceled.xml", "the agency has canceled this story"),
        ("unknown-format.csv", "“.csv” files are not a wire format"),
    ],
)
def test_broken_files_are_refused_naming_the_problem(name, expected):
    assert refusal(name).startswith(expected)


def test_entity_expansion_is_refused_before_expanding():
    assert refusal("attack-entity-expansion.xml") == newsml.ENTITIES.format(name="w")


def test_external_entity_is_refused_and_no_file_is_read():
    problem = refusal("attack-external-entity.xml")
    assert problem == newsml.ENTITIES.format(name="secret")
    assert "root:" not in problem


def test_parameter_entity_fetching_a_remote_dtd_is_refused():
    assert refusal("attack-parameter-entity.xml") == newsml.ENTITIES.format(name="remote")


def test_outside_dtd_is_refused_as_an_external_reference():
    problem = refusal("attack-external-dtd.xml")
    assert problem == newsml.EXTERNAL.format(ref="http://attacker.example/g2.dtd")


def test_an_internal_dtd_without_entities_is_refused_too():
    data = sample("library-levy-v1.xml").replace(
        b"<newsItem ", b"<!DOCTYPE newsItem [<!ELEMENT newsItem ANY>]>\n<newsItem ", 1
    )
    assert refusal("dtd.xml", data) == newsml.DTD


def test_xml_that_is_not_newsml_is_refused():
    assert refusal("feed.xml", b"<rss><channel/></rss>") == newsml.NOT_NEWSML.format(root="rss")


def test_oversized_file_is_refused_before_it_is_parsed(settings):
    settings.WIRE_IMPORT_MAX_BYTES = 100
    data = b'{"uri": "x", "headline": "' + b"a" * 200 + b'"}'
    assert refusal("big.json", data) == formats.TOO_LARGE.format(size=len(data), limit=100)


def test_empty_binary_and_non_utf8_files_are_refused():
    assert refusal("empty.txt", b"") == formats.EMPTY
    assert refusal("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00") == formats.BINARY
    assert refusal("latin1.txt", "Caf\u00e9 reopens".encode("latin-1")) == formats.NOT_UTF8.format(position=3)


def test_file_name_without_extension_is_refused():
    assert refusal("README", b"text") == formats.NO_SUFFIX


def test_bad_version_and_bad_embargo_are_refused():
    assert refusal("v.json", b'{"uri": "u", "headline": "H", "body_text": "B", "version": "two"}') == (
        "its version “two” is not a whole number"
    )
    assert refusal("e.json", b'{"uri": "u", "headline": "H", "body_text": "B", "embargoed": "soon"}') == (
        "its embargo time “soon” is not a date and time"
    )


def test_ninjs_without_uri_or_of_another_type_is_refused():
    assert refusal("n.json", b'{"headline": "H", "body_text": "B"}') == ninjs.NO_URI
    assert refusal("p.json", b'{"uri": "u", "type": "picture"}') == ninjs.NOT_TEXT.format(kind="picture")


def test_deeply_nested_json_is_refused_not_crashing():
    data = b'{"uri": "u", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert refusal("deep.json", data) in (ninjs.TOO_DEEP, formats.TOO_DEEP)


def test_headline_longer_than_the_field_is_refused():
    data = ('{"uri": "u", "headline": "' + "word " * 60 + '", "body_text": "B"}').encode()
    assert refusal("long.json", data).startswith("its headline is 299 characters long")


def test_long_summary_is_cut_at_a_word_to_fit_the_dek():
    data = '{"uri": "u", "headline": "H", "body_text": "B", "description_text": "' + "tide " * 100 + '"}'
    item = formats.read("d.json", data.encode())
    assert len(item.dek) <= 300 and item.dek.endswith("tide…")
