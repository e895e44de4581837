"""Schools: Bellhaven Unified, its board, its students."""

from ..spec import DemoImage, DemoLink, DemoStory

SECTION = "schools"

STORIES = (
    DemoStory(
        slug="bellhaven-unified-to-close-two-elementary-schools",
        section=SECTION,
        kicker="Enrollment",
        headline="Bellhaven Unified will close two elementary schools as enrollment falls",
        dek=(
            "Parents at Linden Park and Bayside pleaded for more time. The board voted 4-1 to send "
            "both schools’ students to nearby campuses next fall."
        ),
        authors=("praman",),
        day=3,
        time="23:05",
        featured=True,
        tags=("Bellhaven Unified", "school closures", "education budget", "Linden Park"),
        image=DemoImage(
            motif="circles",
            palette=("#fdf0d5", "#f9c784", "#e63946", "#1d3557"),
            alt=(
                "An abstract illustration of overlapping circles in red, gold and navy, like "
                "playground balls scattered across a pale yard."
            ),
            caption="Linden Park Elementary was built for 450 students and now enrolls 238.",
        ),
        links=(
            DemoLink(
                url="https://www.example.org/busd/enrollment-projections",
                title="District enrollment projections for the next ten years",
                kicker="Data",
                teaser="The demographer’s forecast behind the closure plan, school by school.",
            ),
            DemoLink(story="cresthill-robotics-team-heads-to-world-championship", kicker="Also in Schools"),
        ),
        body="""
The Bellhaven Unified School District will close two elementary schools at the end of the school
year, after a board meeting that ran past midnight and drew more than 200 parents, teachers and
students.

The board voted 4-1 to close Linden Park and Bayside elementary schools and send their roughly 520
students to three nearby schools. District officials say the closures will save about $3.4 million
a year in a budget that is running a deficit for the second year in a row.

Enrollment has fallen from about 16,800 students a decade ago to just over 12,900 this fall, driven
by lower birth rates and by families leaving the Bay Area for cheaper housing, according to district
projections. Linden Park was built for 450 students and now enrolls 238.

Superintendent Alicia Montero said the district had spent two years trying to avoid closures.

“[[alicia-montero|hearing: Every school in this district is somebody’s school, and I don’t take that
lightly]],” Montero told the board. “[[alicia-montero|hearing|pull: But we are heating, staffing and
maintaining buildings for four thousand students who are no longer here, and that money is coming
out of classrooms.]]”

## Parents ask for more time

Parents from both schools said the district had moved too quickly. The list of schools proposed for
closure was made public eight weeks ago, and several speakers said they had learned their school was
on it from other parents.

Keisha Brooks, president of the Linden Park parent-teacher association, said the school’s bilingual
program and its after-school center were the reasons many families had chosen it.

“[[keisha-brooks|hearing: We were told this was a conversation. It turns out the conversation was
about how, not whether.

“My son has gone to that school since he was four. His teachers know him. You can’t move that to a
new building in a moving truck.]]”

Board member Henry Lau, who cast the only vote against the plan, said the district had not shown how
it would protect the bilingual program, and asked to postpone the decision for a year. He called the
district’s transition plan “[[henry-lau|hearing|partial: a list of promises without a budget
attached]].”

Montero said the bilingual program would move intact to Cresthill Elementary, with its teachers, and
that the district would provide buses for students who live more than a mile from their new school.

## What happens to the buildings

The district has not decided what to do with the two campuses. A staff report lists options
including leasing them to charter schools, which several board members said they opposed, and
turning the Bayside site into housing for teachers, an idea the board asked staff to study.

Board President Carla Jimenez said the board would hold public meetings on the buildings’ future
before deciding anything.

“[[carla-jimenez: Nothing about those buildings will be decided in a back room]],” Jimenez said after
the vote.

Families at the two schools will be able to request their preferred new school during a priority
enrollment window, the district said. A map of the new attendance boundaries is expected next month.
""",
    ),
    DemoStory(
        slug="cresthill-robotics-team-heads-to-world-championship",
        section=SECTION,
        kicker="Students",
        headline="Cresthill High’s robotics team is headed to the world championship",
        dek=(
            "The Ironclads, 24 students who build in a converted auto shop, won the regional title "
            "with a robot that stacks cones."
        ),
        authors=("praman",),
        day=8,
        time="12:10",
        tags=("Cresthill High", "robotics", "students"),
        image=DemoImage(
            motif="blueprint",
            palette=("#0d3b66", "#145da0", "#faf0ca", "#f4d35e"),
            alt=(
                "An illustration in the style of a blueprint: white arcs, gears and measurement "
                "lines on a blue grid."
            ),
            caption="The Ironclads built this year’s robot in a converted auto shop on the Cresthill campus.",
        ),
        links=(DemoLink(story="bellhaven-unified-to-close-two-elementary-schools"),),
        body="""
For the first time in its 11-year history, the Cresthill High School robotics team has qualified for
the world championship, after winning a regional competition against 48 teams from Northern
California and Nevada.

The team, known as the Ironclads, builds its robots in a converted auto shop on the Cresthill
campus. This year’s robot, which the students named Gull, was designed to pick up plastic cones and
stack them on a moving platform.

“[[maya-goldberg|told_us: We rebuilt the arm three times. The version that won was finished at two
in the morning the night before we left]],” said Maya Goldberg, 17, a senior and the team’s captain.

Engineering teacher Victor Nakamura, who has coached the team since it began, said the students
raised most of their $38,000 budget themselves, through sponsorships from local businesses and a
pancake breakfast that has become a Cresthill tradition.

“[[victor-nakamura|told_us: I give them a key to the shop and get out of the way. They do the
rest]],” Nakamura said.

The championship will be held in Houston in the spring. The team is still about $14,000 short of
the cost of sending all 24 students, Nakamura said, and is raising money through the school’s
booster club.
""",
    ),
    DemoStory(
        slug="what-parents-need-to-know-before-enrollment-opens",
        section=SECTION,
        kicker="Enrollment",
        headline="What parents need to know as school enrollment opens",
        dek=(
            "Families from the two closing elementary schools get first pick of new campuses. "
            "Here is how the priority window works."
        ),
        authors=("praman",),
        status="scheduled",
        day=2,
        time="06:00",
        tags=("Bellhaven Unified", "school closures", "enrollment"),
        links=(DemoLink(story="bellhaven-unified-to-close-two-elementary-schools", kicker="Background"),),
        body="""
Enrollment for next school year in Bellhaven Unified opens today, and for the first time, families
from two closing elementary schools get a head start.

Students now at Linden Park and Bayside elementary schools, which close at the end of this school
year, can request a spot at any of three receiving schools, Cresthill, Marina and Eastgate
elementaries, during a two-week priority window before enrollment opens to everyone else.

“[[bellhaven-unified|statement: Every family at Linden Park and Bayside who applies during the
priority window will be placed at one of their top two choices]],” the district’s enrollment office
said in a statement.

## How to apply

Applications are online through the district’s enrollment site, or in person at the Family Welcome
Center on Marina Boulevard, which stays open until 7 p.m. on weekdays during the window. Staff there
speak Spanish, Cantonese, Vietnamese and Tagalog.

Families will need proof of address and the student’s current school ID number. Students transferring
from outside the district apply in a later round.

Parents who want to keep siblings together can list them on a single application, the district said,
and buses will run for students who live more than a mile from their assigned school.
""",
    ),
)
