"""Proposals: the new source suggested for a speaker nobody has recorded, right the first time."""

from articles.models import Source
from articles.quotes import find_quotes, match_source

CITY_HALL = (
    "Harbor City will stop holding people for U.S. Immigration and Customs Enforcement (ICE), the "
    "Board of Supervisors decided.\n\n"
    "Police Commissioner Angela Chan, who leads the Police Commission, said most had no violent "
    "convictions. “A broken taillight is not a reason,” Chan said.\n\n"
    "“We will comply with the law,” ICE said in a statement."
)


def test_an_organization_is_proposed_under_its_full_name_with_its_abbreviation():
    ice = find_quotes(CITY_HALL)[-1].proposed
    assert (ice.name, ice.abbreviation, ice.kind) == (
        "U.S. Immigration and Customs Enforcement",
        "ICE",
        "organization",
    )


def test_a_person_is_proposed_with_their_title_and_the_organization_they_lead():
    chan = find_quotes(CITY_HALL)[0].proposed
    assert (chan.name, chan.title) == ("Angela Chan", "Police Commissioner")
    assert chan.organization == "Police Commission"


def test_a_person_is_proposed_with_the_body_they_sit_on_or_work_for():
    cases = {
        "Commissioner Rhea Balan, who sits on the Harbor Commission, said it was “a start.”": (
            "Harbor Commission"
        ),
        "Dr. Owen Pryce, who works for Vale County Public Health, said the wait was “too long.”": (
            "Vale County Public Health"
        ),
    }
    for text, organization in cases.items():
        assert find_quotes(text)[0].proposed.organization == organization, text


def test_an_organization_speaking_under_its_abbreviation_is_not_the_person_its_last_words_look_like():
    text = (
        "U.S. Immigration and Customs Enforcement (ICE) said in a statement that both men had "
        "“extensive” records. The agency said its officers “followed the law.”"
    )
    first, second = find_quotes(text)
    assert (first.proposed.name, first.proposed.abbreviation) == (
        "U.S. Immigration and Customs Enforcement",
        "ICE",
    )
    assert second.proposed == first.proposed
    party = find_quotes("Cllr Pádraig Ó Fearghail (FF) said the plan was “a disgrace.”")[0].proposed
    assert (party.name, party.kind) == ("Pádraig Ó Fearghail", "person")


def test_an_abbreviation_whose_capitals_do_not_spell_a_longer_name_keeps_the_run_before_it():
    text = "The Alder County Transportation Authority (ACTA) wants a toll. “We need it,” ACTA said."
    assert find_quotes(text)[0].proposed.name == "Alder County Transportation Authority"


def test_the_recorded_organization_is_matched_by_its_abbreviation_instead_of_proposed():
    ice = Source(pk=7, name="U.S. Immigration and Customs Enforcement", abbreviation="ICE")
    ice.kind = Source.Kind.ORGANIZATION
    q = find_quotes(CITY_HALL, sources=[ice])[-1]
    assert q.source is ice and q.proposed is None
    assert match_source("Customs Enforcement", "organization", [ice], abbreviations=["ICE"]) is ice


def test_a_title_written_short_is_proposed_in_full():
    cases = {
        "“Why would we gamble with that?” said Coun. Evelyn Tremblay.": "Councillor",
        "“Stay off the roads,” said Supt. Brendan Cottier.": "Superintendent",
        "“Call us,” said Det. Insp. Maya Lindqvist.": "Detective Inspector",
        "Cllr Martin Esterhuizen spoke first. “The lorries are old,” Esterhuizen said.": "Councillor",
        "“It will pass,” said Sen. Patricia Oduya.": "Senator",
    }
    for text, title in cases.items():
        assert find_quotes(text)[0].proposed.title == title, text


def test_a_courtesy_title_is_no_title():
    q = find_quotes("“It is full,” said Mr. Tom Reyes.")[0]
    assert (q.proposed.name, q.proposed.title) == ("Tom Reyes", "")


def test_a_role_noun_finds_a_person_whose_short_title_it_spells_out():
    text = (
        "Det. Insp. Maya Lindqvist leads the inquiry. Gwen Holloway found the car.\n\n"
        "“We are asking anyone with a dashcam to call us,” the inspector said."
    )
    assert find_quotes(text)[0].speaker_name == "Maya Lindqvist"


def test_a_hyphenated_surname_alone_matches_the_recorded_person_it_ends():
    record = Source(pk=1, name="Ines Marlow-Teague", title="Mayor", kind="person")
    assert match_source("Marlow-Teague", "person", [record]) is record
    assert match_source("Ana Marlow-Teague", "person", [record]) is None


def test_a_body_described_in_lowercase_is_the_recorded_organization_whose_name_ends_so():
    sources = [
        Source(pk=1, name="Alder Valley Sheriff's Office", kind=Source.Kind.ORGANIZATION),
        Source(pk=2, name="Alder Valley Fire District", kind=Source.Kind.ORGANIZATION),
    ]
    text = (
        "Deputies arrested two men on Friday. The sheriff's office posted a warning on Facebook: "
        "“Lock your cars and report anything suspicious.”"
    )
    assert find_quotes(text, sources=sources)[0].source == sources[0]


def test_a_short_form_of_the_recorded_first_name_matches_the_record():
    record = Source(pk=1, name="Theodore Vankirk", title="Alderman", kind="person")
    assert match_source("Theo Vankirk", "person", [record]) is record
    assert match_source("Ted Vankirk", "person", [record]) is None
    assert match_source("Th Vankirk", "person", [record]) is None


def test_a_company_named_with_or_without_its_legal_form_is_the_recorded_company():
    steel = Source(pk=3, name="Vardhan Steel", kind=Source.Kind.ORGANIZATION)
    holdings = Source(pk=4, name="Orchard Holdings Ltd", kind=Source.Kind.ORGANIZATION)
    q = find_quotes("Vardhan Steel Ltd said the deal was “transformational”.", sources=[steel])[0]
    assert q.source is steel
    assert match_source("Orchard Holdings", "organization", [holdings]) is holdings
    assert match_source("Orchard Holdings plc", "organization", [holdings]) is holdings
    # A parent company named with a word more is another company.
    assert match_source("Vardhan Steel Group Inc.", "organization", [steel]) is None


def test_a_proposed_title_keeps_no_honorific_age_home_town_or_circumstance():
    cases = {
        "Dr. Anwar Siddiqui said the plan was “a real step.”": "",
        "Neighbor Rosa Villanueva said she was “relieved.”": "",
        "“I lost a week,” said Darren Kowalski, a 47-year-old concreter from Elizabeth.": "concreter",
        "“Knock,” said Dr. Hannah Greer, the county's public health officer.": "public health officer",
        "Vice-Chancellor Professor Helen Marchetti said it was “not a choice.”": "Vice-Chancellor",
        "Professor Sipho Dlamini said the campaign was “late.”": "Professor",
    }
    for text, title in cases.items():
        assert find_quotes(text)[0].proposed.title == title, text


def test_a_proposed_organization_leaves_the_place_around_its_name_out():
    text = (
        "“It worked,” said Petra Lindgren, a telecoms analyst at Kvist Securities in Stockholm. "
        "“They waited,” said Rajeswari Pillai, a managing director at Kuala Lumpur-based Meridian Cargo."
    )
    first, second = find_quotes(text)
    assert (first.proposed.title, first.proposed.organization) == ("telecoms analyst", "Kvist Securities")
    assert second.proposed.organization == "Meridian Cargo"


def test_a_proposed_title_keeps_neither_how_long_it_was_held_nor_where_and_a_place_is_no_organization():
    cases = {
        "Longtime waitress Brenda Kohl said the gruffness was “mostly for show.”": ("waitress", ""),
        "“You buy what you find,” said Grace Chepkoech, 46, a vegetable vendor in Soko Mpya.": (
            "vegetable vendor",
            "",
        ),
        "Boston-based private equity investor Jared Cole said the club was “a gem.”": (
            "private equity investor",
            "",
        ),
        "Outside, season-ticket holder Bill Tremayne said, “Come back to me in three years.”": ("", ""),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_ward_written_before_a_seat_is_no_part_of_the_proposed_title():
    text = "Nyalenda B MCA Jacinta Awino told the House that traders learnt of it “from a signboard.”"
    assert find_quotes(text)[0].proposed.title == "Member of County Assembly"


def test_a_rank_written_after_a_job_is_no_part_of_the_proposed_title():
    text = "Police spokesperson Brigadier Thabo Sithole said “14 people have been arrested so far.”"
    assert find_quotes(text)[0].proposed.title == "Police spokesperson"


def test_local_before_a_seat_is_no_part_of_the_proposed_title_and_a_seat_written_short_is_in_full():
    cases = {
        "Local councillor Maeve Dorrity said the closure was “one more light going out.”": "councillor",
        "The local MP, Tomas Ferrier, said “these are real families.”": "Member of Parliament",
    }
    for text, title in cases.items():
        assert find_quotes(text)[0].proposed.title == title, text


def test_how_someone_stands_to_a_school_shop_or_employer_is_no_proposed_title():
    cases = {
        "Sixth-grader Lena Ortiz, 11, said “it feels strange without it.”": "",
        "Standing outside, student Carys Llewellyn said “we just want trains that come.”": "",
        "Regular customer Bernie Haskett said “I'll miss the chat more than the sausages.”": "",
        "His longest-serving employee, Declan Furey, said “I never worked anywhere else.”": "",
        "Law student Priya Anand said “the rule is unclear.”": "Law student",
    }
    for text, title in cases.items():
        assert find_quotes(text)[0].proposed.title == title, text


def test_a_body_set_off_after_a_titled_name_is_its_organization_and_a_home_town_is_not():
    text = (
        "Detective Sergeant Lorna Pike, of the Carrow Police major crime unit, said: “Someone saw this.”\n\n"
        "Retired teacher Owen Marsh, of Dunmore, said “the road has always been dangerous.”"
    )
    found = find_quotes(text)
    assert (found[0].proposed.title, found[0].proposed.organization) == (
        "Detective Sergeant",
        "Carrow Police major crime unit",
    )
    assert (found[1].proposed.title, found[1].proposed.organization) == ("Retired teacher", "")


def test_a_seat_set_off_before_its_holder_is_the_title_and_its_place_the_organization():
    cases = {
        "The assembly member for Obuasi ward, Mrs Abena Darko, a nurse, said “we were not asked.”": (
            "assembly member",
            "Obuasi ward",
        ),
        "The Member for Dalrymple, Shannon Pirelli-Watts, said “the bridge comes first.”": (
            "Member",
            "Dalrymple",
        ),
    }
    for text, fields in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == fields, text


def test_a_teams_plural_nickname_before_a_title_is_the_one_name_it_ends():
    text = (
        "The Harbour City Wanderers lost 2-1 at home on Saturday.\n\n"
        "Wanderers coach Pete Mulvaney said “we gave it away in ten minutes.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("coach", "Harbour City Wanderers")


def test_a_place_leading_a_seat_set_off_before_its_holder_is_the_organization():
    cases = {
        "The Kellerton ward councillor, Mandla Zulu, said “the hall should carry her name.”": (
            "ward councillor",
            "Kellerton",
        ),
        "The Greens senator, Rosalind Tapsell, said “this is overdue.”": ("Greens senator", ""),
    }
    for text, fields in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == fields, text


def test_a_level_of_government_before_a_place_office_is_part_of_the_title_not_a_body():
    cases = {
        "Provincial Governor Amado Reyes said “we have declared a state of calamity.”": (
            "Provincial Governor",
            "",
        ),
        "Former Harlan Mills Mayor Dick Oberholtzer said “we never had a flood like it.”": (
            "Former Mayor",
            "Harlan Mills",
        ),
    }
    for text, fields in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == fields, text


def test_a_datelines_dash_ends_the_words_a_proposed_title_is_read_from():
    text = "ORVALE, Kenya — Former county trade executive Mercy Achieng said “the count was fair.”"
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Former county trade executive", "")


def test_a_seat_of_a_house_for_a_place_set_off_after_the_name_is_the_title_at_that_place():
    text = (
        "Eluned Price, the Member of the Senedd for Cwm Derwen, said she had received 200 emails. "
        "“People are giving up on the line,” she said."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Member of the Senedd", "Cwm Derwen")


def test_an_office_set_off_before_an_honorific_and_the_name_is_the_proposed_title():
    text = (
        "The Presiding Member, Hon. Kofi Mensimah, said the orders did not allow it. "
        "“I have to apply the rules,” he said."
    )
    assert find_quotes(text)[0].proposed.title == "Presiding Member"


def test_a_job_after_the_name_beats_the_part_a_co_author_plays_in_the_story():
    text = (
        "The study's co-author, Dr Wen Hollis, a marine ecologist, said in an email that closures "
        "“should follow the birds.”"
    )
    assert find_quotes(text)[0].proposed.title == "marine ecologist"


def test_the_prefect_of_a_place_set_off_before_the_name_is_the_title_at_that_place():
    text = (
        "The prefect of Bas-Lormont, Claire Dumoulin, met a delegation of farmers. "
        "“We will meet again in two weeks,” she said."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("prefect", "Bas-Lormont")


def test_how_many_terms_and_the_verb_before_a_mention_are_no_part_of_the_proposed_title():
    text = (
        "Former trade executive Mercy Achieng won on Thursday, defeating two-term senator Ruth Oduya "
        "by 3,000 votes. Oduya said the count “cannot be trusted.”"
    )
    proposed = {q.proposed.name: q.proposed for q in find_quotes(text)}["Ruth Oduya"]
    assert proposed.title == "senator"
