"""Who works at the demo Chronicle, and the people, agencies and documents it quotes.

Everyone here is invented. Phone numbers use the 555-01xx range reserved for fiction and
e-mail addresses use example.org, so nothing private points at a real person.
"""

from dataclasses import dataclass

from articles.models import Source

from .spec import DemoSource

PERSON, ORGANIZATION, DOCUMENT = Source.Kind.PERSON, Source.Kind.ORGANIZATION, Source.Kind.DOCUMENT
NEWSMAKER, CHOSEN = Source.Selection.NEWSMAKER, Source.Selection.REPORTER_CHOSEN
WOMAN, MAN = Source.Gender.WOMAN, Source.Gender.MAN


@dataclass(frozen=True)
class DemoAccount:
    """A staff member. Those with a ``password`` can log in to the admin; the others only
    stand on bylines."""

    username: str
    first_name: str
    last_name: str
    group: str
    role: str
    password: str = ""


EDITOR = DemoAccount(
    username="editor",
    first_name="Helen",
    last_name="Marsh",
    group="Editors",
    role="metro editor: approves, schedules and corrects stories",
    password="editor-demo-pass",
)
JOURNALIST = DemoAccount(
    username="journalist",
    first_name="Daniel",
    last_name="Okafor",
    group="Journalists",
    role="city hall reporter: writes stories and submits them for review",
    password="journalist-demo-pass",
)
STAFF = (
    EDITOR,
    JOURNALIST,
    DemoAccount("praman", "Priya", "Raman", "Journalists", "schools and environment reporter"),
    DemoAccount("lferreira", "Luis", "Ferreira", "Journalists", "public safety and business reporter"),
)


def _source(slug, name, kind=PERSON, *, gender="", selection="", **fields) -> tuple[DemoSource, dict]:
    """A source plus the attributes it self-identified, which are recorded with consent."""
    attributes = {"attributes_consent": True, "gender": gender, "selection": selection} if gender else {}
    return DemoSource(slug=slug, name=name, kind=kind, **fields), attributes


_SOURCES = [
    # City Hall
    _source(
        "teresa-vance",
        "Teresa Vance",
        title="Mayor",
        organization="City of Bellhaven",
        description="Mayor of Bellhaven since 2022; before that, two terms on the City Council.",
        phone="+1 510 555 0142",
        email="mayor.press@example.org",
        notes="Press office wants requests by 3 p.m. for same-day comment.",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "arturo-reyes",
        "Arturo Reyes",
        title="Councilmember",
        organization="Bellhaven City Council",
        description=(
            "Represents District 2, which includes Ferry Flats and Millrace. Chairs the finance committee."
        ),
        phone="+1 510 555 0117",
        notes="Answers his own cellphone; text first.",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    _source(
        "mei-lin-cho",
        "Mei-Lin Cho",
        title="City engineer",
        organization="City of Bellhaven",
        description="Leads the Public Works engineering division.",
        email="mcho.publicworks@example.org",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "gloria-haddad",
        "Gloria Haddad",
        title="Owner",
        organization="Haddad’s Bakery",
        description="Has run the bakery at the foot of the Ninth Street Bridge since 2004.",
        phone="+1 510 555 0163",
        notes="Best reached before 7 a.m., when the first bake is out.",
        gender=WOMAN,
        selection=CHOSEN,
    ),
    _source(
        "bta",
        "Bay Transit Authority",
        ORGANIZATION,
        abbreviation="BTA",
        description="The regional bus and ferry operator serving Bellhaven and its neighbors.",
        email="media@bta.example.org",
    ),
    _source(
        "audit-permit-fees",
        "Audit of Permit Fee Collection, Fiscal Years 2023–2025",
        DOCUMENT,
        organization="Office of the City Auditor",
        description="The city auditor’s review of inspection fees charged for 41,000 building permits.",
    ),
    _source(
        "naomi-castellanos",
        "Naomi Castellanos",
        title="City auditor",
        organization="City of Bellhaven",
        description="Elected city auditor, in her second term.",
        phone="+1 510 555 0128",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "graham-whitlow",
        "Graham Whitlow",
        title="Director, Planning and Building Department",
        organization="City of Bellhaven",
        email="gwhitlow.planning@example.org",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    _source(
        "marisol-ortega",
        "Marisol Ortega",
        title="Organizer",
        organization="Bellhaven Tenants Union",
        phone="+1 510 555 0186",
        gender=WOMAN,
        selection=CHOSEN,
    ),
    _source(
        "rental-housing-association",
        "Bay Shore Rental Housing Association",
        ORGANIZATION,
        description="A trade group for owners and managers of rental housing in Tamsen County.",
        email="press@bsrha.example.org",
    ),
    _source(
        "winston-abara",
        "Winston Abara",
        title="Chair",
        organization="Bellhaven Rent Stabilization Board",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    # Public Safety
    _source(
        "monica-adeyemi",
        "Monica Adeyemi",
        title="Police chief",
        organization="Bellhaven Police Department",
        description="Chief since 2023; previously a deputy chief in a neighboring city.",
        phone="+1 510 555 0101",
        notes="Goes through the department’s public information officer for anything on the record.",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "kevin-tran",
        "Kevin Tran",
        title="President",
        organization="Bellhaven Public Safety Dispatchers Association",
        description="A 911 dispatcher for 16 years.",
        phone="+1 510 555 0175",
        notes="Will not talk during shifts; call after 7 p.m.",
        gender=MAN,
        selection=CHOSEN,
    ),
    _source(
        "lorraine-pike",
        "Lorraine Pike",
        title="City manager",
        organization="City of Bellhaven",
        email="citymanager.press@example.org",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "devon-mitchell",
        "Devon Mitchell",
        title="Linden Park resident",
        notes="Reached through the Linden Park neighborhood association.",
        gender=MAN,
        selection=CHOSEN,
    ),
    _source(
        "rosalind-park",
        "Rosalind Park",
        title="Fire captain",
        organization="Bellhaven Fire Department",
    ),
    _source(
        "walter-ibarra",
        "Walter Ibarra",
        title="Sheriff",
        organization="Tamsen County Sheriff’s Office",
        description="Elected sheriff of Tamsen County.",
        phone="+1 510 555 0109",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    _source(
        "denise-kwan",
        "Denise Kwan",
        title="Supervisor",
        organization="Tamsen County Board of Supervisors",
        description="Chairs the board’s public safety committee.",
    ),
    # Schools
    _source(
        "alicia-montero",
        "Alicia Montero",
        title="Superintendent",
        organization="Bellhaven Unified School District",
        phone="+1 510 555 0155",
        notes="Communications office schedules interviews; allow a day.",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "keisha-brooks",
        "Keisha Brooks",
        title="PTA president",
        organization="Linden Park Elementary School",
        phone="+1 510 555 0191",
        gender=WOMAN,
        selection=CHOSEN,
    ),
    _source(
        "henry-lau",
        "Henry Lau",
        title="School board member",
        organization="Bellhaven Unified School District",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    _source(
        "carla-jimenez",
        "Carla Jimenez",
        title="School board president",
        organization="Bellhaven Unified School District",
    ),
    _source(
        "bellhaven-unified",
        "Bellhaven Unified School District",
        ORGANIZATION,
        abbreviation="BUSD",
        description="The public school district for Bellhaven: 27 schools and about 12,900 students.",
        email="communications@busd.example.org",
    ),
    _source(
        "maya-goldberg",
        "Maya Goldberg",
        title="Robotics team captain",
        organization="Cresthill High School",
        notes="Student, 17. A parent agreed to the interview.",
    ),
    _source(
        "victor-nakamura",
        "Victor Nakamura",
        title="Engineering teacher and robotics coach",
        organization="Cresthill High School",
        email="vnakamura@busd.example.org",
        gender=MAN,
        selection=CHOSEN,
    ),
    # Business and Environment
    _source(
        "renata-voss",
        "Renata Voss",
        title="Executive director",
        organization="Port of Bellhaven",
        email="rvoss.office@example.org",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "samuel-achebe",
        "Samuel Achebe",
        title="Chief executive",
        organization="Northcurrent Recycling",
        description="Co-founded Northcurrent, a battery-materials recycler, in 2019.",
        phone="+1 650 555 0133",
        notes="Through the company’s outside PR firm unless he calls back himself.",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    _source(
        "luz-navarro",
        "Luz Navarro",
        title="Co-chair",
        organization="Ironworks Neighbors Alliance",
        phone="+1 510 555 0168",
        gender=WOMAN,
        selection=CHOSEN,
    ),
    _source(
        "tcad",
        "Tamsen County Air District",
        ORGANIZATION,
        abbreviation="TCAD",
        description="The regional agency that permits and monitors air pollution sources in Tamsen County.",
        email="media@tcad.example.org",
    ),
    _source(
        "oren-blackwell",
        "Oren Blackwell",
        title="Deputy air pollution control officer",
        organization="Tamsen County Air District",
        gender=MAN,
        selection=NEWSMAKER,
    ),
    _source(
        "frank-pruitt",
        "Frank Pruitt",
        title="Owner",
        organization="Pruitt & Sons Hardware",
        phone="+1 510 555 0150",
        gender=MAN,
        selection=CHOSEN,
    ),
    _source(
        "ferry-flats-study",
        "Ferry Flats Shoreline Vulnerability Study",
        DOCUMENT,
        organization="City of Bellhaven",
        description="Prepared for the city by Halvorsen Coastal; projects flooding at the Ferry Flats levee.",
    ),
    _source(
        "nadia-delgado",
        "Nadia Delgado",
        title="Chief resilience officer",
        organization="City of Bellhaven",
        email="ndelgado.resilience@example.org",
        gender=WOMAN,
        selection=NEWSMAKER,
    ),
    _source(
        "ernesto-salcedo",
        "Ernesto Salcedo",
        title="Ferry Flats resident",
        description="A retired longshoreman who has lived near the levee for 31 years.",
        gender=MAN,
        selection=CHOSEN,
    ),
]

SOURCES: tuple[DemoSource, ...] = tuple(source for source, _ in _SOURCES)
# Self-identified attributes, by source slug, recorded only where the source consented.
SOURCE_ATTRIBUTES: dict[str, dict] = {source.slug: attrs for source, attrs in _SOURCES if attrs}
