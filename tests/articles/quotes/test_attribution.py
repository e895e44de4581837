"""Attribution: who said each quotation."""

from articles.quotes import find_quotes
from articles.quotes.attribution import _attribution_before


def test_verb_first_attribution_before_a_colon():
    text = "Said Mayor Lena Fairweather, opening the hearing on Thursday: “Nobody here wants a toll.”"
    assert find_quotes(text)[0].speaker_name == "Lena Fairweather"


def test_a_long_appositive_between_the_name_and_the_verb():
    text = (
        "“This was one of the hardest decisions we have made,” Margaret Okonkwo-Hale, Northline's "
        "senior vice president for North American operations, said in a news release. “We are grateful.”"
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Margaret Okonkwo-Hale"] * 2
    assert [q.obtained for q in found] == ["statement"] * 2


def test_a_quotation_alone_in_its_paragraph_carries_on_from_the_last_speaker():
    text = (
        "“People are dying in there,” said Yolanda Petrakis of the Alder County chapter of the "
        "National Alliance on Mental Illness. Her brother spent four months in the jail, she said.\n\n"
        "“He came out worse than he went in.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Yolanda Petrakis", "Yolanda Petrakis"]


def test_he_and_she_mean_the_person_the_story_itself_calls_so():
    text = (
        "City Manager Paul Gutierrez announced the hire. Naomi Achebe, 49, has spent 24 years in policing. "
        "She will be the first woman to lead the department.\n\n"
        "Gutierrez said a panel interviewed five finalists. He said Achebe stood out.\n\n"
        "“She answered every question,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Paul Gutierrez"


def test_a_spokesman_for_an_organization_speaks_for_it():
    text = (
        "Ms Dyer said the group would appeal.\n\n"
        "A spokesman for the developer, Greenmoor Properties, said the scheme included a play area. "
        "“We have listened to the community,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Greenmoor Properties"


def test_they_without_a_group_named_nearby_credits_nobody():
    text = (
        "Amara Nwachukwu, 17, built the filter at Calder State University.\n\n"
        "She plans to study chemical engineering.\n\n"
        "Her parents say they were not surprised. “She has been taking apart the kitchen,” they said."
    )
    found = find_quotes(text)
    assert found[0].speaker_name == ""
    assert found[0].source is None and found[0].proposed is None


def test_a_title_written_short_with_a_full_stop_does_not_end_the_speakers_name():
    council = "“Why would we gamble with that?” said Coun. Evelyn Tremblay."
    police = "“We are asking anyone with a dashcam to call us,” said Det. Sgt. Maya Lindqvist."
    assert find_quotes(council)[0].speaker_name == "Evelyn Tremblay"
    q = find_quotes(police)[0]
    assert q.speaker_name == "Maya Lindqvist"
    assert q.proposed.title == "Detective Sergeant"


def test_a_colon_introduction_without_a_speech_verb_credits_its_subject():
    issued = (
        "Superintendent Gloria Estrada resigned Friday.\n\n"
        "Estrada issued a statement: “It has been the honor of my career.”"
    )
    answer = (
        "Her replacement, Arnold Fitch, said the deficit had grown. Fitch was asked whether layoffs "
        "were coming. His answer: “I don't see a way around it.”"
    )
    following = (
        "Warden Ines Calloway put out a short statement through the county on Monday:\n\n"
        "“We are reviewing every minute of the video.”"
    )
    first = find_quotes(issued)[0]
    assert (first.speaker_name, first.obtained) == ("Gloria Estrada", "statement")
    assert find_quotes(answer)[0].speaker_name == "Arnold Fitch"
    assert find_quotes(following)[0].speaker_name == "Ines Calloway"


def test_the_end_of_an_organizations_name_in_lowercase_means_the_organization():
    text = (
        "The Alder County Food Bank served 14,000 households last month. “We have never seen lines "
        "like this,” the food bank said."
    )
    assert find_quotes(text)[0].speaker_name == "Alder County Food Bank"


def test_a_family_speaks_as_one_and_the_family_means_it_later():
    text = (
        "Daniel Ortiz, 15, drowned on Saturday.\n\n"
        "“Daniel was a strong swimmer,” the Ortiz family said in remarks read by a cousin. “He "
        "would be home tonight.”\n\n"
        "“We want lifeguards,” the family said."
    )
    found = find_quotes(text)
    assert [q.speaker_name for q in found] == ["Ortiz family"] * 3
    assert found[0].proposed.kind == "organization"


def test_a_persons_family_is_named_for_their_surname():
    text = "Daniel Ortiz, 15, drowned on Saturday. “He loved that beach,” Daniel's family said."
    assert find_quotes(text)[0].speaker_name == "Ortiz family"


def test_the_agency_is_the_last_agency_named_by_its_name_or_its_abbreviation():
    text = (
        "The council barred the Police Department from holding people for U.S. Immigration and "
        "Customs Enforcement (ICE).\n\n"
        "ICE did not respond on Tuesday. Last month the agency said such cities “release dangerous "
        "criminals.”"
    )
    assert find_quotes(text)[0].speaker_name == "U.S. Immigration and Customs Enforcement"


def test_a_short_title_before_the_name_after_a_quotation_does_not_end_the_attribution():
    text = "“Some of my constituents found out when their machines stopped,” Sen. Patricia Oduya said."
    assert find_quotes(text)[0].speaker_name == "Patricia Oduya"


def test_a_spokeswoman_for_an_organization_described_before_its_name_speaks_for_it():
    text = (
        "Principal Dana Whitcombe said the pilot worked.\n\n"
        "A spokeswoman for the company that makes the pouches, Quietkeep, said the district had a "
        "discount. “We are glad to be working with Eastbrook,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Quietkeep"


def test_a_lowercase_description_between_commas_is_skipped_back_to_the_name():
    text = (
        "Cllr Martin Esterhuizen, leader of the Liberal Democrat group, told the committee: "
        "“Three of these lorries are older than the crews driving them.”"
    )
    assert find_quotes(text)[0].speaker_name == "Martin Esterhuizen"


def test_a_name_after_including_between_commas_is_still_the_speaker():
    text = (
        "The closing drew a crowd, including Supervisor Matt Kowalski, who called the diner "
        "“the living room of this neighborhood.”"
    )
    assert find_quotes(text)[0].speaker_name == "Matt Kowalski"


def test_the_statement_said_is_whoever_the_story_said_issued_it():
    statement = (
        "Corporator Rekha Uikey wrote to the Nagpur Municipal Corporation. Dr. Vikram Solanki, in a "
        "statement issued on Wednesday, said 42 tankers had been sent. “No household will be left "
        "without water,” the statement said."
    )
    memo = (
        "The company's chief operating officer, Garrett Lindahl-Voss, told store managers in a memo that "
        "FreshWay Markets had signed contracts. The Grocery Workers Union Local 418 objected. Temporary "
        "workers should be “scheduled to cover all register shifts,” the memo said."
    )
    letter = (
        "Ysidro Baldonado wrote a letter to the City Council. “I will not sell this corner,” the letter said."
    )
    assert find_quotes(statement)[0].speaker_name == "Vikram Solanki"
    assert find_quotes(memo)[0].speaker_name == "Garrett Lindahl-Voss"
    assert find_quotes(letter)[0].speaker_name == "Ysidro Baldonado"


def test_descriptions_between_commas_before_the_verb_are_skipped_back_to_the_name():
    text = (
        "Maria Delacroix-Henning, senior vice president of Pacific operations at Northline Container "
        "Services, which runs a weekly service to Busan, said in a news release: “Our customers have "
        "been asking for this.”"
    )
    signed = (
        "A letter slipped under the doors on Dec. 8, signed by regional manager Trent Mabry, said the "
        "system would be running “before the holidays.”"
    )
    assert find_quotes(text)[0].speaker_name == "Maria Delacroix-Henning"
    assert find_quotes(signed)[0].speaker_name == "Trent Mabry"


def test_a_speech_verb_used_as_a_noun_is_not_an_attribution():
    text = (
        "The Kessler County Sheriff's Office said in a Facebook post that deputies would enforce a "
        "curfew “to protect property and keep sightseers out of the way.”"
    )
    assert find_quotes(text)[0].speaker_name == "Kessler County Sheriff's Office"


def test_a_paragraph_of_quotation_alone_is_the_one_whose_words_the_paragraph_before_reported():
    text = (
        "Declan Foyle, who chairs the chamber, welcomed the homes. “Kilbrennan needs them,” he said.\n\n"
        "Its chairwoman, Úna Gilsenan, told the Observer the group was not opposed to housing.\n\n"
        "“We want homes built here.”\n\n"
        "“We would sit down with the developer tomorrow.”"
    )
    found = find_quotes(text, newsroom="Observer")
    assert [q.speaker_name for q in found] == ["Declan Foyle", "Úna Gilsenan", "Úna Gilsenan"]
    assert [q.obtained for q in found[1:]] == ["told_us", "told_us"]


def test_a_spokesperson_named_with_the_organization_speaks_for_it():
    known_by_abbreviation = (
        "The Health Service Executive (HSE) said 20 beds would open. “The new ward is on schedule,” "
        "an HSE spokeswoman said."
    )
    before_the_name = "“We are looking into it,” a Google spokesperson said."
    bracketed = (
        "A spokesperson for Kent and Weald Ambulance Service NHS Trust (KWAS) said: “We are very sorry "
        "for the distress caused.”"
    )
    assert find_quotes(known_by_abbreviation)[0].speaker_name == "Health Service Executive"
    google = find_quotes(before_the_name)[0].proposed
    assert (google.name, google.kind) == ("Google", "organization")
    kwas = find_quotes(bracketed)[0].proposed
    assert (kwas.name, kwas.abbreviation) == ("Kent and Weald Ambulance Service NHS Trust", "KWAS")


def test_a_person_of_an_organization_is_the_person():
    text = "Joanne Whitlatch of Brightline Research called it “a crowded market that just got more crowded.”"
    assert find_quotes(text)[0].speaker_name == "Joanne Whitlatch"


def test_a_party_in_brackets_after_a_name_is_not_an_organization_it_defines():
    text = "Cllr Pádraig Ó Fearghail (FF) said the board had “ignored the housing crisis”."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Pádraig Ó Fearghail"
    assert (q.proposed.kind, q.proposed.title) == ("person", "Councillor")


def test_a_quotation_opening_a_sentence_after_one_reporting_someones_words_is_theirs():
    text = (
        "Wendy Tsang-Morrow runs the branch. Tsang-Morrow says the thermal camera has been the surprise "
        "hit. “Heating bills are brutal here.”"
    )
    assert find_quotes(text)[0].speaker_name == "Wendy Tsang-Morrow"


def test_the_port_of_a_place_is_an_organization():
    text = "The Port of Carrow approved the dredging. “This ends that,” the Port of Carrow said."
    assert find_quotes(text)[0].proposed.kind == "organization"


def test_the_title_alone_capitalized_means_the_person_who_holds_it():
    text = (
        "Collector Harish Nair ordered the schools shut. Teachers were told on Tuesday.\n\n"
        "“Safety comes first,” the Collector said."
    )
    assert find_quotes(text)[0].speaker_name == "Harish Nair"


def test_a_speaker_of_a_chapter_of_an_organization_is_the_person():
    text = "“The beds are full,” said Odette Brandt of the Lower Valley branch of the Tenants Union."
    assert find_quotes(text)[0].speaker_name == "Odette Brandt"


def test_a_document_by_an_organization_speaks_for_it():
    text = (
        "Parts of Kestrel Point could flood every winter, a study released Monday says.\n\n"
        "The study, by the Southern Estuary Trust (SET), used tide records from 1950. "
        "“The marsh is drowning faster than it builds,” the study says."
    )
    assert find_quotes(text)[0].speaker_name == "Southern Estuary Trust"


def test_a_document_whose_sentence_names_its_speaker_after_it_is_theirs():
    text = (
        "Orrin Valley Water District raised rates on Monday. "
        "Carla Mendes of the Orrin Ratepayers Association objected.\n\n"
        "In a statement Tuesday, the district said the increase was the first in nine years. "
        "“Pipes do not replace themselves,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Orrin Valley Water District"


def test_a_letter_from_a_person_titled_by_their_organization_is_the_persons():
    text = (
        "Lakemont Unified Superintendent Rosa Kielty said in a letter to parents that buses would run late. "
        "The letter called the delays “regrettable but temporary.”"
    )
    assert find_quotes(text)[0].speaker_name == "Rosa Kielty"


def test_words_alleged_or_reminded_are_quoted_speech():
    text = (
        "One trader alleged that the stalls had been “let to friends of the committee” without notice.\n\n"
        "In a notice, the Harbour Authority reminded boaters to “keep clear of the dredger at all times” "
        "this week."
    )
    found = find_quotes(text)
    assert [q.text for q in found] == [
        "let to friends of the committee",
        "keep clear of the dredger at all times",
    ]
    assert found[1].speaker_name == "Harbour Authority"


def test_the_spokesperson_named_only_as_one_speaks_for_their_organization():
    text = (
        "Ward member Lisa Brandt blamed the blocked culvert. A spokeswoman for the Tarrant Shire Council "
        "denied that and said crews had cleared it in May. “It was clear a week ago,” the spokeswoman said."
    )
    assert find_quotes(text)[0].speaker_name == "Tarrant Shire Council"


def test_an_organization_named_before_the_noun_for_its_kind_speaks():
    group = "The Keep Harlow Common group said the vote was “a betrayal of every family here.”"
    described = (
        "The Friends of Alder Creek campaign, which has 900 members, said the plan was "
        "“a start, not a solution.”"
    )
    assert find_quotes(group)[0].speaker_name == "Keep Harlow Common"
    assert find_quotes(described)[0].speaker_name == "Friends of Alder Creek"


def test_where_a_company_is_based_is_no_name_and_the_company_is_the_one_named():
    text = (
        "Quillan Foods will shut its Dorset plant.\n\n"
        "The Leeds-based company said the plant was “no longer viable.”"
    )
    assert find_quotes(text)[0].speaker_name == "Quillan Foods"


def test_an_organization_named_between_commas_after_an_opening_phrase_speaks():
    text = "In a statement, the Harrow Vale Health Trust, which runs the clinic, said it “regrets the delay.”"
    assert find_quotes(text)[0].speaker_name == "Harrow Vale Health Trust"


def test_a_union_local_with_its_number_speaks_before_its_verb():
    text = "Brewery Workers Local 311 said in a statement that the offer “ignores the night shift.”"
    assert find_quotes(text)[0].speaker_name == "Brewery Workers Local 311"


def test_the_noun_before_of_in_an_organizations_name_means_it():
    text = (
        "The Kerran Bay Chamber of Commerce opposed the toll.\n\n"
        "“Our members cannot absorb another cost,” the chamber wrote."
    )
    assert find_quotes(text)[0].speaker_name == "Kerran Bay Chamber of Commerce"


def test_a_wire_service_in_a_dateline_is_not_the_company_a_story_names():
    text = (
        "ASHFORD, Kan. (AP) -- Pellman Foods said Tuesday it will close its plant.\n\n"
        "The company said the plant “no longer fits our needs.”"
    )
    assert find_quotes(text)[0].speaker_name == "Pellman Foods"


def test_a_person_of_part_of_an_organization_speaks_and_the_officer_means_a_police_rank():
    text = (
        "Outside court, Sgt. Nadia Fenwick-Rhys of Carrow Police’s collision investigation unit said: "
        "“The video is clear.”\n\n"
        "“Slow down near schools,” the officer added."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Nadia Fenwick-Rhys"] * 2


def test_a_quotation_ending_a_paragraph_after_a_sentence_about_a_named_person_is_theirs():
    text = (
        "The board voted 4-3 on Tuesday to close the pool.\n\n"
        "Pensioner Maxine Oduya-Clarke, 80, walked to the microphone with a cane. “I have "
        "paid taxes here for fifty years.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Maxine Oduya-Clarke"
    assert q.obtained == "hearing"


def test_a_warning_issued_by_an_organization_speaks_for_it():
    text = "A storm alert issued by the Coastal Weather Service on Friday said: “Stay off the beaches today.”"
    q = find_quotes(text)[0]
    assert q.speaker_name == "Coastal Weather Service"
    assert q.obtained == "statement"


def test_an_introduction_saying_how_the_subject_put_it_ends_in_a_colon():
    text = (
        "Protesters blocked the N4 outside Kwena Valley Municipality offices.\n\n"
        "Later, the municipality was unusually blunt: “Burning tyres will not bring water.”"
    )
    assert find_quotes(text)[0].speaker_name == "Kwena Valley Municipality"


def test_the_subject_of_a_sentence_speaks_for_its_second_verb_after_and():
    text = (
        "Cr Hemi Walters, who chairs the roads committee, moved the motion and said he was "
        "“gutted” by the vote."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Hemi Walters"]


def test_a_document_quoting_someone_as_saying_credits_the_one_quoted():
    text = (
        "The council’s press release quoted Dr Helga Marsh as saying the bridge was “safe for now.”\n\n"
        "“We will not cut corners,” the release quoted the council’s chief engineer, Tobias Renn, "
        "as saying."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Helga Marsh", "Tobias Renn"]


def test_someone_who_was_quoted_by_an_outlet_as_saying_is_the_speaker():
    text = (
        "Former minister Rutendo Vasquez-Ola, who toured the district on Monday, was quoted by the "
        "Coastline Wire Service as saying the vote would be “a verdict on the drought.”\n\n"
        "“Nobody here will forget the tankers,” Ms. Vasquez-Ola was quoted as saying."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Rutendo Vasquez-Ola", "Rutendo Vasquez-Ola"]


def test_a_name_after_the_quotation_with_an_age_and_a_long_description_set_off_speaks():
    text = (
        "Striker Delphine Okoro-Marsh scored twice.\n\n"
        "“My mum was in the stand,” Okoro-Marsh, 19, who studies nursing at the college in the week, "
        "told reporters."
    )
    assert find_quotes(text)[0].speaker_name == "Delphine Okoro-Marsh"


def test_a_participle_after_a_verb_and_by_is_spoken_by_that_verbs_subject():
    text = (
        "Councillor Hamish Odili-Grant spoke first. Odili-Grant opened by calling the new parking "
        "rules on the seafront “a tax on visitors.”\n\n"
        "Mira Castellanos-Bey began by thanking the staff for what she called “months of work.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Hamish Odili-Grant", "Mira Castellanos-Bey"]


def test_a_finding_after_the_last_verb_of_speaking_is_the_finders_words():
    text = (
        "Three men accused of the robbery were refused bail, with the magistrate finding that their "
        "release would “put the witnesses at risk”.\n\n"
        "Magistrate Thandeka Oyelaran-Botha said the case was strong."
    )
    assert find_quotes(text)[0].speaker_name == "Thandeka Oyelaran-Botha"


def test_the_holder_of_a_role_named_between_commas_says_what_follows_and():
    text = (
        "The ministry’s spokesperson, Amara Lindqvist-Obi, confirmed the permits had lapsed and said "
        "renewals were “held up by a paperwork error”."
    )
    assert find_quotes(text)[0].speaker_name == "Amara Lindqvist-Obi"


def test_it_after_a_document_that_spoke_is_the_document_not_the_last_organization():
    text = (
        "The Riverbend Tenants Trust was named in an indictment unsealed on Friday.\n\n"
        "“The defendant knew the repairs were never made,” the indictment states.\n\n"
        "It says the money was moved “on at least 90 occasions.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["", ""]
    released = (
        "The Harbour Board released its annual report on Monday.\n\n"
        "“Traffic rose by a tenth,” the report said. It said dredging was “long overdue.”"
    )
    assert [q.speaker_name for q in find_quotes(released)] == ["Harbour Board", "Harbour Board"]


def test_a_part_of_an_organization_speaks_for_the_organization():
    text = "In a statement, the Green Valley Party’s youth wing called the ban “cowardly and petty”."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Green Valley Party"
    assert q.is_partial


def test_words_as_someone_put_it_are_theirs():
    text = (
        "Coach Brigid Anand-Lowe has retired after 30 seasons.\n\n"
        "She coached, as Anand-Lowe put it, “anyone who turned up.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Brigid Anand-Lowe"]


def test_a_quotation_alone_after_a_sentence_turning_to_someone_acting_is_theirs():
    text = (
        "Fire Chief Ana Kowalczyk-Reid said the blaze began in the kitchen. “It spread fast,” "
        "Kowalczyk-Reid said.\n\n"
        "Owner Milo Adebayo-Finch, who opened the cafe in 1998, watched from across the road.\n\n"
        "“Twenty-six years, gone in an hour.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ana Kowalczyk-Reid", "Milo Adebayo-Finch"]


def test_a_platform_that_messages_went_round_on_is_no_speaker():
    text = (
        "Hundreds queued from dawn after messages circulating on Telegram said that “every family "
        "will get a sack of rice”."
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_a_social_media_handle_is_no_name_the_story_gives():
    text = "Reaction online was mixed. One user, @HarbourRider, posted: “Still cheaper than the car park.”"
    assert find_quotes(text)[0].speaker_name == ""


def test_someone_known_only_by_the_name_they_gave_is_credited_by_it():
    text = (
        "One commuter, who gave her name only as Ms Adeyemi, said: “The trains never come on time.”\n\n"
        "A taxi driver who gave his name only as Kofi said he had lost a day of fares. “Who will pay "
        "me back?” he asked."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Adeyemi", "Kofi"]


def test_a_participle_after_a_comma_is_spoken_by_the_subject_opening_the_sentence():
    text = (
        "The Coastal Flood Authority issued an evacuation order at 4pm, warning residents of Lowmoor "
        "that the levee was “likely to fail overnight.”"
    )
    assert find_quotes(text)[0].speaker_name == "Coastal Flood Authority"


def test_an_organization_doing_something_and_saying_is_the_speaker():
    text = (
        "The Harwick Water Board lifted its boil notice on Friday, the third this year, and said in a "
        "statement that the supply was “safe to drink again.”"
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Harwick Water Board"
    assert q.obtained == "statement"


def test_a_role_after_a_teams_name_opening_a_sentence_is_not_the_subject():
    text = (
        "Eastern Rovers coach Pita Lomu was unmoved, calling the ruling 'absurd' with his side "
        "chasing a draw."
    )
    assert find_quotes(text)[0].speaker_name == "Pita Lomu"


def test_a_full_stop_before_a_word_in_lowercase_does_not_end_the_attribution():
    text = "“Margins will stay thin,” Pendle & Co. analyst Ruth Amos wrote in a note to clients."
    q = find_quotes(text)[0]
    assert q.speaker_name == "Ruth Amos"
    assert q.obtained == "document"


def test_a_noun_describing_a_person_means_the_person_the_story_is_about():
    text = (
        "Kieran Boyle, 17, only came off the bench at half time. “I just hit it and hoped,” the "
        "teenager said.\n\n"
        "Mara Quinn, 64, has run the stall since 1990. “Nobody buys lace now,” the 64-year-old said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Kieran Boyle", "Mara Quinn"]


def test_the_art_someone_practises_means_the_person_the_story_is_about():
    text = (
        "Ilse Varga-Moreau keeps her brushes in a coffee tin.\n\n"
        "“I never clean them properly,” the painter says. “Nor does anyone I admire.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ilse Varga-Moreau", "Ilse Varga-Moreau"]


def test_a_spokesman_for_a_body_named_by_its_noun_in_lowercase_speaks_for_it():
    text = (
        "Eleven people were treated, according to the Department of Transport. “Two remain in "
        "hospital,” a department spokeswoman said."
    )
    assert find_quotes(text)[0].speaker_name == "Department of Transport"


def test_a_comment_or_message_someone_left_before_a_colon_is_theirs():
    text = (
        "Musician Lise Aalto, who played on the record, left a comment under the announcement: "
        "“Get well soon, friend.”"
    )
    assert find_quotes(text)[0].speaker_name == "Lise Aalto"


def test_another_or_some_as_the_subject_credits_nobody():
    text = (
        "Fans were upset. “We drove six hours,” one wrote on Facebook.\n\n"
        "Another posted: “Refund every ticket now, please.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["", ""]


def test_a_role_the_lead_uses_before_the_story_names_its_holder_means_the_one_named_later():
    text = (
        "Shares of Tallow Mills fell after the company blamed what its new chief executive called "
        "“a very careful shopper.”\n\n"
        "“We moved too slowly on price,” Chief Executive Hana Brook told analysts."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Hana Brook", "Hana Brook"]


def test_the_family_without_a_family_named_is_the_family_of_the_one_the_story_is_about():
    text = (
        "Tomas Reyhan, the fiddler who played at every harvest fair for sixty years, died on Sunday.\n\n"
        "His student, Nell Carver, said he never charged for a lesson.\n\n"
        "The family said in a statement that mourners should “bring a tune, not flowers.”"
    )
    assert find_quotes(text)[0].speaker_name == "Reyhan family"


def test_the_email_went_on_is_whoever_the_story_said_wrote_the_email():
    text = (
        "In an email to members on Friday, club secretary Owen Pryde wrote: “The pavilion roof "
        "has failed its inspection.”\n\n"
        "“We will play our home games at Gorsey Park until it is fixed,” the email went on."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Owen Pryde", "Owen Pryde"]


def test_a_verb_in_the_form_a_demand_takes_is_not_the_speakers():
    text = (
        "At a hearing on Tuesday, the committee’s chair, Senator Ada Okoro, demanded that the agency "
        "explain “why it waited for a crash” to act."
    )
    assert find_quotes(text)[0].speaker_name == "Ada Okoro"


def test_a_roles_possessive_before_a_colon_is_the_one_the_role_means():
    text = (
        "City manager Rosa Quell said the fee would fund culvert repairs.\n\n"
        "The city manager’s bottom line: “The rain does not check anyone’s income first.”"
    )
    assert find_quotes(text)[0].speaker_name == "Rosa Quell"


def test_a_role_as_the_subject_of_a_speech_verb_is_whom_the_pronoun_after_it_means():
    text = (
        "Kwame Asante, 31, appeared before Chief Magistrate Rosalind Achterberg on a charge of theft.\n\n"
        "The defence argued that Asante was the sole carer for a grandmother.\n\n"
        "The magistrate said she had read the reports.\n\n"
        "“A carer who steals from an employer is still a thief,” she said."
    )
    assert find_quotes(text)[-1].speaker_name == "Rosalind Achterberg"


def test_a_title_and_surname_opening_the_sentence_before_a_quotation_is_its_speaker():
    text = (
        "The hearing was chaired by Councillor Imelda Sorensen-Pike.\n\n"
        "Cllr Sorensen-Pike was unmoved. “We have heard this argument four times this year.”"
    )
    assert find_quotes(text)[0].speaker_name == "Imelda Sorensen-Pike"


def test_a_name_with_its_title_after_the_between_commas_is_the_speaker():
    text = (
        "The hall trust chair, the Rev. Miriam Oduya, said that the hall had "
        "been “restored beam by beam” over two years."
    )
    assert find_quotes(text)[0].speaker_name == "Miriam Oduya"


def test_a_councillors_party_and_ward_in_brackets_are_no_part_of_the_subject():
    text = (
        "Cllr Hamza Okafor (Green, Millbank North), who chairs the committee, said: "
        "“We have waited six years for this bridge and we will not wait six more.”"
    )
    assert find_quotes(text)[0].speaker_name == "Hamza Okafor"


def test_it_after_a_sentence_opening_with_the_and_an_organizations_noun_is_that_organization():
    text = (
        "The Brackwater Dune Trust counted 14 plovers. The Carrow District Council paid for the fences.\n\n"
        "The trust celebrated online. “Fourteen reasons to keep the fences up,” it wrote."
    )
    assert find_quotes(text)[0].speaker_name == "Brackwater Dune Trust"


def test_a_participle_after_a_sentence_opening_with_a_spokesperson_speaks_for_the_organization():
    text = (
        "Its founder, Arif Osman, reportedly told staff that “the next six months will decide everything”. "
        "A Pelipay spokesman declined to comment, saying only that the company “does not respond to "
        "market speculation”."
    )
    assert find_quotes(text)[1].speaker_name == "Pelipay"


def test_a_quotation_ending_the_paragraph_after_a_sentence_opening_with_a_known_surname_is_theirs():
    text = (
        "Grower Tomás Ilha, 61, walked his rows of frost-hit bushes.\n\n"
        "“We lost the lower field,” Ilha said. His neighbour, Rui Sá, wants to plant citrus.\n\n"
        "Ilha laughed at the idea. “Citrus? Up here? He will be back to coffee by spring.”"
    )
    assert find_quotes(text)[1].speaker_name == "Tomás Ilha"


def test_a_name_after_said_that_opens_the_words_reported_is_not_the_one_speaking():
    text = (
        "Bandleader Hemi Rangiwai has died. He was 84.\n\n"
        "Singer Dame Tui Henare toured with the band. “He made us rehearse in the van,” she said.\n\n"
        "Henare said Rangiwai could be stern, but never cruel. “If you hit a bad note, you got the "
        "look,” she said."
    )
    assert find_quotes(text)[1].speaker_name == "Tui Henare"


def test_a_long_name_with_its_institution_between_the_quotation_and_the_verb_counts_as_one_word():
    text = (
        "“We thought it was an error in the pipeline,” lead author Valentina Ruiz-Tagle of the "
        "Universidad de Los Andes said in an interview."
    )
    assert find_quotes(text)[0].speaker_name == "Valentina Ruiz-Tagle"


def test_shot_back_and_fired_back_are_speech_verbs():
    text = (
        "Senator Ramon Villaruz pressed the agency's deputy head, Arnel Cuevas, who blamed the previous "
        "management.\n\n"
        "“The previous management, the previous management,” the senator shot back.\n\n"
        "“We were not told,” Cuevas fired back."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ramon Villaruz", "Arnel Cuevas"]


def test_an_introduction_of_a_subject_and_one_verb_in_the_past_before_a_colon_names_the_speaker():
    text = (
        "Delegate Ruth Okonjo said sales had held up. Another delegate, Marian Fisk, disagreed: "
        "“My customers are seniors. They cannot ride a bicycle to the pharmacy.”"
    )
    assert find_quotes(text)[0].speaker_name == "Marian Fisk"


def test_his_family_speaks_as_the_family_of_the_one_the_story_is_about():
    text = (
        "Bandleader Hemi Rangiwai has died in Rotorua. He was 84.\n\n"
        "His family said in a statement that he died peacefully at home.\n\n"
        "“Dad played his guitar for us on Friday, one last time,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Rangiwai family"


def test_two_given_names_before_one_surname_speak_as_their_family():
    text = (
        "Callum Reddish, 24, drowned in the canal in March. In a statement read outside court, "
        "Mr Reddish's parents, Gail and Martin Reddish, said: “Callum was kind, funny and clever.”"
    )
    assert find_quotes(text)[0].speaker_name == "Reddish family"


def test_their_report_is_the_document_of_the_organization_named_before():
    text = (
        "Researchers at Kisaragi University Hospital tested the software on 8,400 scans.\n\n"
        "The study's authors caution that the system produced more false alarms. Their report states "
        "that “the false-positive rate remains too high for unsupervised screening”."
    )
    assert find_quotes(text)[0].speaker_name == "Kisaragi University Hospital"


def test_a_verb_like_a_noun_after_that_and_a_name_is_the_names_verb():
    text = (
        "The production stars Aoife Ní Fhlatharta as the eldest sister, Máire, a role that "
        "Ní Fhlatharta calls “the Lear of the Atlantic coast”."
    )
    assert find_quotes(text)[0].speaker_name == "Aoife Ní Fhlatharta"


def test_according_to_a_pronoun_is_the_one_the_pronoun_means():
    text = (
        "The command's spokesman, Musa Adeyemi-Lawal, said the suspects were arrested on Friday.\n\n"
        "According to him, “Two of them were caught at the scene while the others fled.”"
    )
    assert find_quotes(text)[0].speaker_name == "Musa Adeyemi-Lawal"


def test_a_phrase_setting_the_scene_before_the_subject_does_not_hide_it():
    text = (
        "In a memo to the board last month, Superintendent Rhoda Castellanos recommended a delay, "
        "noting that the buses “are due for replacement in any case.”\n\n"
        "In a statement, Transport Minister Oluwaseun Bakare welcomed the report and said the "
        "government remained “committed to every rural route.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Rhoda Castellanos", "Oluwaseun Bakare"]


def test_a_name_set_off_after_the_role_that_follows_the_verb_is_the_speaker():
    text = (
        "“We were genuinely surprised,” said the study's lead author, Dr Lena Hartwig, an "
        "ornithologist at the University of Greifenberg, in an interview."
    )
    assert find_quotes(text)[0].speaker_name == "Lena Hartwig"


def test_a_second_verb_after_but_is_the_subject_of_the_sentences():
    text = (
        "Magistrate Johan Vermeulen found that the State had not shown a flight risk, but warned "
        "the accused he was “not to set foot” in municipal offices."
    )
    assert find_quotes(text)[0].speaker_name == "Johan Vermeulen"


def test_a_participle_of_a_speech_verb_after_a_comma_credits_the_subject():
    text = (
        "Prosecutor Neo Masilela opposed bail, arguing that the accused still had "
        "“access to people and documents” at the municipality.\n\n"
        "Graham Pennock praised the players. He singled out the captain, describing the first half "
        "as “the best we've played all season”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Neo Masilela", "Graham Pennock"]


def test_someone_named_as_an_owner_inside_a_sentence_is_not_whom_he_said_means():
    text = (
        "Graham Pennock watched his side take the lead through Kieran Dowd's header before the break.\n\n"
        "“We switched off,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Graham Pennock"


def test_what_a_judge_found_is_a_partial_quotation_of_the_judgment():
    text = (
        "Employment Judge Caroline Hatherley found the company had failed to follow a fair procedure "
        "and that dismissal was “outside the band of reasonable responses”."
    )
    found = find_quotes(text)
    assert [(q.text, q.speaker_name, q.obtained) for q in found] == [
        ("outside the band of reasonable responses", "Caroline Hatherley", "document")
    ]


def test_the_document_whose_sentence_says_what_its_author_found_is_the_authors():
    text = (
        "An audit completed in May by the county's Office of Internal Review found that the Marlow "
        "Ambulance Service had left overtime funding unspent. The audit described the staffing plan as "
        "“not aligned with call volume.”"
    )
    assert find_quotes(text)[0].speaker_name == "Office of Internal Review"


def test_a_role_after_the_place_it_is_held_for_describes_the_name_before_it():
    text = (
        "Seamus Gaffney, Cavan chairman of the Rural Farmers Alliance, said farmers were "
        "“as upset as anyone” about the fish kill."
    )
    assert find_quotes(text)[0].speaker_name == "Seamus Gaffney"


def test_words_after_by_her_own_account_are_hers():
    text = (
        "Ines Valcourt-Mbeki taught music for a decade. In 1990 she was, by her own account, "
        "“bored to the back teeth” when a piano tuner came to the school."
    )
    quote = find_quotes(text)[0]
    assert (quote.text, quote.speaker_name) == ("bored to the back teeth", "Ines Valcourt-Mbeki")


def test_a_translation_in_brackets_is_the_words_of_the_quotation_before_it():
    text = (
        "Residents waded through the water on Monday.\n\n"
        "“Tatlong araw na kaming ganito,” said Marites Dizon-Aguilar, 52, a vendor.\n\n"
        "[Translation: “We have been like this for three days.”]"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Marites Dizon-Aguilar"] * 2


def test_a_legislators_party_and_district_after_the_name_is_no_speaker():
    text = "The committee's chairman, Sen. Dale Ostrander, R-Garden Plain, said he had “real concerns”."
    assert find_quotes(text)[0].speaker_name == "Dale Ostrander"


def test_a_circular_issued_by_someone_directs_in_their_words():
    text = (
        "Clinics ran out of antivenom in July.\n\n"
        "A circular issued by District Health Officer Dr. Anil Waghmare on July 12 directs clinics "
        "to “immediately inform the district store when stock falls below 20 vials”."
    )
    assert find_quotes(text)[0].speaker_name == "Anil Waghmare"


def test_a_bodys_lawyers_speak_for_the_body():
    text = (
        "The Kerio Valley Growers' Co-operative Society has 4,000 members.\n\n"
        "In a letter seen by the Courier, the society's lawyers said the buyer had "
        "“persistently failed to settle invoices”."
    )
    assert find_quotes(text)[0].speaker_name == "Kerio Valley Growers' Co-operative Society"


def test_his_office_speaks_for_him():
    text = (
        "Mayor Graham Tiakiwai-Rowe has stayed above the fray. His office said in a statement that "
        "he “supports the principle of user-pays funding”."
    )
    assert find_quotes(text)[0].speaker_name == "Graham Tiakiwai-Rowe"


def test_read_after_a_document_is_what_the_document_says():
    text = (
        "In a statement, Tunde Bakare-Ojo said the injured would be treated free of charge.\n\n"
        "“The government will pay every medical bill,” the statement read."
    )
    assert find_quotes(text)[0].speaker_name == "Tunde Bakare-Ojo"


def test_a_long_name_counts_as_one_word_in_the_sentence_that_reports_someones_words():
    text = (
        "In a statement titled “Governor mourns victims”, the Chief Press Secretary to the "
        "governor, Tunde Bakare-Ojo, said the injured would be treated free of charge.\n\n"
        "“The government will pay every medical bill,” the statement read."
    )
    assert find_quotes(text)[-1].speaker_name == "Tunde Bakare-Ojo"


def test_a_bare_answer_to_a_question_someone_asked_is_the_one_who_spoke_before_them():
    text = (
        "Cross-examined by Miss Okafor, Mr Pendry was asked why the entries were late.\n\n"
        "“Because that was when I finally did them,” he replied.\n\n"
        "“Or because you knew someone was coming to look?” Miss Okafor asked.\n\n"
        "“No.”"
    )
    assert find_quotes(text)[-1].speaker_name == "Pendry"


def test_a_title_then_its_holder_set_off_by_commas_speaks_a_verb_after_and():
    text = (
        "The local MLA, Orla Breathnach-Kerr, said she had written to the minister and "
        "described the delay as “a scandal”."
    )
    assert find_quotes(text)[0].speaker_name == "Orla Breathnach-Kerr"


def test_words_someone_radioed_are_theirs():
    text = "The pilot, Tom Reyes, radioed the tower that he had “a rough engine” and would land."
    q = find_quotes(text)
    assert [x.speaker_name for x in q] == ["Tom Reyes"]


def test_a_parent_called_by_how_many_children_they_have_is_the_one_the_story_is_about():
    text = (
        "Dana Whitlow works nights at the plant. Her son, Eli, 9, has missed school, she said.\n\n"
        "“He's a bright boy,” the mother-of-two said."
    )
    assert find_quotes(text)[0].speaker_name == "Dana Whitlow"


def test_the_region_after_a_place_in_a_description_is_no_speaker():
    text = (
        "Dr. Lotte Marrin, who studies seagrass at a field station in Esbjerg, Denmark, said "
        "the survey was “thorough and overdue.”"
    )
    assert find_quotes(text)[0].speaker_name == "Lotte Marrin"


def test_the_one_a_release_quoted_before_a_colon_is_the_speaker():
    text = (
        "A statement from the trust quoted its chief executive, Morwenna Tregear: “We will "
        "reopen the ward as soon as it is safe.”"
    )
    assert find_quotes(text)[0].speaker_name == "Morwenna Tregear"


def test_the_one_of_an_age_with_any_noun_after_is_a_person():
    text = (
        "Skipper Tane Horomona, who kicked four penalties, was not satisfied.\n\n"
        "“We left points out there,” said the 27-year-old flanker."
    )
    assert find_quotes(text)[0].speaker_name == "Tane Horomona"


def test_a_role_then_its_holder_between_commas_after_the_quote_is_the_speaker():
    text = (
        "“We were not consulted,” the chair of the residents' association on the estate, "
        "Dr. Nadia Okonjo, wrote in an email."
    )
    assert find_quotes(text)[0].speaker_name == "Nadia Okonjo"


def test_someone_named_with_their_co_authors_speaks_for_them():
    text = (
        "The study was led by Dr Anna Vikstrom of the Lofoten Institute.\n\n"
        "Vikstrom and her co-authors write that the decline “cannot be explained by fishing "
        "alone.”"
    )
    assert find_quotes(text)[0].speaker_name == "Anna Vikstrom"


def test_a_possessive_and_what_someone_always_said_before_a_colon_credit_the_owner():
    # A profile's "his greeting:", "her motto:": the words someone was known for saying.
    text = (
        "Ines Okafor-Lund kept the hardware store on Pike Street open for 38 years, and every "
        "customer heard her motto: “If we don’t have it, you don’t need it.”"
    )
    assert find_quotes(text)[0].speaker_name == "Ines Okafor-Lund"


def test_a_body_speaking_through_a_document_signed_by_an_officer_is_the_speaker():
    # The officer signs and someone hands it out; the words are the body's.
    text = (
        "Members of St. Agnes' Church in Oyo voted to keep their choirmaster, whom the Diocese of "
        "Lower Ogun had dismissed.\n\n"
        "The diocese, in a circular signed by its registrar, Mrs. Folake Adesanmi-Cole, and handed "
        "to reporters at the cathedral gate, called the vote “null and of no effect.”\n\n"
        "“Appointments in the choir are made by the diocese alone,” the circular said."
    )
    first, second = find_quotes(text)
    assert first.speaker_name == "Diocese of Lower Ogun"
    assert second.speaker_name == "Diocese of Lower Ogun"


def test_an_engineers_title_written_short_ends_no_sentence_before_the_signer_of_a_statement():
    # "Ing." (and "Engr.") before an engineer's name, as in Ghanaian and Nigerian copy.
    for title in ("Ing.", "Engr."):
        text = (
            "The Ghana Water Company Limited, in a statement signed by its acting managing director, "
            f"{title} Selorm Agbenyega, described the bill as “a lifeline” for its treatment plants."
        )
        assert find_quotes(text)[0].speaker_name == "Ghana Water Company Limited", title


def test_what_a_paper_says_is_its_lead_authors_when_the_story_names_one():
    text = (
        "Coastal towns could lose a fifth of their beaches by 2060, a new study suggests.\n\n"
        "“We did not expect the losses to come this fast,” said the study's lead author, Dr. Anneke "
        "Visser, a geographer at the Hollandia Institute of Marine Sciences.\n\n"
        "The paper warns that sea walls built in the 1970s “may accelerate erosion on neighbouring "
        "stretches of sand.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Anneke Visser", "Anneke Visser"]


def test_the_authors_of_a_paper_speak_through_its_lead_author_named_after_a_description():
    text = (
        "“We kept finding salt where there should have been none,” said Dr. Tomasz Wielgosz, a "
        "hydrologist at the Baltic Polytechnic and the study's lead author.\n\n"
        "In the paper, the authors write that wells near the coast are “drawing seawater inland "
        "faster than any model predicted.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Tomasz Wielgosz", "Tomasz Wielgosz"]


def test_words_someone_was_told_are_the_tellers_when_the_story_names_them():
    by = (
        "Shop owner Parveen Idowu-Marsh said traders had been told by Councillor Elspeth Rennick "
        "that the car park would “stay free for as long as I sit on this council.”"
    )
    assert find_quotes(by)[0].speaker_name == "Elspeth Rennick"
    would = (
        "The Harlow Vale Parish Council asked for a crossing last spring.\n\n"
        "Parent Dympna Aherne-Cole said the school had been told the council would “look at it "
        "again once the traffic count is done.”"
    )
    assert find_quotes(would)[0].speaker_name == "Harlow Vale Parish Council"
    unnamed = (
        "Retired teacher Gwen Pritchard-Oyo said she was told that the library was “in no danger "
        "of closing whatsoever.”"
    )
    assert find_quotes(unnamed)[0].speaker_name == "Gwen Pritchard-Oyo"


def test_a_reported_clause_with_its_own_subject_and_two_verbs_credits_that_subject():
    text = (
        "In her claim, welder Nkechi Adeyemi-Rourke says the site manager, Colm Brannigan, ignored "
        "two written warnings and later told her that “ladders are for people who can't climb.”"
    )
    assert find_quotes(text)[0].speaker_name == "Colm Brannigan"


def test_a_pronoun_means_whom_it_would_where_it_stands_not_someone_the_words_after_it_name():
    text = (
        "The ferryman, Anselm Vogt, is the opera's heart. Tenor Mateus Okonjo-Reyes, who trained "
        "in Lisbon, sings the part. In rehearsal, he said he played Anselm Vogt as “a man who could "
        "stop a room with one held breath.”"
    )
    assert find_quotes(text)[0].speaker_name == "Mateus Okonjo-Reyes"


def test_a_characters_lines_in_a_review_are_the_actors_named_in_brackets():
    text = (
        "In the second act the lighthouse keeper, Ingrid (a wry Solveig Aaltonen-Park), tells her "
        "brother: “You kept the lamp. I kept the family.”"
    )
    assert find_quotes(text)[0].speaker_name == "Solveig Aaltonen-Park"


def test_what_a_note_to_clients_says_is_whoever_wrote_it():
    text = (
        "Analysts at Brightwater Capital wrote in a note to clients that the merger was “priced "
        "for perfection.”\n\n"
        "“Any slip in the second half will be punished,” the note said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Brightwater Capital", "Brightwater Capital"]


def test_someone_who_does_one_thing_then_speaks_is_the_speaker():
    text = (
        "“We lost the barn in an hour,” said farmer Hemi Raukura-Bell.\n\n"
        "He looked away, then added: “The cows knew before we did.”\n\n"
        "Fire chief Ilse Marchetti-Dunn sighed, then said the crews “did everything they could.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == [
        "Hemi Raukura-Bell",
        "Hemi Raukura-Bell",
        "Ilse Marchetti-Dunn",
    ]


def test_an_introduction_of_only_time_or_manner_before_a_colon_is_the_last_speakers():
    text = (
        "“We will race again next year,” said skipper Losa Tuimavave.\n\n"
        "Then, more quietly: “My father steered this boat. I want my son to.”"
    )
    assert find_quotes(text)[1].speaker_name == "Losa Tuimavave"


def test_someone_described_without_the_and_then_named_after_the_verb_is_the_speaker():
    text = "“She taught me to count change before I could read,” said one former paper boy, Niko Halvorsen."
    assert find_quotes(text)[0].speaker_name == "Niko Halvorsen"


def test_confirmed_is_a_verb_of_speaking_so_he_after_it_means_its_subject():
    text = (
        "Coach Mikaere Tonga-Wills confirmed that prop Sefo Aumua had been taken to hospital for "
        "scans. “He'll be back before the finals,” he said."
    )
    assert find_quotes(text)[0].speaker_name == "Mikaere Tonga-Wills"


def test_a_quotation_ending_a_paragraph_after_a_pronoun_doing_something_is_whom_it_means():
    text = (
        "“We defended for our lives,” said captain Rawiri Hoani-Beck.\n\n"
        "He singled out flanker Tomasi Vake, who made 19 tackles. “Tomasi was everywhere. I don't "
        "know how he is still standing.”"
    )
    assert find_quotes(text)[1].speaker_name == "Rawiri Hoani-Beck"


def test_a_letter_read_out_is_the_one_the_sentence_names_as_urging_in_it():
    text = (
        "In a pastoral letter read in every parish of the diocese on Sunday, the Bishop of Lower "
        "Ogun, Rt. Rev. Emmanuel Adebayo-Kolawole, urged calm.\n\n"
        "“Let no gate of God's house be locked against God's people,” the letter said."
    )
    assert find_quotes(text)[0].speaker_name == "Emmanuel Adebayo-Kolawole"


def test_said_someone_described_who_gave_a_name_only_credits_that_name():
    text = "“They fed us before they fed themselves,” said the volunteer, who gave her name only as Mereana."
    assert find_quotes(text)[0].speaker_name == "Mereana"


def test_a_bodys_management_speaks_for_the_body():
    text = (
        "Patients waited up to 30 hours on trolleys at St Fintan's University Hospital this week.\n\n"
        "The Midwest Nurses Alliance said staff had worked double shifts four times in a fortnight.\n\n"
        "In a statement, the hospital's management said it had opened 12 surge beds.\n\n"
        "“We apologise to every patient who has waited too long,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "St Fintan's University Hospital"


def test_people_described_by_what_they_do_opening_a_sentence_are_nobody_named():
    text = (
        "Protesters have promised to “stay on the bridge until the last truck turns back” after the "
        "quarry was approved on Monday."
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_the_outlet_that_quoted_someone_set_off_after_them_is_not_the_speaker():
    text = (
        "A village elder, quoted by the Highlands Courier, said the clans had agreed to “put the "
        "feud aside until the last family is found.”"
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_said_a_relative_then_named_between_commas_credits_the_one_named():
    text = (
        "Harbourmaster Tomás Ó Cearna died on Tuesday at 91.\n\n"
        "“He'd want the pier full and the music loud,” said his granddaughter, Aoife Ní Chearna, 22."
    )
    assert find_quotes(text)[0].speaker_name == "Aoife Ní Chearna"


def test_an_office_held_in_a_body_set_off_after_a_name_describes_the_one_named():
    text = (
        "Cllr Morag Lindsay-Baird, Convenor of the Lochside Community Council, said the village had "
        "lost “its kindest neighbour.”"
    )
    assert find_quotes(text)[0].speaker_name == "Morag Lindsay-Baird"


def test_an_account_on_social_media_speaks_for_whoever_it_belongs_to():
    text = (
        "Twin otter pups were born at the Harwick Zoo on Sunday.\n\n"
        "The zoo's Instagram account posted a photo of the pups, captioned: “Two more "
        "reasons to visit.”"
    )
    assert find_quotes(text)[0].speaker_name == "Harwick Zoo"


def test_a_body_that_thanked_someone_before_a_colon_speaks_the_words_after_it():
    text = (
        "A stolen tractor was found in a ditch on Route 9 on Sunday, the Marlow County Sheriff's "
        "Office said.\n\n"
        "In a Facebook post, the sheriff's office thanked the farmer who called it in: “Your quick "
        "thinking saved us a long night.”"
    )
    assert find_quotes(text)[0].speaker_name == "Marlow County Sheriff's Office"


def test_her_or_his_document_is_the_words_of_whom_the_pronoun_means():
    text = (
        "The defendant's lawyer, Orla Brennan-Hayes, asked for a suspended sentence. Her filing "
        "described him as “a frightened man, not a dangerous one.”"
    )
    assert find_quotes(text)[0].speaker_name == "Orla Brennan-Hayes"


def test_someone_named_by_their_role_who_did_one_thing_before_a_colon_speaks_after_it():
    text = (
        "Head coach Marisa Ekwueme-Lund said the squad was tired.\n\n"
        "Asked about the referee, the coach laughed: “I will keep my money, thank you.”"
    )
    assert find_quotes(text)[0].speaker_name == "Marisa Ekwueme-Lund"
    council = (
        "The council debated the plan. Pressed on the cost, the council paused: “We cannot say what "
        "it will cost.”"
    )
    assert find_quotes(council)[0].speaker_name == ""


def test_someones_words_described_as_the_subject_of_was_blunt_before_a_colon_are_theirs():
    text = (
        "Outgoing chair Desmond Achterberg-Nolan sold his stake on Monday.\n\n"
        "Achterberg-Nolan’s reply to those who doubted him was blunt: “Look at the books before you "
        "judge me.”"
    )
    assert find_quotes(text)[0].speaker_name == "Desmond Achterberg-Nolan"


def test_a_title_in_capitals_after_the_is_the_holder_named_before_not_a_body():
    text = (
        "Deputy Premier Lorraine Achterberg-Vance opened the new ward on Friday. "
        "“Nobody in this valley should drive two hours to give birth,” the Deputy Premier said."
    )
    assert find_quotes(text)[0].speaker_name == "Lorraine Achterberg-Vance"


def test_a_body_named_after_the_is_still_that_body():
    text = (
        "The Harbour Trust met on Monday. “We will publish the figures,” the Harbour Trust said "
        "after Chair Ines Marlow left."
    )
    assert find_quotes(text)[0].speaker_name == "Harbour Trust"


def test_the_regulator_or_the_watchdog_is_the_authority_named_before():
    text = (
        "The Coastal Fisheries Authority cut the quota on Tuesday. "
        "“Stocks have not recovered as we hoped,” the regulator said."
    )
    assert find_quotes(text)[0].speaker_name == "Coastal Fisheries Authority"
    text = (
        "The Rail Standards Commission opened an inquiry. "
        "“Passengers were put at risk,” the watchdog said in its report."
    )
    assert find_quotes(text)[0].speaker_name == "Rail Standards Commission"


def test_a_verb_joined_by_but_after_the_quotation_goes_on_from_the_subject_before_it():
    text = (
        "Harbourmaster Ilse Nordqvist met the crews on Monday. Nordqvist admitted the closure had "
        "“hurt every boat in the bay” but said the council had warned it could not pay for dredging."
    )
    assert find_quotes(text)[0].speaker_name == "Ilse Nordqvist"


def test_a_place_someone_is_at_before_the_verb_is_not_the_speaker():
    text = (
        "The Marram Point ferry was cancelled again. A man waiting at the Marram Point Ferry "
        "Terminal, who did not want his name published, said he had “given up on the timetable.”"
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_one_pronoun_in_the_words_someone_reported_does_not_rule_them_out_for_the_next_quotation():
    text = (
        "Alder Brooks, the ferryman, died on Sunday. He was 88.\n\n"
        "“He never missed a tide,” said Tomas Reid, who worked the crossing with him for 30 years.\n\n"
        "Harbour trustee Ines Calloway said in a letter that he had been “the best-known face on "
        "the river.”\n\n"
        "“Everyone waved at him,” she wrote. “He waved back at every one of them.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Tomas Reid"] + ["Ines Calloway"] * 3


def test_a_pronoun_that_did_one_thing_and_then_said_another_is_the_speaker():
    text = (
        "Treasurer Oren Valdane was questioned for an hour. He accepted that the accounts had been "
        "filed late but said they were “complete” and had been checked."
    )
    quote = find_quotes(text)[0]
    assert (quote.text, quote.speaker_name) == ("complete", "Oren Valdane")


def test_the_trustees_or_governors_of_a_body_speak_for_it():
    text = (
        "The Millbrook Rowing Club lost its boathouse lease in May. The club's trustees said the "
        "council had given them “no real chance to find a new home.”"
    )
    assert find_quotes(text)[0].speaker_name == "Millbrook Rowing Club"


def test_someone_who_used_to_say_something_is_its_speaker():
    text = (
        "He learned the trade from his uncle, Obadiah Fenwick-Lowe, who used to say, "
        "“A hull tells you everything if you listen to it.”"
    )
    assert find_quotes(text)[0].speaker_name == "Obadiah Fenwick-Lowe"


def test_the_company_is_the_body_named_earlier_in_its_paragraph_before_one_known_by_initials():
    text = (
        "The Harbour Safety Board (HSB) closed the pier on Monday.\n\n"
        "KELCO says 4,000 homes have no power. The utility said crews would be out "
        "“as soon as the wind drops.”"
    )
    assert find_quotes(text)[0].speaker_name == "KELCO"


def test_the_bench_and_its_order_speak_as_the_court():
    text = (
        "The Supreme Court on Monday struck down the levy.\n\n"
        "A three-judge Bench of Justice Carla Mendes, Justice Ravi Anand and Justice Oona Pike "
        "heard the appeal.\n\n"
        "“Parliament cannot rename a burden to escape the limits on it,” the Bench said in its judgment.\n\n"
        "The court found that the notices gave traders no choice. “A choice that cannot be refused is no "
        "choice,” the order said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Supreme Court", "Supreme Court"]


def test_general_after_an_office_belongs_to_the_title():
    text = (
        "Additional Solicitor General Tomas Okwuosa, appearing for the ministry, opposed the plea.\n\n"
        "“The ministry has acted within its powers,” Mr. Okwuosa said."
    )
    assert find_quotes(text)[0].speaker_name == "Tomas Okwuosa"


def test_a_seat_set_off_after_a_name_describes_its_holder():
    text = (
        "Helen Marsh-Tiller, the housing minister, resigned on Wednesday.\n\n"
        "Ms Marsh-Tiller, MP for Orwell and Saxby, said she could no longer “defend a number I know "
        "to be hollow”.\n\n"
        "Ms Marsh-Tiller, MP for Orwell, said it was “a hard day”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Helen Marsh-Tiller"] * 2


def test_counsel_submits_words_to_a_court():
    text = (
        "Senior advocate Ritu Malhotra, appearing for the traders, opposed the levy.\n\n"
        "“My clients were given no hearing at all, My Lords,” Ms. Malhotra submitted."
    )
    assert find_quotes(text)[0].speaker_name == "Ritu Malhotra"


def test_a_clergy_title_is_no_part_of_the_name():
    text = "“The bell tower is safe for now,” said Deacon Walter Pruett, who looks after the building."
    assert find_quotes(text)[0].speaker_name == "Walter Pruett"


def test_a_capitalized_title_set_off_before_a_name_is_what_the_title_means_after():
    text = (
        "The Governor, Mr. Emeka Obiora-Dike, has declared three days of mourning.\n\n"
        "The governor said: “We have lost a patriot.”"
    )
    assert find_quotes(text)[0].speaker_name == "Emeka Obiora-Dike"


def test_a_message_someone_else_signed_is_still_the_subjects():
    text = (
        "The Emir, Alhaji Musa Tanko-Bala, in a goodwill message signed by his spokesman, Mr. Idris "
        "Lawal, urged the pilgrims to “pray for peace in the land.”"
    )
    assert find_quotes(text)[0].speaker_name == "Musa Tanko-Bala"


def test_someone_described_by_where_they_live_or_work_is_not_the_place():
    text = (
        "Fire crews were called to Kelsall Road at 2am.\n\n"
        "A resident of one of the flats in Brockhurst, who asked not to be named, said: “We heard "
        "glass going and then the alarms.”\n\n"
        "One porter at the hospital, who requested anonymity, said the ward had been “full for weeks.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["", ""]


def test_a_pronoun_after_someone_described_with_a_team_or_place_in_capitals_is_theirs():
    text = (
        "Coach Marta Lindqvist said the decision was fair.\n\n"
        "“Nobody wants this,” Lindqvist said.\n\n"
        "One long-time Rovers supporter, waiting outside in a scarf, summed up the mood. "
        "“Heartbreaking. Just heartbreaking,” he said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Marta Lindqvist", ""]


def test_one_word_from_an_unnamed_backbencher_is_a_quotation_of_nobody_named():
    text = "One senior backbencher, who did not want to be named, said the mood on the benches was “febrile”."
    found = find_quotes(text)
    assert [(q.text, q.speaker_name) for q in found] == [("febrile", "")]


def test_a_quotation_alone_after_someone_only_described_is_theirs_not_the_last_named():
    text = (
        "“The new fares are simpler,” said transit director Lena Okafor.\n\n"
        "Not everyone agrees. A driver with more than 20 years on the buses, who asked not to be "
        "named because drivers may not speak to the press, said the card readers had failed twice.\n\n"
        "“When the reader goes down, I wave people on. Then who pays?”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Lena Okafor", ""]


def test_words_posted_on_a_page_or_account_are_its_owners():
    text = (
        "The Harbour Pilots Association called off the sailing.\n\n"
        "On the association's Facebook page, a notice shared hundreds of times read: “No boats "
        "today. Stay off the water.”\n\n"
        "On the Millbrook Choir Instagram account, organisers wrote: “Rehearsal is cancelled. See "
        "you next week.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Harbour Pilots Association", "Millbrook Choir"]


def test_a_name_after_the_page_says_who_posted_the_words():
    text = (
        "The Harbour Pilots Association called off the sailing. Glenvale Rowing Club cancelled "
        "its regatta.\n\n"
        "On its website, Glenvale Rowing Club said: “We will race again in May. Thank you all.”"
    )
    assert find_quotes(text)[0].speaker_name == "Glenvale Rowing Club"


def test_a_paper_named_by_the_body_that_issued_it_is_the_bodys():
    text = (
        "Dunmore District Council meets on Tuesday to decide the plan. A council report "
        "published ahead of the meeting admits the cuts will be “felt hardest by older "
        "residents.”\n\n"
        "District Collector Asha Menon, in a press note issued at noon, said help had been "
        "sought.\n\n"
        "“Teams will visit every ward this week,” the press note said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Dunmore District Council", "Asha Menon"]


def test_a_document_speaks_through_an_adverb_before_its_verb():
    text = (
        "Governor Ruth Adeyemi signed the order on Friday. The order also notes that curfews will "
        "“end once the roads are safe.”"
    )
    assert find_quotes(text)[0].speaker_name == "Ruth Adeyemi"


def test_the_kind_of_body_may_stand_between_its_name_and_its_spokesperson():
    text = (
        "The Harbourside Hawks won the final by two goals, though the Hawks trailed at half-time.\n\n"
        "A Hawks club spokesman said fans should “come early and bring a flag”."
    )
    assert find_quotes(text)[0].speaker_name == "Harbourside Hawks"


def test_the_letters_of_a_seat_after_the_mean_the_member_who_spoke_last():
    text = (
        "One backbench member, who asked not to be named, said the party was tired.\n\n"
        "“Nobody wants another leadership fight before Christmas,” the MP said.\n\n"
        "Deputy Seán Ó Riada spoke to reporters outside. “The numbers are not there,” the TD said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["", "Seán Ó Riada"]


def test_a_paper_from_a_body_speaks_past_what_was_done_with_it():
    text = (
        "Bus lanes opened on Harbour Road in May. A review from the Marlow Roads Department "
        "presented to councillors found that journeys had slowed by “under a minute at the "
        "busiest hour.”"
    )
    assert find_quotes(text)[0].speaker_name == "Marlow Roads Department"


def test_a_paragraph_of_quotation_alone_is_what_the_sentence_before_had_someone_issue():
    text = (
        "Harbour Rail has just posted an update on its app about the line.\n\n"
        "“Trains will run every twenty minutes until the signals are repaired. Please allow "
        "extra time.”"
    )
    assert find_quotes(text)[0].speaker_name == "Harbour Rail"


def test_a_quotation_in_the_description_after_a_name_is_theirs_when_the_verb_follows():
    text = (
        "His sister, Agnes Pettifer, who has heard the flood story “maybe a hundred times,” "
        "says the boxes have filled the attic."
    )
    assert find_quotes(text)[0].speaker_name == "Agnes Pettifer"


def test_one_who_can_be_heard_saying_words_on_a_recording_said_them():
    text = (
        "Gil Ferreira-Soto addressed the hearing. “You never read my letters,” Ferreira-Soto can "
        "be heard saying on the tape."
    )
    assert find_quotes(text)[0].speaker_name == "Gil Ferreira-Soto"


def test_a_pronoun_after_a_clause_of_time_does_both_things_joined_by_and():
    pre = "Ferreira-Soto was cut off after three minutes. As he left the room, he stopped and added, "
    assert _attribution_before(pre) == ("he", "pronoun", "added")


def test_a_recording_heard_and_a_pronoun_going_on_after_a_clause_of_time():
    text = (
        "Gil Ferreira-Soto addressed the board. “You never read my letters,” Ferreira-Soto can be "
        "heard saying, before the chair cut him off. As he left the room, he stopped and added, "
        "“You will hear from us.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Gil Ferreira-Soto", "Gil Ferreira-Soto"]


def test_a_role_and_what_it_is_for_then_a_name_set_off_after_the_verb_is_that_person():
    text = "“The wards are full,” said the union's liaison officer for the west, Aoife Ní Bhriain."
    assert find_quotes(text)[0].speaker_name == "Aoife Ní Bhriain"


def test_a_body_at_a_place_speaks_not_the_place():
    text = "The Marine Institute at St. Kevin's, where she lectured, said she was “the heart of the place.”"
    assert find_quotes(text)[0].speaker_name == "Marine Institute"


def test_a_bodys_office_in_a_town_speaks_for_the_body():
    text = "The Harbour Weather Service office in Dunmore wrote that “a cold front will arrive by dawn.”"
    assert find_quotes(text)[0].speaker_name == "Harbour Weather Service"


def test_a_reader_only_described_by_where_they_live_is_nobody_named():
    text = (
        "A reader in Dunmore, who asked us not to use her name, emailed: “The sky is orange and we "
        "are packed.”"
    )
    assert find_quotes(text)[0].speaker_name == ""


def test_a_title_written_by_its_initials_after_the_means_its_holder():
    text = (
        "Health Cabinet Secretary Amina Korir Wekesa on Monday told MPs the funds were ready.\n\n"
        "“No clinic will close,” the CS said."
    )
    assert find_quotes(text)[0].speaker_name == "Amina Korir Wekesa"


def test_initials_no_title_spells_stay_the_organizations():
    text = (
        "Health Cabinet Secretary Amina Korir Wekesa on Monday told MPs the funds were ready.\n\n"
        "“We will audit every clinic,” the EPA said."
    )
    assert find_quotes(text)[0].speaker_name == "EPA"


def test_the_one_prompted_to_say_something_says_it():
    text = (
        "Olu Banjo-Reyes chaired the hearing. Tom Okafor said the works had been done under "
        "“normal rules,” prompting Banjo-Reyes to say the rules were “the whole problem.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Tom Okafor", "Olu Banjo-Reyes"]


def test_a_participle_of_posting_after_what_someone_did_is_their_post():
    text = (
        "Winger Tane Rawiri-Holt shrugged off the loss, posting on Instagram after the game: "
        "“Proud of this lot. Back to work Monday.”"
    )
    assert find_quotes(text)[0].speaker_name == "Tane Rawiri-Holt"


def test_one_described_after_the_verb_who_gave_a_name_only_is_that_name():
    text = (
        "Councillor Ada Roe defended the clearance. “This stall pays for my children's school,” "
        "said one trader, who gave her name only as Mama Nkechi."
    )
    assert find_quotes(text)[0].speaker_name == "Mama Nkechi"


def test_a_role_after_a_teams_name_set_off_with_its_holder_names_the_holder():
    text = "Her counterpart, Pulse coach Dianne Fa’alogo, said her players had “nothing to be ashamed of”."
    assert find_quotes(text)[0].speaker_name == "Dianne Fa’alogo"
    described = "Seamus Gaffney, Cavan chairman of the Rural Farmers Alliance, said the scheme was “a start”."
    assert find_quotes(described)[0].speaker_name == "Seamus Gaffney"


def test_a_bodys_spokesperson_the_story_does_not_name_speaks_for_the_body():
    text = (
        "Commuters walked to work on Monday after the Mutare City Council began enforcing a ban.\n\n"
        "The council's spokesperson said buses would run “as soon as next week”."
    )
    assert find_quotes(text)[0].speaker_name == "Mutare City Council"
    named = (
        "Commuters walked to work on Monday after the Mutare City Council began enforcing a ban.\n\n"
        "The council's spokesperson, Tendai Moyo, said buses would run “as soon as next week”."
    )
    assert find_quotes(named)[0].speaker_name == "Tendai Moyo"


def test_an_answer_under_an_interviews_section_head_is_the_interviewees():
    text = (
        "Sunita Bhatnagar is sitting at table nine, peeling a clementine.\n\n"
        "“Everyone keeps asking me if I'm sad,” she says. “Of course I'm sad.”\n\n"
        "Her brother, Raj Bhatnagar, lent her the money. “She paid back every penny,” he said.\n\n"
        "Bhatnagar has read every comment.\n\n"
        "On why now\n\n"
        "“The rent went up by forty per cent at the last review.”"
    )
    found = find_quotes(text)
    assert found[-1].speaker_name == "Sunita Bhatnagar"
    # A line of narration ending in a full stop is no section head.
    plain = text.replace("On why now", "The restaurant closes on Sunday.")
    assert find_quotes(plain)[-1].speaker_name != "Sunita Bhatnagar"


def test_a_pronoun_answering_an_interviews_question_means_the_one_interviewed():
    text = (
        "Zoya Haqqani did not expect to win. She was in a rickshaw when the news came.\n\n"
        "“My phone started buzzing,” Haqqani said. “Then my sister called.”\n\n"
        "Why brick kilns?\n\n"
        "“My grandfather owned a small kiln,” she said.\n\n"
        "She often worked with a local lawyer, Ghulam Abbas Jatoi, who represents labourers.\n\n"
        "Jatoi, reached by phone, said the book was “more accurate than most reports”.\n\n"
        "Did you worry about speaking for them?\n\n"
        "She paused for a long time. “Always. I still do,” she said."
    )
    assert find_quotes(text)[-1].speaker_name == "Zoya Haqqani"
    brief = (
        "Health teams vaccinated 11,000 children, said Tavita Sefo, the campaign's co-ordinator. "
        "“No child is too far away,” he said.\n\n"
        "“We went village by village,” Sefo said.\n\n"
        "WARSAW — Museum recovers stolen painting\n\n"
        "Museum director Tomasz Kowalik said the painting was found in Gdańsk. “I had given up,” he said."
    )
    assert find_quotes(brief)[-1].speaker_name == "Tomasz Kowalik"


def test_a_paper_issued_by_an_office_then_its_holder_on_a_date_speaks_for_the_holder():
    text = (
        "A circular issued by the Principal Secretary for Basic Education, Dr Fatuma Abdi, on 3 "
        "October directs county directors to ensure that “no learner is sent home.”"
    )
    assert find_quotes(text)[0].speaker_name == "Fatuma Abdi"


def test_a_paper_of_one_named_with_a_possessive_speaks_for_them():
    text = (
        "Port Alder Regional Transit’s own fare review, released in June, concluded that the zone "
        "system was “confusing to new riders.”"
    )
    assert find_quotes(text)[0].speaker_name == "Port Alder Regional Transit"


def test_a_quotation_in_a_sentence_where_one_the_story_does_not_name_speaks_is_not_the_last_speakers():
    text = (
        "KILKENNY — A book of hours stolen in 1971 has been returned. Librarian Siobhán Delahunt said "
        "staff had wept. “We never took it down,” she said. The auction house said in a statement that "
        "it had withdrawn the lot “immediately upon learning of its provenance.”"
    )
    first, second = find_quotes(text)
    assert first.speaker_name == "Siobhán Delahunt"
    assert second.speaker_name == ""
    assert second.obtained == "statement"


def test_the_man_or_the_woman_after_one_the_story_will_not_name_is_nobody_named():
    text = (
        "Harold Pettibone has kept the weather log for fifty years.\n\n"
        "A retired farmer, who did not want his name in the paper, said he phones Pettibone every spring.\n\n"
        "“I got a phone that tells me the weather. I still call Harold,” the man said."
    )
    assert find_quotes(text)[-1].speaker_name == ""
    named = (
        "Harold Pettibone has kept the weather log for fifty years.\n\n"
        "“I still call the weather in,” the man said."
    )
    assert find_quotes(named)[-1].speaker_name == "Harold Pettibone"


def test_his_or_her_honour_is_the_judge_on_the_bench():
    text = (
        "Judge Carol Brandt jailed Anne Dwyer, 44, for three years on Friday. Dwyer wept in the dock "
        "as the sentence was read.\n\n“She took from people who trusted her,” her Honour said.\n\n"
        "Her Honour said the offending was calculated. “It was not a moment of madness,” she said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Carol Brandt", "Carol Brandt"]


def test_where_the_speaker_is_before_the_verb_is_not_who_speaks():
    text = (
        "An FBI spokesperson in Seattle said the bureau was “aware of the incident” but declined to "
        "comment further.\n\nMary Jones in Tacoma said the airline had “let everyone down”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["FBI", "Mary Jones"]


def test_it_in_a_paragraph_opened_by_a_document_is_the_one_who_prepared_it():
    text = (
        "Councillor Raj Thiruchelvam said he had been persuaded by a staff report.\n\n"
        "The report, prepared by planning director Lise Comeau, found that listings had tripled and "
        "described the vacancy rate as “effectively zero.” It warned that without a cap the town "
        "risked “a permanent loss of year-round housing stock.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Lise Comeau", "Lise Comeau"]


def test_a_statement_read_outside_court_for_a_family_is_the_familys():
    text = (
        "Imogen Saltmarsh, 24, died in May. Wessex Police said in a statement that inquiries continue.\n\n"
        "In a statement read outside court by their solicitor, Priya Lomax, the family said Imogen had "
        "been “funny, fierce and endlessly kind”.\n\n"
        "“She cycled because she believed in it,” the statement said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Saltmarsh family", "Saltmarsh family"]


def test_a_body_speaking_through_someone_it_names_credits_that_person():
    text = (
        "The Vice-Chancellors' Committee, which represents the heads of public universities, said "
        "through its chairperson, Prof. Esther Wafula-Mbugua, that institutions were facing “a severe "
        "liquidity crisis”."
    )
    assert find_quotes(text)[0].speaker_name == "Esther Wafula-Mbugua"


def test_a_noun_then_a_name_before_a_verb_that_could_be_a_noun_makes_it_the_names_verb():
    text = (
        "Maricel Dumalagan opened the restaurant in 2019.\n\n"
        "The restaurant famously has no freezer, a decision Dumalagan calls “half philosophy, half "
        "electricity bill”."
    )
    assert find_quotes(text)[0].speaker_name == "Maricel Dumalagan"


def test_one_reported_to_have_said_something_is_the_speaker():
    text = (
        "The District Head of Dawakin Tofa, Alhaji Nasiru Ado-Tofa, was reported by Freedom Radio to "
        "have urged ward heads on Sunday to “go from house to house with the health workers”."
    )
    assert find_quotes(text)[0].speaker_name == "Nasiru Ado-Tofa"


def test_one_asked_something_who_then_does_something_speaks_the_quotation_after():
    text = (
        "Dinuka Wickremasinghe took nine wickets. 'I just tried to bowl in one place,' Wickremasinghe "
        "said.\n\nAsked about his celebration after the final wicket, when he sprinted towards the "
        "ramparts, he smiled. 'My father is there. He drove from Matara at four in the morning.'"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Dinuka Wickremasinghe"] * 2


def test_a_reader_named_with_the_town_they_write_from_is_the_speaker_not_the_town():
    text = (
        "A listener, Maureen from Timaru, writes: “Why is the 7.10 bus late every single Monday?”\n\n"
        "A caller, Dave in Hamilton, said: “Petrol is dearer here than in Auckland.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Maureen", "Dave"]


def test_whose_answer_it_was_with_a_few_words_on_how_it_went_before_the_colon():
    text = (
        "The transport minister, Hemi Castellano, faced questions for an hour on the toll. "
        "His answer barely shifted: “Somebody has to pay for the bridge.”\n\n"
        "The opposition's Lorna Mbatha was asked about her own plan. Her reply was short and "
        "sharp: “Ours is costed.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Hemi Castellano", "Lorna Mbatha"]


def test_live_copy_gives_the_speaker_and_how_they_spoke_before_a_colon():
    text = (
        "4.05pm\nAsked whether she would stand again, Deputy Mayor Rangi Tapsell-Moore, grinning: "
        "“Watch this space.”\n\n"
        "4.12pm\nThe deputy mayor, clearly tired of the topic: “That's all on the toll.”\n\n"
        "4.20pm\nThe council's finance chair, Ivo Brankovic, unimpressed: “Nobody has costed it.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == [
        "Rangi Tapsell-Moore",
        "Rangi Tapsell-Moore",
        "Ivo Brankovic",
    ]


def test_a_companys_role_for_a_region_then_its_holder_after_the_verb():
    text = (
        "'The crews have worked through the night,' said Southern Water's operations manager for "
        "the South East, Kemi Oduya-Barnes. 'We expect supply back by noon.'"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Kemi Oduya-Barnes"] * 2


def test_the_party_before_a_members_seat_set_off_by_commas_is_part_of_the_description():
    text = (
        "Dan Oyelowo-Price, Labour MP for Hatherleigh and Crane, said on social media that the "
        "line had been “left to rot for a decade”."
    )
    assert find_quotes(text)[0].speaker_name == "Dan Oyelowo-Price"


def test_a_given_name_written_short_after_the_verb_does_not_end_the_name():
    text = (
        "“Consent is not a box to tick,” wrote Associate Justice Ma. Luisa Tan-Sarmiento, who "
        "penned the decision.\n\n"
        "“We will keep growing,” said Jack Ma. The company did not comment further."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ma. Luisa Tan-Sarmiento", "Jack Ma"]


def test_a_name_then_the_body_they_work_for_named_after_its_kind_is_the_person():
    text = (
        "The developer's planner, Oona Pettersen-Vale of the Leeds firm Hartley Brook & Vale, "
        "told the committee the site was “simply too narrow” for anything else."
    )
    assert find_quotes(text)[0].speaker_name == "Oona Pettersen-Vale"


def test_in_his_words_gives_the_words_to_whom_the_possessive_means():
    text = (
        "The Kelvin Ward Licensing Board refused the application on Tuesday.\n\n"
        "The third board member, Ewan McCrae, said little during the hearing but explained his "
        "vote at length. He said the board's solicitor had reminded members that a licence must "
        "meet “a demonstrable local need,” and that a fourth off-licence on one street was, in "
        "his words, “need of a different kind.”"
    )
    assert find_quotes(text)[1].speaker_name == "Ewan McCrae"


def test_a_pronoun_then_an_irregular_past_then_a_participle_after_the_comma():
    text = (
        "Greens co-leader Maia Tūhoe-Brandt spoke for twenty minutes.\n\n"
        "She also took aim at the transport package, calling the new levy “a tax on getting to "
        "work”."
    )
    assert find_quotes(text)[0].speaker_name == "Maia Tūhoe-Brandt"


def test_a_bodys_paper_called_by_its_capitalized_title_speaks_for_the_body():
    text = (
        "The Reserve Bank's latest Financial Stability Report says household debt remains "
        "“a source of vulnerability” for the banks."
    )
    assert find_quotes(text)[0].speaker_name == "Reserve Bank"


def test_repeats_is_a_verb_of_speaking():
    text = (
        "The eviction notice thanks the tenants for their loyal custom.\n\n"
        "“Their loyal custom,” repeats her daughter, Ilona Farkas-Reid, shaking her head. "
        "“Thirty years, and that is what we get.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ilona Farkas-Reid"] * 2


def test_a_name_then_the_body_they_are_of_whose_name_has_and_in_it():
    text = (
        "Atty. Rhea Mangubat-Soriano of the Indigenous Peoples and Ancestral Lands Office said the "
        "permit had been “void from the start”."
    )
    assert find_quotes(text)[0].speaker_name == "Rhea Mangubat-Soriano"


def test_a_bodys_customer_care_team_speaks_for_the_body():
    text = (
        "Marama Tito returned the heater to Hearthglow Appliances in June. In an email, the "
        "company's customer care team said the fault was “not a known issue”."
    )
    assert find_quotes(text)[0].speaker_name == "Hearthglow Appliances"


def test_what_an_inquest_heard_of_someone_named_is_their_account():
    text = (
        "The inquest heard the quarry's manager, Colin Ashby-Reeve, had moved the warning signs "
        "because walkers found them “a bit of an eyesore”."
    )
    found = find_quotes(text)
    assert [(q.text, q.speaker_name) for q in found] == [("a bit of an eyesore", "Colin Ashby-Reeve")]


def test_a_ministry_named_for_two_fields_after_a_word_of_its_name_is_no_couple():
    text = (
        "In a separate statement, the state Ministry of Rural Water and Coastal Affairs said it "
        "had received the report and called it “long overdue”."
    )
    assert find_quotes(text)[0].speaker_name == "Ministry of Rural Water and Coastal Affairs"


def test_given_names_joined_before_one_surname_are_still_a_couple():
    text = "The farm at Cwmdu has been sold. Gail and Martin Reddish said they had “never expected to sell”."
    assert find_quotes(text)[0].speaker_name == "Reddish family"


def test_a_bodys_branch_named_for_a_place_speaks_for_the_body():
    text = (
        "The National Union of Bakery Workers’ Eastern Cape branch, in a statement signed by its "
        "regional organiser, Lwazi Mbete, said members would stay out “until the bakeries pay "
        "what they promised”.\n\n"
        "“Nobody here wants to strike in winter,” the statement said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["National Union of Bakery Workers"] * 2


def test_a_report_a_bodys_name_stands_before_is_the_bodys():
    text = (
        "Taranaki Base Hospital’s maternity ward has lost six midwives since March.\n\n"
        "The Health New Zealand review, prepared for the agency’s Taranaki district board in June, "
        "said the ward was “running on goodwill and overtime”.\n\n"
        "“Shifts are routinely filled by staff on their days off,” the review said."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Health New Zealand", "Health New Zealand"]


def test_the_town_after_the_body_someone_is_of_is_not_the_speaker():
    text = (
        "Hydrologist Dr. Kavita Deshmukh of the Institute of Water Studies, Nagpur, said the "
        "reservoir levels were “the lowest in a decade”."
    )
    assert find_quotes(text)[0].speaker_name == "Kavita Deshmukh"


def test_the_holder_named_after_a_body_someone_is_of_is_still_the_speaker():
    text = (
        "The Commissioner of Police, CP Aminu Garba, warned that offenders would face “the full "
        "weight of the law”."
    )
    assert find_quotes(text)[0].speaker_name == "Aminu Garba"


def test_the_statement_is_theirs_whom_the_sentence_telling_where_it_was_posted_names():
    text = (
        "Commissioner Hal Brandt lost his seat on Tuesday to Mara Quist, who thanked volunteers "
        "at Rosie's Diner on Main Street.\n\n"
        "Brandt did not appear at his party. In a statement posted on his campaign's Facebook "
        "page shortly after 12:30 a.m., he said he would not seek a recount.\n\n"
        "“The voters have spoken,” the statement said."
    )
    assert find_quotes(text)[0].speaker_name == "Hal Brandt"


def test_earlier_since_or_already_between_the_speaker_and_the_verb():
    text = (
        "Mara Quist won the seat on Tuesday.\n\n"
        "Her campaign manager, Idris Colley, had earlier described the race as “a referendum on "
        "the jail.”\n\n"
        "Quist has since said the jail is “the first thing on my desk.”"
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Idris Colley", "Mara Quist"]


def test_a_pronoun_in_a_clause_about_a_noun_after_the_quotation_is_no_speaker():
    text = (
        "The flood agency said 300 people were displaced.\n\n"
        "The local MP, Kwesi Mensah, wrote on Facebook that the government had “abandoned” a "
        "dredging project it announced two years ago."
    )
    assert find_quotes(text)[0].speaker_name == "Kwesi Mensah"


def test_a_quotation_running_on_into_the_next_paragraph_is_whom_that_paragraph_credits():
    text = (
        "“The works will address ventilation,” the agency said in a statement.\n\n"
        "For Lim Boon Keat, 67, who has fried noodles at the same stall since 1986, the news was "
        "hard to take.\n\n"
        "“I started here when the roof was still zinc.\n\n"
        "“Ten months, at my age, is not a small thing,” he said in an interview at his stall."
    )
    found = find_quotes(text)
    assert [(q.speaker_name, q.obtained) for q in found[1:]] == [
        ("Lim Boon Keat", "interview"),
        ("Lim Boon Keat", "interview"),
    ]


def test_a_local_government_named_for_its_kind_owns_its_letter():
    text = (
        "The school board voted on Tuesday to close Birch Lake School.\n\n"
        "Reeve Olaf Lindqvist of the Township of Marten said council had offered to share the "
        "cost of the roof and had written to the board in October proposing a community hub.\n\n"
        "The township's letter said the plan would “secure the building's future at no cost.”"
    )
    assert find_quotes(text)[0].speaker_name == "Township of Marten"


def test_they_after_the_researchers_in_the_paper_is_the_lead_author_who_opens_a_sentence():
    text = (
        "Lead author Dr Hine Parata, an ecologist at Massey University, said the shift was large.\n\n"
        "The researchers believe traffic noise is part of the reason. In the paper they write that "
        "the shift is “consistent with acoustic adaptation”."
    )
    assert find_quotes(text)[0].speaker_name == "Hine Parata"


def test_a_county_or_a_port_set_off_after_a_place_is_nobodys_name():
    county = (
        "Aoife Brennan, a baker in Carrowkeel, Co Sligo, said trade was down.\n\n"
        "“We are open six days a week,” she said."
    )
    port = (
        "Ewan Mackay, who runs a shop in the island's only village, Port Sellick, said sales had fallen.\n\n"
        "“We are open six days a week,” he said."
    )
    assert find_quotes(county)[0].speaker_name == "Aoife Brennan"
    assert find_quotes(port)[0].speaker_name == "Ewan Mackay"


def test_a_role_after_the_side_it_is_held_in_is_the_one_holding_it():
    text = (
        "Harrow Vale captain Dylan Pengelly took three wickets.\n\n"
        "Pengelly said the loss would sting. “It was close,” he said.\n\n"
        "“We go again next year,” the Harrow Vale skipper added."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Dylan Pengelly", "Dylan Pengelly"]


def test_a_report_by_a_body_on_a_long_named_subject_is_the_bodys():
    text = (
        "A report by the Regional Roads Board on an earlier plan for the same stretch of coast, "
        "shelved in 2009, called the route “a danger to the dunes”."
    )
    assert find_quotes(text)[0].speaker_name == "Regional Roads Board"


def test_the_union_is_an_association_of_workers_when_the_story_names_no_union():
    text = (
        "The Association of Tram Conductors wants a 7 per cent rise.\n\n"
        "The union called the stoppage a “first step” towards a longer strike."
    )
    assert find_quotes(text)[0].speaker_name == "Association of Tram Conductors"
    both = (
        "The Tram Conductors Union and the Shopkeepers Association met on Monday.\n\n"
        "The union called the stoppage a “first step” towards a longer strike."
    )
    assert find_quotes(both)[0].speaker_name == "Tram Conductors Union"


def test_a_journals_editors_in_a_titled_commentary_speak_for_the_journal():
    text = (
        "The study appears in the Journal of Coastal Botany.\n\n"
        "The journal's editors, in an accompanying commentary titled “Roots That Hold,” called the "
        "work “a model for the field”."
    )
    assert find_quotes(text)[0].speaker_name == "Journal of Coastal Botany"


def test_its_document_is_the_document_of_the_body_it_means():
    text = (
        "The Met Service had issued a strong wind watch on Saturday. Its report warned of "
        "“gusts of 90km/h in exposed places” from the evening."
    )
    assert find_quotes(text)[0].speaker_name == "Met Service"


def test_he_opening_a_paragraph_is_not_the_son_he_speaks_of():
    text = (
        "Tane Horomona, 52, and his son Rawiri were rescued on Sunday.\n\n"
        "Mr Horomona said the boat had flipped.\n\n"
        "“We tried to right it,” he said.\n\n"
        "He later told reporters his son had been “calm the whole time”."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Tane Horomona", "Tane Horomona"]


def test_a_rank_written_short_without_stops_before_a_surname_is_the_named_officer():
    text = (
        "Detective Inspector Maya Lindqvist said the car was blue.\n\n"
        "Det Insp Lindqvist said officers had spoken to witnesses. “They did everything right,” she said."
    )
    assert find_quotes(text)[0].speaker_name == "Maya Lindqvist"


def test_the_operator_is_the_railway_company_named_before():
    text = (
        "Glenmore Valley Railways has apologised to passengers.\n\n"
        "In an open letter, the operator said: “We have not given you the service you pay for.”"
    )
    assert find_quotes(text)[0].speaker_name == "Glenmore Valley Railways"


def test_a_medical_practice_is_an_organization_the_practice_means():
    text = (
        "Fenwick Medical Practice, where she had been a partner since 1999, said in a statement "
        "that patients had left cards at the door.\n\n"
        "“She was the doctor everyone asked for by name,” the practice said."
    )
    quote = find_quotes(text)[0]
    assert (quote.speaker_name, quote.obtained) == ("Fenwick Medical Practice", "statement")


def test_a_pronoun_opening_the_next_paragraph_goes_on_from_the_speaker_credited_by_title():
    text = (
        "Deputy Coroner Ruth Oduya handed down her findings on Friday.\n\n"
        "Ms Kaur had gone to the beach with three friends.\n\n"
        "In her written findings, the coroner said the sign was “small and faded”.\n\n"
        "“They did what many visitors do,” she wrote."
    )
    assert [q.speaker_name for q in find_quotes(text)] == ["Ruth Oduya", "Ruth Oduya"]


def test_a_pronoun_opening_the_sentence_means_whom_it_would_there_not_whom_it_then_names():
    text = (
        "Her brother, Minh Kaur, travelled from Hanoi for the findings.\n\n"
        "He thanked Mr Hollis, who sat in the gallery every day, and said the family had "
        "“never blamed anyone”."
    )
    assert find_quotes(text)[0].speaker_name == "Minh Kaur"


def test_the_announcement_speaks_for_the_body_named_before():
    text = (
        "Glenmore Valley Railways cancelled a fifth of its trains in October.\n\n"
        "“We are sorry to announce that the 08.12 service has been cancelled,” the announcement said."
    )
    assert find_quotes(text)[0].speaker_name == "Glenmore Valley Railways"
