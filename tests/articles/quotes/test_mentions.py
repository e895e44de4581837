"""Mentions and entities: who a surname, a first name or an organization's short name means."""

from articles.quotes import find_quotes
from articles.quotes.mentions import _Document


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


def test_a_players_role_opening_a_sentence_is_a_title_not_part_of_the_name():
    text = "Substitute Marek Olufemi-Brandt headed in the winner. “I just shut my eyes,” Olufemi-Brandt said."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Marek Olufemi-Brandt"
    assert q.proposed.title == "Substitute"


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


def test_a_union_local_is_one_organization_and_the_union_means_it():
    text = (
        "The union representing the workers, Food and Cannery Workers Local 19, wants a delay. "
        "“Northline made record profits last year,” the union said in a statement."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Food and Cannery Workers Local 19"
    assert q.proposed.kind == "organization"


def test_an_organization_named_beside_its_noun_is_what_the_noun_later_means():
    text = (
        "A Sunmark Development spokeswoman said costs had risen. Neighbors had formed a group, Save "
        "Front Street, that filed two appeals.\n\n"
        "“We are thrilled,” the group said in a statement."
    )
    assert find_quotes(text)[0].speaker_name == "Save Front Street"


def test_a_body_written_in_lowercase_after_its_place_is_named_in_full():
    text = (
        "The Alder County civil grand jury released a report Wednesday. “The jail has become the "
        "county's largest mental health facility,” the report said."
    )
    assert find_quotes(text)[0].speaker_name == "Alder County Civil Grand Jury"


def test_an_outlets_kind_after_its_name_is_not_part_of_the_name():
    text = (
        "The ranking, published in Westward Living magazine, was disputed. “Port Calder has one "
        "bridge and no rail line,” the article said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Westward Living"
    assert q.obtained == "document"


def test_a_relative_named_by_first_name_shares_the_surname_of_the_person_before():
    text = (
        "Daniel Ortiz was swimming with friends when he was pulled from shore.\n\n"
        "Daniel's father Tomás stood by the water. Afterward he said the family blamed no one. "
        "“We just don't want another family standing here,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Tomás Ortiz"


def test_a_pronoun_after_a_quotation_opening_the_next_sentence_tells_who_it_means():
    text = (
        "Councilmember Denise Ocampo wants a tax on empty shops, an idea she says would lower rents.\n\n"
        "The merchants association opposes it. Its director, Philip Yoon, said owners are trying.\n\n"
        "“An empty shop is a choice,” she said.\n\n"
        "Yoon disagreed. “Nobody chooses to lose rent,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Denise Ocampo"


def test_titles_written_short_or_used_abroad_are_not_part_of_the_name():
    text = (
        "Cr Jason Maitland voted against the change. “Most owners are responsible,” Cr Maitland said.\n\n"
        "Local MP Fiona Rendell urged people to leave. “Stay safe,” she wrote on social media.\n\n"
        "Prosecuting, Hannah Oakes said the footage was clear. “It is a miracle,” Miss Oakes said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Jason Maitland", "Fiona Rendell", "Hannah Oakes"]
    assert found[1].proposed.title == "Member of Parliament"


def test_an_occupation_opening_a_sentence_describes_the_person_named_after_it():
    text = (
        "Farmer Wes Dunnicliff, who runs cattle north of town, watched the smoke. "
        "“It is going up like petrol,” Dunnicliff said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Wes Dunnicliff"
    assert q.proposed.title == "Farmer"


def test_someone_the_story_will_not_name_is_credited_as_nobody():
    asked = (
        "Dean Pocock runs the dog club. One woman walking a kelpie, who did not want to give her "
        "name, said she had been knocked over. “I love dogs, just not ones that come at you,” she said."
    )
    described = (
        "Hannah Oakes prosecuted. A motorist travelling in the other direction had to brake. In a "
        "statement read to the court, she said: “I had my two children in the back.”"
    )
    for text in (asked, described):
        q = find_quotes(text)[0]
        assert q.speaker == "she"
        assert q.speaker_name == ""
        assert q.proposed is None and q.source is None


def test_a_description_after_a_name_is_not_someone_else():
    text = (
        "Raúl Fonseca, a former math teacher, said his first priority would be the budget. "
        "“It won’t be painless,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Raúl Fonseca"


def test_a_pronoun_means_the_one_who_spoke_last_not_the_one_spoken_of():
    same_paragraph = (
        "Rekha Uikey, who represents Prabhag 23, said she had written to commissioner Vikram Solanki "
        "three times. “Not one reply has come,” she said."
    )
    paragraph_before = (
        "Outside the courthouse, Naomi Fairbanks-Lowe told reporters that Lorraine Kessling had a "
        "motive.\n\n“The jury will hear from the people who wrote those contracts,” she said."
    )
    assert find_quotes(same_paragraph)[0].speaker_name == "Rekha Uikey"
    assert find_quotes(paragraph_before)[0].speaker_name == "Naomi Fairbanks-Lowe"


def test_a_word_that_starts_an_organizations_name_means_it_until_a_person_has_that_surname():
    text = (
        "Workers at 22 FreshWay Markets stores walked out. FreshWay said its offer was “competitive "
        "with any grocer in the state.” Beatrice Nwosu had shopped at the Delancey FreshWay for years."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "FreshWay Markets"
    assert q.proposed.kind == "organization"


def test_a_pronoun_means_the_one_who_spoke_even_with_where_they_work_after_their_name():
    text = (
        "Outside court, PC Darren Whitlock of Wiltshire Police's roads unit told the Echo that officers "
        "had identified Callum Brierley within a day. “It took us about four hours,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Darren Whitlock"


def test_a_rank_or_office_before_a_name_is_a_title_however_many_words_it_has():
    text = (
        "Assistant Chief Constable Imogen Hale said patrols would double. “We will be visible,” she said.\n\n"
        "Flight Commander Tobias Venn said the runway was clear. “No aircraft was at risk,” Venn said.\n\n"
        "Brigadier Lwazi Ndaba said roadblocks were lifted. “Traffic is moving,” Ndaba said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Imogen Hale", "Tobias Venn", "Lwazi Ndaba"]


def test_a_common_noun_opening_a_sentence_before_a_name_describes_the_person():
    text = (
        "Neighbour Odile Marchetti, 44, heard the crash. “It sounded like thunder,” Ms Marchetti said.\n\n"
        "Publican Ruairi Dunphy keeps the lights on. “We stay open,” he said.\n\n"
        "Sophomore Lenka Dvorak disagreed. “Nobody asked us,” she said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Odile Marchetti", "Ruairi Dunphy", "Lenka Dvorak"]


def test_a_title_with_a_long_object_of_of_or_for_ends_at_the_name():
    text = (
        "Minister of State for Rural Development Kavita Rao said the funds were released. "
        "“Every village will be connected,” she said.\n\n"
        "Minister for the Arts Ewan Doyle opened the gallery. “It belongs to everyone,” Mr Doyle said.\n\n"
        "Provincial MEC for Health and Social Development Lindiwe Zulu visited the clinic. "
        "“The queues are too long,” Zulu said.\n\n"
        "Minister for Ports and Coastal Shipping R.K. Pillai spoke next. “The dredging starts in May,” "
        "the Minister said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Kavita Rao", "Ewan Doyle", "Lindiwe Zulu", "R.K. Pillai"]
    assert found[0].proposed.title == "Minister of State for Rural Development"


def test_a_surname_of_several_words_stands_for_the_person_named_in_full():
    text = (
        "The lineup includes the harpist Siobhán Nic Aodha and Pieter van der Merwe. "
        "Nic Aodha said the hall was perfect. “The sound carries,” Nic Aodha said.\n\n"
        "“We are ready,” van der Merwe said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Siobhán Nic Aodha", "Pieter van der Merwe"]


def test_a_pronoun_means_the_one_named_between_commas_who_told_not_the_one_told():
    text = (
        "Ward organizer Bettina Kroll said the petition had 400 names.\n\n"
        "The utility's head of customer care, Ines Varga, told Harbour Radio the meters were tested. "
        "“Every reading is checked twice,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Ines Varga"


def test_a_surname_with_a_possessive_ending_a_sentence_is_a_mention():
    text = (
        "Coun. Priyanka Sethi argued for the sale. Mayor Joan Albers called it rushed.\n\n"
        "The amendment was Sethi's.\n\n"
        "“We can build a school there,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Priyanka Sethi"


def test_a_spouse_named_by_first_name_shares_the_surname_and_the_family_is_theirs():
    text = (
        "Maud Ellery, 71, died after the fall. Her lawyer, Connor Blythe, said the stairs were unsafe.\n\n"
        "Mrs Ellery's widower of 48 years, Arthur, spoke outside the inquest.\n\n"
        "“She climbed those stairs every day,” he said.\n\n"
        "The family said they were “relieved it is over.”"
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Arthur Ellery", "Ellery family"]


def test_an_abbreviation_defined_for_a_name_with_a_comma_in_it_is_the_whole_name():
    text = (
        "The Office of Parks, Recreation and Heritage (OPRH) closed the trail. "
        "“The slope is unstable,” OPRH said."
    )
    assert find_quotes(text)[0].speaker_name == "Office of Parks, Recreation and Heritage"


def test_a_head_of_government_or_a_playing_position_opening_a_sentence_is_a_title():
    premier = "Premier Iolanthe Vasquez spoke first. “We will rebuild,” Ms Vasquez said."
    position = "Fullback Tevita Mahe scored twice. “The forwards did the work,” Mahe said."
    q = find_quotes(premier)[0]
    assert (q.speaker_name, q.proposed.title) == ("Iolanthe Vasquez", "Premier")
    assert find_quotes(position)[0].speaker_name == "Tevita Mahe"


def test_a_description_opening_a_sentence_before_an_organizations_name_is_no_part_of_it():
    text = "Retailer Hollins Group said the store would “stay open for now.”"
    q = find_quotes(text)[0]
    assert q.speaker_name == "Hollins Group"
    assert q.proposed.kind == "organization"


def test_a_surname_with_a_lowercase_particle_capitalized_to_open_a_sentence_is_the_same_person():
    text = (
        "The coach, Anneke du Plessis, was calm. “We lost the lineouts,” she said.\n\n"
        "Du Plessis said the side was “better than the score.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Anneke du Plessis"] * 2


def test_a_person_named_by_title_and_surname_only_is_whom_a_pronoun_means():
    text = (
        "Trains will run late, said the operator, Coastline Rail.\n\n"
        "Commissioner Abernethy-Lowe said the delays were regrettable. “We owe riders better,” she said."
    )
    q = find_quotes(text)[-1]
    assert q.speaker_name == "Abernethy-Lowe"
    assert q.proposed.title == "Commissioner"


def test_a_body_named_after_its_organization_names_the_organization_too():
    text = (
        "The Renwick Valley School District board voted 5-2 to close Orchard Elementary.\n\n"
        "The district said it was “reviewing every option” for the building."
    )
    assert find_quotes(text)[0].speaker_name == "Renwick Valley School District"


def test_a_place_ending_in_cove_or_falls_is_not_a_person_a_pronoun_may_mean():
    text = (
        "Rep. Marisol Quintero-Diaz, whose district includes Pelham Cove, held up a letter.\n\n"
        "“What do I tell them?” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Marisol Quintero-Diaz"


def test_a_relative_named_beside_the_relation_is_whom_the_relation_and_a_pronoun_mean():
    text = (
        "Edna Farrow-Lowe died on Monday. She is survived by a daughter, Celia Marsh, of Leeds.\n\n"
        "Councillor Joan Ibbett said the town had lost a friend. “She built this place,” she said.\n\n"
        "Her daughter said the family would scatter her ashes at sea. “She loved the water,” she said."
    )
    assert find_quotes(text)[-1].speaker_name == "Celia Marsh"


def test_a_relative_named_by_first_name_alone_is_a_person_a_pronoun_means():
    text = (
        "Priya Shah runs the shop on Quay Street.\n\n"
        "Her nephew, Arjun, climbed onto the roof with a hose. “I just kept spraying,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Arjun"


def test_a_relative_the_story_does_not_name_is_credited_as_nobody():
    text = (
        "Marcus Dunmore lost his home in the fire.\n\n"
        "A page set up by the family’s cousin raised $4000. “They have nothing left,” she wrote."
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_a_name_ending_in_s_takes_the_apostrophe_alone_as_its_possessive():
    text = (
        "The recount cut challenger Tomas Ellers’ lead to 40 votes.\n\n"
        "Ellers, who ran twice before, stayed home. “It is not over,” he wrote on Facebook."
    )
    assert find_quotes(text)[0].speaker_name == "Tomas Ellers"


def test_an_honorific_of_rank_or_respect_is_no_part_of_the_name():
    text = (
        "The local MP, Sir Godfrey Pellow, backed the plan. “It is overdue,” he said.\n\n"
        "Madam Wen Liqing, 52, waited four hours. “Nobody came,” she said.\n\n"
        "Tabla player Ustad Farid Khanna called it “the end of an era.”\n\n"
        "Hajiya Binta Suleiman, whose grandson was admitted, said the well was dry. “Where else "
        "will we get water?” she asked."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == [
        "Godfrey Pellow",
        "Wen Liqing",
        "Farid Khanna",
        "Binta Suleiman",
    ]
    # "Sir" is no title; the office set off before the name is, as it is without the honorific.
    assert found[0].proposed.title == "Member of Parliament"


def test_a_hausa_honorific_before_a_name_is_no_part_of_it():
    text = (
        "“The pump has been broken since March,” said Malam Isa Garba, a trader in the market.\n\n"
        "Mallam Haruna Bello, the village head, said the repairs were promised. “We are still waiting,” "
        "Bello said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Isa Garba", "Haruna Bello"]
    assert "Malam" not in found[0].proposed.title


def test_a_british_detectives_rank_written_short_is_a_title():
    text = (
        "Detective Sergeant Ruth Calloway leads the inquiry. DS Calloway urged the driver to "
        "“come forward now.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Ruth Calloway"


def test_a_name_written_after_the_is_an_organization_not_a_person():
    text = (
        "The Lowfield Red Cross said it had housed six families. “Nobody should sleep in a car,” the "
        "organization said in a statement."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Lowfield Red Cross"
    assert q.proposed.kind == "organization"


def test_a_name_that_operates_something_is_an_organization_and_the_operator_means_it():
    text = (
        "Skerry Link, which operates the crossing, cancelled every sailing. In a statement, the "
        "operator said: “We are sorry for the disruption.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Skerry Link"
    assert q.proposed.kind == "organization"


def test_a_place_in_capitals_opening_a_dateline_is_no_organization():
    pars = ["OTTAWA — Lakeview Tools Inc. is recalling 9,000 drills.", "BRANDON, Man. — Crews worked late."]
    doc = _Document(pars, [0, len(pars[0]) + 2])
    assert "OTTAWA" not in doc.orgs and "BRANDON" not in doc.orgs
    assert "Lakeview Tools Inc." in doc.orgs


def test_the_outlet_in_brackets_after_a_datelines_place_is_no_one_the_story_names():
    pars = ["FRANKFURT (Rhein Wirtschaftsdienst) - Shares in Kessler Antriebe fell on Wednesday."]
    doc = _Document(pars, [0])
    assert "FRANKFURT" not in doc.orgs
    assert "Rhein Wirtschaftsdienst" not in doc.persons and "Rhein Wirtschaftsdienst" not in doc.orgs


def test_a_number_in_the_clause_that_calls_a_name_its_does_not_hide_it():
    text = (
        "German gearbox maker Kessler Antriebe will cut 1,200 jobs at its plants by 2026. "
        "“We must adapt our structures,” the company said in a statement."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Kessler Antriebe"
    assert q.proposed.kind == "organization"


def test_a_name_after_a_clause_about_a_noun_is_not_set_off_as_that_noun():
    text = (
        "Marrow Mills Co. said the company would shut its depot in Fort Ellery, Ohio, by June. "
        "“We thank our staff,” the company said."
    )
    assert find_quotes(text)[0].speaker_name == "Marrow Mills Co."


def test_someone_told_something_is_the_listener_not_whom_a_pronoun_means():
    text = (
        "Omar Grant lost his seat by 40 votes.\n\n"
        "Grant later told Maya Collins he would not stand again. “Eight years is enough,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Omar Grant"


def test_a_broadcaster_or_newspaper_named_for_its_kind_is_an_organization():
    text = "“We were told nothing about the closure,” Radio Tarawera said in an editorial."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Radio Tarawera"
    assert q.proposed.kind == "organization"


def test_she_means_the_one_the_story_calls_she_before_someone_unnamed_it_only_describes():
    text = (
        "Ruth Tamblyn has worked at the forge since 2015. “He never takes a day off,” she says of "
        "Abel Coyle, 88.\n\n"
        "“I’ll stop when I’m dead,” Coyle tells the Packet.\n\n"
        "Tamblyn will keep the forge going. Her husband, a farmer from Penryn, has asked for a gate.\n\n"
        "“He’s next on the list,” she says."
    )
    assert find_quotes(text)[-1].speaker_name == "Ruth Tamblyn"


def test_a_role_set_off_before_a_description_and_the_name_is_what_the_role_later_means():
    text = (
        "The rink's coach, veteran Regina curler Lyle Dunmore, said the ice had slowed. Third Amy "
        "Roth curled 90 per cent.\n\n"
        "“They never panicked, not once,” the coach explained."
    )
    assert find_quotes(text)[0].speaker_name == "Lyle Dunmore"


def test_a_body_that_is_part_of_an_organization_is_what_its_noun_later_means():
    text = (
        "A tribunal of the Rental Standards Authority (RSA) found the landlord had misled tenants. "
        "“The notices were a device to end the tenancies,” the tribunal said in its determination."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Rental Standards Authority"
    assert q.obtained == "document"


def test_a_party_or_club_owning_a_name_is_no_part_of_the_name():
    text = (
        "Greens hopeful: Labour’s Harriet Okafor trails\n\n"
        "The Greens’ Matthias Orlov-Reyes led the count on Sunday, with Labour’s Harriet Okafor "
        "second.\n\n"
        "“It is not over until the postals are in,” Okafor said.\n\n"
        "“We ran the campaign we wanted to run,” Orlov-Reyes said."
    )
    speakers = [q.speaker_name for q in find_quotes(text)]
    assert speakers == ["Harriet Okafor", "Matthias Orlov-Reyes"]


def test_a_possessive_inside_an_organizations_name_stays():
    text = "“The ward is full,” St. Brigid’s Hospital said in a statement."
    assert find_quotes(text)[0].speaker_name == "St. Brigid’s Hospital"


def test_an_age_opening_a_sentence_is_no_part_of_the_name():
    text = (
        "Nineteen-year-old Petra Lindqvist said she had “never run so fast.” "
        "“I was terrified,” Lindqvist added."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Petra Lindqvist", "Petra Lindqvist"]


def test_a_parent_called_by_their_children_opening_a_sentence_is_no_part_of_the_name():
    text = (
        "Father-of-three Tomasz Wielgosz-Aku said the crossing had been “a death trap for years.” "
        "“I walk them over it every morning,” he said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Tomasz Wielgosz-Aku", "Tomasz Wielgosz-Aku"]


def test_a_month_before_a_surname_written_with_it_twice_is_a_given_name():
    text = (
        "May Brightwater-Oduya, potter, dies at 91\n\n"
        "May Brightwater-Oduya, whose glazes filled the town museum, has died.\n\n"
        "Her student Ines Carvalho-Roe posted a tribute on Monday.\n\n"
        "In 2009, Brightwater-Oduya said she would never stop working.\n\n"
        "“Clay doesn’t retire, so why should I?” she said then."
    )
    assert find_quotes(text)[-1].speaker_name == "May Brightwater-Oduya"


def test_the_statement_of_a_family_named_after_the_is_the_familys():
    text = (
        "The Okonjo-Varga family said in a statement that he died at home. "
        "“He was the loudest laugh in every room,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Okonjo-Varga family"


def test_a_surname_means_the_living_namesake_of_someone_named_in_passing_as_dead():
    text = (
        "The by-election follows the death of longtime councillor Albert Fenwick-Mbatha in March. "
        "His daughter, Grace Fenwick-Mbatha, 41, is standing for the seat.\n\n"
        "Speaking at the market, Ms. Fenwick-Mbatha promised “a library open seven days a week”."
    )
    assert find_quotes(text)[0].speaker_name == "Grace Fenwick-Mbatha"


def test_a_works_title_set_off_after_its_noun_is_nobodys_name():
    text = (
        "Odile Brannagh-Soto taught music for 30 years before her debut album, Pale Morrow, won "
        "a national prize.\n\n"
        "She says she misses the classroom.\n\n"
        "“Teaching was the better job,” she says."
    )
    assert find_quotes(text)[0].speaker_name == "Odile Brannagh-Soto"


def test_a_name_opening_a_clause_after_a_works_noun_is_still_a_name():
    text = (
        "Dara Quist-Allen wrote a book on tides. In the book, Quist-Allen argues the sea “keeps no records.”"
    )
    assert find_quotes(text)[0].speaker_name == "Dara Quist-Allen"


def test_an_organization_named_after_the_with_of_in_its_name_speaks_by_its_whole_name():
    text = "“A bold, cold book,” said The Eastern Digest of Books in its spring issue."
    assert find_quotes(text)[0].speaker_name == "Eastern Digest of Books"


def test_a_report_that_judged_the_subject_is_not_the_subjects_own():
    text = (
        "Fernleigh Primary School was rated inadequate for safeguarding in a report published on "
        "Monday.\n\n"
        "Leaders “did not act quickly enough on concerns,” the report said."
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_a_newspaper_that_saw_a_memo_neither_issued_it_nor_is_the_company():
    memo = (
        "Staff will get eight weeks' pay, according to an internal memo seen by the Valley Tribune. "
        "The memo said staff would be “helped to find new roles”."
    )
    assert find_quotes(memo)[0].speaker_name == ""
    company = (
        "By Ada Rui, The Harbour Courier\n\n"
        "In a statement to The Harbour Courier, the company said the rise was “modest”."
    )
    assert find_quotes(company)[0].speaker_name != "Harbour Courier"


def test_a_firm_named_for_the_management_it_does_is_what_the_company_means():
    text = (
        "The flats are run by Saltmarsh Estate Management for the owners.\n\n"
        "In a statement, the company said the new rents were “fair and lawful”."
    )
    assert find_quotes(text)[0].speaker_name == "Saltmarsh Estate Management"


def test_a_firm_named_for_what_it_sells_is_what_the_company_means():
    text = (
        "Castlemere Home Appliances is recalling 9,000 toasters sold since May.\n\n"
        "“We are sorry to every customer,” the company said in a statement."
    )
    assert find_quotes(text)[0].speaker_name == "Castlemere Home Appliances"


def test_a_pronoun_in_a_paragraph_naming_nobody_goes_on_from_the_last_speaker_not_one_spoken_of():
    text = (
        "Striker Tomas Ferreira-Ally limped off before half time, and the club said he would have "
        "scans.\n\n"
        "Coach Rhys Calloway-Nunn said losing Ferreira-Ally would hurt. “He is our spark.”\n\n"
        "Asked about the table, he added: “There is a long way to go.”"
    )
    assert find_quotes(text)[-1].speaker_name == "Rhys Calloway-Nunn"


def test_a_name_after_an_ordinal_is_a_things_not_a_persons():
    text = (
        "Minister Halim Osman-Rae said two more dams had been funded under the 12th Borneo Plan.\n\n"
        "He urged farmers to keep the channels clear.\n\n"
        "“A dam cannot save a blocked drain,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Halim Osman-Rae"


def test_a_document_after_an_organizations_possessive_is_its_own():
    text = (
        "The Northern Growers Association has 400 members.\n\n"
        "The association’s annual Harvest Report, released Monday at its conference in Carver City, "
        "found yields had fallen.\n\n"
        "“Costs rose faster than prices,” the report said."
    )
    assert find_quotes(text)[0].speaker_name == "Northern Growers Association"


def test_a_name_before_range_or_brand_is_a_products_not_an_organizations():
    text = (
        "Tamsworth Dairies is to close its creamery in Ashby.\n\n"
        "The company told staff that its Golden Meadow and Highfield Blue ranges would move to its "
        "plant in Wales, which it said had “room to grow”."
    )
    assert find_quotes(text)[0].speaker_name == "Tamsworth Dairies"


def test_the_verb_opening_a_question_is_no_part_of_the_name():
    text = (
        "Marguerite Osei ran the diner for forty years.\n\n"
        "Would Osei change anything? “Not the pie,” she said. “Never the pie,” Osei said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Marguerite Osei", "Marguerite Osei"]


def test_a_sergeant_written_short_without_a_stop_is_the_sergeant_named_before():
    text = (
        "Prosecutor Sergeant Delroy Ambrose told the court the file was lost.\n\n"
        "“It has been found, your honour,” Sgt Ambrose said."
    )
    assert find_quotes(text)[0].speaker_name == "Delroy Ambrose"


def test_the_before_a_partys_possessive_does_not_make_the_name_after_it_a_things():
    text = (
        "The Greens’ Matthias Orlov-Reyes has won the seat.\n\n"
        "Orlov-Reyes arrived at the town hall to cheers.\n\n"
        "“I start on Monday,” she told the crowd."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Matthias Orlov-Reyes"
    assert q.proposed.kind == "person"


def test_an_agent_noun_capitalized_to_open_a_sentence_is_a_description_not_a_given_name():
    text = (
        "Drummer Tomasz Wielgosz of the house band said the crowd had been kind. "
        "“They clapped through the wrong notes too,” he said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Tomasz Wielgosz"


def test_an_agent_noun_after_a_dateline_is_a_description():
    text = "HARLOW: Novelist Ines Carvalho-Reis opened the fair. “Read anything, often,” Carvalho-Reis said."
    assert find_quotes(text)[0].speaker_name == "Ines Carvalho-Reis"


def test_an_agent_noun_with_a_prefix_joined_by_a_hyphen_is_a_description_too():
    text = "The paper runs to 30 pages. Co-author Matías Cárcamo said the team would apply for time."
    text += " “It's almost a gift,” Cárcamo said."
    assert find_quotes(text)[0].speaker_name == "Matías Cárcamo"


def test_delegate_before_a_name_is_a_description():
    text = (
        "More than 60 people spoke. Delegate Ruth Okonjo, who owns a bakery, urged council to "
        "consider the “quiet majority” of shopkeepers."
    )
    assert find_quotes(text)[0].speaker_name == "Ruth Okonjo"


def test_prof_without_a_stop_is_a_title():
    text = "Prof Anneke Smit led the study. “The samples were clean,” Prof Smit said."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Anneke Smit"
    assert q.proposed.title == "Professor"


def test_a_person_speaks_past_an_age_and_a_description_between_commas():
    text = (
        "Nell Brackwater, 68, a retired ferry pilot, said the crossing had been cut twice.\n\n"
        "“We plan our week around that boat,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Nell Brackwater"


def test_an_ampersand_joins_the_words_of_one_firms_name():
    text = (
        "The builder, Hollins & Marsh, said the work would resume in May. "
        "“We regret the delay,” the builder said."
    )
    assert find_quotes(text)[0].speaker_name == "Hollins & Marsh"


def test_a_place_in_a_title_ends_at_its_compass_word_before_a_long_name():
    text = "Councillor for Brennock West Amara Kofi Mensah called the plan “a betrayal of the estate”."
    assert find_quotes(text)[0].speaker_name == "Amara Kofi Mensah"


def test_its_report_after_an_inquiry_led_by_someone_is_theirs():
    text = (
        "The inquiry, led by retired judge Dame Orla Finnegan, heard from 40 families about the "
        "care home run by the Kestrel Care Group.\n\n"
        "Its report, published on Friday, found that residents had been “left for hours”.\n\n"
        "“Families raised the alarm again and again,” the report said."
    )
    assert find_quotes(text)[-1].speaker_name == "Orla Finnegan"


def test_a_given_name_written_short_stays_part_of_the_name():
    text = "Governor Ma. Celeste Ortega-Bautista said the province had been “left to fend for itself”."
    assert find_quotes(text)[0].speaker_name == "Ma. Celeste Ortega-Bautista"


def test_a_title_and_the_second_word_of_a_longer_name_stand_for_that_person():
    text = (
        "Founder and chief executive Daniel Ong Kah Wei announced the cuts on Monday.\n\n"
        "Mr Ong told the paper the firm would break even next year. “We have grown too fast,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Daniel Ong Kah Wei"


def test_a_name_that_a_clause_after_it_calls_its_is_an_organization():
    text = (
        "Brenmoor Textiles will close its dye works in March. A company spokesperson said the "
        "other sites were “safe for now.”"
    )
    assert find_quotes(text)[0].speaker_name == "Brenmoor Textiles"


def test_a_person_who_speaks_about_a_things_own_is_still_a_person():
    text = "Lena Hargrove said the club would keep its name. “We owe the founders that,” she said."
    assert find_quotes(text)[0].speaker_name == "Lena Hargrove"


def test_the_irish_article_before_a_consonant_is_part_of_an_organizations_name():
    text = (
        "In a statement, An Garda Síochána said it was seeking a dark hatchback. “Anyone with "
        "footage should contact us,” the statement said.\n\n"
        "An Post said deliveries would resume. “Staff are safe,” An Post said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["An Garda Síochána", "An Post"]
    assert found[1].proposed.kind == "organization"


def test_a_name_ending_in_travel_or_tours_is_an_organization():
    text = (
        "The ministry said it was aware of the matter.\n\n"
        "The tour operator, Lotus Path Travel, did not respond to requests for comment. In a post on "
        "its Facebook page, the company said it was “deeply sorry” for the cancellation."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Lotus Path Travel"
    assert q.proposed.kind == "organization"


def test_a_pronoun_deep_in_the_words_someone_reports_does_not_tell_how_the_story_calls_them():
    text = (
        "Senior Sergeant Fiona Leckie said the walker was cold. “He did the right thing,” she said.\n\n"
        "His sister, Agnieszka Kowalczyk, said the family had never stopped believing he would be found.\n\n"
        "“Mum hasn't slept since Wednesday,” she told reporters."
    )
    assert find_quotes(text)[1].speaker_name == "Agnieszka Kowalczyk"


def test_a_pronoun_in_a_question_someone_was_asked_does_not_tell_how_the_story_calls_them():
    text = (
        "Owner Dolores Haugen opens at five. Regular Gordon Stiles sits at the counter.\n\n"
        "Stiles laughed when asked what would happen if she ever did close. “Half this town would "
        "starve,” he said.\n\n"
        "The roll still sells for $2.50.\n\n"
        "“I raised it a quarter in 2008,” she said."
    )
    assert find_quotes(text)[1].speaker_name == "Dolores Haugen"


def test_a_spokesperson_for_a_body_in_lowercase_after_its_places_name_speaks_for_that_body():
    text = (
        "A spokeswoman for the Saxon economy ministry said the state would seek talks. "
        "“Plauen must remain a strong industrial location,” she said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Saxon economy ministry"
    assert q.proposed.kind == "organization"


def test_a_police_rank_or_an_advocate_written_before_the_name_is_a_title():
    text = (
        "The police spokesperson, DSP Kwabena Asante-Boadu, said: “The suspects will be charged.”\n\n"
        "Prosecutor Advocate Thandeka Mokoena opposed bail. “The accused is a flight risk,” Mokoena said.\n\n"
        "Ward MCA Jared Ochieng disagreed. “We were never consulted,” he said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Kwabena Asante-Boadu", "Thandeka Mokoena", "Jared Ochieng"]
    assert found[0].proposed.title == "Deputy Superintendent of Police"


def test_words_spoken_in_the_present_are_not_those_of_someone_the_story_says_has_died():
    text = (
        "Ruth Amos has run the shop for 40 years. She still opens at eight.\n\n"
        "When Alec Amos died in 2009, she thought about selling up.\n\n"
        "“I couldn't do it,” she says."
    )
    assert find_quotes(text)[0].speaker_name == "Ruth Amos"


def test_a_pronoun_after_someone_named_as_an_owner_is_not_how_the_story_calls_them():
    text = (
        "Rosa Tane runs the shop. The takings cover the rent, with a little left for Hemi Parata's "
        "wages, which she tops up from her pension when she has to.\n\n"
        "Hemi Parata found the shop when his band needed posters. “I never left,” he says."
    )
    assert find_quotes(text)[0].speaker_name == "Hemi Parata"


def test_a_printer_or_a_brewery_is_an_organization_not_a_person():
    text = (
        "Kete Print was started in 1972 by Huia Morgan. She still runs it.\n\n"
        "“Every word costs you a minute,” she says."
    )
    assert find_quotes(text)[0].speaker_name == "Huia Morgan"


def test_a_nickname_between_single_marks_inside_a_name_is_no_part_of_it():
    text = (
        "Harold 'Doc' Pemberton, who built the town's marching band, dies at 88\n\n"
        "Harold Pemberton led the school band for 34 years. He died on Saturday.\n\n"
        "Pemberton joined the school in 1962. “There was nowhere to go but up,” he said in 1994."
    )
    assert find_quotes(text)[0].speaker_name == "Harold Pemberton"


def test_the_reporter_in_the_byline_is_no_one_a_pronoun_means():
    text = (
        "Seven held over cable theft\n\nBy Obinna Ukwueze\n\n"
        "Police paraded seven suspects on Tuesday.\n\n"
        "“We are not thieves,” he said."
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_one_of_a_group_described_but_not_named_is_nobody_the_story_names():
    text = (
        "Police spokesman Musa Bello said seven people were held.\n\n"
        "One of the suspects, a 27-year-old who spoke to reporters, said they were paid. "
        "“We needed the money,” he said."
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_a_regnal_number_ends_a_persons_name():
    text = (
        "The chief of Nkwanta, Nana Ofosu Ampem II, told a radio station the sites were known.\n\n"
        "“They come with excavators at night,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Nana Ofosu Ampem II"


def test_an_organization_named_as_the_owner_of_what_its_name_runs_into_is_named():
    text = (
        "By Sunday, the Ferry Band Alumni Association's Facebook page had filled with messages. "
        "“Rest easy, Doc,” the association wrote."
    )
    assert find_quotes(text)[0].speaker_name == "Ferry Band Alumni Association"


def test_a_name_after_a_determiner_and_a_model_year_is_a_product_not_a_person():
    text = (
        "Maeve Dunleavy has driven the coast road for 30 years. "
        "She does it in a 2004 Toyota Hilux with a dog in the back.\n\n"
        "“It has never let me down,” she says."
    )
    assert find_quotes(text)[0].speaker_name == "Maeve Dunleavy"


def test_letters_after_a_name_for_a_rank_or_honour_are_no_part_of_it():
    text = (
        "Opening the case, Harriet Moncrieff KC said the money had been spent.\n\n"
        "“He treated the estates as his own,” Miss Moncrieff told the jury."
    )
    assert find_quotes(text)[0].speaker_name == "Harriet Moncrieff"


def test_a_description_after_a_name_and_an_age_describes_the_one_named():
    text = (
        "Mrs Pennock, 71, a retired nurse, gave evidence on Tuesday.\n\n"
        "“I felt such a fool,” she told the court."
    )
    assert find_quotes(text)[0].speaker_name == "Pennock"


def test_an_arabic_name_joined_by_bin_and_al_is_one_person_however_long():
    text = (
        "The authority's chief executive, Saeed Bin Hamad Al Mazrouei, said fares would rise.\n\n"
        "“We have carried the cost for eight years,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Saeed Bin Hamad Al Mazrouei"


def test_a_company_named_without_its_legal_form_is_the_company_named_with_it():
    text = (
        "The pipeline is being built by Tallowmere Gas Ltd., which has spent two years on it.\n\n"
        "Tallowmere Gas said it was “reviewing the decision carefully”."
    )
    assert find_quotes(text)[0].speaker_name == "Tallowmere Gas Ltd."


def test_a_company_named_without_its_trade_and_legal_form_is_the_company_named_with_them():
    text = (
        "Ashby & Pell Hardware Inc. will shut its warehouse in May.\n\n"
        "In a statement, Ashby & Pell said it was “grateful to every worker”."
    )
    assert find_quotes(text)[0].speaker_name == "Ashby & Pell Hardware Inc."


def test_leader_before_a_name_is_a_title_not_a_given_name():
    text = "Majority Leader Tomasz Brennan-Ofori said the vote was “long overdue”."
    quote = find_quotes(text)[0]
    assert quote.speaker_name == "Tomasz Brennan-Ofori"
    assert quote.proposed.title == "Majority Leader"


def test_a_name_with_a_lowercase_word_other_than_a_particle_is_no_persons():
    text = (
        "Odile Baptiste-Reyes ran the station for 40 years.\n\n"
        "She was awarded the national Cross of Valour in 1998, a decision she described "
        "at the ceremony as “far too kind”."
    )
    assert find_quotes(text)[0].speaker_name == "Odile Baptiste-Reyes"


def test_a_nickname_of_two_words_between_single_marks_is_no_part_of_the_name():
    text = (
        "Odile 'Mama Dee' Baptiste, voice of the island, dies at 90\n\n"
        "She described the honour as “far too kind”."
    )
    assert find_quotes(text)[0].speaker_name == "Odile Baptiste"


def test_her_after_a_name_in_its_sentence_may_be_anothers_and_does_not_tell_who_he_is():
    text = (
        "Dorrit Vanstone tunes pianos. She is 68.\n\n"
        "The principal, Meg Odunsi-Carr, says the school could not afford a tuner.\n\n"
        "“Dorrit is our music program,” she says.\n\n"
        "Her son, Lachlan Vanstone, worries about her driving alone.\n\n"
        "“She has got the phone now,” he says."
    )
    assert find_quotes(text)[1].speaker_name == "Lachlan Vanstone"


def test_a_day_or_a_month_after_a_title_is_a_given_name():
    text = (
        "An eyewitness, Mr Sunday Adewale, who sells cards nearby, told reporters the crowd was restless.\n\n"
        "“Everybody pushed at once,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Sunday Adewale"


def test_ratu_is_a_fijian_chiefs_title_and_with_the_given_name_means_the_one_named():
    text = (
        "Village headman Ratu Josefa Vunisea, 67, said the village had raised the money itself.\n\n"
        "“We did not wait for anybody,” Ratu Josefa said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Josefa Vunisea"]


def test_a_name_ending_with_a_plural_the_story_writes_after_the_is_a_teams():
    text = (
        "Harrowby Kestrels came from behind to beat Dunmore 21-20 on Saturday.\n\n"
        "The Kestrels posted the winning try online with the caption: “Never in doubt.”"
    )
    assert find_quotes(text)[0].speaker_name == "Harrowby Kestrels"


def test_the_author_named_after_a_post_by_is_whom_the_pronoun_after_means():
    text = (
        "Villager Jone Tikoduadua said nobody had come.\n\n"
        "His comments follow a Facebook post by Infrastructure Minister Semi Rabukawaqa on Sunday, "
        "in which he described the report as “misleading and irresponsible”."
    )
    assert find_quotes(text)[0].speaker_name == "Semi Rabukawaqa"


def test_a_department_of_two_fields_joined_by_and_is_one_organization():
    text = (
        "A spokeswoman for the Ministry of Fisheries and Coastal Affairs said the licence was "
        "“still being reviewed”."
    )
    assert find_quotes(text)[0].speaker_name == "Ministry of Fisheries and Coastal Affairs"


def test_a_person_named_after_a_department_and_and_is_not_part_of_its_name():
    text = (
        "The plan was drawn up by the Department of Health and Maria Evans, a nurse.\n\n"
        "“We asked for years,” Evans said."
    )
    assert find_quotes(text)[0].speaker_name == "Maria Evans"


def test_one_word_and_an_organization_named_for_both_is_one_organization():
    text = (
        "The operator, Tarbert and Islay Bus Services, said in a statement: "
        "“We apologise for the disruption.”"
    )
    assert find_quotes(text)[0].speaker_name == "Tarbert and Islay Bus Services"


def test_a_firm_named_in_the_possessive_before_a_verb_is_an_organization_of_that_name():
    text = (
        "Department store Pellow's is to shut its last branch in March.\n\n"
        "In a statement, Pellow's said: “This was a very difficult decision.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Pellow's"
    assert q.proposed.kind == "organization"


def test_a_name_in_the_possessive_before_a_noun_is_still_its_owner():
    text = "Anita Pellow is a baker. “It is hard,” Pellow said of Pellow's bakery."
    assert find_quotes(text)[0].speaker_name == "Anita Pellow"


def test_a_statement_issued_by_a_relative_named_after_the_owner_is_the_relatives():
    text = (
        "Harold Brennan-Ley, 71, died in the fire.\n\n"
        "Brennan-Ley's son, Aidan Brennan-Ley, said in a statement that the family was grateful.\n\n"
        "“Dad never stopped working,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Aidan Brennan-Ley"


def test_a_relative_the_story_calls_a_son_is_whom_he_means_whatever_pronoun_follows_the_name():
    text = (
        "Councillor Brendan Kiely said the ward had been promised years ago.\n\n"
        "Nora Quill, 91, was brought in after a fall. Her son, Cathal, said she waited 30 hours.\n\n"
        "“She was in a corridor all night,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Cathal"


def test_a_report_released_by_a_body_is_that_bodys_when_the_report_speaks():
    text = (
        "A woman died when a bus left the road near Kelso County, according to a report "
        "released Friday by the Highway Safety Board.\n\n"
        "“The driver did not brake before the bend,” the report states."
    )
    assert find_quotes(text)[0].speaker_name == "Highway Safety Board"


def test_an_abbreviation_never_defined_is_the_organization_whose_name_it_spells():
    text = (
        "The man was detained by U.S. Customs and Border Protection at the airport on Monday.\n\n"
        "A CBP spokesperson confirmed the arrest in an email.\n\n"
        "“He will remain in custody,” the email said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "U.S. Customs and Border Protection"
    assert q.proposed.abbreviation == "CBP"


def test_a_report_the_story_writes_according_to_is_still_the_one_named_before():
    text = (
        "Two men died in the crash, according to a report released Friday by the Air Safety Board.\n\n"
        "According to the report, pilot Tom Reyes radioed that the engine was failing.\n\n"
        "“The airplane struck the ground nose first,” the report states."
    )
    assert find_quotes(text)[-1].speaker_name == "Air Safety Board"


def test_a_water_company_named_for_its_place_is_an_organization_the_company_means():
    text = (
        "Fish died below a pumping station operated by Carreg Valley Water, the Rivers Agency said.\n\n"
        "Carreg Valley Water said a pump had failed during heavy rain.\n\n"
        "A spokesperson for the company said: “We are deeply sorry.”"
    )
    assert find_quotes(text)[0].speaker_name == "Carreg Valley Water"


def test_malaysian_honorifics_a_grandmothers_courtesy_and_church_titles_are_not_the_name():
    text = (
        "The state's Works Minister, Datuk Farah Idris, said repairs would start soon. “We have "
        "the money,” she said.\n\n"
        "Gogo Nomvula Zikalala, 81, walks two kilometres for water. “My legs are old,” she said.\n\n"
        "The parish priest, Rev. Canon Emeka Obi, was moved last month.\n\n"
        "“I go where I am sent,” Canon Obi said.\n\n"
        "Council President Pro Tem Dale Whitcombe voted no. “It is too soon,” he said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == [
        "Farah Idris",
        "Nomvula Zikalala",
        "Emeka Obi",
        "Dale Whitcombe",
    ]


def test_a_name_holding_and_whose_capitals_the_story_writes_is_one_organization():
    text = (
        "Federal Mining and Land Safety confirmed the inspection, saying the mine “was found to "
        "be in breach of two rules.”\n\n"
        "The samples went to the Eastvale FMLS Testing Centre on Friday."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Federal Mining and Land Safety"
    assert q.proposed.abbreviation == "FMLS"


def test_someone_who_wrote_to_an_office_wrote_the_letter_the_story_then_quotes():
    text = (
        "Neighbours have rallied. Senator Imogen Strand wrote to the ministry on Friday asking "
        "for a review “as a matter of urgency.” The letter calls the closure “a false economy.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Imogen Strand", "Imogen Strand"]


def test_the_noun_of_an_organization_named_for_its_field_with_for_is_what_the_story_calls_it():
    text = (
        "The Federal Office for Coastal Safety said the harbour would stay closed.\n\n"
        "“Nobody will sail before the survey is done,” the office said."
    )
    assert find_quotes(text)[0].speaker_name == "Federal Office for Coastal Safety"


def test_a_state_body_after_its_countrys_possessive_is_named_without_the_country():
    text = (
        "Norway's National Agency for Coastal Safety said the survey would take a week.\n\n"
        "“Nobody will sail before it is done,” the agency said.\n\n"
        "The Children's Hospital of Eastbury said two sailors were treated."
    )
    assert find_quotes(text)[0].speaker_name == "National Agency for Coastal Safety"


def test_a_name_a_preposition_takes_through_a_lowercase_role_is_not_whom_he_said_means():
    text = (
        "Harriers coach Owen Talbot, who was booked by referee Simon Parry before half-time, "
        "was all smiles afterwards.\n\n"
        "“We deserved that,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Owen Talbot"


def test_a_name_written_after_the_before_its_boss_or_players_is_a_sides_not_a_persons():
    text = (
        "Ashby Town threw away a lead at home on Saturday.\n\n"
        "Manager Rhys Dalloway was furious. The Town boss, who has lost four in a row, admitted "
        "the players had let him down.\n\n"
        "Asked about the next match, he said: “Nobody is safe.”"
    )
    assert find_quotes(text)[0].speaker_name == "Rhys Dalloway"


def test_a_listener_told_through_a_role_in_lowercase_is_not_whom_the_pronoun_means():
    text = (
        "The mayor, Ilse Brandauer, has stayed neutral. She told the regional broadcaster "
        "Kestrel Sound that the town was “tired, not angry.”"
    )
    assert find_quotes(text)[0].speaker_name == "Ilse Brandauer"


def test_venerable_written_short_is_an_archdeacons_title_not_a_sentence_end():
    text = (
        "In a statement, the diocesan secretary, Ven. Tolu Bankole, called the protest "
        "“unchristian.”\n\n"
        "“No priest belongs to a congregation,” the statement read."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Tolu Bankole", "Tolu Bankole"]
    assert found[0].obtained == "statement"


def test_the_second_of_three_names_after_a_courtesy_title_is_the_one_named_in_full():
    text = (
        "“The roads are ruining us,” cooperative chairman Samuel Kariuki Njoroge told the "
        "Chronicle.\n\n"
        "Speaking after the meeting, Mr. Kariuki said prices would rise “once the roads reopen.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Samuel Kariuki Njoroge"] * 2


def test_a_fuller_form_of_a_name_with_a_middle_name_is_the_person_named_before():
    # An obituary names its subject as everyone knew them, then in full when it tells the life.
    text = (
        "Fred Lindqvist, who ran the ferry to Gull Island for 40 years, has died at 91.\n\n"
        "Born in 1934, Frederick Carl Lindqvist learned to pilot a boat before he could ride a bike.\n\n"
        "“The tide never once asked me what I wanted,” he told a reporter in 1998."
    )
    assert find_quotes(text)[0].speaker_name == "Fred Lindqvist"


def test_a_saints_name_inside_a_persons_name_is_part_of_it():
    # Caribbean and Irish names take a saint's name as a middle name or a surname.
    text = (
        "Minister of Youth and Sport Kerwin St. Rose Baptiste told reporters the stadium would reopen.\n\n"
        "“The roof is finished and the pitch is ready,” Mr. Baptiste said.\n\n"
        "Minister of Culture Maeve St. John said the grant “will keep the small theatres open.”"
    )
    first, second = find_quotes(text)
    assert first.speaker_name == "Kerwin St. Rose Baptiste"
    assert second.speaker_name == "Maeve St. John"


def test_an_organisation_named_as_one_keeps_the_place_it_is_of():
    text = (
        "The Small Growers Organisation of Dominica said the new levy would “fall hardest on the "
        "hillside farms.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Small Growers Organisation of Dominica"
    assert q.proposed.kind == "organization"


def test_a_body_named_for_the_fields_it_covers_listed_with_commas_is_one_name():
    text = (
        "The Ministry of Fisheries, Forests and Lands said in a statement that the ban was "
        "“necessary to let the reef recover.”"
    )
    assert find_quotes(text)[0].speaker_name == "Ministry of Fisheries, Forests and Lands"


def test_a_body_a_lead_calls_by_what_it_is_before_naming_it_is_what_that_noun_means_after():
    text = (
        "Hosepipes will be banned across the valley from Friday, the regional water authority says.\n\n"
        "Northvale Water said in a release that its reservoirs were at a third of their capacity.\n\n"
        "Gardeners may still use watering cans, and the authority said it would “review the ban "
        "every fortnight.”"
    )
    assert find_quotes(text)[0].speaker_name == "Northvale Water"


def test_a_surname_of_two_words_that_two_people_share_stands_for_the_first_named():
    text = (
        "Síle Ní Bhriain, who founded the Ballyvane choir in 1979, is to retire.\n\n"
        "Her daughter, Aoife Ní Bhriain, will take over the choir in September.\n\n"
        "Ms Ní Bhriain said the choir had “never once sung in tune, and never once cared.”"
    )
    assert find_quotes(text)[0].speaker_name == "Síle Ní Bhriain"


def test_a_title_whose_object_holds_and_ends_before_the_person_it_names():
    text = (
        "Minister for Trade and Economic Development Losana Vuniwai, who toured the market on "
        "Monday, called the new stalls “long overdue.”"
    )
    assert find_quotes(text)[0].speaker_name == "Losana Vuniwai"


def test_a_currencys_letters_before_a_dollar_sign_name_no_organization():
    text = (
        "Kestrel Logistics, valued at NZ$900 million last year, is closing its Napier depot.\n\n"
        "Drivers will be paid until March, according to an internal memo seen by the Harbour "
        "Tribune. The memo said drivers would be “offered roles in Hastings first.”"
    )
    assert find_quotes(text)[0].speaker_name == "Kestrel Logistics"


def test_someone_who_would_give_only_their_first_name_is_called_by_it():
    text = (
        "A fisherman who would give only his first name, Tevita, said the catch had halved. "
        "“The reef is tired,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Tevita"


def test_a_directorate_a_secretariat_and_an_inspectorate_are_organizations_by_name():
    text = (
        "The Norwegian Directorate of Fisheries said in a statement that the quota would be "
        "“reviewed in the spring.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Norwegian Directorate of Fisheries"
    assert q.proposed.kind == "organization"


def test_an_office_and_its_object_set_off_before_a_name_are_the_named_persons_title_not_a_person():
    text = (
        "The Minister for Lakes and Waterways, Odhran Ní Bhriain-Casey, told the Dáil the scheme "
        "was “on track”.\n\n"
        "The minister later told reporters it would be “finished by spring”."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Odhran Ní Bhriain-Casey"] * 2
    assert found[0].proposed.title == "Minister for Lakes and Waterways"
    doc = _Document([text.split("\n\n")[0]], [0])
    assert list(doc.persons) == ["Odhran Ní Bhriain-Casey"]


def test_a_department_of_justice_and_a_field_of_services_is_one_body_its_spokesperson_speaks_for():
    text = (
        "A spokeswoman for the Department of Justice and Community Services said the unit would "
        "reopen.\n\n"
        "“Staffing has improved,” the spokeswoman said."
    )
    assert find_quotes(text)[0].speaker_name == "Department of Justice and Community Services"
    health = "The Department of Health and Human Services said it was “reviewing the rule”."
    assert find_quotes(health)[0].speaker_name == "Department of Health and Human Services"


def test_a_report_by_an_office_and_the_one_who_holds_it_is_that_persons():
    text = (
        "Wards were left unstaffed on 40 nights, according to a report by the county’s Chief "
        "Inspector of Hospitals, Teodora Vance-Okafor.\n\n"
        "“Patients were put at risk night after night,” the report says."
    )
    assert find_quotes(text)[0].speaker_name == "Teodora Vance-Okafor"


def test_the_league_means_the_league_named_before_or_one_known_by_capitals_ending_in_its_initial():
    named = (
        "The Southern Counties Netball League fined the club £2,000. The league said the club "
        "had “ignored three warnings”."
    )
    capitals = (
        "The deal needs the approval of the NRFL, whose checks take weeks. The league said it "
        "would “not comment while the checks go on”."
    )
    assert find_quotes(named)[0].speaker_name == "Southern Counties Netball League"
    assert find_quotes(capitals)[0].speaker_name == "NRFL"


def test_a_programme_is_an_organization_and_the_name_its_abbreviation_spells():
    text = (
        "The Hillside Literacy Programme (HLP) halted two projects in March.\n\n"
        "“We cannot run them without staff on the ground,” the agency said."
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker_name, quote.proposed.kind) == ("Hillside Literacy Programme", "organization")


def test_someones_relative_by_their_first_name_in_the_possessive_is_the_relative_the_story_named():
    text = (
        "Wanjala grew up in Kibera. Her uncle, Samuel Otieno Wanjala, taught her to swim.\n\n"
        "Grace's uncle, now 70, still lives by the lake.\n\n"
        "“She swam before she could walk,” he told the Courier."
    )
    assert find_quotes(text)[0].speaker_name == "Samuel Otieno Wanjala"


def test_a_named_relative_spoken_of_leaves_no_one_unnamed_for_a_later_pronoun():
    text = (
        "Grace Akinyi Wanjala coaches at the lake. Her uncle, Samuel Otieno Wanjala, taught her to swim.\n\n"
        "Grace's uncle, now 70, still lives by the lake.\n\n"
        "“She swam before she could walk,” he said.\n\n"
        "For a year after the accident, she says, she “could not look at the water”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Samuel Otieno Wanjala", "Grace Akinyi Wanjala"]


def test_a_name_of_several_given_names_after_a_title_of_two_fields_is_read_whole():
    text = (
        "Minister for Housing and Works Tan Mei Ling Grace said: “Every block will be checked "
        "before the rains.”"
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker_name, quote.proposed.title) == (
        "Tan Mei Ling Grace",
        "Minister for Housing and Works",
    )


def test_an_office_read_as_a_name_then_its_holder_between_commas_issued_the_statement():
    text = (
        "The Fire Safety Officer for the district, Station Officer Kemi Adeyemi, confirmed the "
        "closure in a statement on Monday. “The building will stay shut until repairs are done,” "
        "the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Kemi Adeyemi"


def test_a_nickname_inside_a_full_name_stands_for_that_name_before_and_after_it():
    text = (
        "Tilly Ashgrove, harbour's first woman pilot, dies at 91\n\n"
        "By Ro Fenner\n\n"
        "Matilda “Tilly” Ashgrove, who guided ships into Port Caddon for 30 years, died on Monday.\n\n"
        "“I never once lost my nerve,” Ashgrove said in 2004."
    )
    assert find_quotes(text)[0].speaker_name == "Matilda Ashgrove"


def test_a_nickname_someone_is_known_by_names_them_later():
    text = (
        "The Rovers were led by hooker Mosese Latu. Latu, known to the crowd as “The Anvil”, "
        "scored twice.\n\n"
        "“We owed the fans that one,” the Anvil said."
    )
    assert find_quotes(text)[0].speaker_name == "Mosese Latu"


def test_a_body_named_for_fields_listed_with_commas_may_have_a_field_of_two_words():
    text = (
        "A spokesman for the Ministry of Tourism, Arts and Culture said the museum would reopen "
        "“once the roof is safe”.\n\n"
        "A spokeswoman for the Department of Agriculture, Rural Development and Fisheries said "
        "the ban was “a precaution, nothing more”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == [
        "Ministry of Tourism, Arts and Culture",
        "Department of Agriculture, Rural Development and Fisheries",
    ]


def test_the_company_means_a_body_whose_name_ends_with_its_legal_form():
    text = (
        "Power cut as storm hits coast\n\n"
        "Seaboard Power Limited restored supply to most homes by Tuesday evening.\n\n"
        "The company said crews would work through the night “until the last street is lit”."
    )
    assert find_quotes(text)[0].speaker_name == "Seaboard Power Limited"


def test_a_field_of_two_words_ending_in_a_plural_after_and_is_part_of_the_title():
    text = (
        "Provincial MEC for Safety and Home Affairs Thandiwe Mabaso called the closure "
        "“a setback we will reverse”."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Thandiwe Mabaso"
    assert q.proposed.title == "MEC for Safety and Home Affairs"


def test_a_role_word_opening_an_organizations_name_is_no_title():
    text = (
        "The Commuter Transit Authority of Riverside said late trains would run “every half hour "
        "until the strike ends”."
    )
    assert find_quotes(text)[0].speaker_name == "Commuter Transit Authority of Riverside"


def test_a_forum_or_a_collective_is_an_organization():
    text = (
        "The Eastfield Tenants’ Forum has run a rota since May. On its noticeboard, the forum "
        "wrote: “Water truck at noon. Bring two buckets.”"
    )
    assert find_quotes(text)[0].speaker_name == "Eastfield Tenants’ Forum"


def test_the_document_means_the_last_paper_the_story_named_whatever_its_kind():
    text = (
        "The Spending Review published by the Finance Ministry warns that interest costs are "
        "“now the fastest-growing line in the budget.”\n\n"
        "The document also notes that borrowing will “peak a year later than forecast.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Finance Ministry"] * 2


def test_a_review_or_a_resolution_speaks_for_whoever_issued_it():
    text = (
        "Harrow Valley Transit raised its fares in March. Its own review concluded that the "
        "zones were “hard to explain and harder to defend.”"
    )
    assert find_quotes(text)[0].speaker_name == "Harrow Valley Transit"


def test_a_surname_after_ms_shows_the_word_before_it_is_a_given_name_not_a_titles_object():
    text = (
        "County Member for Water Amina Njeri Kamau said the pipes would be flushed.\n\n"
        "“Boil everything until we say otherwise,” said Ms Njeri."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Amina Njeri Kamau"
    assert q.proposed.title == "Member for Water"


def test_an_office_set_off_before_its_holder_means_the_holder_after():
    text = (
        "The Tánaiste, Niamh Ó Briain, defended the budget on Tuesday.\n\n"
        "In March the Tánaiste said the plan was “a promise we have kept to every family”.\n\n"
        "“We will build what we said we would build,” the Tánaiste said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Niamh Ó Briain"] * 2


def test_someone_the_story_calls_unnamed_is_credited_as_nobody():
    text = (
        "A logbook kept by a lighthouse keeper sold for £9,000 on Friday. Edwin Marsh, the "
        "auctioneer, said interest was strong. In one entry, the unnamed keeper wrote: “Fog "
        "again. The lamp burned all night and no ship came.”"
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_he_after_a_spokesperson_named_by_their_body_means_the_body():
    text = (
        "Northvale Police asked drivers to stay home. A force spokesman said crews had cleared "
        "three roads.\n\n"
        "‘Please leave the coast road to the gritters tonight,’ he said."
    )
    assert find_quotes(text)[0].speaker_name == "Northvale Police"


def test_an_office_whose_fields_are_listed_with_commas_before_its_holder_is_their_role():
    text = (
        "The Minister for Sport, Recreation and Youth, Tamsin Okoro-Hale, paid tribute on Monday. "
        "Her deputy, Leon Marsh, also spoke.\n\n"
        "“She built the club with her own hands. We owe her a great deal,” the minister wrote."
    )
    assert find_quotes(text)[0].speaker_name == "Tamsin Okoro-Hale"


def test_an_undersecretary_before_a_name_is_a_title_with_its_field():
    text = (
        "Transport Undersecretary for Roads Celia Marquez-Bondoc answered the panel.\n\n"
        "“Every contract will be reviewed,” Marquez-Bondoc said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Celia Marquez-Bondoc"


def test_a_name_set_off_before_the_venue_it_is_is_no_one_a_pronoun_means():
    text = (
        "Priya Raman is wiping down the counter. Next week, Copper Kettle, the cafe she opened "
        "in 2009, will close.\n\n"
        "“I will miss the regulars most,” she says."
    )
    assert find_quotes(text)[0].speaker_name == "Priya Raman"


def test_the_owner_of_a_venue_set_off_after_a_name_is_still_a_person():
    text = "“We sold out by noon,” said Dara Boyle, the bakery owner."
    assert find_quotes(text)[0].speaker_name == "Dara Boyle"


def test_a_law_named_after_a_speaker_is_no_one_a_pronoun_means():
    text = (
        "Mayor Ines Kowalski has invoked the city's Severe Weather Response Act, which frees up "
        "funds. Speaking to reporters, she said: “We will open four shelters tonight.”"
    )
    assert find_quotes(text)[0].speaker_name == "Ines Kowalski"


def test_a_spokeswoman_for_a_body_named_after_it_is_whom_the_spokeswoman_means():
    text = (
        "A spokeswoman for the Lakeland Water Board, Mairead Tolan, said pipes were being flushed.\n\n"
        "“Boil all drinking water until Friday,” the spokeswoman said."
    )
    assert find_quotes(text)[0].speaker_name == "Mairead Tolan"


def test_a_spokeswoman_for_a_body_unnamed_still_speaks_for_it():
    text = (
        "A spokeswoman for the Lakeland Water Board said pipes were being flushed.\n\n"
        "“Boil all drinking water until Friday,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Lakeland Water Board"


def test_a_husband_of_so_many_years_named_after_it_is_called_he():
    pars = ["Her husband of 40 years, Colm Ferris, said she had been writing a song."]
    doc = _Document(pars, [0])
    assert doc.persons["Colm Ferris"].nouns == {"husband"}


def test_a_name_after_the_kind_of_body_in_lowercase_is_the_body_the_group_means():
    text = (
        "The National Spill Response Agency said it had sent a team.\n\n"
        "Environmental group Delta Rivers Watch said the spill was the fourth this year.\n\n"
        "The group found that operators “routinely blame sabotage.”"
    )
    assert find_quotes(text)[0].speaker_name == "Delta Rivers Watch"


def test_a_choir_or_an_orchestra_is_a_body_and_born_opening_a_sentence_is_no_part_of_a_name():
    text = (
        "Gwenllian Okafor-Price, who conducted the Cwmdulais Male Voice Choir for four decades, has died.\n\n"
        "Born Gwenllian Price in Ystalyfera in 1941, she was playing for services by the age of nine.\n\n"
        "When the Cwmdulais choir invited her to become its director, some members threatened to leave.\n\n"
        "“He stayed for twenty-five years,” she recalled."
    )
    assert find_quotes(text)[0].speaker_name == "Gwenllian Okafor-Price"
    doc = _Document(["The Northern Sinfonia Orchestra said it would tour."], [0])
    assert doc.mentions[0].entity.kind == "organization"


def test_the_noun_before_of_in_a_bodys_name_is_what_the_lead_calls_it_so_no_later_body_takes_it():
    text = (
        "The Montana Department of Environmental Quality has fined a mine operator $2.1 million.\n\n"
        "In a consent order released Friday, the department said Granite Peak Minerals LLC had "
        "failed to maintain a pipeline.\n\n"
        "“The delay made a bad situation worse,” the order states."
    )
    assert find_quotes(text)[0].speaker_name == "Montana Department of Environmental Quality"


def test_a_declaration_signed_by_someone_no_body_is_said_to_issue_is_theirs_and_a_document():
    text = (
        "A state of emergency was declared in the Tūrama district overnight.\n\n"
        "The declaration, signed by Mayor Craig Hollings at 1.15am, states that the flooding “is "
        "likely to endanger the safety of the public”.\n\n"
        "Hollings said it had been “a very easy one to make.”"
    )
    first, second = find_quotes(text)
    assert first.speaker_name == "Craig Hollings"
    assert first.obtained == "document"
    assert second.obtained == "said"


def test_a_country_or_city_in_two_words_is_no_person_a_pronoun_could_mean():
    text = (
        "Head coach Chris Hale was pleased, though he noted that Sri Lanka had been 'a bit loose' "
        "with the bat.\n\n'We had a chance to bat them out of the game,' he said.\n\n"
        "Amira Haddad flew in on Monday, but Kuala Lumpur was shut. 'We waited,' she said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Chris Hale", "Chris Hale", "Amira Haddad"]


def test_an_office_set_off_before_a_name_with_an_honorific_is_its_title():
    text = (
        "Flagging off the campaign, the Kano State Commissioner for Health, Dr Abubakar Sani Yakasai, "
        "said vaccine had been procured.\n\nAmina Bello, a mother of four, said she was relieved.\n\n"
        "“This is a lie, and it is a dangerous lie,” the commissioner said."
    )
    found = find_quotes(text)
    assert found[0].speaker_name == "Abubakar Sani Yakasai"
    assert found[0].proposed.title == "Kano State Commissioner for Health"


def test_the_spokesperson_is_the_body_named_before_the_word_that_they_speak_for():
    text = (
        "A NSW Police spokesperson said detectives began investigating in March.\n\n"
        "'This case shows why independent auditing matters,' the spokesperson said."
    )
    assert find_quotes(text)[0].speaker_name == "NSW Police"


def test_a_surname_alone_means_the_one_named_with_it_before_their_generation():
    text = (
        "City Council President Ada Okafor was elected mayor, defeating Republican Thomas Kessler III by "
        "about 1,900 votes.\n\n"
        "“We came up short tonight,” Kessler said.\n\n"
        "His father, former Mayor Thomas Kessler Jr., stood at the back of the room.\n\n"
        "“That's democracy,” Kessler said.\n\n"
        "One longtime Kessler voter said he was disappointed but “not going anywhere.”"
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Thomas Kessler III", "Thomas Kessler III", ""]


def test_a_unit_after_a_number_ending_a_sentence_is_no_initial_of_the_name_after_it():
    text = (
        "António Mourato walks up to a cork oak and taps it twice.\n\n"
        "At noon the crew stops. The heat is already past 35C. Mourato sits against the trunk.\n\n"
        "“In nine years someone will come back to this tree,” he says."
    )
    assert find_quotes(text)[0].speaker_name == "António Mourato"


def test_a_work_whose_title_opens_with_a_number_is_no_person_a_pronoun_could_mean():
    text = (
        "Joseph Kilonzo retired in 2007. His last exhibition, Seventy Years of Looking, opened at the "
        "National Museum in 2023.\n\n"
        "Asked at its opening what he hoped people would take from it, he said: “That ordinary people "
        "are worth a photograph.”"
    )
    assert find_quotes(text)[0].speaker_name == "Joseph Kilonzo"


def test_a_union_set_off_before_its_locals_number_is_one_organization():
    text = (
        "The Labourers' International Union of North America, Local 837, said in a news release that "
        "the case should be “a wake-up call for every contractor in this province.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Labourers' International Union of North America, Local 837"
    assert q.proposed.kind == "organization"


def test_an_office_of_one_field_is_followed_by_a_name_of_several_given_names():
    text = (
        "Commissioner of Police Ibrahim Danladi Garba, who received the victims, said the command "
        "would not rest. “Let me use this opportunity to warn criminals,” he said.\n\n"
        "Minister of State for Urban Development Pradnya Deshmukh visited. “We will rebuild,” she said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Ibrahim Danladi Garba", "Pradnya Deshmukh"]
    assert found[0].proposed.title == "Commissioner of Police"


def test_a_given_name_shaped_like_an_agent_noun_opening_a_sentence_is_part_of_the_name():
    text = (
        "Tyler James Hobart, who has no fixed address, faces charges. Hobart told deputies he "
        '"just needed a ride to my sister\'s place," according to the affidavit.\n\n'
        "Actor Lwazi Dlamini said it was “a gift”."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Tyler James Hobart", "Lwazi Dlamini"]
    assert found[1].proposed.title == "Actor"


def test_a_company_and_its_parent_group_named_after_it_are_two_companies():
    text = (
        "Cascadia Air said Monday that hackers had stolen passport numbers, in what the carrier called "
        "“a serious criminal attack on our systems.”\n\n"
        "In a filing, Cascadia's parent company, Cascadia Air Group Inc., said it did not expect "
        "“a material impact on our financial condition.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Cascadia Air", "Cascadia Air Group Inc."]


def test_datu_is_a_philippine_chiefs_title_and_no_part_of_the_name():
    text = (
        "Datu Rolando Manlapig, who leads the council of elders in Sitio Malagos, said the "
        "villagers were never consulted. “They came with the papers already signed,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Rolando Manlapig"


def test_mama_before_a_full_name_is_a_courtesy_and_before_one_name_the_name_she_goes_by():
    text = (
        "Her neighbour, Mama Grace Achieng, said the tap had been dry since Friday. “We buy from "
        "the carts now,” she said.\n\n"
        "A fish seller, who gave her name only as Mama Wanjiku, said: “The price has doubled.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Grace Achieng", "Mama Wanjiku"]


def test_a_saints_name_alone_is_a_church_a_ship_or_a_place_not_the_speaker():
    text = (
        "Captain Ailsa Rendall, who has died aged 91, first went to sea as a cook on the old "
        "St Rognvald.\n\n"
        "In 1971, after what she later called “six years of peeling potatoes”, she took her "
        "master's ticket."
    )
    assert find_quotes(text)[0].speaker_name == "Ailsa Rendall"


def test_the_name_after_a_vessel_noun_is_the_boats_not_a_persons():
    text = (
        "Captain Ailsa Rendall, who has died aged 91, skippered the Fair Isle mail boat for "
        "twenty years.\n\n"
        "In 1970 she was given command of the inter-island ferry Bressay Sound.\n\n"
        "'I was terrified,' she told a radio programme in 1995. 'Nobody would look at me.'"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ailsa Rendall"] * 2


def test_his_in_the_sentence_naming_someones_partner_may_be_the_owners_not_hers():
    text = (
        "The inquest heard that Tomasz Wierzbicki, 41, drowned off the breakwater.\n\n"
        "Mr Wierzbicki's partner, Jung Min-seo, sat beside his sister throughout. Speaking "
        "afterwards, she said the family wanted “answers, not sympathy”."
    )
    assert find_quotes(text)[0].speaker_name == "Jung Min-seo"


def test_one_the_court_heard_from_who_said_something_is_whom_he_said_means():
    text = (
        "Magistrate Heather Opoku-Banks reserved her decision.\n\n"
        "The court heard from Detective Sergeant Callum Rudd of the Major Crime Squad, who "
        "said the car had been wiped clean.\n\n"
        "“There wasn't a print on it,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Callum Rudd"


def test_the_words_of_a_papers_capitalized_title_are_nobodys_name():
    text = (
        "The Treasury's Half Year Economic and Fiscal Update says growth will be “subdued” "
        "until the spring. It warns of “material downside risks” from weaker trade."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Treasury", "Treasury"]


def test_a_surname_that_could_open_a_question_is_still_a_surname_after_a_given_name():
    text = (
        "A county spokesman said the tankers were on their way. “We are doing our best,” he said.\n\n"
        "Utility chief executive Joseph Okoth Were told reporters the main would be fixed soon. "
        "He said the pipe had been “patched too many times”."
    )
    assert find_quotes(text)[1].speaker_name == "Joseph Okoth Were"


def test_a_relative_of_one_named_family_name_first_takes_the_family_name_first():
    text = (
        "For thirty years the Szalai family has run the bakery on Dohány Street. Szalai Márton, "
        "52, still lights the oven at four.\n\n"
        "Márton's daughter Réka, 20, runs its page online, where she wrote on Sunday: “Come and "
        "say goodbye properly.”\n\n"
        "“We will miss the smell of it,” said a neighbour, Ottó Lengyel-Brand."
    )
    found = find_quotes(text)
    assert found[0].speaker_name == "Szalai Réka"
    assert found[1].speaker_name == "Ottó Lengyel-Brand"


def test_one_a_speaker_was_asked_about_is_spoken_of_not_whom_he_said_means():
    text = (
        "Coach Dana Pirelli said the side had run out of ideas in the second half.\n\n"
        "Pirelli was also asked about winger Tomas Erikssen, who limped off with a hamstring strain.\n\n"
        "“He’s sore, and we’ll know more on Monday,” he said. “Tomas has carried us this season.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Dana Pirelli", "Dana Pirelli"]


def test_a_successor_named_in_the_question_asked_is_not_the_one_who_answers():
    text = (
        "Ruth Okafor has run Glenview Elementary for nineteen years and retires in June.\n\n"
        "Asked what she would tell her successor, Vice-Principal Martin Delacroix, who starts "
        "in July, she smiled.\n\n"
        "“Learn every child’s name,” she said. “And keep the library open late.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ruth Okafor", "Ruth Okafor"]


def test_the_one_named_after_the_question_put_to_them_is_still_the_one_asked():
    text = (
        "Asked whether she would stand again, Councillor Priya Halloran shook her head. "
        "“Two terms is plenty,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Priya Halloran"


def test_vale_over_an_obituary_is_a_farewell_not_part_of_the_name():
    text = (
        "Vale Dorothy “Dot” Carmody, Ararat’s lollipop lady, dies at 88\n\n"
        "Dorothy “Dot” Carmody, who walked children across Barkly Street for 31 years, has died.\n\n"
        "Mrs Carmody told this newspaper in 2011 that she never minded the rain. “A raincoat "
        "is cheaper than a worry,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Dorothy Carmody"


def test_vale_after_a_given_name_is_a_surname():
    text = "“We have not given up on the school,” said Tomasz Vale, who chairs the parents’ group."
    assert find_quotes(text)[0].speaker_name == "Tomasz Vale"


def test_the_wife_of_a_man_named_by_initials_and_one_name_is_named_as_written():
    text = (
        "At the harbour in Nagapattinam, S. Ramalingam is mending the nets the storm tore.\n\n"
        "Ramalingam’s wife, Kaveri, sells dried prawns on the road to the temple. “The sea "
        "took the shed and the stock together,” she says."
    )
    assert find_quotes(text)[0].speaker_name == "Kaveri"


def test_the_daughter_of_someone_with_a_surname_still_shares_it():
    text = (
        "Farmer Owen Pritchard lost forty ewes in the snow.\n\n"
        "Pritchard’s daughter, Carys, said the drifts were higher than the gates. “We dug "
        "until midnight,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Carys Pritchard"


def test_a_statement_signed_by_a_bodys_officer_is_the_bodys():
    text = (
        "The Ogun State Fire Service says its crews put out a blaze at a fuel depot in Sagamu.\n\n"
        "A statement signed by the service’s spokesperson, Adewale Ogunbiyi, said nobody was hurt.\n\n"
        "“The fire was contained within two hours of the distress call,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Ogun State Fire Service"


def test_a_speaker_named_after_but_is_whom_the_next_he_said_means():
    text = (
        "Fire chief Aaron Kowalski said the crews had held the line overnight.\n\n"
        "Premier Dan Okonjo, speaking in the legislature, said the province would pay for more "
        "water bombers.\n\n"
        "“We will not be found short,” he told the house.\n\n"
        "Showers are forecast for Sunday, but Kowalski warned that they would not end the fire.\n\n"
        "“Rain buys us a day or two. It doesn’t put this out,” he said."
    )
    assert find_quotes(text)[-1].speaker_name == "Aaron Kowalski"


def test_a_hyphenated_short_name_in_brackets_stands_for_the_body_named_before_it():
    text = (
        "The Karnataka Power Transmission Corporation (Kar-Power) said on Monday that the new "
        "substation would be delayed.\n\n"
        "In a statement, Kar-Power said the delay was “unavoidable given the monsoon”."
    )
    assert find_quotes(text)[0].speaker_name == "Karnataka Power Transmission Corporation"


def test_the_union_is_a_body_of_workers_named_for_their_trade():
    text = (
        "The Canterbury Midwives Association said in a statement that wards were “short on "
        "every shift”.\n\n"
        "“We have warned the board about this for three winters,” the union said."
    )
    assert find_quotes(text)[1].speaker_name == "Canterbury Midwives Association"


def test_a_relative_named_by_first_name_after_words_that_say_which_or_without_a_comma():
    text = (
        "Ada Kerrow turned 100 on Sunday. Her eldest surviving daughter, Wynne, 78, said her mother "
        "was strict. “She had rules for everything,” she said.\n\n"
        "Their son Callum, 16, said he had baked the cake. “It took two days,” he said.\n\n"
        "Her great-granddaughter Tilly, 9, sang. “I practised all week,” she said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Wynne", "Callum", "Tilly"]


def test_two_relatives_joined_by_and_are_not_the_relation_of_the_name_after_them():
    text = (
        "Dr. Morag Feld, a vet for 50 years, died on Monday.\n\n"
        "In addition to his wife and daughter, Dr. Feld is survived by a son. “I loved the work,” "
        "he said in 2001."
    )
    assert find_quotes(text)[0].speaker_name == "Morag Feld"


def test_a_relation_opening_a_sentence_before_a_full_name_is_no_part_of_the_name():
    text = (
        "Iris Penhale turned 100 on Friday.\n\n"
        "Grandson Tobias Wren, a nurse in Truro, said she had taught him to read. “She was patient "
        "with all of us,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Tobias Wren"


def test_a_priests_title_is_no_part_of_the_name():
    text = (
        "Celebrating the Mass, Fr Declan Hurley said the church was full. “He would hate the fuss,” "
        "he told mourners.\n\n"
        "Father Ambrose Kealy, the parish priest, agreed. “He was one of a kind,” he said.\n\n"
        "Fr. Tomas Lenihan spoke last. “Rest well,” Fr Lenihan said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Declan Hurley", "Ambrose Kealy", "Tomas Lenihan"]


def test_a_pronoun_goes_on_from_the_one_the_paragraph_opened_with_not_whom_she_spoke_of():
    text = (
        "Newcomer Mara Quist unseated Commissioner Hal Brandt on Tuesday.\n\n"
        "Quist thanked volunteers at the diner. “You did this,” she told the crowd.\n\n"
        "She later told reporters she would call Brandt on Wednesday. “He served this county for "
        "eight years,” she said.\n\n"
        "Brandt did not appear at his campaign's gathering."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Mara Quist", "Mara Quist"]


def test_a_spokesman_for_a_company_named_without_its_legal_form_speaks_for_it():
    text = (
        "The board approved the hotel by Harbourline Leisure Ltd on Thursday.\n\n"
        "The residents' group's coordinator, Rita Xuereb, said members would appeal. “We will "
        "take this as far as it needs to go,” she said.\n\n"
        "A Harbourline Leisure spokesman said the company welcomed the decision. “We will keep "
        "talking to residents,” he said."
    )
    assert find_quotes(text)[1].speaker_name == "Harbourline Leisure Ltd"


def test_a_body_named_by_what_it_is_is_mentioned_again_by_its_name_alone():
    text = (
        "The Planning Authority approved the hotel after a hearing on Thursday. Among the "
        "objectors was the environmental group Friends of the Kelp Coast.\n\n"
        "Friends of the Kelp Coast said in a statement after the decision that it would appeal "
        "to the Environment and Planning Review Tribunal.\n\n"
        "“That is rubber-stamping,” the group said."
    )
    q = find_quotes(text)[0]
    assert (q.speaker_name, q.obtained) == ("Friends of the Kelp Coast", "statement")


def test_a_surname_after_a_namesake_is_just_named_is_theirs_not_the_one_who_has_died():
    text = (
        "Martin Kehoe, the publican who trained three generations of hurlers, has died at 84.\n\n"
        "His son, Colm Kehoe, who now runs the bar, said his father's proudest day was in 1989.\n\n"
        "“He used to say, ‘Shake every hand.’ We used to mouth it along with him,” Mr Kehoe said."
    )
    assert find_quotes(text)[0].speaker_name == "Colm Kehoe"


def test_a_surname_after_a_namesake_is_just_named_is_still_the_living_one_named_first():
    text = (
        "Halfback Jace Tully kicked the winner. “I never looked at the clock,” Tully said.\n\n"
        "Leanne Tully, the halfback's mother, posted on Instagram: “Told you he'd kick it.”\n\n"
        "Tully told the Herald he had replayed the kick “about fifty times” before sleeping."
    )
    assert find_quotes(text)[-1].speaker_name == "Jace Tully"


def test_the_judge_is_the_one_the_story_titles_justice():
    text = (
        "A bench of Justice Ravi Mehra and Justice Anita Bose heard the petition.\n\n"
        "During the hearing, Justice Mehra remarked that the court was “not here to stop roads”.\n\n"
        "“If the trees have to go, the state must tell us why,” the judge said."
    )
    assert find_quotes(text)[-1].speaker_name == "Ravi Mehra"


def test_a_job_at_a_named_body_set_off_after_the_name_without_an_article_is_the_title():
    cases = {
        "“Margins held,” said Kavita Bhandari, consumer analyst at Arunodaya Securities.": (
            "consumer analyst",
            "Arunodaya Securities",
        ),
        "Dr. Anwar Siddiqui, president of the Saskatchewan Medical Association, called it “a step.”": (
            "president",
            "Saskatchewan Medical Association",
        ),
        "Professor Sipho Dlamini, a vaccinologist at the University of the Witwatersrand, said “no.”": (
            "vaccinologist",
            "University of the Witwatersrand",
        ),
        "Economist Dr Beatrice Ochieng of Maseno University said a stall “is not a shop.”": (
            "Economist",
            "Maseno University",
        ),
        "“We flagged it,” said Ana Torres, director of the Valley Farmworker Alliance.": (
            "director",
            "Valley Farmworker Alliance",
        ),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_place_after_the_name_is_not_the_body_a_person_is_of():
    text = "Retired orthodontist Harold Nakamura of Scottsdale said he had lost “most of it.”"
    assert find_quotes(text)[0].proposed.organization == ""


def test_a_company_named_for_communities_research_or_a_fellowship_is_an_organization_not_a_person():
    for name in ("Desert Crest Communities", "Northgate Maritime Research", "New Covenant Fellowship"):
        text = f"{name} said in a statement that it would “review the decision.”"
        proposed = find_quotes(text)[0].proposed
        assert (proposed.name, proposed.kind) == (name, "organization"), name


def test_a_title_before_a_name_is_split_from_the_body_it_names_only_where_a_body_is_named():
    cases = {
        "County Health Executive Dr Peter Kiprono said 41 had gone home. “Boil water,” Kiprono said.": (
            "County Health Executive",
            "",
        ),
        "Crown prosecutor Daniel Ostapovich said the error was “minor.”": ("Crown prosecutor", ""),
        "Retired bus driver Walter Mims said it was “95 in my living room.”": ("Retired bus driver", ""),
        "Teachers union president Luis Ferrer said, “Closing a school is not a budget line.”": (
            "Teachers union president",
            "",
        ),
        "Student Representative Council president Mahalia Reid said, “We were told it was safe.”": (
            "president",
            "Student Representative Council",
        ),
        "Former Harlan Mills Mayor Dick Oberholtzer called it “the real city hall.”": (
            "Former Mayor",
            "Harlan Mills",
        ),
        "Gresham Mayor Patricia Lund said, “Keep shoppers coming.”": ("Mayor", "Gresham"),
        "Pinal County Supervisor Glenn Straub said it was “frustrating.”": ("Supervisor", "Pinal County"),
        "Public Works Director Samuel Okafor said, “The pipes are the easy part.”": (
            "Public Works Director",
            "",
        ),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_persons_organization_is_proposed_as_the_story_names_it_at_its_fullest():
    text = (
        "The U.S. Environmental Protection Agency (EPA) set a deadline on Tuesday. "
        "According to EPA spokesperson Tom K. Reyes, the agency will publish the reports. "
        "“Check our work,” Reyes said."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("spokesperson", "U.S. Environmental Protection Agency")


def test_a_title_written_short_with_a_stop_keeps_the_words_before_it():
    cases = {
        "“She called us at once,” Brenton Heights Police Lt. Carla Demarco said.": (
            "Lieutenant",
            "Brenton Heights Police",
        ),
        "State Sen. Paula Okafor called the vote “a proof of concept.”": ("State Senator", ""),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_title_a_possessive_gives_is_of_the_organization_the_possessive_names():
    text = (
        "Deltacrest Energy Ltd said the leak had been contained. Deltacrest's managing director, "
        "Olumide Haastrup, said the company had “spent $40 million on the line.” "
        "The National Union of Plantation Workers said it had not been consulted. Its general "
        "secretary, Muthusamy Arumugam, said, “They have been here for thirty years.”"
    )
    first, second = (q.proposed for q in find_quotes(text))
    assert (first.title, first.organization) == ("managing director", "Deltacrest Energy Ltd")
    assert second.title == "general secretary"
    assert second.organization == "National Union of Plantation Workers"
    # A body only named as an object is not what "its" means.
    text = (
        "The company said it had approached the Labour Court. Its chief executive, Thandeka "
        "Fourie, said “plans are in place.”"
    )
    assert find_quotes(text)[0].proposed.organization == ""


def test_a_job_no_list_holds_is_read_before_a_name_and_after_an_age():
    cases = {
        "On the picket line, crane operator Nomvula Zungu said, “I bring the containers down.”": (
            "crane operator"
        ),
        "Among them, retired orthodontist Harold Nakamura said he lost “most of it.”": "retired orthodontist",
        "Ernest Tallchief, 71, a retired mail carrier, said the meters would “punish” shoppers.": (
            "retired mail carrier"
        ),
    }
    for text, title in cases.items():
        assert find_quotes(text)[0].proposed.title == title, text


def test_an_office_of_a_named_body_set_off_before_the_name_is_the_title_and_its_organization():
    cases = {
        "The president of the Saskatchewan Union of Nurses, Clarisse Bouchard, said “they are tired.”": (
            "president",
            "Saskatchewan Union of Nurses",
        ),
        "The mayor of Kindersley, Gord Sawatzky, posted: “Good news. Now show us the nurses.”": (
            "mayor",
            "Kindersley",
        ),
        "The Executive Director of the Centre for Democratic Accountability, Dr. Funmilayo Adesina, "
        "said defections were “a seasonal ritual.”": (
            "Executive Director",
            "Centre for Democratic Accountability",
        ),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_title_of_the_county_or_of_a_named_hospital_is_proposed_at_it():
    text = (
        "Costa Verde County approved the budget on Tuesday. The county's public defender, "
        "Marcus Lee, said “you could empty a whole housing unit tomorrow.”"
    )
    assert find_quotes(text)[0].proposed.organization == "Costa Verde County"
    text = (
        "Nurses at St. Brigid's Medical Center walked out. In a statement, St. Brigid's chief nursing "
        "officer, Dr. Paul Renner, called the strike “disappointing and unnecessary.”"
    )
    assert find_quotes(text)[0].proposed.organization == "St. Brigid's Medical Center"


def test_a_body_noun_alone_before_a_title_is_the_body_the_story_named():
    text = (
        "According to the California Public Utilities Commission (CPUC), the utility has cut power "
        "11 times. Commission spokesperson Nadia Farouk said, “We will hold them to that.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert proposed.title == "spokesperson"
    assert proposed.organization == "California Public Utilities Commission"
    # A committee is most often named in lower case: the title keeps it.
    text = (
        "The plan cleared the City Council’s housing committee. Committee chair Grace Odom said, "
        "“I hear the 4,000 people on our waitlist.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Committee chair", "")


def test_a_body_or_a_place_before_a_job_set_off_after_the_name_is_split_from_it():
    cases = {
        "Kyle Brennan, an Arizona State University water policy researcher, said the ruling “matters.”": (
            "water policy researcher",
            "Arizona State University",
        ),
        "“I got the alert first,” said Jordan Whitcombe, 52, a Spokane contractor.": ("contractor", ""),
        "“I've tried,” said Tamsin Ruell, an ICU nurse.": ("ICU nurse", ""),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_federal_office_keeps_the_country_written_before_it():
    cases = {
        "“The evidence was never there,” Assistant U.S. Attorney Mei-Ling Hargrove told jurors.": (
            "Assistant U.S. Attorney",
            "",
        ),
        "U.S. District Judge Carmen Elizondo said she was “not persuaded by the request.”": (
            "U.S. District Judge",
            "",
        ),
        "“Please describe every party,” U.S. Sen. Patricia Lindqvist-Moore wrote.": ("U.S. Senator", ""),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_place_and_a_field_joined_by_and_to_a_body_are_one_name():
    text = (
        "Kalamindi Water and Sanitation Company managing director Peter Wafula appeared before "
        "the committee.\n\n"
        "“We are fixing what we can, as fast as we can,” Wafula said."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == (
        "managing director",
        "Kalamindi Water and Sanitation Company",
    )


def test_a_state_named_before_its_attorney_general_is_the_offices_body():
    text = "“This was completely avoidable,” Washington Attorney General Daniel Ferreira-Sloane said."
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Attorney General", "Washington")


def test_a_councillors_short_title_keeps_the_word_before_it_and_a_lower_case_committee_is_no_body():
    text = (
        "City Coun. Marcel Oshkabewis, who chairs Thunder Bay's housing committee, wrote that "
        "“we can do this too, and soon.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("City Councillor", "")


def test_the_body_someone_chairs_is_their_organization():
    text = "Angela Chan, who chairs the Police Commission, said “the review is overdue by years.”"
    proposed = find_quotes(text)[0].proposed
    assert proposed.organization == "Police Commission"


def test_a_party_before_a_seat_is_no_organization_of_the_holder():
    text = "Greens senator Rosalind Tapsell said “regional universities are being left to fend alone.”"
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("senator", "")


def test_a_bodys_capitals_and_where_it_works_are_an_organization():
    text = "In a press release, IDA Ireland said the plan was “a strong endorsement of the west.”"
    proposed = find_quotes(text)[0].proposed
    assert (proposed.name, proposed.kind) == ("IDA Ireland", "organization")


def test_an_organization_written_by_its_first_word_is_the_one_name_it_begins():
    text = (
        "The national utility, Volta Power, moved to deeper power cuts on Sunday.\n\n"
        "Volta spokesperson Thandeka Mahlangu said the utility expected “a significant "
        "improvement by the end of the month.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("spokesperson", "Volta Power")


def test_a_municipal_title_is_at_the_municipality_the_story_named():
    text = (
        "Bosveld Local Municipality said in a statement that a pump had been stripped of cable.\n\n"
        "Municipal spokesperson Kagiso Phaahla said “tankers will come every day until the pump runs.”"
    )
    proposed = find_quotes(text)[-1].proposed
    assert (proposed.title, proposed.organization) == ("spokesperson", "Bosveld Local Municipality")


def test_a_qualifier_before_a_bodys_noun_and_an_office_is_one_title():
    text = "“She used all three,” Assistant District Attorney Monica Hale said in her opening."
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Assistant District Attorney", "")


def test_a_place_before_an_office_written_short_is_the_offices_body():
    text = "Ohio Gov. Maria Estrada-Kohl said “we will do everything we can for these workers.”"
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Governor", "Ohio")


def test_a_word_capitalized_only_to_open_the_sentence_before_a_job_is_part_of_the_job():
    text = (
        "Truck operator Lim Kok Seng said his drivers were sleeping in their cabs.\n\n"
        "“Nobody pays us for waiting, not the port and not the shipper,” he said."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Truck operator", "")


def test_a_body_the_story_names_inside_a_sentence_stays_the_organization_before_a_job():
    text = (
        "Shares in Corbett fell after the call, and analysts at Corbett were unconvinced.\n\n"
        "Corbett analyst Priya Ramaswamy said “the guidance still looks optimistic to us.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("analyst", "Corbett")


def test_a_party_before_a_seat_written_short_is_no_part_of_the_title():
    text = "Independent Cllr Tommy Brosnan said officials were “treating councillors like mushrooms.”"
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("Councillor", "")


def test_a_place_before_a_job_in_lower_case_inside_a_sentence_is_no_organization():
    text = (
        "Headliners include the Donegal fiddler Máire Ní Dhuibhir, who first played here at 14.\n\n"
        "“It is where I found out I could do this for a living,” Ní Dhuibhir said."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("fiddler", "")


def test_a_job_set_off_after_a_name_at_a_body_in_lower_case_is_the_title_alone():
    text = (
        "“Three generations, and they told us in fifteen minutes,” said Derek Makinen, president "
        "of the union local that represents the plant's hourly workers."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("president", "")


def test_a_job_set_off_before_a_name_after_his_her_or_one_is_the_title():
    cases = {
        "“He was right both times,” wrote one former dishwasher, Tony Reyes.": "former dishwasher",
        "He sold the diner to his longtime grill cook, Danny Okonkwo, who said “nothing will change.”": (
            "grill cook"
        ),
        "Her daughter, Joanne Pryzbylski-Hart, said “he would have hated the fuss we are making.”": "",
    }
    for text, title in cases.items():
        assert find_quotes(text)[0].proposed.title == title, text


def test_a_chairperson_before_a_name_is_a_title_at_the_body_an_abbreviation_names():
    text = (
        "Taxi operators affiliated to the National Taxi Alliance (NTA) blocked major routes.\n\n"
        "NTA regional chairperson Bongani Zulu said the strike would go on “until the MEC listens to us.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("regional chairperson", "National Taxi Alliance")


def test_the_job_at_a_body_set_off_after_a_name_beats_a_part_in_the_story_or_a_rank_before_it():
    cases = {
        "“The lag is the interesting part,” said lead author Dr Kirra Hollingworth, an "
        "epidemiologist at the Torrens School of Public Health.": (
            "epidemiologist",
            "Torrens School of Public Health",
        ),
        "“It surprised us,” said Co-author Associate Professor Ravi Menon, a urologist at "
        "Flinders Park Hospital.": ("urologist", "Flinders Park Hospital"),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text


def test_a_locals_president_is_at_the_unions_local_the_story_named():
    text = (
        "Amalgamated Transit Union Local 1488 said members had been without a contract for a year.\n\n"
        "Local president Gurpreet Sandhu said “nobody wants to be out here on the picket line.”"
    )
    proposed = find_quotes(text)[-1].proposed
    assert (proposed.title, proposed.organization) == ("president", "Amalgamated Transit Union Local 1488")


def test_the_countys_officer_is_at_the_county_a_bodys_name_holds():
    text = (
        "The Hartwell County Board of Supervisors on Tuesday approved the purchase of 60 homes.\n\n"
        "The county's emergency management director, Raymond Ochoa, said “nobody is being forced out.”"
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("emergency management director", "Hartwell County")


def test_the_agencys_officer_is_at_the_body_the_agency_means_there():
    text = (
        "Inspectors found corrosion in the girders, according to the Oregon Department of "
        "Transportation (ODOT). The agency lowered the weight limit in November.\n\n"
        "“The bridge is safe today,” said Kendra Oyelaran, the agency’s regional bridge engineer."
    )
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == (
        "regional bridge engineer",
        "Oregon Department of Transportation",
    )


def test_a_securities_firm_after_a_name_is_the_persons_organization():
    text = "Priya Ramaswamy of Corbett Lane Securities said “the guidance still looks optimistic to us.”"
    proposed = find_quotes(text)[0].proposed
    assert (proposed.title, proposed.organization) == ("", "Corbett Lane Securities")


def test_a_job_at_or_of_a_named_body_set_off_before_a_name_is_the_title_and_organization():
    cases = {
        "An analyst at Bukit Capital Research, Tan Wei Jie, said the closure was “sensible, if overdue.”": (
            "analyst",
            "Bukit Capital Research",
        ),
        "The director general of the National Oil Spill Detection and Response Agency (NOSDRA), Dr "
        "Halima Bello-Egbuna, said “no one will be allowed to pre-empt the outcome.”": (
            "director general",
            "National Oil Spill Detection and Response Agency",
        ),
    }
    for text, (title, organization) in cases.items():
        proposed = find_quotes(text)[0].proposed
        assert (proposed.title, proposed.organization) == (title, organization), text
