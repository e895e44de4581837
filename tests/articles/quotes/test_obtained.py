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


def test_words_told_the_court_or_spoken_at_a_trial_were_spoken_at_the_hearing():
    court = "'It is a miracle nobody was killed,' Hannah Oakes told the court."
    parliament = "“The figures are wrong,” Health Minister Paul Byrne told parliament."
    trial = (
        "A former bookkeeper testified Thursday that she was told to destroy invoices.\n\n"
        "“You didn't shred them, did you?” defense attorney Naomi Fairbanks-Lowe asked.\n\n"
        "“No,” Lorraine Kessling said."
    )
    assert find_quotes(court)[0].obtained == Quote.Obtained.HEARING
    assert find_quotes(parliament)[0].obtained == Quote.Obtained.HEARING
    assert [q.obtained for q in find_quotes(trial)] == [Quote.Obtained.HEARING] * 2


def test_a_body_deciding_or_hearing_someone_in_the_lead_makes_a_story_about_a_meeting():
    leads = [
        "Plans for 120 homes were approved by the borough's planning committee on Tuesday.",
        "The school board on Thursday named Raúl Fonseca as interim superintendent.",
        "The family of a boy who drowned asked the Alder County Board of Supervisors to post lifeguards.",
    ]
    for lead in leads:
        text = lead + "\n\n“We studied it twice,” Supervisor Walter Penn said."
        assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING, lead
    mentioned = (
        "The county will pay $2.1 million under a settlement approved Tuesday by the Board of Supervisors."
        "\n\n“No amount of money changes that,” lawyer Aisha Karimi said."
    )
    assert find_quotes(mentioned)[0].obtained == Quote.Obtained.SAID


def test_words_placed_after_the_meeting_or_said_in_the_present_were_not_spoken_there():
    lead = "The council voted 6-3 on Wednesday night to tighten its dog rules.\n\n"
    after = lead + "“Most owners are responsible,” Cr Jason Maitland said after the meeting."
    present = lead + "“We put up signs,” Cr Anh Nguyen says."
    reporters = lead + "Cr Jason Maitland told reporters he was disappointed. “We lost,” he said."
    for text in (after, present, reporters):
        assert find_quotes(text)[0].obtained == Quote.Obtained.SAID, text


def test_a_release_is_a_statement_and_a_facebook_post_is_social_media():
    release = (
        "Carrow said in the release that the channel was ready. “Deeper water,” she added in the release."
    )
    post = (
        "The Kessler County Sheriff's Office said in a Facebook post that deputies would enforce a curfew "
        "“to protect property.”"
    )
    page = (
        "In a post on the chamber's Facebook page, Luis Ortega-Pryce wrote: “Thank you to every volunteer.”"
    )
    assert find_quotes(release)[0].obtained == Quote.Obtained.STATEMENT
    assert find_quotes(post)[0].obtained == Quote.Obtained.SOCIAL
    assert find_quotes(page)[0].obtained == Quote.Obtained.SOCIAL


def test_the_sentence_before_naming_the_speaker_tells_how_a_quotation_opening_its_paragraph_came():
    lead = "The council voted 6-3 on Wednesday night to tighten its dog rules.\n\n"
    after = (
        lead + "Cr Jason Maitland said after the meeting that most owners were responsible.\n\n"
        "“They pick up after their dogs,” Cr Maitland said."
    )
    relayed = (
        "Miriam Holcroft told the programme the figures were not good enough.\n\n"
        "“It is not available for the next person,” she said."
    )
    other = (
        lead + "Mayor Trish Garrahy said after the meeting that she was pleased.\n\n"
        "“We had two kids go to hospital,” Cr Jason Maitland said."
    )
    assert find_quotes(after)[0].obtained == Quote.Obtained.SAID
    assert find_quotes(relayed)[0].obtained == Quote.Obtained.RELAYED
    assert find_quotes(other)[0].obtained == Quote.Obtained.HEARING


def test_a_byline_naming_the_outlet_makes_words_told_it_by_the_last_word_of_its_name_told_us():
    text = (
        "By Owen Pritchard, The Harrowgate Sentinel\n\n"
        "Gale Ostrova said the pier would reopen. “It will be ready by May,” Ostrova told the Sentinel."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_a_reporter_in_capitals_in_the_byline_names_the_outlet():
    text = (
        "By Hemi Tautari, Coastal Affairs Reporter\n\n"
        "“We ran out of sandbags,” Lorna Faleolo told Coastal Affairs after the storm."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_told_the_last_word_of_an_outlet_named_with_an_ampersand_in_the_byline_is_told_us():
    text = (
        "By Petra Lindqvist-Ako\nMoorfield & Dales Gazette\n\n"
        "“We never thought we’d get this far,” keeper Sam Ruddock-Ebo told the Gazette."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_a_byline_without_by_that_sets_the_outlet_off_with_a_dot_names_the_newsroom():
    text = (
        "Rural school loses its bus\n\n"
        "Tomas Ferreira-Lund · Upper Valley Sentinel\n\n"
        "“The children walk four miles now,” parent Ada Kowalczyk-Obi told the Sentinel."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_an_outlet_of_four_words_after_a_bar_in_the_byline_names_the_newsroom():
    text = (
        "By Amina Wekesa | Lake Basin Farming Weekly\n\n"
        "“The rains came late again,” grower Tobias Ochieng-Rao told Lake Basin Farming Weekly."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_told_the_call_letters_of_the_broadcaster_in_the_byline_is_told_us():
    text = (
        "By Lena Ortiz-Braun, KWPL News\n\n"
        "“We want the road fixed before winter,” resident Abe Kowalski told KWPL after the meeting."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_an_outlet_that_contacted_someone_is_the_newsroom():
    text = (
        "“The drains have not been cleared in a year,” resident Kamala Iyer-Nath told The Coastal Ledger.\n\n"
        "When contacted by The Coastal Ledger, the ward officer said a crew would be sent."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_the_words_of_an_awards_citation_are_a_document():
    text = (
        "The Lakeland Potters' Guild gave Ines Marlow its medal in 2010. In its citation, the guild "
        "called her “a maker who taught a county to see clay.”"
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.DOCUMENT


def test_words_of_an_indictment_or_an_affidavit_are_a_document():
    lead = "A former treasurer of the Brackley Sailing Club pleaded not guilty on Monday.\n\n"
    for text in (
        lead + "“The defendant concealed the transfers,” the indictment states.",
        lead + "He told deputies he “only borrowed it,” according to the affidavit.",
    ):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.DOCUMENT


def test_words_of_an_audit_a_circular_or_a_memorandum_are_a_document():
    for text in (
        "The audit described the council's fleet records as “incomplete and unreliable.”",
        "A circular issued by the district health officer directs clinics to “report every case.”",
        "Ortiz warned in a memorandum that the pumps “may fail in heavy rain.”",
    ):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.DOCUMENT


def test_speaking_to_a_broadcaster_its_call_letters_and_reportedly_are_relayed():
    speaking = (
        "Rosalind Achebe, speaking to Valley News, blamed the contractor. “Nobody has called us "
        "back,” she said."
    )
    letters = "Hydrologist Piet Varga told WKRD-TV the levee was “holding, but only just.”"
    reportedly = "Varga reportedly told a crowd that the town would “rebuild every house.”"
    for text in (speaking, letters, reportedly):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED


def test_words_someone_was_quoted_as_saying_are_relayed_and_a_release_quoting_them_is_a_statement():
    outlet = "Mayor Ilse Banerjee-Holt was quoted by the Lakeshore Wire as saying the dam was “sound.”"
    plain = "“Stay off the roads tonight,” Commissioner Femi Aldana was quoted as saying."
    for text in (outlet, plain):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED
    release = "A news release quoted Aldana as saying the crews were “working around the clock.”"
    assert find_quotes(release, newsroom="Chronicle")[0].obtained == Quote.Obtained.STATEMENT


def test_a_lead_reporting_a_debate_places_the_debaters_words_there_but_not_those_after_it():
    text = (
        "Mayoral hopefuls spar over rents\n\n"
        "The three candidates for mayor argued over rent controls on Monday night in the first "
        "televised debate of the campaign.\n\n"
        "“Rents have doubled in ten years,” Ines Barrow-Kato said.\n\n"
        "After the debate, Barrow-Kato told reporters she was “very happy.”"
    )
    found = find_quotes(text, newsroom="Chronicle")
    assert [q.obtained for q in found] == [Quote.Obtained.HEARING, Quote.Obtained.SAID]
    issue = (
        "Council weighs rents\n\n"
        "Landlords and tenants are divided in the long debate over rent controls in the city.\n\n"
        "“Rents have doubled in ten years,” Ines Barrow-Kato said."
    )
    assert find_quotes(issue, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_told_a_paper_named_for_a_voice_or_an_observer_is_relayed():
    for paper in ("the Marlow Voice", "the Tidewater Observer", "the Eastbrook Sentinel"):
        text = f"“We are closed until further notice,” the owner, Ruth Adeyemi-Lutz, told {paper}."
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED


def test_words_said_plainly_after_a_sentence_placing_the_speaker_before_a_body_were_said_there():
    lead = (
        "Dam levels fall to a record low\n\n"
        "The state's dams are at their lowest since records began, new figures show.\n\n"
        "Farmers say they have sold half their herds.\n\n"
    )
    text = lead + (
        "Water Minister Ruth Okafor-Lang told parliament on Wednesday the dams were 40% full.\n\n"
        "“Nobody should be washing a car this summer,” Ms Okafor-Lang said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING
    away = lead + (
        "Water Minister Ruth Okafor-Lang told parliament on Wednesday the dams were 40% full.\n\n"
        "She told reporters afterwards the rules would stay. “Nobody should be washing a car,” she said."
    )
    assert find_quotes(away, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_words_said_outside_the_chambers_of_a_meeting_were_not_said_at_it():
    text = (
        "The city council voted 6-3 on Monday to keep the bus lanes.\n\n"
        "Councillor Ode Marchetti-Lowe said outside council chambers that he would raise it "
        "“at the very next sitting.”"
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_a_quotation_after_a_pronoun_said_outside_court_was_not_said_in_court():
    text = (
        "A man has been refused bail at Harlow Magistrates' Court.\n\n"
        "His lawyer, Priya Okonedo-Lamb, argued he had a fixed address. She said outside court that "
        "she would appeal.\n\n"
        "“My client will be vindicated,” Okonedo-Lamb said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_a_lead_in_which_an_inquiry_has_heard_evidence_reports_a_hearing():
    text = (
        "A public inquiry into a quarry near Coldmere has heard evidence on dust and noise.\n\n"
        "“The dust settles on every windowsill,” resident Agnes Fairlie-Obi said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_a_lead_reporting_someone_jailed_reports_the_sentencing_hearing():
    text = (
        "A driver who fled a crash that injured two cyclists has been jailed for three years.\n\n"
        "Mitigating, Ruth Okafor-Bell said her client was “deeply ashamed.”"
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_a_lead_reporting_bail_granted_with_its_amount_reports_the_bail_hearing():
    text = (
        "A former mayor has been granted R15 000 bail by the Komati Magistrate's Court.\n\n"
        "His advocate, Lindi Vos-Nkosi, said he had “nowhere to run.”"
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_a_body_that_has_voted_after_the_byline_makes_a_story_about_a_meeting():
    text = (
        "Library hours cut\n\n"
        "By Tamsin Ure, Wexcombe Record\n\n"
        "Members of Wexcombe Borough Council have voted to cut library hours.\n\n"
        "“We had no other choice,” Cllr Joan Ferriday said."
    )
    confirmed = (
        "Clinic to close\n\n"
        "The clinic will close in May, the health board has confirmed.\n\n"
        "“It is a sad day,” Cllr Joan Ferriday said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING
    assert find_quotes(confirmed, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_a_vote_in_the_lead_under_a_headline_standfirst_and_byline_makes_a_story_about_a_meeting():
    text = (
        "Council votes to shut two pools | Fenwick Post\n\n"
        "Council votes to shut two pools\n\n"
        "Swimmers handed in 900 letters; the pools close in August\n\n"
        "By Odette Marchand | Post staff\n\n"
        "FENWICK — The City Council voted 5-4 Tuesday to close the Alder Street and Crane Park pools.\n\n"
        "Both pools need new filters, staff said.\n\n"
        "“I learned to swim in that water,” said Irving Castellane, 80."
    )
    assert find_quotes(text, newsroom="Post")[0].obtained == Quote.Obtained.HEARING


def test_a_court_passing_sentence_in_the_lead_makes_a_story_about_a_hearing():
    text = (
        "A High Court in Kisumu on Tuesday sentenced a former county treasurer, Otieno Wafula-Mbeki, "
        "to nine years in prison for stealing bursary funds.\n\n"
        "“The money was meant for children who had nothing else,” Justice Grace Anyango-Rotich said.\n\n"
        "“My client is a father of six,” defence lawyer Peter Kamau-Oduya said."
    )
    jails = "Magistrate jails driver who fled crash\n\nA driver who fled a crash will serve six months.\n\n"
    found = find_quotes(text, newsroom="Chronicle")
    assert [q.obtained for q in found] == [Quote.Obtained.HEARING, Quote.Obtained.HEARING]
    said = "“I never saw him,” Tom Reyes-Baird said."
    assert find_quotes(jails + said, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_words_said_in_parliament_were_said_at_a_hearing_even_about_a_report():
    text = (
        "Raising the audit in parliament, Senator Ula Brandt said: “These are our neighbours, not numbers.”"
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_a_document_the_words_are_about_is_not_where_they_were_written():
    text = "The residents' group said the ruling proved the rules were “not worth the paper.”"
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_a_warning_issued_by_an_agency_is_a_statement():
    text = "A flood warning issued by the Harlow River Authority said: “Move to higher ground now.”"
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.STATEMENT


def test_words_said_outside_the_hearing_room_were_not_said_at_the_hearing():
    text = (
        "The committee held a hearing on ferry delays.\n\n"
        "Deckhand Priya Salcedo said outside the hearing room that crews were tired. “We are "
        "running on empty,” she said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_words_told_a_broadcaster_by_its_letters_number_or_run_together_name_are_relayed():
    for outlet in ("KTVZ", "NZB's Morning Report", "9NEWS", "SkyPort", "Coast Metro FM"):
        text = f"Coach Rana Faisal told {outlet} the team was “ready for anything.”"
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED, outlet


def test_an_agency_the_story_names_by_its_letters_is_no_broadcaster():
    text = (
        "The Harbour Safety Authority (HSA) inspected the pier.\n\n"
        "Skipper Jo Brannan told HSA inspectors the rail was “loose for months.”"
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained != Quote.Obtained.RELAYED


def test_a_wire_storys_dateline_names_its_own_outlet():
    text = (
        "PORT ALDER, Veloria (AP) — Floods closed the port on Monday.\n\n"
        "Harbor master Ines Coelho told the AP the closure “could last a week.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.TOLD_US


def test_tells_the_outlet_named_in_the_byline_is_told_us():
    text = (
        "By Nora Vance, KWLB 9 News\n\n"
        "“We lost everything,” Dale Pruitt tells the News, pointing at the shed.\n\n"
        "“The water came up in minutes,” Pruitt told KWLB 9 News."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.TOLD_US] * 2


def test_a_paper_named_with_a_capital_the_or_a_weekly_is_another_outlet():
    text = (
        "“The plan is dead,” Councillor Rhys Gower said, according to The Sentinel.\n\n"
        "Promoter Ada Kline told Stage Notes Weekly the show had been “a financial disaster.”"
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.RELAYED] * 2


def test_a_warning_or_media_release_issued_is_a_statement():
    text = (
        "The Coast Fire Service issued an emergency warning at noon, telling residents it was "
        "“too late to leave.”\n\n"
        "A media release quoted Dr Anna Pike as saying the results were “a turning point.”"
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.STATEMENT] * 2


def test_a_comment_under_a_post_is_social():
    text = "Musician Lise Aalto left a comment under the band's post: “Get well soon, friend.”"
    assert find_quotes(text)[0].obtained == Quote.Obtained.SOCIAL


def test_words_credited_through_the_sentence_before_keep_how_their_own_attribution_says():
    text = (
        "Lumen Live said refunds would follow. “Hold on to your tickets for now,” the company said "
        "in a statement."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.STATEMENT


def test_words_a_sentence_places_in_a_debate_were_said_there_though_a_spokespersons_title_is_near():
    text = (
        "During the same debate, Opposition health spokesperson Cathal Byrne said the minister was "
        "“asleep at the wheel” on waiting lists."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING


def test_someones_email_only_mentioned_is_not_how_the_words_came():
    text = (
        "Ian Baird said he got a strange text a day before the company’s email. “It knew my name "
        "and my last booking,” he said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_the_scene_the_paragraph_before_sets_moves_a_meeting_storys_plain_words_there():
    text = (
        "A judge on Monday refused bail to the former treasurer at a hearing in Ibadan.\n\n"
        "Outside the courtroom, dozens of savers had waited since dawn.\n\n"
        "“I put my whole pension in,” said Ruth Oyelaran, a trader."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_words_placed_by_their_own_sentence_do_not_take_the_medium_of_the_sentence_before():
    text = (
        "Union president Gary Holm told Reuters the workers learned of it “from the news.”\n\n"
        "“Nobody rang us, not once,” Holm said later outside the union hall."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.RELAYED, Quote.Obtained.SAID]


def test_wrote_after_a_paragraph_ending_on_a_post_came_by_that_post():
    text = (
        "Singer Mira Oakes has cancelled her tour. The 31-year-old broke the news in an Instagram "
        "post on Monday.\n\n"
        "“I have sung through pain for weeks and I cannot go on,” she wrote."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SOCIAL


def test_a_quotation_carrying_on_from_the_one_before_came_the_same_way():
    text = (
        "Singer Mira Oakes broke the news in an Instagram post on Monday.\n\n"
        "“I have sung through pain for weeks,” she wrote. “My doctors say I must stop now.”\n\n"
        "“I am so sorry to everyone who bought a ticket.”"
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.SOCIAL] * 3


def test_a_statement_read_from_the_witness_box_was_spoken_at_the_hearing():
    text = (
        "A van driver was jailed for six years at a hearing at Exeter Crown Court on Friday.\n\n"
        "The victim’s son, Aled Price, read a statement from the witness box.\n\n"
        "“My mother was killed by a man who could not wait,” he said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING


def test_a_trials_opening_or_closing_statement_is_spoken_in_court():
    text = (
        "“He lied to every investor in this room,” prosecutor Dana Ilves said in her closing "
        "statement on Friday."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING


def test_words_said_plainly_in_a_story_about_a_court_appearance_were_said_at_the_hearing():
    text = (
        "A man charged with burglary appeared before a magistrate in Dunmore on Monday.\n\n"
        "“The accused has nowhere fixed to live,” the prosecutor, Hana Lisowski, said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_words_said_plainly_in_a_story_about_bail_or_a_sentence_were_said_at_the_hearing():
    bail = (
        "A delivery driver was refused bail on Friday over a string of thefts.\n\n"
        "“There is a real risk of further offending,” Judge Aldo Ferreira said."
    )
    sentence = (
        "A former treasurer was sentenced on Tuesday to three years for theft from a sports club.\n\n"
        "“You betrayed people who trusted you,” Judge Mira Castell said."
    )
    assert find_quotes(bail, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING
    assert find_quotes(sentence, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_a_statement_to_the_court_was_read_out_at_the_hearing():
    text = (
        "Omar Brandt, who pleaded guilty to theft, apologized in a short statement to the court. "
        "“I am sorry for what I did,” "
        "Brandt said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.HEARING


def test_what_a_document_states_is_a_document():
    text = (
        "Researchers at Kisaragi University Hospital tested the software. Their report states that "
        "“the false-positive rate remains too high for unsupervised screening”."
    )
    assert find_quotes(text)[0].obtained == "document"


def test_a_byline_naming_the_outlet_after_a_bar_makes_words_told_to_it_told_us():
    text = (
        "By Luke Brandvold | The Prairie Gazette\n\n"
        "“People ask me when I'm going to retire,” Dolores Haugen told The Prairie Gazette on Tuesday."
    )
    assert find_quotes(text, newsroom="")[0].obtained == Quote.Obtained.TOLD_US


def test_a_byline_naming_the_outlet_after_a_rank_or_on_its_second_line_makes_words_told_to_it_told_us():
    for byline in (
        "By Martin Oddie, Business Editor, The Northern Post",
        "By Wanjiku Mbugua\nThe Northern Post",
        "By Sophie Trenchard\nNorthern Post",
    ):
        text = f"Brewery sold\n\n{byline}\n\n“I found out from a customer,” Gary Whitehouse told the Post."
        assert find_quotes(text, newsroom="")[0].obtained == Quote.Obtained.TOLD_US, byline
    text = "Brewery sold\n\nBy Mary Jo Smith\n\n“I found out from a customer,” Gary Whitehouse told Smith."
    assert find_quotes(text, newsroom="")[0].obtained != Quote.Obtained.TOLD_US


def test_words_told_our_correspondent_were_told_us():
    text = (
        "A resident, Mr Emeka Chukwuma, told our correspondent that he had spent ₦4,500 a day on fuel.\n\n"
        "“Business has been very bad,” he lamented."
    )
    assert find_quotes(text, newsroom="")[0].obtained == Quote.Obtained.TOLD_US


def test_a_story_whose_lead_has_a_jury_hearing_evidence_reports_a_trial():
    text = (
        "A solicitor spent his clients' money, a jury at Harlow Crown Court has heard.\n\n"
        "Giles Fenwick-Lowe, 58, denies 12 counts of fraud.\n\n"
        "“I made mistakes, but I am not a thief,” he said."
    )
    assert find_quotes(text, newsroom="")[0].obtained == Quote.Obtained.HEARING


def test_a_story_whose_lead_has_a_senate_vote_however_it_went_reports_the_debate():
    text = (
        "The Nebraska Senate on Thursday narrowly approved a bill to cut irrigation pumping.\n\n"
        "“This bill punishes the farmers who conserved,” said Sen. Carla Ruedig-Vance."
    )
    assert find_quotes(text, newsroom="")[0].obtained == Quote.Obtained.HEARING


def test_words_in_his_post_were_posted_on_social_media():
    text = (
        "The minister answered the report online on Sunday.\n\n"
        "In his post, Mr Ravuvu said engineers had visited the site twice.\n\n"
        "“This is simply not true,” he wrote."
    )
    assert find_quotes(text, newsroom="")[0].obtained == Quote.Obtained.SOCIAL


def test_a_story_whose_lead_has_a_board_of_commissioners_or_councillors_deciding_reports_their_meeting():
    for lead in (
        "The Pell County Board of Commissioners voted 3-2 on Monday to approve a gravel pit.",
        "A new bypass has been approved by councillors after a long row over the route.",
        "Four day centres will close after the borough council's cabinet agreed a package of cuts.",
    ):
        text = f"{lead}\n\nCommissioner Ada Roe backed the plan.\n\n“We listened,” Roe said."
        assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING, lead


def test_words_given_by_someone_reached_by_phone_are_not_placed_at_the_meeting():
    text = (
        "The Pell County Board of Commissioners voted 3-2 on Monday to approve a gravel pit.\n\n"
        "Neighbour Ada Roe, reached by phone, said she would appeal.\n\n"
        "“We are not finished,” she said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_told_the_paper_a_long_byline_ends_with_is_told_us():
    text = (
        "By Máire Ní Bhriain Ó Dálaigh\nWestmeath Courier-Gazette\n\n"
        "Local TD Seán Kerrigan said the ward had been promised years ago.\n\n"
        "He told the Courier-Gazette: “The site is there and the money is not.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.TOLD_US


def test_words_the_release_said_came_in_the_release():
    text = (
        "The sheriff's office issued details on Friday.\n\n"
        "“A deputy called for medical assistance,” the release said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.STATEMENT


def test_what_was_in_a_statement_is_its_content_not_how_the_next_words_came():
    text = (
        "His sister, Keisha Orr, said the family had been told little beyond what was in the release.\n\n"
        "“Nobody has been able to tell us what happened,” she said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_a_spokespersons_plain_words_in_a_story_about_a_meeting_were_said_to_the_press():
    text = (
        "The Pell school board voted 4-3 on Thursday to close Juniper Hill Elementary.\n\n"
        "The district will add portable classrooms, district spokesperson Carla Menendez said Friday. "
        "She said the district would hold an open house in May.\n\n"
        "“We want the kids to know where their classroom is,” Menendez said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_words_given_in_written_testimony_are_a_document_not_spoken_at_the_hearing():
    text = (
        "Customers packed a hearing on Tuesday on a proposed rate increase.\n\n"
        "In written testimony, economist Dr. Ada Roe said the request “would shift costs onto "
        "residential customers.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT


def test_words_said_according_to_an_outlet_are_relayed():
    text = "“We will rebuild the pier by summer,” the harbourmaster said, according to the local paper."
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED


def test_a_research_papers_words_are_a_document():
    text = (
        "The paper, by Dr. Anneke Visser and nine co-authors, states that the dunes are "
        "“retreating at twice the rate recorded in the 1990s.”"
    )
    assert find_quotes(text)[0].obtained == "document"


def test_the_outlet_a_staff_byline_or_a_byline_run_into_the_dateline_names_is_the_newsrooms():
    staff = (
        "Storm knocks out power to 4,000 homes\n\n"
        "KWPB News Staff\n\n"
        "“The lines came down like spaghetti,” lineman Oskar Brandvik-Hale told KWPB News."
    )
    assert find_quotes(staff)[0].obtained == Quote.Obtained.TOLD_US
    run_in = (
        "Ferry fares to rise in spring\n\n"
        "By Ines Caddick-Rowe, The Harbourside Sentinel LOWER BAYFIELD — Fares will rise. "
        "“We were told in a letter, nothing more,” commuter Aled Pryce told the Sentinel."
    )
    assert find_quotes(run_in)[0].obtained == Quote.Obtained.TOLD_US


def test_words_given_when_the_newsroom_contacted_or_spoke_to_someone_are_told_us():
    contacted = (
        "By Rhea Baptiste-Lall, The Leeward Standard\n\n"
        "Contacted by the Standard, harbour master Idris Connell-Joseph said repairs were "
        "“weeks, not months, away.”"
    )
    assert find_quotes(contacted)[0].obtained == Quote.Obtained.TOLD_US
    speaking = (
        "Speaking to the Wexmoor Champion after the meeting, Cllr Nuala Breslin said she would "
        "write to the minister. “If nobody answers, I will write again,” she said.\n\n"
        "This article first appeared in the Wexmoor Champion."
    )
    assert find_quotes(speaking)[0].obtained == Quote.Obtained.TOLD_US


def test_words_someone_has_said_before_are_not_the_meetings():
    text = (
        "The state Senate on Tuesday approved a bill capping water use by data centres, 24-15.\n\n"
        "Gov. Marisa Quenneville-Oduya has said she wants “a limit with teeth” but has not said "
        "whether she would sign it."
    )
    assert find_quotes(text)[0].obtained == "said"


def test_words_a_note_testimony_or_a_decision_speaks_are_a_documents():
    note = "“Margins will not recover this year,” the note said, signed by two analysts at Brightwater."
    assert find_quotes(note)[0].obtained == "document"
    decision = "The board sided with the tenants. “The notices were served in bad faith,” the decision reads."
    assert find_quotes(decision)[0].obtained == "document"


def test_words_told_a_press_conference_are_said_not_relayed():
    match = "“We were second to every ball,” Osei told his post-match press conference."
    assert find_quotes(match)[0].obtained == "said"
    news = "“Nobody will be evicted this winter,” the minister told a news conference in Accra."
    assert find_quotes(news)[0].obtained == "said"


def test_words_from_an_interview_another_outlet_did_are_relayed():
    text = (
        "Transport Minister Colm Deasy-Rourke, in an interview with the Midland Chronicle-Herald, said "
        "his department was “looking at every option.”"
    )
    assert find_quotes(text)[0].obtained == "relayed"
    radio = (
        "In an interview over radio station DWKR, Mayor Lorna Abadilla said the town would "
        "“not leave anyone behind.”"
    )
    assert find_quotes(radio)[0].obtained == "relayed"


def test_words_someone_told_a_named_outlet_in_an_interview_are_relayed():
    text = (
        "Ms Halvorsen-Teo told Bloomberg in an interview that the bank would not sell. “We are "
        "buyers, not sellers, this year,” she said."
    )
    assert find_quotes(text)[0].obtained == "relayed"


def test_words_given_in_a_written_response_or_an_agencys_update_are_a_statement():
    written = (
        "The Norwegian Directorate of Fisheries said in a written response to questions that it "
        "would “review the quota in the spring.”"
    )
    assert find_quotes(written)[0].obtained == "statement"
    update = (
        "The state forestry agency said in an evening update that the fire was “10 percent "
        "contained and still growing to the east.”"
    )
    assert find_quotes(update)[0].obtained == "statement"


def test_words_in_a_report_that_went_to_the_meeting_are_the_reports():
    vehicle = (
        "The council voted 9-2 on Tuesday night to raise water tariffs by 14%.\n\n"
        "In a report tabled at the meeting, the finance department said the rise was needed to avoid "
        "“a shortfall of R120 million by June.”"
    )
    assert find_quotes(vehicle)[0].obtained == "document"
    subject = (
        "The council voted 7-4 on Monday to close three branch libraries.\n\n"
        "A council report published ahead of the meeting acknowledged the closures would have "
        "“a heavier impact on older residents.”"
    )
    assert find_quotes(subject)[0].obtained == "document"


def test_a_judges_words_in_dissent_are_a_documents():
    text = (
        "The Court of Appeal on Friday upheld the tribunal's ruling, 2-1.\n\n"
        "In dissent, Justice Ines Korhonen-Baptiste said the majority had read the statute "
        "“far more narrowly than its words allow.”"
    )
    assert find_quotes(text)[0].obtained == "document"


def test_someones_judgment_is_no_courts_judgment():
    text = (
        "The inquest into the death of cyclist Aled Prys-Hughes opened at Carmarthen on Monday.\n\n"
        "Pathologist Dr Rhian Morcombe told the inquest the cause of death was a head injury. Dr "
        "Morcombe said the alcohol in his blood was “far too little” to have clouded his judgment."
    )
    assert find_quotes(text)[0].obtained == "hearing"


def test_words_someone_was_quoted_by_an_outlet_as_saying_are_relayed():
    text = (
        "A village elder, quoted by the Highlands Courier, said the clans had agreed to “put the "
        "feud aside until the last family is found.”"
    )
    assert find_quotes(text)[0].obtained == "relayed"


def test_a_page_title_a_staff_byline_after_a_bar_and_a_request_for_comment_name_the_newsroom():
    told = "\n\n“We ran out of time,” Tomasina Reyes-Okoro told the Sentinel."
    titled = "Market hall to close | Harbourside Sentinel\n\nMarket hall to close" + told
    staffed = "Market hall to close\n\nBy Ivo Lindqvist | Sentinel staff" + told
    asked = (
        "Market hall to close" + told + "\n\nThe trust did not respond to a request for comment "
        "from the Sentinel."
    )
    for text in (titled, staffed, asked):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US, text
    assert (
        find_quotes("Market hall to close" + told, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED
    )


def test_words_a_body_said_in_its_decision_are_a_document():
    text = (
        "In its decision, issued on Friday, the licensing board said the premises had been run "
        "“without regard for the neighbours”."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.DOCUMENT
    spoken = "The chair said the decision was “long overdue” and thanked members."
    assert find_quotes(spoken, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_words_told_to_members_of_a_parliament_by_their_letters_or_to_the_chamber_were_said_there():
    text = (
        "The Economy Secretary, Rhian Pugh-Ellery, told MSPs the fund was “nowhere near enough”.\n\n"
        "“We will keep pressing,” she said.\n\n"
        "She also told the chamber a review would be “brought forward”."
    )
    found = find_quotes(text, newsroom="Chronicle")
    assert [q.obtained for q in found] == [Quote.Obtained.HEARING] * 3


def test_it_after_a_sentence_naming_a_document_quotes_the_document():
    text = (
        "The shire's engineering review was published on Friday. It warns that the levee will be "
        "“at risk of failure in a one-in-fifty-year flood” unless it is raised."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT
    text = (
        "The trust board met the regulator's inspectors last month.\n\n"
        "It says it has “already begun hiring night staff” for both wards."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_words_from_a_bulletin_an_advisory_or_a_study_s_authors_were_written():
    text = (
        "The Pacific Weather Office said in its evening bulletin that the storm was "
        "“likely to stall over the northern islands” until Thursday."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT
    text = "The evening advisory warns of “dangerous surf along every east-facing beach” through Sunday."
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT
    text = (
        "The survey of 40 lakes was published in Freshwater Ecology. The authors warn that "
        "“the loss of shoreline reeds is now faster than any restoration programme.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT


def test_the_last_two_words_of_an_outlet_named_in_the_byline_are_the_outlet():
    text = (
        "By Ana Ribeiro\nCoastal Farming Weekly\n\n"
        "“Prices will fall before the harvest,” grain trader Milo Castagna told Farming Weekly."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_a_byline_for_the_outlet_s_news_team_names_the_outlet():
    text = (
        "By the Valley Lantern news team\n\n"
        "“The road is under a metre of water,” farmer Ines Alder told the Valley Lantern."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US


def test_words_answering_the_reporter_who_asked_in_the_first_person_were_told_us():
    text = (
        "The last song is the strangest on the record. When I asked him about it, Corrin Vale "
        "shrugged. “It was written in a lift,” he said."
    )
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.TOLD_US
    text = "“I asked him to stop,” Ada Roe said of her neighbour."
    assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_a_court_ruling_the_day_it_sat_reports_the_hearing_and_words_outside_are_said():
    text = (
        "The district tribunal on Monday night dismissed the club's appeal against the fine.\n\n"
        "“We followed every rule we were given,” club secretary Owen Marlow said.\n\n"
        "Speaking outside the league offices after the verdict, coach Dee Farrant said the players "
        "were “flat”."
    )
    found = find_quotes(text)
    assert [q.obtained for q in found] == [Quote.Obtained.HEARING, Quote.Obtained.SAID]


def test_a_judgment_only_handed_down_reports_no_hearing():
    text = (
        "The owners can rebuild the mill after the Supreme Court upheld their appeal.\n\n"
        "Mayor Rhona Tate said the council was “deeply disappointed”."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_the_outlet_named_alone_under_the_byline_is_the_newsroom():
    for masthead in ("THE HARBOUR SENTINEL", "The Harbour Sentinel"):
        text = (
            "Port levy to rise in March\n\nBy Priya Raman\n\n"
            f"{masthead}\n\n"
            "Harbourmaster Colm Reyes told The Harbour Sentinel that the levy would “pay for the dredging”."
        )
        assert find_quotes(text)[0].obtained == Quote.Obtained.TOLD_US


def test_a_conversation_with_this_newspaper_was_with_the_newsroom():
    text = (
        "In a 2015 conversation with this newspaper, she said she had only ever been “the one who "
        "stayed late.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.TOLD_US


def test_a_condolence_message_is_a_statement_and_the_next_paragraph_goes_on_in_it():
    text = (
        "The Governor, Mr. Emeka Obiora-Dike, in a condolence message signed by his spokesman, "
        "described the late judge as “a conscience of the bench.”\n\n"
        "The governor said: “The state mourns a man who never bent the law for anyone.”"
    )
    found = find_quotes(text)
    assert [q.obtained for q in found] == [Quote.Obtained.STATEMENT] * 2


def test_words_said_on_the_way_out_of_a_meeting_were_said_away_from_it():
    text = (
        "The county board voted 4-1 on Monday to close the Elm Street branch library.\n\n"
        "One patron, who gave only her first name, said as she left the hall: “They will regret it.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_words_in_a_named_assembly_or_told_to_it_were_said_in_session():
    text = (
        "Water was cut to 4,000 homes in Kisaru on Monday.\n\n"
        "Residents queued at two tankers through the night.\n\n"
        "Officials said repairs would take a week.\n\n"
        "In the Regional Assembly on Wednesday, member Ruth Otieno accused the water board of "
        "neglect, telling members the shortage was “a failure years in the making.”\n\n"
        "“We warned this House in March,” Ms. Otieno told the Assembly."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.HEARING] * 2


def test_a_hearing_someone_asks_for_is_not_where_their_words_were_said():
    text = (
        "Commissioner Ines Alvarado said the order had surprised the panel.\n\n"
        "She called the rollout “chaotic” and said she would ask for a special hearing.\n\n"
        "Board member Tove Lindqvist called for an emergency meeting and said the plan was “unworkable.”"
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.SAID, Quote.Obtained.SAID]


def test_words_placed_outside_the_venue_after_the_inquest_or_told_police_were_not_said_there():
    lead = "An inquest at Marrowby heard on Tuesday how a farmer found a pot of Roman coins.\n\n"
    after = lead + "Dr Ivy Pask said after the inquest that the coins were “a remarkable find”."
    outside = lead + "Her sister, Efa Lloyd, said outside the civic centre that it was “a long day”."
    steps = lead + "Tom Hale, speaking on the court steps, said: “We are glad it is over.”"
    police = lead + "She said the farmer had told police: “I never touched it.”"
    chairing = lead + "“We are not taking chances,” Dr Iyengar said after chairing an emergency meeting."
    for text in (after, outside, steps, police, chairing):
        assert find_quotes(text)[-1].obtained == Quote.Obtained.SAID, text


def test_words_said_at_a_news_conference_in_a_story_about_a_meeting_were_not_said_there():
    text = (
        "The school board voted 5-2 on Tuesday to move the library vote.\n\n"
        "Police Chief Monica Delgado said at a news conference on Wednesday that officers were "
        "“taking it seriously.”\n\n"
        "“We don't get to guess,” the chief said."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.SAID] * 2


def test_words_in_a_coroners_findings_or_a_bodys_notice_are_a_document():
    findings = (
        "In findings released on Tuesday, Coroner Anaru Whitfield said the weir was “a drowning machine”."
    )
    his = "“These are not expensive measures,” he said in his findings."
    notice = "In a notice published on Monday, the board said farmers would be paid “within seven days”."
    signed = (
        "The board, in a notification signed by its controller, said those “with good reasons” may sit later."
    )
    for text in (findings, his, notice, signed):
        assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT, text


def test_words_printed_for_readers_in_a_catalogue_a_website_a_programme_note_or_a_paper_are_a_document():
    catalogue = (
        "Her publisher described the novel in its catalogue as “a family saga that reads like a thriller.”"
    )
    website = "On the restaurant's website, Ruvalcaba describes his cooking as “food my grandmother knew.”"
    note = (
        "Director Simon Farquharson, in a programme note, describes the play as “the weather inside a house”."
    )
    paper = (
        "The institute's paper, published in a journal, describes the reefs as “an unexpected laboratory”."
    )
    for text in (catalogue, website, note, paper):
        assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT, text


def test_words_given_another_outlet_on_air_in_an_interview_or_while_telling_it_are_relayed():
    dated = "“He stayed for twenty-five years,” she recalled in a 2015 interview with BBC Radio Cymru."
    telling = "Greenidge was gracious, telling the Bellmont Daily Express his bowlers had “run out of ideas”."
    appearing = (
        "Appearing on BBC Radio 4's Today programme, Helen Achterberg said she was “deeply frustrated”."
    )
    coverage = "Dean Rafferty said on the Channel 9 coverage that the referee had “got it right”."
    speaking = "Speaking to KDRV, she said: “We will get people what they need.”"
    for text in (dated, telling, appearing, coverage, speaking):
        assert find_quotes(text, newsroom="Chronicle")[0].obtained == Quote.Obtained.RELAYED, text
    platform = "Speaking on the station platform, Ruth Ames said the trains were “always late”."
    assert find_quotes(platform, newsroom="Chronicle")[0].obtained == Quote.Obtained.SAID


def test_an_agency_named_in_a_dateline_with_a_date_or_a_byline_naming_its_staff_is_the_newsroom():
    dateline = (
        "By Lim Hui Wen\n\n"
        "IPOH, Feb 19 (Nusantara Wire) — Sawit Mewah said on Thursday it would shut a mill.\n\n"
        "“They will pay us less,” Ramli Osman told Nusantara Wire."
    )
    country = (
        "YENAGOA, Nigeria, Oct 14 (Meridian Wire) - The regulator ordered an investigation on Tuesday.\n\n"
        "“For eight days nobody came,” Chief Ebiere Tonye told Meridian Wire by telephone."
    )
    staff = (
        "By Mariah Castillo-Webb, Kenji Arakawa and the Courier-Tribune staff\n\n"
        "Dolores Funaki drove out of Holland with two dogs.\n\n"
        "“You don't think. You just grab,” she told the Courier-Tribune."
    )
    for text in (dateline, country, staff):
        assert find_quotes(text)[-1].obtained == Quote.Obtained.TOLD_US, text


def test_a_hearing_someone_seeks_is_yet_to_be_held_and_words_to_reporters_are_not_spoken_at_one():
    sought = (
        "Branch president Dr Liam Okoro described the cuts as “the deepest in our history” and said the "
        "union would seek an urgent hearing at the Fair Work Commission."
    )
    assert find_quotes(sought)[0].obtained == Quote.Obtained.SAID
    text = (
        "The city council voted 7-2 on Monday to close the pool.\n\n"
        "Speaking to reporters on Tuesday, Mayor Ines Roe said the pool was “beyond repair”."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID
    # Words the sentence itself places at the sitting stay there, whatever the one before seeks.
    told = (
        "In the Assembly on Monday, Minister Pradnya Deshmukh said the State would seek an early "
        "hearing in the land case.\n\n"
        "“We are monitoring progress every month,” she told the House."
    )
    assert find_quotes(told)[0].obtained == Quote.Obtained.HEARING


def test_told_a_broadcaster_whose_letters_follow_one_small_letter_is_relayed():
    text = "The finance minister told eNCA on her way in that she had “slept like a baby.”"
    assert find_quotes(text, newsroom="Sentinel")[0].obtained == Quote.Obtained.RELAYED


def test_words_told_the_commons_or_asked_at_question_time_were_spoken_in_the_chamber():
    commons = "Mr Carraway told the Commons that starts had risen. ‘She can talk the country down,’ he said."
    questions = (
        "The minister resigned hours after a session of prime minister's questions, during which the "
        "opposition leader asked whether the target was ‘a policy or a prayer’."
    )
    for text in (commons, questions):
        assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING, text


def test_words_told_me_outside_the_quotation_were_told_the_reporter():
    text = (
        "“Nobody had a wall for it,” Etxeberria, 71, told me last week. “I painted it in a barn.”\n\n"
        "“He told me it was finished,” said Ana Ruiz, the gallery's director."
    )
    first, second, third = find_quotes(text)
    assert first.obtained == second.obtained == Quote.Obtained.TOLD_US
    assert third.obtained == Quote.Obtained.SAID


def test_a_reporters_rank_in_the_byline_is_no_outlet_and_the_outlet_on_the_next_line_is():
    text = (
        "By Jaylen Marwick-Addo, Staff Writer\n"
        "The Ridley Clarion\n\n"
        "The student senate voted 19-3 on Wednesday night to oppose the increase.\n\n"
        "Student Body President Aaliyah Montgomery-Fry told the Clarion after the meeting that she "
        "would speak to the regents.\n\n"
        "“I'll be there,” Montgomery-Fry said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.TOLD_US


def test_a_masthead_and_its_section_opening_the_page_name_the_newsroom():
    text = (
        "The Millbrook Gazette — Obituaries\n\n"
        "Harlan Weeks, small-town veterinarian, dies at 91\n\n"
        "Harlan T. Weeks treated cattle for 52 years. He told the Gazette in a 1998 interview that he "
        "chose the work at nine.\n\n"
        "“Nobody could do a thing for that horse,” he said then."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.TOLD_US
    headline = "Fire Destroys Mill — Town Mourns\n\nThe mill burned. “It's gone,” Ana Ruiz told the Mill."
    assert find_quotes(headline)[0].obtained != Quote.Obtained.TOLD_US


def test_words_said_appearing_before_a_committee_were_spoken_at_its_hearing():
    text = (
        "Schools will get their money by the end of the month, the education minister said.\n\n"
        "Appearing before the Senate Standing Committee on Education, Joseph Wafula said the ministry "
        "was “processing disbursements as we speak”."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING


def test_a_committee_opening_its_inquiry_in_the_lead_makes_a_story_about_a_hearing():
    text = (
        "The Senate Blue Ribbon Committee on Wednesday opened its inquiry into a flood control "
        "project that residents say was never built.\n\n"
        "“This is the dike. You will not find it,” Senator Rodolfo Villareal said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING


def test_a_byline_read_as_one_line_with_the_outlet_and_the_reporters_rank_names_the_outlet():
    text = (
        "Council backs garage rebuild\n\n"
        "By Karen Toomey\nLedger Staff Writer\n\n"
        "The Fairhaven City Council voted 5-2 on Tuesday to rebuild the garage.\n\n"
        "After the meeting, Mayor Ruth Amesbury told the Ledger she expected demolition in spring.\n\n"
        "“We’ll run a shuttle,” she said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.TOLD_US


def test_a_paper_someone_speaks_of_is_not_what_their_words_were_written_in():
    spoken_of = [
        "Daniel Rono, who chairs the traders' association, described the order as “heavy-handed.”",
        "Mr Khurana said the association would fight it. He called the circular “one-sided.”",
        "Speaking at the report's launch, Prof Aldous said the findings should “shame” those responsible.",
        "Professor Leonard Mbeki, one of the letter's organizers, said departments “would stop”.",
    ]
    for text in spoken_of:
        assert find_quotes(text)[0].obtained == Quote.Obtained.SAID, text
    written = "In a report published on Monday, the agency said the river was “beyond saving”."
    assert find_quotes(written)[0].obtained == Quote.Obtained.DOCUMENT


def test_what_a_papers_text_states_is_a_document_even_in_a_story_about_a_meeting():
    text = (
        "The student senate voted 19-3 on Wednesday night to pass a resolution opposing the fee.\n\n"
        "The resolution's text states that “mandatory fees should be subject to the same transparency "
        "as tuition.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT


def test_a_statement_read_to_the_court_for_its_writer_is_a_document():
    victim = (
        "A man was jailed for arson at Fenmouth Crown Court on Tuesday.\n\n"
        "In a victim statement read to the court, the woman said: ‘I still sleep with my shoes by the bed.’"
    )
    personal = (
        "A treasurer was jailed for fraud at Crown Court on Friday.\n\n"
        "Mrs Welland said in a personal statement read to the court that she felt ‘like a troublemaker’."
    )
    for text in (victim, personal):
        assert find_quotes(text)[-1].obtained == Quote.Obtained.DOCUMENT, text
    issued = "“We are sorry,” the club said in a statement read by its chairman."
    assert find_quotes(issued)[0].obtained == Quote.Obtained.STATEMENT


def test_told_a_broadcaster_by_its_letters_and_channel_number_is_relayed():
    text = "President Vidia Maharaj told CNC3 that members had “maybe two weeks of buffer stock.”"
    assert find_quotes(text, newsroom="Guardian")[0].obtained == Quote.Obtained.RELAYED


def test_plain_words_after_a_sentence_placing_the_speaker_before_a_named_body_were_spoken_there():
    told = (
        "Schools will stay shut on Thursday, district officials said.\n\n"
        "Minister P.T. Varghese told the Legislative Assembly on Wednesday that 4,230 people had been "
        "moved to camps. “The government is monitoring the situation,” the Minister said."
    )
    appeared = (
        "Cholera cases rose to 214 on Monday, health officials said.\n\n"
        "Managing director Peter Wafula, who appeared before the Assembly's health committee, said 31 "
        "leaks had been repaired.\n\n"
        "“We are fixing what we can, as fast as we can,” Mr. Wafula said."
    )
    for text in (told, appeared):
        assert find_quotes(text)[-1].obtained == Quote.Obtained.HEARING, text


def test_words_said_in_the_house_with_its_capital_were_said_in_the_chamber():
    chamber = "“Which family will believe that report?” she said in the House, before leading a walkout."
    assert find_quotes(chamber)[0].obtained == Quote.Obtained.HEARING
    home = "“We lost everything,” she said in the house her grandfather built."
    assert find_quotes(home)[0].obtained == Quote.Obtained.SAID


def test_a_parliaments_question_session_in_the_lead_makes_a_story_about_a_sitting():
    text = (
        "The Taoiseach has rejected claims that the Government abandoned its housing target, after "
        "a bad-tempered session of Leaders' Questions.\n\n"
        "Figures published on Tuesday showed 27,410 homes were completed.\n\n"
        "‘Deputy, I will take no lectures on housing,’ Mr Mac Lochlainn said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.HEARING


def test_words_given_off_the_record_in_a_story_about_a_sitting_were_not_spoken_there():
    lead = "The council voted 6-3 on Wednesday night to tighten its dog rules.\n\n"
    private = lead + "Another councillor, speaking privately, said the vote was “a mess”."
    unnamed = lead + "One councillor, who did not wish to be named, said the vote was “a mess”."
    for text in (private, unnamed):
        assert find_quotes(text)[-1].obtained == Quote.Obtained.SAID, text


def test_a_paragraph_opening_speaking_outside_court_sets_the_scene_for_the_quotation_after_it():
    text = (
        "A roofer was jailed at Wyre Crown Court on Friday for defrauding pensioners.\n\n"
        "Speaking outside court, the daughter of one victim, who asked not to be named, said the "
        "sentence was a relief.\n\n"
        "“Dad is still waiting for his money,” she said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.SAID


def test_a_detectives_plain_words_in_a_story_about_a_sentencing_were_said_for_the_force():
    lead = "A man who set fire to a takeaway was jailed for six years at Fenmouth Crown Court on Monday.\n\n"
    after = (
        lead
        + "Detective Constable Owen Baird of Fenmouth Police said: “Today's sentence should reassure people.”"
    )
    told = lead + "Detective Constable Owen Baird told the court: “I found the can in his van.”"
    assert find_quotes(after)[-1].obtained == Quote.Obtained.SAID
    assert find_quotes(told)[-1].obtained == Quote.Obtained.HEARING


def test_one_who_watched_the_hearing_spoke_after_it():
    lead = "Two men accused of a tavern shooting were denied bail in the magistrate's court on Monday.\n\n"
    attended = (
        lead
        + "MEC Jabulani Moloi, who attended the hearing, said taverns must be “places where people relax”."
    )
    in_court = (
        lead + "Alhaji Musa Danjuma, who was in court with 20 pensioners, said it had brought “some relief”."
    )
    for text in (attended, in_court):
        assert find_quotes(text)[-1].obtained == Quote.Obtained.SAID, text


def test_someone_hearing_something_in_the_headline_makes_no_story_about_a_hearing():
    text = (
        "‘I write about the backwaters because I can’t stop hearing them’\n\n"
        "Anjali Varghese's new novel opens with a flood.\n\n"
        "“My grandmother used to say the book knew more than the church,” Varghese said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.SAID


def test_emails_before_a_colon_is_the_verb_and_the_words_came_by_email():
    text = "A listener, Moana from Ōtaki, emails: “Why does the bus never wait for the train?”"
    assert find_quotes(text)[0].obtained == "email"


def test_told_a_paper_called_the_something_in_an_interview_of_a_year_is_relayed():
    text = (
        "Captain Ailsa Rendall, who has died aged 91, skippered the mail boat for twenty years.\n\n"
        "“I was terrified the first winter,” she told the Shetlander in a 1994 interview."
    )
    assert find_quotes(text)[0].obtained == "relayed"


def test_told_this_masthead_is_told_us():
    text = "Surf Life Saving chief Dana Whitcombe told this masthead the changes were “years overdue”."
    assert find_quotes(text)[0].obtained == "told_us"


def test_findings_handed_down_at_a_court_make_the_story_one_of_a_sitting():
    text = (
        "A coroner has found that a fisherman who drowned off Kaikōura could have been saved.\n\n"
        "Coroner Helen Tautahi-Brooke handed down her findings at the Christchurch District "
        "Court on Tuesday.\n\n"
        "“He did everything right,” Ms Tautahi-Brooke said."
    )
    assert find_quotes(text)[0].obtained == "hearing"


def test_what_someone_added_after_a_sentence_naming_an_email_came_by_email():
    text = (
        "The Oakhurst Planning Board rejected the warehouse on Monday.\n\n"
        "In an email on Tuesday, the developer's spokesman, Ray Delacroix-Munn, said the firm "
        "was “weighing its options.” He added that it “still believes in Oakhurst.”"
    )
    assert [q.obtained for q in find_quotes(text)] == ["email", "email"]


def test_words_told_the_newspaper_in_a_story_citing_no_other_outlet_were_told_us():
    text = (
        "After 33 years behind the counter, Ilse Brandvold will sell the village's last bakery.\n\n"
        "“I keep meaning to bake one last loaf for myself, and then somebody orders six,” "
        "Brandvold, 67, told the newspaper on Monday. “That is how it should end.”"
    )
    assert [q.obtained for q in find_quotes(text)] == ["told_us", "told_us"]


def test_the_newspaper_after_another_outlet_is_named_is_that_outlet():
    text = (
        "According to the Fjordside Courier, which first reported the sale, the bakery had lost "
        "money for three winters.\n\n"
        "“The ovens are older than I am,” Ilse Brandvold told the newspaper."
    )
    assert find_quotes(text)[0].obtained == "relayed"


def test_what_a_written_submission_to_a_committee_said_is_the_bodys_document():
    text = (
        "The Senate committee on ports resumed its hearing on Tuesday.\n\n"
        "The Nigerian Ports Authority (NPA), in a written submission to the committee, said "
        "dredging at Onne was two years behind schedule.\n\n"
        "“Silting remains the main obstacle to berthing larger vessels,” the submission said."
    )
    q = find_quotes(text)[0]
    assert q.speaker_name == "Nigerian Ports Authority"
    assert q.obtained == Quote.Obtained.DOCUMENT


def test_trial_runs_of_a_train_are_no_court_trial():
    text = (
        "The new tram line will not open before spring, the transit authority said on Monday.\n\n"
        "Project director Anjali Rao said cracks had been found in a viaduct during trial runs "
        "last month.\n\n"
        "“Nobody rides this line until it is right,” Rao said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID


def test_words_at_a_trial_the_story_reports_are_still_a_hearing():
    text = (
        "A Dunmore man went on trial on Monday accused of setting fire to a warehouse.\n\n"
        "“I saw him with the can,” a security guard, Tomas Reilly, told the jury."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.HEARING


def test_words_after_an_interview_stay_an_interview_whatever_the_speakers_seat():
    text = (
        "The opposition’s education spokesperson in the provincial legislature, Thandi Mokoena, "
        "said in an interview that she would ask for the school’s budget to be tabled.\n\n"
        "“Three winters without a working boiler is not bad luck,” Mokoena said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.INTERVIEW


def test_a_later_sentence_of_the_same_paragraph_goes_on_as_told_another_outlet():
    text = (
        "Roads minister Pieter Claassens told Radio Karoo the province would reopen the pass by "
        "Friday.\n\n"
        "“The crews are working through the night,” Claassens said. He called the closure "
        "“a nightmare for every farmer in the valley”."
    )
    assert [q.obtained for q in find_quotes(text)] == ["relayed", "relayed"]


def test_words_told_a_programme_on_a_broadcaster_named_by_its_capitals_were_relayed():
    text = (
        "Transport Minister Aroha Rangi told Checkpoint on RNZ that the ferry contract would be "
        "signed by June.\n\n"
        "“We are not going back to square one,” Rangi said."
    )
    assert find_quotes(text)[0].obtained == "relayed"


def test_words_told_a_council_on_a_day_are_not_relayed():
    text = "Mayor Rhys Tane told Council on Tuesday that “the money is simply not there”."
    assert find_quotes(text)[0].obtained != "relayed"


def test_words_told_to_a_station_by_its_fm_letters_or_its_frequency_are_relayed():
    text = (
        "“The pipe burst at dawn,” the utility’s spokesperson, Thandi Mokoena, told SAfm. “We are "
        "on site.”\n\n"
        "“It was a clear foul,” coach Orrin Baptiste told Power 106 after the match.\n\n"
        "“We need the jobs,” Ines Varga said. The mayor told Ines 300 jobs would go."
    )
    assert [q.obtained for q in find_quotes(text)] == ["relayed", "relayed", "relayed", "said"]


def test_words_in_a_submission_to_a_body_are_a_document_even_in_a_story_about_its_meeting():
    text = (
        "The Planning Authority on Thursday approved the hotel after a hearing.\n\n"
        "The Environment Authority, in a submission on the file, had noted that the site lies "
        "close to a wetland and called for “a full assessment of cumulative impacts” first."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT


def test_the_statement_read_to_the_court_the_sentence_before_named_speaks_a_document():
    text = (
        "One of the officers, PC Ana Reyes, was off work for five weeks. In a statement read to "
        "the court, she said she had been “frightened for the first time”.\n\n"
        "“I thought I was not going home,” the statement said.\n\n"
        "In a statement, the club said it was relieved. “It is over,” the statement said."
    )
    assert [q.obtained for q in find_quotes(text)] == ["document", "document", "statement"]


def test_the_closing_paragraph_of_words_running_on_came_as_the_opening_one_did():
    text = (
        "The regional director, Kwame Asante, told Joy FM that choked drains had caused the flood.\n\n"
        "“What we saw last night is not only about the rain.\n\n"
        "“We have opened two temporary shelters,” he said."
    )
    assert [q.obtained for q in find_quotes(text)] == ["relayed", "relayed"]


def test_words_the_bench_said_after_a_sentence_opening_with_its_order_are_a_document():
    text = (
        "The High Court on Monday quashed the permission to fell 1,200 trees after a hearing.\n\n"
        "In its order, the bench observed that the permission had been granted “in a mechanical "
        "manner”.\n\n"
        "“The right to a clean environment is part of the right to life,” the bench said."
    )
    assert find_quotes(text)[-1].obtained == Quote.Obtained.DOCUMENT


def test_words_of_a_letter_named_by_its_owner_are_a_document_in_a_meeting_story():
    text = (
        "The school board voted on Tuesday to close Birch Lake School.\n\n"
        "The township's letter, which was included in the meeting package, said the plan would "
        "“secure the building's future at no cost.”"
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT


def test_plain_words_the_next_paragraph_adds_go_on_in_the_email_before():
    text = (
        "Lead author Dr Aroha Keane answered questions by email.\n\n"
        "In an email, Keane said the speed was striking. “We are talking about ten generations,” "
        "she wrote.\n\n"
        "She cautioned that the recordings could not show why. “That is the next question,” she added."
    )
    assert [q.obtained for q in find_quotes(text)] == ["email", "email"]


def test_words_of_someone_unnamed_the_paragraph_before_introduces_came_as_it_says():
    text = (
        "Fire crews fought the blaze through the night.\n\n"
        "One resident who stayed told ABC Radio Gippsland he was sheltering in a brick house.\n\n"
        "“We’ve got wet towels at the doors,” the man said."
    )
    q = find_quotes(text)[0]
    assert (q.speaker_name, q.obtained) == ("", "relayed")


def test_an_inquiry_that_has_opened_in_the_lead_makes_a_story_about_a_hearing():
    opened = (
        "A public inquiry into a new ring road around Elmsby has opened with objectors lined up.\n\n"
        "“Nobody asked us,” said Gwen Arkwright."
    )
    assert find_quotes(opened)[0].obtained == Quote.Obtained.HEARING
    started = (
        "The regulator has opened an investigation into the water company.\n\n"
        "“Nobody asked us,” said Gwen Arkwright."
    )
    assert find_quotes(started)[0].obtained == Quote.Obtained.SAID


def test_words_in_a_bulletin_issued_are_a_statement():
    issued = (
        "“Heavy rain will continue overnight,” the weather service said in a special weather "
        "bulletin issued at 6am on Thursday."
    )
    weekly = "“Cases rose again,” the health agency said in its weekly bulletin."
    assert find_quotes(issued)[0].obtained == Quote.Obtained.STATEMENT
    assert find_quotes(weekly)[0].obtained == Quote.Obtained.DOCUMENT


def test_words_of_an_accompanying_commentary_are_a_document():
    text = "In an accompanying commentary, the journal's editors called the work “a model for the field”."
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT
    spoken = "“What a catch,” Ray Dunne said in his commentary on the radio."
    assert find_quotes(spoken)[0].obtained == Quote.Obtained.SAID


def test_told_a_paper_the_story_names_for_its_own_review_is_told_us():
    ours = (
        "Parents were split on the new rule.\n\n"
        "“I want my daughter to be able to reach me,” Colm Varga told the Sentinel.\n\n"
        "A Sentinel review of minutes found three other districts did the same."
    )
    assert find_quotes(ours)[0].obtained == Quote.Obtained.TOLD_US
    theirs = "“I want my daughter to be able to reach me,” Colm Varga told the Sentinel."
    assert find_quotes(theirs)[0].obtained == Quote.Obtained.RELAYED


def test_words_quoted_by_or_told_a_website_are_relayed():
    text = (
        "“We lost our heads,” Ada Pike said, as quoted by the league's website.\n\n"
        "“I have not seen the replay,” she told the website."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.RELAYED, Quote.Obtained.RELAYED]
    own = "“I have not seen the replay,” Ada Pike said on the club's website."
    assert find_quotes(own)[0].obtained == Quote.Obtained.DOCUMENT


def test_words_said_leaving_the_meeting_were_said_away_from_it():
    text = (
        "The planning board held a public hearing on the quarry on Tuesday.\n\n"
        "Hal Brody, leaving the meeting, said the talks had been “polite and useless”.\n\n"
        "“We will be back,” he said."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.SAID, Quote.Obtained.SAID]


def test_words_after_a_paragraph_naming_the_speaker_then_telling_of_them_by_a_pronoun_came_that_way():
    text = (
        "The prefect, Anne Roy, met a delegation of farmers. Afterwards she told Radio Verdon that "
        "she had agreed to pass on their demands.\n\n"
        "“I heard real distress in that room,” Roy said."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.RELAYED


def test_words_of_a_report_it_opens_with_are_a_document_in_a_story_about_a_meeting():
    text = (
        "The town council voted 6-3 on Tuesday to allow four homes on every lot.\n\n"
        "The report, prepared by the planning department, warned that rents had climbed. It said "
        "the rules left the town “with almost no legal path to gentle density”."
    )
    assert find_quotes(text)[0].obtained == Quote.Obtained.DOCUMENT


def test_words_of_a_paper_in_a_journal_are_a_document():
    text = (
        "“The food turns up late,” said Dr Ada Moor, the study's lead author, in a news release.\n\n"
        "The paper, in the journal Northern Seas Research, describes the pattern as “a textbook "
        "case of mismatch”."
    )
    assert [q.obtained for q in find_quotes(text)] == [Quote.Obtained.STATEMENT, Quote.Obtained.DOCUMENT]


def test_a_firm_that_posted_a_fall_in_earnings_posted_nothing_online():
    text = "Karoo Foods posted an 18% fall in earnings on Tuesday and warned the year would be “no easier”."
    assert find_quotes(text)[0].obtained == Quote.Obtained.SAID
    online = "The club posted a video of the fall on Facebook, calling it “a freak accident”."
    assert find_quotes(online)[0].obtained == Quote.Obtained.SOCIAL
