"""Mentions and entities: who a surname, a first name or an organization's short name means."""

from articles.quotes import find_quotes


def test_a_first_name_alone_stands_for_the_one_person_of_that_first_name():
    text = (
        "Maria Velasquez has tended a plot since 2004. Gwen Holloway read a letter.\n\n"
        "Maria said she would keep coming. “Until they put a fence up, I’m here,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Maria Velasquez"


def test_the_end_of_an_organizations_name_means_the_organization_named_in_full():
    text = (
        "The U.S. Coast Guard found the captain had worked 16 hours. The operator “failed to enforce "
        "its own limits,” the Coast Guard wrote."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "U.S. Coast Guard"
    assert q.proposed.kind == "organization"


def test_a_capitalized_role_opening_a_sentence_is_a_title_not_part_of_the_name():
    text = "Tenant Rosalind Mbeki, 68, has lived there for 23 years. “It was in English only,” Mbeki said."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Rosalind Mbeki"
    assert q.proposed.title == "Tenant"


def test_a_multi_word_title_with_of_is_not_part_of_the_name():
    text = "“Every vote will be counted,” Secretary of State Ana Ruiz said in a statement."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Ana Ruiz"
    assert q.proposed.title == "Secretary of State"


def test_a_person_of_an_organization_is_the_person():
    text = (
        "Housing advocate Jerome Baptiste of Homes for Calder said the city lost homes. "
        "“Four hundred families will keep paying,” Baptiste said."
    )
    assert find_quotes(text)[0].speaker_name == "Jerome Baptiste"
