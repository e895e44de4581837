"""Quote marks and spans: where each quotation starts and ends, and what is not one."""

from articles.quotes import find_quotes


def test_british_single_marks_are_quotations_in_copy_without_double_marks():
    text = (
        "Council leader Gareth Pryce said the authority had 'no good options left'. He said: 'We have "
        "lost forty per cent of our funding. Something has to give.' Ms Dyer's group disagreed."
    )
    found = find_quotes(text)
    assert [q.text for q in found] == [
        "no good options left",
        "We have lost forty per cent of our funding. Something has to give.",
    ]
    assert {q.speaker_name for q in found} == {"Gareth Pryce"}
    assert found[0].is_partial


def test_single_marks_stay_nested_quotes_where_the_story_uses_double_marks():
    text = "“He wrote, ‘Mom I’m OK, don’t come in.’ I came anyway,” said Keisha Brandt."
    q = find_quotes(text)[0]
    assert q.text == "He wrote, ‘Mom I’m OK, don’t come in.’ I came anyway"


def test_a_closing_mark_typed_as_an_opening_one_still_closes_the_quotation():
    text = "“Nobody told me anything,“ said Rufus Green, 81. “I found out from my granddaughter.”"
    found = find_quotes(text)
    assert [q.text for q in found] == ["Nobody told me anything", "I found out from my granddaughter."]
    assert {q.speaker_name for q in found} == {"Rufus Green"}


def test_one_word_quoted_after_a_verb_is_a_partial_quote_but_after_a_possessive_a_label():
    credited = "Police Commissioner Angela Chan said some had “extensive” histories of traffic violations."
    labelled = "Officials said the city’s “legacy business” program had $2 million left."
    q = find_quotes(credited)[0]
    assert (q.text, q.speaker_name, q.is_partial) == ("extensive", "Angela Chan", True)
    assert find_quotes(labelled) == []


def test_a_photo_caption_repeating_words_is_not_a_quotation():
    text = "Photo: Carmen Ybarra in her living room. “It smells like the river”\n\nThe river rose."
    assert find_quotes(text) == []


def test_a_headline_over_the_story_repeating_its_quotation_is_not_one():
    text = (
        "“We lost everything”: Flooded residents wait for help\n\n"
        "“We lost everything on the first floor,” said Carmen Ybarra."
    )
    assert [q.text for q in find_quotes(text)] == ["We lost everything on the first floor"]


def test_a_first_paragraph_that_ends_a_sentence_is_not_a_headline():
    text = "“We are sleeping people on the floor,” said Sheriff Dana Whitfield.\n\nThe jail is full."
    assert [q.speaker_name for q in find_quotes(text)] == ["Dana Whitfield"]


def test_british_single_marks_are_quotations_when_double_marks_only_nest_inside_them():
    text = (
        "'He can be heard saying, \"Watch this,\" before pulling out,' Hannah Oakes told the court. "
        "'Frankly, it is a miracle nobody was killed.'\n\n"
        "'He is a young man who did a stupid thing,' Rupert Mallinson said."
    )
    assert [q.text for q in find_quotes(text)] == [
        'He can be heard saying, "Watch this," before pulling out',
        "Frankly, it is a miracle nobody was killed.",
        "He is a young man who did a stupid thing",
    ]


def test_a_quotation_between_single_marks_opening_a_sentence_is_whole():
    text = (
        "Opposition councillor Helen Marsh called the decision 'a false economy'. 'Libraries are where "
        "people go to apply for jobs,' she said."
    )
    found = find_quotes(text)
    assert [q.is_partial for q in found] == [True, False]


def test_a_quotation_carried_on_after_a_mid_sentence_attribution_is_whole():
    q = find_quotes('"I was ready to stop," Ana Ruiz said, "but I wasn\'t ready for it to stop."')
    assert [x.is_partial for x in q] == [False, False]


def test_words_in_lowercase_in_a_sentence_without_a_word_of_speaking_are_not_a_quotation():
    text = (
        "Entries set a record in six categories, including heaviest, tallest and “most likely to "
        "appear in a horror film.”\n\nOrganizer Dana Pruitt said the crowd was “bigger than ever before.”"
    )
    assert [q.text for q in find_quotes(text)] == ["bigger than ever before."]


def test_a_short_quotation_of_a_verb_followed_by_its_object_is_a_partial_quote():
    text = "Board chair Stefan Okwuosa said in a statement that the board “fully supports” the restructuring."
    q = find_quotes(text)[0]
    assert (q.text, q.is_partial, q.speaker_name) == ("fully supports", True, "Stefan Okwuosa")


def test_a_closing_mark_typed_right_after_a_colon_opens_the_quotation():
    text = "Inspector Maeve Dolan said:”Someone knows who was driving.\n\n“Please call us today.”"
    found = find_quotes(text)
    assert [q.text for q in found] == ["Someone knows who was driving.", "Please call us today."]
    assert {q.speaker_name for q in found} == {"Maeve Dolan"}


def test_a_paragraph_ending_with_a_photo_credit_is_a_caption():
    text = (
        "<p>Crews fought the blaze for an hour.</p>"
        "<figure><figcaption>Smoke over Tui Street. “It was black as night.” Photo / Sam Reti"
        "</figcaption></figure>"
    )
    assert find_quotes(text) == []


def test_a_short_quotation_followed_by_a_verb_or_given_is_a_partial_quote():
    subject = "Dr. Ivy Ncube said in an email that “a few” had been asked to stay home."
    given = "Mayor Ross Tan told the council the cuts were “hard but necessary” given the shortfall."
    assert [q.text for q in find_quotes(subject)] == ["a few"]
    assert [q.text for q in find_quotes(given)] == ["hard but necessary"]


def test_a_short_quotation_after_an_auxiliary_is_partial_though_a_noun_follows():
    text = "The regulator, Ada Moss, said the bureau had “seized and sold” two boats linked to the case."
    q = find_quotes(text)[0]
    assert (q.text, q.speaker_name, q.is_partial) == ("seized and sold", "Ada Moss", True)


def test_an_adverb_of_degree_before_an_adjective_is_someones_judgement_not_a_label():
    text = "Dr Omar Vance said the leak let criminals write “highly targeted” messages."
    assert find_quotes(text)[0].text == "highly targeted"


def test_a_short_quotation_before_a_preposition_is_partial():
    text = (
        "Rail Norte said it was “working with the inspectors” and hoped to run “reduced services” "
        "within a week."
    )
    assert [q.text for q in find_quotes(text)] == ["working with the inspectors", "reduced services"]


def test_accused_of_credits_the_one_who_accused():
    text = "In the debate, Senator Rosa Imbert accused the minister of “dithering” over the report."
    q = find_quotes(text)[0]
    assert (q.text, q.speaker_name) == ("dithering", "Rosa Imbert")


def test_marks_typed_the_wrong_way_round_still_make_a_whole_quotation():
    text = "Pia Lund wrote to the firm twice. ”All they offered was a voucher,“ she said."
    q = find_quotes(text)[0]
    assert (q.text, q.speaker_name, q.is_partial) == ("All they offered was a voucher", "Pia Lund", False)


def test_a_quotation_and_a_colon_over_a_description_is_a_caption():
    text = (
        "“We waited all night”: travellers at the ferry terminal on Sunday.\n\n"
        "“We waited all night and nobody came,” said Ines Paz, a nurse."
    )
    assert [q.text for q in find_quotes(text)] == ["We waited all night and nobody came"]


def test_the_title_of_a_work_set_off_after_its_noun_is_no_quotation():
    text = (
        "The study, “Cold winters and the breeding success of upland waders”, appears in Bird Study. "
        "“It surprised us,” said Dr Amir Patel."
    )
    assert [q.text for q in find_quotes(text)] == ["It surprised us"]


def test_single_marks_crediting_someone_in_a_paragraph_without_double_marks_are_quotation_marks():
    text = (
        "“We need witnesses,” said Detective Ruth Calloway. “Anyone on the road that night.”\n\n"
        "“It was far too fast,” one neighbour said.\n\n"
        "Councillor Amir Shah said: 'People have warned about this road for years and nobody "
        "listened.' The council's 'road safety' fund was cut in 2022.\n\n"
        "In a statement, the arts council said his ‘gift to the city’s music is beyond measure’."
    )
    assert [q.text for q in find_quotes(text)] == [
        "We need witnesses",
        "Anyone on the road that night.",
        "It was far too fast",
        "People have warned about this road for years and nobody listened.",
        "gift to the city’s music is beyond measure",
    ]


def test_a_single_mark_opening_a_paragraph_that_a_double_mark_closes_opens_the_quotation():
    text = (
        "Nobody thought she would stay.\n\n"
        "'Everyone expected me to sell. The bank more or less told me to,” she says."
    )
    found = find_quotes(text)
    assert [q.text for q in found] == ["Everyone expected me to sell. The bank more or less told me to"]


def test_the_words_a_sign_or_a_placard_reads_are_a_slogan_not_a_quotation():
    text = (
        "Outside court, about 60 residents held placards reading “No water, no votes”.\n\n"
        "Students walked out, some holding signs that read “Fund Us, Don’t Fee Us.”\n\n"
        "“We were never told,” said Nomhle Jantjies."
    )
    assert [q.text for q in find_quotes(text)] == ["We were never told"]


def test_a_photo_caption_in_the_markup_quotes_nobody():
    html = (
        "<figure><img src='river.jpg' alt=''><figcaption>The river on Thursday. “We used to swim "
        "here,” says one resident.</figcaption></figure>"
        "<p>“We used to swim here as children,” said Yaw Agyekum, 58.</p>"
    )
    assert [q.text for q in find_quotes(html)] == ["We used to swim here as children"]


def test_the_words_a_flyer_or_a_leaflet_reads_are_a_slogan_not_a_quotation():
    text = (
        "Outside the hearing, a residents' group handed out flyers reading “Stop the rate hike.”\n\n"
        "Volunteers left leaflets saying “Vote no on 4.”"
    )
    assert find_quotes(text) == []


def test_a_name_someone_is_known_by_is_a_nickname_not_a_quotation():
    text = (
        "The bakery's owner, Agnes Mokoena-Ruiz, known to her customers as “Aunty Ag”, said she "
        "would reopen. “We bake on Monday,” she said."
    )
    assert [q.text for q in find_quotes(text)] == ["We bake on Monday"]


def test_a_few_words_after_a_modal_in_a_credited_sentence_are_a_partial_quote():
    text = (
        "Opposition leader Wanjiru Otieno-Baptiste told reporters her party would “not shield anyone” "
        "named in it."
    )
    quote = find_quotes(text)[0]
    assert (quote.text, quote.speaker_name, quote.is_partial) == (
        "not shield anyone",
        "Wanjiru Otieno-Baptiste",
        True,
    )
    label = "The trust runs a “pay what you can” café on Fridays."
    assert find_quotes(label) == []


def test_a_caption_labelled_in_brackets_quotes_nobody():
    text = (
        "Ferry service cut\n\n"
        "[Photo caption: Skipper Ines Harrowgate at the pier: ‘We will keep sailing as long as we can.’]\n\n"
        "The winter timetable drops two sailings a day.\n\n"
        "‘We will keep sailing as long as we can,’ Ines Harrowgate said. ‘The island needs us.’"
    )
    assert [q.text for q in find_quotes(text)] == [
        "We will keep sailing as long as we can",
        "The island needs us.",
    ]


def test_one_adjective_quoted_after_an_article_in_a_credited_sentence_is_a_partial_quote():
    text = "Inspector Hana Brolin said the mill had a “dangerous” wiring system and an unsafe roof."
    assert [q.text for q in find_quotes(text)] == ["dangerous"]
    text = "Warden Ilse Ruud said the board had relied on “unrealistic” visitor numbers."
    assert [q.text for q in find_quotes(text)] == ["unrealistic"]


def test_one_noun_quoted_after_an_article_stays_a_label_and_an_adjective_credited_to_nobody_too():
    text = "Inspector Hana Brolin said the “community” fund would close in May."
    assert find_quotes(text) == []
    text = "The mill had a “dangerous” wiring system, the file shows."
    assert find_quotes(text) == []


def test_a_single_mark_spaced_from_the_nested_double_that_closes_before_it_closes_the_quotation():
    text = (
        "'It was a hard winter,' said Ewan Linklater.\n\n"
        "'My father told us, \"Nobody sails on a day like this,\" ' he said. 'So we stayed in.'"
    )
    assert [q.text for q in find_quotes(text)][1:] == [
        'My father told us, "Nobody sails on a day like this,"',
        "So we stayed in.",
    ]


def test_words_someone_remembered_her_by_are_a_partial_quotation_of_theirs():
    text = (
        "'She never gave up,' said her niece, Kirsty Rendall.\n\n"
        "She lobbied councillors for the lifeboat station with what the station's coxswain, "
        "Ivor Flett-Rousay, remembered as 'long, patient, unanswerable letters'."
    )
    found = find_quotes(text)
    assert [(q.text, q.speaker_name, q.is_partial) for q in found][1:] == [
        ("long, patient, unanswerable letters", "Ivor Flett-Rousay", True)
    ]
