"""Public Safety: police, fire, the 911 center and the county sheriff."""

from ..spec import DemoImage, DemoLink, DemoStory

SECTION = "public-safety"

STORIES = (
    DemoStory(
        slug="police-response-times-slip-dispatch-shortage",
        section=SECTION,
        kicker="Emergency response",
        headline="Police response times slip as the 911 center loses a third of its staff",
        dek=(
            "Callers waited more than 15 seconds for an answer nearly one time in four last quarter, "
            "and officers took longer to reach the most urgent calls."
        ),
        authors=("lferreira",),
        day=4,
        time="06:00",
        tags=("911", "police", "budget", "labor"),
        image=DemoImage(
            motif="night",
            palette=("#0b132b", "#1c2541", "#f7b801", "#e0e1dd"),
            alt=(
                "An illustration of a city street grid at night seen from above, with blurred "
                "streetlights and a faint red and blue glow."
            ),
            caption="Bellhaven’s dispatch center answers about 180,000 emergency calls a year.",
        ),
        links=(
            DemoLink(
                url="https://www.example.org/911-standards/answer-times",
                title="How 911 answer-time standards work",
                kicker="Explainer",
                teaser="The statewide goal is 90 percent of calls answered within 15 seconds.",
            ),
            DemoLink(story="fire-crews-contain-blaze-at-old-cannery"),
        ),
        body="""
Bellhaven residents who call 911 are waiting longer for someone to answer, and officers are taking
longer to arrive, as the city’s emergency dispatch center struggles to keep dispatchers on staff.

In the last quarter, 23 percent of emergency calls rang for more than 15 seconds before a dispatcher
picked up, according to figures the Police Department gave the city’s Public Safety Committee. State
standards call for 90 percent of calls to be answered within 15 seconds. Two years ago, Bellhaven
met that standard.

Over the same period, the median time for officers to reach the most urgent calls rose from 7
minutes 40 seconds to 9 minutes 10 seconds.

The dispatch center is budgeted for 42 dispatchers and has 28, Police Chief Monica Adeyemi told the
committee. Eleven have left in the past 18 months, most for neighboring agencies that pay more or
for jobs outside emergency services.

“[[monica-adeyemi|hearing|pull: The first link in every emergency response is a dispatcher, and
right now that link is stretched thin]],” Adeyemi said. “[[monica-adeyemi|hearing: Our officers
can’t get to a call any faster than we can answer it.]]”

## Mandatory overtime, and burnout

The remaining dispatchers are working mandatory overtime to cover empty shifts, often 12 hours or
more at a time, said Kevin Tran, a dispatcher for 16 years and the president of the Bellhaven
Public Safety Dispatchers Association.

“[[kevin-tran|told_us: People are working sixty-hour weeks taking calls about the worst moments of
someone’s life. You can do that for a month. You can’t do it for two years.

“Every time someone leaves, the overtime lands on the people who stayed, and that’s what makes the
next person leave.]]”

Tran said a starting dispatcher in Bellhaven earns about $31 an hour, roughly $6 less than in two
nearby cities. Training a new dispatcher takes nine to 12 months, and about half of trainees do not
finish, according to the department.

## What the city is trying

City Manager Lorraine Pike said the city had approved hiring bonuses of $10,000 for experienced
dispatchers and was negotiating with the association over pay. The city has also begun routing
some non-emergency calls, such as noise complaints and abandoned cars, to an online form and a
separate phone line.

“[[lorraine-pike|statement: Closing the pay gap with our neighbors is our top priority in these
negotiations]],” Pike said in a statement.

Some residents say they have already felt the difference. Devon Mitchell, who lives in Linden Park,
said he called 911 last month when a neighbor collapsed on the sidewalk and was on hold for nearly
a minute.

“[[devon-mitchell|told_us: I kept counting the rings. By the time someone answered, another
neighbor had already started CPR]],” Mitchell said. His neighbor recovered.

Committee members asked the department to report answer times every month until the center is fully
staffed. Adeyemi said she expected that to take at least two years.
""",
    ),
    DemoStory(
        slug="fire-crews-contain-blaze-at-old-cannery",
        section=SECTION,
        headline="Fire crews contain a two-alarm blaze at the old Harbor Flats cannery",
        dek=(
            "No one was hurt. Investigators are looking into reports that people had been sheltering "
            "in the vacant warehouse."
        ),
        authors=("lferreira",),
        day=1,
        time="07:20",
        tags=("fire", "Harbor Flats", "historic buildings"),
        links=(DemoLink(story="police-response-times-slip-dispatch-shortage"),),
        body="""
Firefighters needed about 90 minutes to bring a two-alarm fire under control at the vacant Pacific
Star cannery in Harbor Flats early in the morning, the Bellhaven Fire Department said.

No one was injured. Crews arriving shortly after 2 a.m. found flames through the roof of the
warehouse at the north end of the property and kept the fire from spreading to the main cannery
building, which dates to 1921 and is a city landmark.

“[[rosalind-park: The wind was coming off the water, so the priority was keeping it out of the old
building]],” Fire Captain Rosalind Park said at the scene. “[[rosalind-park: Once that roof came
down, we were able to get ahead of it.]]”

Park said investigators were looking into reports that people had been sheltering in the warehouse,
and that the cause had not been determined. The property’s owner, a subsidiary of the developer
Castro Point Holdings, did not respond to requests for comment.

Neighbors have complained for more than a year about break-ins at the site. The city ordered the
owner twice last year to secure the buildings, according to code enforcement records.

Harbor Avenue between Third and Fifth streets was closed for several hours while crews worked.
""",
    ),
    DemoStory(
        slug="sheriff-proposes-body-cameras-for-every-deputy",
        section=SECTION,
        kicker="Sheriff",
        headline="Sheriff proposes body cameras for every Tamsen County deputy",
        dek=(
            "The $2.2 million plan goes to the Board of Supervisors next month, with the rules for "
            "releasing footage still unwritten."
        ),
        authors=("journalist",),
        status="in_review",
        review_note="Ready for a read. The sheriff’s numbers are checked against his budget request.",
        tags=("sheriff", "body cameras", "Board of Supervisors"),
        body="""
Tamsen County Sheriff Walter Ibarra wants every patrol deputy and jail officer to wear a body camera
by next fall, and is asking the Board of Supervisors for $2.2 million to pay for them.

The proposal would buy 410 cameras and five years of video storage, according to the sheriff’s
budget request. Tamsen is one of the last counties in the Bay Area whose deputies do not wear
cameras; Bellhaven police officers have worn them since 2019.

“[[walter-ibarra|interview: Cameras protect the public and they protect my deputies. I’d rather
have the video than argue about what happened]],” Ibarra said in an interview.

Supervisor Denise Kwan, who chairs the board’s public safety committee, said she supported the
cameras but wanted a written policy on when footage would be released before the board approved
any money.

“[[denise-kwan: A camera without a release policy is a camera that only the sheriff gets to
watch]],” Kwan said.

Civil liberties advocates said they would push for a rule that footage of any serious use of force
be made public within 45 days, the deadline state law sets for police agencies.

Ibarra said his office would draft a policy, with a period for public comment, before any cameras
are deployed. The board is scheduled to take up the request next month.
""",
    ),
)
