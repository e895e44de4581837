"""Business: the port, the shipyard and Main Street."""

from ..spec import DemoImage, DemoLink, DemoStory

SECTION = "business"

STORIES = (
    DemoStory(
        slug="shipyard-redevelopment-lands-battery-recycler",
        section=SECTION,
        kicker="Development",
        headline="Ironworks shipyard lands its first tenant: a battery recycler",
        dek=(
            "Northcurrent Recycling plans 240 jobs at the former naval shipyard. Neighbors want to "
            "know what will come out of its stacks."
        ),
        authors=("lferreira",),
        day=5,
        time="10:45",
        tags=("Ironworks shipyard", "jobs", "batteries", "air quality", "Port of Bellhaven"),
        image=DemoImage(
            motif="industrial",
            palette=("#e9e3d5", "#c9b79c", "#d1495b", "#2e3138"),
            alt=(
                "An illustration of shipyard cranes and a long industrial shed in silhouette against "
                "a pale sky over the bay."
            ),
            caption=(
                "Northcurrent Recycling will lease a 210,000-square-foot building on the shipyard’s "
                "north pier."
            ),
        ),
        links=(
            DemoLink(story="air-district-orders-monitoring-near-shipyard", kicker="Follow-up"),
            DemoLink(
                url="https://www.example.org/port-of-bellhaven/ironworks-redevelopment",
                title="The port’s plan for the Ironworks shipyard",
                kicker="Port of Bellhaven",
                teaser="Maps and phases of the 140-acre redevelopment.",
            ),
        ),
        body="""
A company that recovers lithium, nickel and cobalt from used electric-car batteries will be the
first business to open at the redeveloped Ironworks shipyard, the Port of Bellhaven announced,
ending a six-year search for an anchor tenant on the former naval site.

Northcurrent Recycling signed a 30-year lease for a 210,000-square-foot building on the shipyard’s
north pier and expects to employ about 240 people when it reaches full production in two years, the
company said. The port estimates the lease will bring in $4.1 million a year.

“[[renata-voss|statement: This is the kind of tenant the shipyard was rebuilt for: skilled jobs, a
growing industry and a company that needs to be on the water]],” Port Executive Director Renata Voss
said in a statement.

Northcurrent’s chief executive, Samuel Achebe, said the company chose Bellhaven because batteries
can arrive by ship and by rail, and because of the region’s engineers.

“[[samuel-achebe|interview: Every electric car on the road today is a mine for the next one. The
question is whether we recover those metals here or ship them across the Pacific to be recovered
somewhere else]],” Achebe said in an interview.

## Questions about the air

The plant will shred batteries and use a chemical process, rather than high-temperature smelting,
to separate the metals. Achebe said the process produces far less pollution than smelting, and that
the plant would capture and filter the air from its shredding lines.

Residents of the Ironworks and Harbor Flats neighborhoods, which sit downwind of the shipyard, said
they want independent monitoring.

“[[luz-navarro|told_us: We have been told before that something would be clean. This neighborhood
has the asthma rates to show how that went]],” said Luz Navarro, co-chair of the Ironworks Neighbors
Alliance. “[[luz-navarro|told_us|pull: We are not against jobs. We are against finding out what was
in the air five years after we breathed it.]]”

The plant will need a permit from the Tamsen County Air District, known as TCAD, before it can
operate. The district said in a statement that it had not yet received an application and that any
permit would “[[tcad|statement|partial: include conditions based on a full review of the facility’s
emissions]].”

## Jobs and training

Under the lease, Northcurrent agreed to fill at least 30 percent of its jobs with Bellhaven residents
and to pay for a training program at Tamsen Community College. Starting pay for production workers
will be about $28 an hour, the company said.

Mayor Teresa Vance called the lease “[[teresa-vance|partial: the shipyard’s second life]]” and said
the city would hold Northcurrent to its hiring commitments.

Work inside the building is expected to begin early next year, with the first battery shipments
arriving about a year after that.
""",
    ),
    DemoStory(
        slug="downtowns-oldest-hardware-store-to-close",
        section=SECTION,
        kicker="Main Street",
        headline="Downtown’s oldest hardware store will close after more than 90 years",
        dek=(
            "Pruitt & Sons Hardware has sold nails by the pound on Main Street since 1932. "
            "The building has been sold."
        ),
        authors=("lferreira",),
        day=12,
        time="08:30",
        tags=("small business", "downtown"),
        body="""
Pruitt & Sons Hardware, which has been on Main Street in downtown Bellhaven since 1932, will close
at the end of next month, its owner said.

Frank Pruitt, 71, whose grandfather opened the store, said he decided to sell the building after
none of his three children wanted to take it over and sales fell for the fourth year in a row.

“[[frank-pruitt|told_us: I’ve been behind this counter since I was twelve years old. My knees are
telling me it’s time, and so are the books]],” Pruitt said.

The store is known for selling nails and screws by the pound from wooden bins, and for its
key-cutting counter, which Pruitt said still cuts about 60 keys a day. Regulars have been stopping
in since a sign went up in the window, he said, some to buy one more thing and some just to talk.

The building was sold to a local restaurant group, which has not announced its plans. Pruitt said
everything left in the store, including some of the bins, would go in a closing sale.

“[[frank-pruitt|told_us: If somebody wants a bin, they can have a bin. I’d rather it went to a
garage than to the dump]],” he said.
""",
    ),
)
