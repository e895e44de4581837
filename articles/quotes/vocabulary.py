"""The words the finder knows: speech verbs, titles, the nouns that end an organization's or
a place's name, role nouns, and the patterns for a run of capitalized words. Every stage reads
them; none of them reads anything else.

How far the finder reads around a position is bounded here too, so the work grows in step with
the text whatever it holds.
"""

from __future__ import annotations

import re

_VERB_FORMS = """
say says said saying tell tells told telling state states stated add adds added adding
write writes wrote writing ask asks asked explain explains explained warn warns warned
warning note notes noted noting argue argues argued insist insists insisted acknowledge
acknowledges acknowledged recall recalls recalled testify testifies testified announce
announces announced declare declares declared reply replies replied respond responds
responded answer answers answered counter counters countered concede concedes conceded
admit admits admitted urge urges urged caution cautions cautioned predict predicts
predicted post posts posted tweet tweets tweeted email emails emailed remark remarks
remarked observe observes observed complain complains complained describe describes
described call calls called calling shout shouts shouted yell yelled joke jokes joked
conclude concludes concluded maintain maintains maintained contend contends contended
claim claims claimed promise promises promised vow vows vowed pledge pledges pledged
suggest suggests suggested recount recounts recounted boast boasts boasted lament laments
lamented continue continues continued quip quipped scoff scoffed read reads allege alleges
alleged remind reminds reminded accuse accuses accused accusing demand demands demanded
arguing insisting acknowledging recalling testifying announcing declaring replying responding
answering countering conceding admitting urging cautioning predicting remarking observing
complaining describing concluding maintaining contending claiming promising vowing pledging
suggesting recounting boasting lamenting alleging reminding demanding explaining directs
instructs radioed radios texted messaged confirm confirms confirmed confirming submits submitted
posting tweeting repeat repeats repeated repeating remembered remembers
"""


# "“...,” the email went on.", "the senator shot back": a speech verb of two words.
_VERB_PHRASES = ("went on", "goes on", "shot back", "fired back", "hit back")
# Who speaks for an organization ("a ministry spokesman"), as a pattern's alternation.
_SPOKESPERSON_WORDS = "(?:spokesman|spokeswoman|spokesperson|representative)"

# "A police spokesman", "the ministry spokeswoman": one who speaks for a body, named by its noun.
_BODY_SPOKESPERSON = rf"(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+{_SPOKESPERSON_WORDS}"


SPEECH_VERBS = frozenset(_VERB_FORMS.split()) | frozenset(_VERB_PHRASES)


# How court copy in Australia and Britain calls the judge or magistrate: "his Honour", "Her
# Honor". The title in either spelling, and the title after its possessive (group 1).
_HONOUR_TITLE = r"Hono(?:u)?r"
_HONOUR = rf"(?:[Hh]is|[Hh]er)\s+({_HONOUR_TITLE})"


# The noun that ends a paper's title: "Fiscal Update", "Financial Stability Report".
_PAPER_TITLE_END = (
    r"(?:Update|Report|Statement|Review|Outlook|Survey|Bulletin|Forecast|Assessment|Audit|Strategy|Plan)"
)


# A part of a body, after the part's name: "the council's Western Cape branch".
_BODY_UNIT = r"(?:branch|chapter|wing|division|office|secretariat|section)"


# What a court, a tribunal or an inquiry does with words: it finds or rules "...". Read only
# where no speech verb stands before a quotation ("a magistrate found he posed an 'unacceptable
# risk'"), since "found" is as often a discovery or a founding.
_FINDING_RE = re.compile(r"\b(found|finds|finding|ruled|rules|accepted|accepts|determined)\b")


_VERB_RE = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b", re.I)


# Words that go before a name and are no part of it; American copy puts a party label there too
# ("defeating Republican Thomas Kessler III"), and a priest's title is one ("Fr Liam Brennan").
TITLE_WORDS = frozenset(
    """Sheriff Mayor Commissioner Councilmember Councilman Councilwoman Supervisor
    Superintendent Director President Chair Chairman Chairwoman Judge Justice Attorney Counsel
    Dr. Dr Gov. Governor Sen. Senator Rep. Representative Assemblymember Chief Officer Sgt. Sgt
    Lt. Capt. Deputy Secretary Administrator Coach Professor Prof. Prof Rev. Neighbor Parent
    Resident Principal Manager Spokesperson Spokeswoman Spokesman Mr. Mrs. Ms. Mx. Vice Member
    Treasurer Controller Auditor Assessor Clerk Inspector Lieutenant Sergeant Captain
    Detective Trustee Minister Chancellor Provost Pastor Owner Founder Organizer
    Executive CEO Cllr Coun Coun. Councillor Mr Mrs Ms Dr Supt. Supt Det. Det Insp. Insp Cpl. Const.
    Gen. Col. Maj. Cmdr. Atty. Hon. Warden Ombudsman Coroner Cr Cr. Miss MP MPP MLA MSP TD
    MEP Corporator Alderman Alderwoman Selectman Selectwoman Reeve PC Trustees
    Councillors Councilmembers Commissioners Supervisors Senators Judges Constable Commander
    Brigadier Colonel Admiral Marshal Collector Magistrate Registrar Bishop MEC Premier
    DS DI DC DCI DSI DSU DCS PS SP ASP DSP CSP SSP ACP DCP CP AIG DIG IGP MCA Advocate Adv Adv.
    Sir Dame Madam Madame Mme Ustad Pandit Alhaji Alhaja Hajiya Hajia Malam Mallam Shri
    Smt Leader Ratu Datu Datuk Dato Datin Tun Gogo Mkhulu Canon Archdeacon Tem Tempore
    Ven. Ven Venerable Deacon Imam Rabbi Cardinal Archbishop Monsignor Chaplain Undersecretary
    Under-Secretary Ing. Engr. Republican Democrat Fr Fr. Father Msgr Msgr.""".split()
)


# Titles written short with a full stop ("Coun. Evelyn Tremblay", "Det. Sgt. Maya Lindqvist"):
# the stop after them never ends a sentence or the name that follows.
_TITLE_ABBREVIATIONS = frozenset(
    "Dr Mr Mrs Ms Mx St Jr Sr Gov Sen Rep Lt Sgt Capt Det Insp Cpl Const Supt Coun Gen Col Maj "
    "Cmdr Atty Hon Prof Rev Ven Rt Ing Engr Fr Msgr".split()
)


ORG_NOUNS = frozenset(
    """Agency Department Office Authority Council Board Commission Committee District
    Association Union Company Co. Inc. Corp. Corporation LLC Partners Properties Group
    Coalition Project Services Service Bureau Administration Institute Foundation Center
    Centre Court Hospital Police University College Schools Club Transit Power Energy
    Electric Utilities Utility Bank Church Diner Restaurant Cafe Unified County City Network
    Alliance Federation Society Party Fund Trust Clinic Library Museum Legislature Assembly
    Senate Congress League Programme Program Ministry Patrol Airlines Railroad Railway Railways Industries
    Holdings Guard Ferries
    Seafoods Foods Software Development Homes Books Health System Systems Magazine Gazette Echo
    Press News Times Courier Jury Local Market Markets Stores Supermarkets Grocers Brands Motors
    Airways Pharmacy Bakery Hotel Hotels Media Labs Technologies Solutions Capital Ventures
    Resources Logistics Enterprises Insurance Mining Construction Realty Builders
    Pharmaceuticals Corp Inc Ltd Ltd. plc PLC LLP Chamber Municipality Tribunal Zoo Charity
    Radio Television Broadcasting Journal Herald Tribune Chronicle Travel Tours Print Printing
    Printers Brewery Brewing Distillery Winery Studios Water Management Appliances Electronics
    Furnishings Textiles Chemicals Plastics Products Supplies Dairies Cosmetics Beverages
    Organisation Organization Organisations Organizations Diocese Archdiocese Synod Directorate
    Secretariat Inspectorate Forum Collective Cooperative Co-operative Consortium Choir Chorus
    Orchestra Philharmonic Ensemble Communities Research Fellowship Prosecutions Outfitters
    Investments Advisors Advisers Associates Developers Securities Practice""".split()
)


PLACE_WORDS = frozenset(
    """Street St. Avenue Ave. Road Boulevard Blvd. Lane Drive Way Highway Freeway Bridge Hall
    Heights Valley River Lake Bay Mountain Mountains Square Plaza Games Olympics Elementary
    Middle High Island Beach Creek Hills Station Stadium Arena Cove Harbour Harbor Springs Falls
    Junction Flats""".split()
)


# Countries and cities written in two words or more, which look like a given name and a surname
# ("though he noted that Sri Lanka had been loose"): a place, never a person.
PLACE_NAMES = frozenset(
    " ".join(name.split())
    for name in """Sri Lanka|Costa Rica|Puerto Rico|Saudi Arabia|Sierra Leone|Burkina Faso|Hong Kong
    |El Salvador|Cape Verde|Cabo Verde|Papua New Guinea|Great Britain|Northern Ireland
    |United States|United Kingdom|Czech Republic|Dominican Republic|Ivory Coast|Solomon Islands
    |Marshall Islands|Faroe Islands|Kuala Lumpur|Tel Aviv|Buenos Aires|Abu Dhabi|Phnom Penh
    |Addis Ababa|Sao Paulo|São Paulo|Rio de Janeiro|Dar es Salaam|Kota Kinabalu|Ho Chi Minh City
    |Port Moresby|Port Louis|Port of Spain|Puerto Princesa|Costa Brava|Monte Carlo""".split("|")
)


_LEADING_WORDS = frozenset(
    """The A An But And Or In On At As When After Before Among Asked Reached For If While Her
    His Its Their Our My This That These Those Then So Since According Also Even Still Yet
    Would Could Should Did Does Is Was Were Are Has Have Had
    Meanwhile However Now Later Earlier By With From To Under Over Like Unlike During Until
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan. Feb. Aug. Sept. Oct. Nov.
    Dec. Last Next Every Each Both Neither Nobody Somebody Where Who What Why How Not Said Says
    Added Adds Wrote Replied Told Photo Local Another Others Several Many Some Most Few Born
    Vale""".split()
)


# Titles written short, in full: what a source's record keeps ("Det. Insp. Maya Lindqvist" is
# a Detective Inspector). "Dr." stays as written; courtesy titles are no title at all.
TITLE_EXPANSIONS = {
    "Coun.": "Councillor",
    "Coun": "Councillor",
    "Cllr": "Councillor",
    "Cllr.": "Councillor",
    "Cr": "Councillor",
    "Cr.": "Councillor",
    "Supt.": "Superintendent",
    "Supt": "Superintendent",
    "Det.": "Detective",
    "Det": "Detective",
    "Insp.": "Inspector",
    "Insp": "Inspector",
    "Sgt.": "Sergeant",
    "Sgt": "Sergeant",
    "Lt.": "Lieutenant",
    "Capt.": "Captain",
    "Cpl.": "Corporal",
    "Const.": "Constable",
    "PC": "Police Constable",
    "PS": "Police Sergeant",
    "DC": "Detective Constable",
    "DS": "Detective Sergeant",
    "DI": "Detective Inspector",
    "DCI": "Detective Chief Inspector",
    "DSI": "Detective Superintendent",
    "DSU": "Detective Superintendent",
    "DCS": "Detective Chief Superintendent",
    # Police ranks of Nigeria, Ghana, India and Kenya, written short before the name.
    "SP": "Superintendent of Police",
    "ASP": "Assistant Superintendent of Police",
    "DSP": "Deputy Superintendent of Police",
    "CSP": "Chief Superintendent of Police",
    "SSP": "Senior Superintendent of Police",
    "ACP": "Assistant Commissioner of Police",
    "DCP": "Deputy Commissioner of Police",
    "CP": "Commissioner of Police",
    "AIG": "Assistant Inspector-General of Police",
    "DIG": "Deputy Inspector-General of Police",
    "IGP": "Inspector-General of Police",
    "MCA": "Member of County Assembly",
    "Adv": "Advocate",
    "Adv.": "Advocate",
    "Sen.": "Senator",
    "Rep.": "Representative",
    "Gov.": "Governor",
    "Gen.": "General",
    "Col.": "Colonel",
    "Maj.": "Major",
    "Cmdr.": "Commander",
    "Atty.": "Attorney",
    "Prof.": "Professor",
    "Prof": "Professor",
    "Rev.": "Reverend",
}


# Honorifics of rank or respect (a knighthood, "Madam" in Singapore copy, "Ustad" and "Pandit"
# for Indian musicians, "Alhaji" for a Nigerian pilgrim and "Hajiya" or "Hajia" for a woman who
# has made the pilgrimage, "Malam" or "Mallam" for a Hausa man of learning) are no title either.
_COURTESY_TITLES = frozenset(
    "Mr. Mrs. Ms. Mx. Mr Mrs Ms Mx Miss Hon. Sir Dame Madam Madame Mme Ustad Pandit Alhaji Alhaja Hajiya "
    "Hajia Malam Mallam Shri Smt".split()
)


_HONORIFICS = frozenset(
    "Dr. Dr Mr. Mrs. Ms. Mx. Prof. Prof Rev. Mr Mrs Ms Mx Miss Cllr Coun Coun. Cr Cr. Sir Dame Madam "
    "Madame Mme Ustad Pandit Alhaji Alhaja Hajiya Hajia Malam Mallam Shri Smt Datu Datuk Dato Datin Tun Gogo "
    "Mkhulu".split()
)


# A courtesy for an older woman in East African copy: before a given name and a surname it is
# no part of the name ("Mama Grace Achieng"); before one name alone it is the name she goes by
# ("who gave her name only as Mama Wanjiku").
_ELDERS_COURTESIES = frozenset({"Mama"})


# Words before a name that honour the person rather than name a job, and words that say how
# the person stands to the story (a neighbor, a parent): neither is a title a source's record
# keeps ("Dr Peter Kiprono", "Neighbor Rosa Villanueva" are proposed with none).
_HONORIFIC_TITLE_WORDS = frozenset(
    """Dr Dr. Doctor Barrister Datuk Dato Datu Datin Tun Alhaji Alhaja Hajiya Hajia Ratu Hon. Engr.
    Ing.""".split()
)
# Capitalized words that qualify a job written before a name, never a body's name alone:
# "Crown prosecutor", "Staff lawyer", "Retired bus driver", "Teachers union president".
_ROLE_QUALIFIERS = frozenset(
    """Former Retired Longtime Veteran Senior Junior Staff Defence Defense Crown Opposition Team
    Teachers Riders Municipal Acting Interim Assistant Associate Co-author""".split()
)
# Offices a place is named before ("Port Alder Mayor", "Former Harlan Mills Mayor",
# "Washington Attorney General").
_PLACE_OFFICES = frozenset(["Mayor", "Governor", "Premier", "Reeve", "Attorney General", "Prefect"])
_CIRCUMSTANCE_TITLE_WORDS = frozenset(
    "neighbor neighbour parent resident retiree pensioner mother father grandmother grandfather "
    "mum mom dad patron season-ticket holder".split()
) | frozenset(
    # How someone stands to a school, a shop or an employer, with no job there: "student",
    # "Regular customer", "longest-serving employee".
    "student pupil customer regular employee longest-serving".split()
)


_PLACE_PREFIXES = frozenset("North South East West New Fort Mount San Santa Los Las Co Port".split())


_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})


_PERSON_ROLES = frozenset(
    """sheriff mayor commissioner councilmember councilman councilwoman supervisor
    superintendent director president chair chairman chairwoman judge justice attorney
    counsel governor senator representative chief officer secretary administrator coach
    professor principal manager spokesperson spokeswoman spokesman owner founder organizer
    lawyer physician doctor official executive minister inspector detective sergeant lieutenant
    captain constable councillor councilor trustee prosecutor collector commander brigadier colonel
    admiral marshal magistrate registrar bishop premier""".split()
)


# The words of a company's legal form, which end its name ("Ltd.", "Inc.", "plc").
_LEGAL_SUFFIXES = frozenset("Ltd Inc Corp LLC plc PLC LLP Limited Pty Bhd GmbH AG".split())

# A company's name as written with its legal form, with or without the full stop ("Ltd."):
# "the company", "the firm" mean a body whose name ends with one.
_LEGAL_FORMS = _LEGAL_SUFFIXES | {f"{suffix}." for suffix in _LEGAL_SUFFIXES}


# The names of bodies that oversee a trade or a service.
_OVERSIGHT_BODIES = frozenset("Authority Commission Office Regulator Board Agency Ombudsman".split())


_ORG_SYNONYMS = {
    "agency": {
        "Agency",
        "Administration",
        "Commission",
        "Department",
        "Service",
        "Bureau",
        "Authority",
        "Transit",
        "Office",
    },
    "utility": {"Power", "Energy", "Electric", "Utility", "Gas", "Water"},
    "company": {
        "Company",
        "Co.",
        "Corporation",
        "Partners",
        "Properties",
        "Group",
        "Power",
        "Energy",
        "Holdings",
        "Industries",
        "Airlines",
        "Water",
        *_LEGAL_FORMS,
    },
    "firm": {"Partners", "Properties", "Company", "Group", *_LEGAL_FORMS},
    # "the operator said": a company that runs trains, buses, ferries or flights.
    "operator": set("Railways Railway Rail Trains Buses Ferries Airlines Airways Transit".split()),
    "owner": {"Partners", "Properties", "Company", "Group", "Holdings", *_LEGAL_FORMS},
    "landlord": {"Partners", "Properties", "Company", "Group", "Holdings", *_LEGAL_FORMS},
    "office": {"Office"},
    "department": {"Department"},
    "county": {"County"},
    "city": {"City"},
    # "The township's letter", "the municipality said": a local government named for its kind.
    "township": {"Township"},
    "municipality": {"Municipality"},
    "borough": {"Borough"},
    "district": {"District", "Unified"},
    "board": {"Board"},
    "council": {"Council"},
    "commission": {"Commission"},
    "association": {"Association"},
    "union": {"Union"},
    "court": {"Court"},
    # "the Bench said in its order": the judges sitting together speak as the court they sit in.
    "bench": {"Court"},
    "hospital": {"Hospital", "Center", "Clinic"},
    "club": {"Club"},
    "league": {"League"},
    "group": {"Group", "Coalition", "Project", "Alliance", "Association", "Foundation"},
    "coalition": {"Coalition", "Alliance"},
    "university": {"University", "College"},
    "school": {"School", "Schools", "Unified", "District"},
    "police": {"Police", "Department"},
    # "the force": a police force, as British copy calls one.
    "force": {"Police", "Constabulary", "Force"},
    # "the regulator", "the watchdog": a body that oversees a trade or a service.
    "regulator": _OVERSIGHT_BODIES,
    "watchdog": _OVERSIGHT_BODIES | {"Inspectorate"},
}


# The last word of a description that can stand before or beside a person's name.
_ROLE_WORDS = (
    frozenset(w.lower() for w in TITLE_WORDS)
    | _PERSON_ROLES
    | frozenset(
        """member parent resident neighbor organizer activist advocate student teacher nurse
    analyst economist researcher scientist historian spokesperson chairperson candidate plaintiff
    defendant witness volunteer worker employee leader head defender prosecutor engineer
    planner librarian physician surgeon pharmacist firefighter coordinator consultant lobbyist
    rabbi imam priest landlord tenant partner economist meteorologist forecaster rider commuter
    passenger customer patient driver shopper voter homeowner renter fan farmer grower rancher
    fisherman fisher crabber baker butcher chef cook shopkeeper vendor trader mechanic
    electrician plumber builder architect solicitor barrister accountant pilot sailor soldier
    veteran paramedic midwife carer caregiver dentist veterinarian retiree pensioner artist
    musician author photographer athlete player lecturer publican neighbour labourer junior senior
    sophomore freshman skip lead third second fiddler singer curler captain flyhalf fly-half
    scrumhalf scrum-half halfback fullback winger wing centre striker midfielder goalkeeper
    keeper quarterback linebacker pitcher catcher shortstop batter bowler batsman wicketkeeper
    jockey trainer skipper umpire referee delegate substitute defenceman debutant rookie novelist
    poet playwright painter sculptor composer dancer actor actress comedian filmmaker campaigner
    protester protestor critic opponent supporter villager organiser objector demonstrator""".split()
    )
)


# What an organization issues: "the statement said" speaks for the last organization named.
_DOCUMENT_NOUNS = frozenset(
    """statement letter report filing order ruling analysis release memo lawsuit complaint notice
    article editorial study audit survey email circular directive advisory bulletin memorandum
    paper note testimony review resolution document decision declaration proclamation submission
    announcement""".split()
)


# Papers someone files with a body or writes for the press, not ones the body issues.
_FILED_NOUNS = frozenset("filing lawsuit complaint testimony article editorial".split())


# Family relations: "her son, Peter Penhallow," is whom "her son said" means.
RELATIONS = frozenset(
    """son daughter wife husband mother father brother sister widow widower partner niece nephew
    grandson granddaughter grandmother grandfather aunt uncle cousin stepson stepdaughter
    stepfather stepmother fiance fiancé fiancee fiancée""".split()
)


# What an organization issues that can say words itself: "A warning issued by the authority said".
_ISSUED_NOUNS = _DOCUMENT_NOUNS | frozenset("warning alert advisory bulletin update message".split())


# The letters for a seat in a legislature, written after a member's name or after "the" for
# the member ("the MP said", "the TD said").
_SEAT_LETTERS = frozenset("MP MSP MLA MEP TD MCA MPP MHA MNA".split())


# The online platforms whose pages, accounts and posts a story names by their owner.
_PLATFORMS = frozenset(
    "Facebook Instagram TikTok LinkedIn YouTube WhatsApp X Twitter Threads Bluesky".split()
)


_GENERIC_ORG_NOUNS = frozenset("company firm group organization utility agency".split())


# What a story calls an organization it names beside the noun ("a group, Save Front Street,";
# "The union representing the operators, CUPE Local 402,"), so that "the group" and "the
# union" later mean it.
_APPOSITION_NOUNS = frozenset(
    """union group company firm contractor developer nonprofit charity agency organization
    coalition association operator utility landlord owner publisher chain retailer campaign
    magazine newspaper station network""".split()
)


# Those of them that, in lowercase right before a name, tell it is a body's ("environmental
# group Niger Delta Watch", "the rail union Unite"); not those a person may be called by
# ("developer Ana Ruiz", "landlord Tom Reyes").
_KIND_BEFORE_NAME = frozenset(
    "union group company firm nonprofit charity agency organization coalition association utility".split()
)


# A body written in lowercase after the place it belongs to: "the Alder County civil grand
# jury", "Northgate city council", "the Port Calder Unified school board".
_BODY_MODIFIERS = frozenset(
    "civil grand city county town borough parish state school planning parks water police fire transit "
    "zoning housing library health".split()
)


_BODY_NOUNS = frozenset("jury council board commission committee department".split())


# An outlet's kind written after its name ("Westward Living magazine"): not part of the name.
_OUTLET_NOUNS = frozenset("magazine newspaper website blog podcast".split())


# What a story calls a place of business or a venue it names just before ("Masala Yard, the
# restaurant she opened"): a thing, never a person, whatever its name looks like.
_VENUE_NOUNS = frozenset(
    """restaurant cafe café bakery shop store pub bar bistro hotel diner gallery museum theatre
    theater cinema venue brewery winery farm factory mill clinic salon boutique bookshop
    bookstore""".split()
)


# The last word of a law's name ("the Emergency Conflagration Act"): a law, which says nothing.
_LAW_WORDS = frozenset("Act Acts Ordinance Statute".split())


_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from but nor as".split())


_NOT_SUBJECT_AFTER = _SMALL_WORDS | {"including", "among", "than", "like", "into", "about", "against"}


# Words that may follow a partial quote inside a sentence; a noun right after a short quoted
# phrase (the "legacy business" program) marks scare quotes instead.
_AFTER_PARTIAL = frozenset(
    "and or but of for to in on at with if because that as from by about than when while which "
    "who before after since unless until over into the a an its their his her our this these those "
    # A verb after the quoted words: they are the subject ("that “a handful” had been asked").
    "given despite amid following had has have was were is are would will could should might may "
    # Any preposition after them: resume "limited operations" within 72 hours.
    "within without across through throughout toward towards against among around near per via upon "
    "beyond behind below above under during except inside outside between".split()
)


_ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr st jr sr gov sen rep lt sgt capt gen col u.s vs inc corp co jan feb
    mar apr jun jul aug sep sept oct nov dec a.m p.m prof rev ave blvd mt ft""".split()
) | frozenset(w.lower() for w in _TITLE_ABBREVIATIONS)


# Given names written short, as some countries' copy does ("Ma." for Maria, "Wm." for
# William): before another name, the stop ends no sentence.
_GIVEN_NAME_ABBREVIATIONS = frozenset("Ma Wm Chas Jas Thos Geo Jos".split())


_UPPER = "A-ZÀ-ÖØ-Þ"


# How far the finder reads around a position. Every look backwards or forwards is bounded,
# so the work grows in step with the text whatever it holds (runs of initials, of quote
# marks, one endless paragraph). Nothing in news copy comes near these lengths.
_LONGEST_WORD = 64  # an abbreviation or the word before a name


_LONGEST_NAME = 200  # a run of capitalized words read as one name


_ATTRIBUTION_REACH = 400  # the words before an opening mark or after a closing one


_TOKEN = rf"[{_UPPER}][\w'’.\-]*"

# How a byline opens: "By", "Reviewed by", "Reported by".
_BYLINE_OPENER = r"(?:By|[A-Z][a-z]+ed by)"
# "By Obinna Ukwueze", "Reviewed by Niamh Garvey, Kilbrennan Champion": a byline, which may
# stand between headline and lead.
# "By the Gulf Ledger staff": the newsroom as a whole.
_BYLINE_RE = re.compile(rf"\s*{_BYLINE_OPENER}\s+(?:the\s+)?[{_UPPER}][^.!?“”\"]{{2,100}}$")


# Up to two small words join a name ("Marlene van der Berg", "Marius le Roux", "Minister for the
# Environment"), and an ampersand a firm's ("Hollins & Marsh").
_RUN = rf"{_TOKEN}(?:(?:\s+(?:of|for|de|la|le|du|da|del|van|von|der|den|the|&)){{0,2}}\s+{_TOKEN})*"


_RUN_RE = re.compile(_RUN)


_RUN_AT_END_RE = re.compile(rf"({_RUN})$")


# An abbreviation defined in brackets: "Environmental Protection Agency (EPA)". The name
# is the run of capitalized words that ends right before the bracket, read backwards from
# it (a pattern that starts with the run would try every capitalized word in the text).
# A short name of two capitalized parts joined by a hyphen is one too: "Maharashtra Metro Rail
# Corporation (Maha-Metro)".
_ABBR_DEF_RE = re.compile(rf"\(([{_UPPER}][A-Za-z.&]{{1,9}}|[{_UPPER}][a-z]{{1,6}}-[{_UPPER}][a-z]{{1,8}})\)")


_CLAUSE_END_RE = re.compile(
    r"[,;:()]|\.(?=\s|$)|\s(?:who|whose|which|in|at|on|during|after|before|as|when|while|to|and)\s"
)


_OPEN, _CLOSE = "“", "”"
