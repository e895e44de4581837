"""Environment: the shoreline, the air, the bay."""

from ..spec import DemoImage, DemoLink, DemoStory

SECTION = "environment"

STORIES = (
    DemoStory(
        slug="ferry-flats-flood-study",
        section=SECTION,
        kicker="Sea-level rise",
        headline="Study warns Ferry Flats could see regular tidal flooding by 2040",
        dek=(
            "The neighborhood’s 1962 levee would be overtopped by king tides within 15 years without "
            "upgrades estimated at $120 million, a city-commissioned study says."
        ),
        authors=("praman",),
        day=9,
        time="16:40",
        tags=("sea-level rise", "Ferry Flats", "flooding", "climate"),
        image=DemoImage(
            motif="waves",
            palette=("#caf0f8", "#48cae4", "#0077b6", "#03045e"),
            alt="An illustration of layered blue waves rising against a low green shoreline.",
            caption=(
                "The Ferry Flats levee was built in 1962. The study says it is one to three feet too "
                "low for the tides expected by mid-century."
            ),
        ),
        links=(
            DemoLink(
                url="https://www.example.org/bellhaven/resilience/ferry-flats-shoreline-study",
                title="Ferry Flats Shoreline Vulnerability Study",
                kicker="Document",
                teaser="The full study, with maps of the two places the levee would be overtopped first.",
            ),
            DemoLink(story="council-approves-ninth-street-bridge-rebuild", kicker="Ferry Flats"),
        ),
        body="""
Parts of Bellhaven’s Ferry Flats neighborhood could flood during the highest tides of the year by
2040, and several times a month by 2060, unless the city raises and strengthens the levee that
protects it, according to a study released by the city.

The Ferry Flats Shoreline Vulnerability Study, prepared for the city by the engineering firm
Halvorsen Coastal, found that the earthen levee along the neighborhood’s bay edge, built in 1962,
is one to three feet lower than it would need to be to hold back the water expected by mid-century.

“[[ferry-flats-study|document: Under the intermediate sea-level rise scenario, king tides are
projected to overtop the levee at two locations by 2040, affecting approximately 1,100 homes]],”
the study says.

Ferry Flats is home to about 9,000 people, many of them renters, and to the city’s wastewater
treatment plant, which sits behind the same levee.

## A $120 million question

The study estimates that raising the levee and building a sloping marsh along its bay side would
cost about $120 million. It also weighs a cheaper option, a concrete flood wall, which it says would
cost about $75 million but would need to be raised again within 40 years and would cut residents off
from the shoreline trail.

Nadia Delgado, the city’s chief resilience officer, said the city would apply for state and federal
adaptation grants, which typically require a local match of about a quarter of the cost.

“[[nadia-delgado|interview: The levee was built for the bay we had in 1962. It was not built for
the bay we will have in 2050.

“Every foot of sea-level rise we plan for now is a foot we don’t have to pay for twice, once in
construction and once in cleanup.]]”

Delgado said the marsh would also give the shoreline room to move as the bay rises, and create
habitat for shorebirds.

## Residents want a timeline

At a community meeting to present the study, several residents said they had already seen water
come over the trail during winter storms.

Ernesto Salcedo, a retired longshoreman who has lived two blocks from the levee for 31 years, said he
wanted to know when construction would start, not just what it would cost.

“[[ernesto-salcedo|hearing|pull: Studies don’t stop water]],” Salcedo said. “[[ernesto-salcedo|hearing:
I’ve been to three of these meetings. I’d like to go to one where somebody hands me a date.]]”

Delgado said design work could begin within two years if the city wins a state grant it plans to
apply for this spring, and that construction would likely take five to seven years after that.

The study also recommends that the city update its own flood-risk maps for the neighborhood, which
could lead lenders to require flood insurance on more homes. Residents can comment on the study
through the end of next month.
""",
    ),
    DemoStory(
        slug="air-district-orders-monitoring-near-shipyard",
        section=SECTION,
        kicker="Air quality",
        headline="Air regulators will monitor the Ironworks shipyard before a battery plant opens",
        dek="Three stations will collect a year of baseline data, a step neighbors had demanded.",
        authors=("praman",),
        day=1,
        time="11:30",
        tags=("air quality", "Ironworks shipyard", "Tamsen County Air District", "Harbor Flats"),
        image=DemoImage(
            motif="skyline",
            palette=("#d8dee2", "#f6bd60", "#84a59d", "#283618"),
            alt="An illustration of a hazy sunrise over low industrial rooftops and a line of cranes.",
            caption=(
                "The stations will measure fine particles and metals for a year before the recycling "
                "plant opens."
            ),
        ),
        links=(
            DemoLink(story="shipyard-redevelopment-lands-battery-recycler", kicker="Background"),
            DemoLink(
                url="https://www.example.org/tcad/community-air-monitoring",
                title="How community air monitoring works",
                kicker="Tamsen County Air District",
                teaser="What the stations measure, and where the weekly readings will be posted.",
            ),
        ),
        body="""
The Tamsen County Air District will install three air monitoring stations around the Ironworks
shipyard and collect a full year of readings before a planned battery recycling plant begins
operating, the agency said.

The stations, in the Ironworks and Harbor Flats neighborhoods and on the shipyard itself, will
measure fine particles and several metals, including nickel and cobalt, that can be released when
batteries are shredded. The results will be posted online every week.

“[[tcad|statement|pull: Residents deserve to know what is in their air before a new source begins
operating, not only after]],” the district said in a statement. “[[tcad|statement: A year of
baseline data will allow any change to be measured rather than argued about.]]”

The decision follows the Port of Bellhaven’s announcement that Northcurrent Recycling had signed a
lease for a battery recycling plant on the shipyard’s north pier. Neighbors asked for monitoring at
a community meeting where more than 80 people filled a union hall.

Oren Blackwell, the district’s deputy air pollution control officer, said the monitors would cost
about $600,000 over three years, paid from the district’s community air protection fund.

“[[oren-blackwell|interview: These neighborhoods already breathe more diesel exhaust than almost
anywhere in the county. That history is why we’re not waiting for the permit application]],”
Blackwell said.

Luz Navarro of the Ironworks Neighbors Alliance called the decision “[[luz-navarro|told_us|partial:
a real first step]]” but said the group would keep pushing for a monitor at Harbor Flats
Elementary, two blocks from the shipyard fence.

Samuel Achebe, Northcurrent’s chief executive, said the company welcomed the monitoring and would
publish readings from its own stack sensors once the plant is running.

## What the stations will show

Each station will report hourly averages of fine particles, which the district says it will post
alongside readings from its permanent monitor in downtown Bellhaven so residents can compare the
two. Samples for metals will be collected on filters and sent to a laboratory, which means those
results will lag by about three weeks.

The district said it would present the first three months of readings at a community meeting in
Harbor Flats, and that it would translate the weekly summaries into Spanish and Vietnamese.
""",
    ),
)
