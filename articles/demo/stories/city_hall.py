"""City Hall: the council, the budget, the auditor and the rent board."""

from ..spec import DemoImage, DemoLink, DemoStory

SECTION = "city-hall"

STORIES = (
    DemoStory(
        slug="council-approves-ninth-street-bridge-rebuild",
        section=SECTION,
        kicker="Infrastructure",
        headline="Council approves $48 million rebuild of the Ninth Street Bridge",
        dek=(
            "The 1958 span over Tamsen Creek will close for 14 months starting next summer, "
            "sending 31,000 daily trips onto detours through Ferry Flats."
        ),
        authors=("journalist",),
        day=2,
        time="22:15",
        featured=True,
        tags=("Ninth Street Bridge", "transportation", "Ferry Flats", "City Council"),
        image=DemoImage(
            motif="bridge",
            palette=("#1d2b53", "#f2a65a", "#ffd27f", "#0b1026"),
            alt=(
                "An illustration of a low concrete bridge on square piers crossing a creek at dusk, "
                "with a city skyline behind it."
            ),
            caption="The Ninth Street Bridge has carried traffic over Tamsen Creek since 1958.",
        ),
        links=(
            DemoLink(story="ferry-flats-flood-study", kicker="Ferry Flats"),
            DemoLink(
                url="https://www.example.org/bellhaven/public-works/ninth-street-bridge-inspection",
                title="The 2024 inspection report on the Ninth Street Bridge",
                kicker="Document",
                teaser="The state’s assessment of the bridge’s deck, piers and railings.",
            ),
            DemoLink(story="auditor-finds-unbilled-permit-fees"),
        ),
        body="""
The Bellhaven City Council voted 6-1 to rebuild the Ninth Street Bridge, ending nearly a decade
of debate over whether to keep patching the aging span over Tamsen Creek or replace it outright.

The $48 million project will close the bridge for about 14 months beginning next summer. Drivers,
buses and the roughly 2,000 cyclists who cross each day will be detoured onto Harbor Avenue and the
Sixth Street underpass, routes that city traffic engineers acknowledge are already crowded at rush
hour.

“[[teresa-vance|pull: We have patched this bridge for long enough]],” Mayor Teresa Vance said
before the vote. “[[teresa-vance: Every inspection for the last eight years has told us the same
thing. The concrete is tired, the steel is tired, and the repairs keep getting more expensive.

“We can spend the money now on a bridge that will last 75 years, or we can spend it a little at a
time on one that won’t.]]”

The bridge, built in 1958, carries about 31,000 trips a day between downtown and the Ferry Flats
and Millrace neighborhoods. A state inspection in 2024 rated its deck in “poor” condition and
flagged corrosion in two of its four piers, according to a city staff report.

City Engineer Mei-Lin Cho told the council that the replacement would be wider, with protected
bike lanes and a sidewalk on each side, and that its foundations would sit three feet higher to
account for rising bay tides.

“[[mei-lin-cho|hearing: The new piers are designed for the water we expect in 2100, not the water
we had in 1958]],” Cho said.

Most of the money comes from a $29 million federal bridge grant awarded last year, which the city
would have lost had the council not approved a construction contract by the end of the year. The
rest will come from the city’s share of the county transportation sales tax and a $6 million loan
from the state infrastructure bank.

## A neighborhood braces for detours

Councilmember Arturo Reyes, whose district includes Ferry Flats, cast the lone vote against the
plan. Reyes said he supports a new bridge but called the detour plan “[[arturo-reyes|hearing|partial:
an afterthought stapled to a construction schedule]]” and asked that the vote be delayed until the
city agreed to fund extra crossing guards and late-night bus service.

“[[arturo-reyes|hearing: The people who will pay for this bridge in lost time are the people who
have the least of it to spare]],” Reyes said. “[[arturo-reyes|hearing: Half of my district doesn’t
own a car. For them, a detour is not ten minutes in traffic. It’s a missed bus and a late
shift.]]”

Gloria Haddad, who has run Haddad’s Bakery at the foot of the bridge for 22 years, told the council
that her business depends on morning commuters. In an interview afterward, she said she was
relieved the project finally had a start date but worried about surviving the closure.

“[[gloria-haddad|interview: Fourteen months is a long time to have a fence in front of your
door]],” Haddad said. “[[gloria-haddad|interview: I want the new bridge. I just want to still be
here when it opens.]]”

City staff said they would return to the council within 60 days with a detour plan, including
signal changes on Harbor Avenue, and would study an assistance fund for the shops along Ninth
Street. Vance said she would support the fund.

The Bay Transit Authority, which runs the 12 and 40 bus lines across the bridge, said in a statement
that it would reroute both lines during construction and “[[bta|statement|partial: add service
where the detours add time]].”

Construction bids are due in the spring. The city expects to award the contract in May and to begin
demolition in July.
""",
    ),
    DemoStory(
        slug="auditor-finds-unbilled-permit-fees",
        section=SECTION,
        kicker="Audit",
        headline="Auditor finds $3.1 million in permit fees the city never billed",
        dek=(
            "Inspections were logged but invoices were never sent, most often for large commercial "
            "projects, a review of three years of building permits found."
        ),
        authors=("journalist",),
        day=6,
        time="14:30",
        tags=("city auditor", "budget", "development", "Ironworks shipyard"),
        erratum=(
            "issued from the 2022 through the 2025 fiscal years",
            "issued from the 2023 through the 2025 fiscal years",
        ),
        correction=(
            "An earlier version of this story misstated the period the audit covered. It reviewed "
            "permits from three fiscal years, 2023 through 2025, not four."
        ),
        image=DemoImage(
            motif="bars",
            palette=("#f4efe6", "#e2d6c2", "#c0392b", "#2c3e50"),
            alt="An abstract illustration of a rising bar chart drawn over a faint ledger grid.",
            caption="The audit reviewed 41,000 permits issued over three fiscal years.",
        ),
        links=(
            DemoLink(
                url="https://www.example.org/bellhaven/auditor/permit-fee-collection-audit",
                title="Read the full audit of permit fee collection",
                kicker="Document",
                teaser="The auditor’s report, with the department’s response to its nine recommendations.",
            ),
            DemoLink(story="shipyard-redevelopment-lands-battery-recycler"),
        ),
        body="""
Bellhaven failed to bill developers and property owners for about $3.1 million in building
inspection fees over three years, according to an audit released by the city auditor’s office.

The audit, which reviewed 41,000 permits issued from the 2023 through the 2025 fiscal years, found
that inspectors in the Planning and Building Department routinely logged re-inspections and
after-hours inspections in the city’s permit software without triggering an invoice. The problem
was concentrated in large commercial projects, where a single building can require dozens of
visits.

“[[audit-permit-fees|document: The department had no routine process to reconcile inspections
performed with fees charged]],” the audit states. It describes a system in which inspectors recorded
visits on one screen and billing clerks worked from another, with no report comparing the two.

City Auditor Naomi Castellanos said the findings pointed to a design flaw rather than misconduct.

“[[naomi-castellanos|told_us: We didn’t find anyone pocketing money. We found a system that made it
easy to forget to ask for it]],” Castellanos told the Chronicle. “[[naomi-castellanos|told_us|pull:
When the city forgets to bill a developer, the rest of the taxpayers quietly pick up the cost.]]”

## Large projects, small invoices

Of the unbilled amount, about $2.4 million was tied to 63 commercial projects, including the
Harborview office complex and the first phase of the Ironworks shipyard redevelopment, the audit
found. Homeowners doing smaller remodels were rarely affected, because most residential permits
include a set number of inspections in the upfront fee.

The audit does not name the developers, and Castellanos said none had done anything wrong by not
paying bills they never received.

Planning and Building Director Graham Whitlow said in a written response included in the audit that
the department agreed with all nine of its recommendations. He said a software update scheduled
for next month would generate an invoice automatically whenever an inspection is logged.

“[[graham-whitlow|document: The department accepts the findings and has already begun correcting
the process that produced them]],” Whitlow wrote.

In an interview, Whitlow said the department had been short five of its 22 inspector positions for
most of the period the audit covers, and that staff had put getting inspections done ahead of
paperwork.

“[[graham-whitlow|interview: When you have a contractor waiting on a framing inspection and a crew
standing around, you go do the inspection. The invoice felt like something that could wait. It
shouldn’t have.]]”

## Can the city still collect?

Whether Bellhaven can recover the money is unclear. The city attorney’s office is reviewing whether
fees for inspections more than two years old can still be billed, a spokesperson said. The audit
estimates that about $1.3 million falls within a window in which collection is likely allowed.

Councilmember Arturo Reyes, who chairs the council’s finance committee, said he would ask for a
public hearing on the audit.

“[[arturo-reyes|told_us: Three million dollars is a library branch open seven days a week. It’s
crossing guards. It’s not a rounding error]],” Reyes said.

The audit is the third this year from Castellanos’ office, which has previously examined police
overtime and the city’s vehicle fleet.
""",
    ),
    DemoStory(
        slug="rent-board-weighs-cap-on-move-in-fees",
        section=SECTION,
        kicker="Housing",
        headline="Rent board weighs a cap on move-in fees",
        dek=(
            "Tenant advocates say new administrative charges are a way around the city’s limit on "
            "security deposits. Landlords say the fees cover real costs."
        ),
        authors=("journalist", "praman"),
        day=10,
        time="17:05",
        tags=("housing", "rent board", "tenants"),
        links=(
            DemoLink(
                url="https://www.example.org/bellhaven-tenants-union/move-in-fee-survey",
                title="The tenants union’s survey of move-in fees",
                kicker="Report",
                teaser="The listings, fees and method behind the 112-listing survey.",
            ),
        ),
        body="""
Bellhaven’s Rent Stabilization Board will consider limiting the fees landlords can charge tenants
when they sign a lease, after a survey by a tenants’ group found move-in charges ranging from $150
to more than $900.

The city already caps security deposits at one month’s rent. But the survey by the Bellhaven
Tenants Union found that 38 of the 112 listings it examined also charged an “administrative,”
“processing” or “amenity” fee that was not refundable.

“[[marisol-ortega|told_us: A deposit cap doesn’t mean much if you can just call the same money
something else]],” said Marisol Ortega, an organizer with the union. “[[marisol-ortega|told_us:
People are handing over two months of rent before they’ve moved a single box.]]”

The Bay Shore Rental Housing Association, which represents landlords and property managers, said in
a statement that the fees cover real costs, including background checks and the staff time it
takes to process applications, and that a cap would “[[rental-housing-association|statement|partial:
push those costs into the rent for everyone]].”

Board Chair Winston Abara said staff would bring a draft rule to a public hearing next month. Any
cap, he said, would likely still allow landlords to charge the actual cost of a credit check, which
state law already limits.

“[[winston-abara|hearing: Our job is to make sure the number on the listing is the number people
pay]],” Abara said.
""",
    ),
    DemoStory(
        slug="what-the-sales-tax-measure-would-pay-for",
        section=SECTION,
        kicker="Budget",
        headline="What the proposed half-cent sales tax would pay for",
        dek=(
            "City staff list street repair, library hours and a new fire station as the first uses "
            "of an estimated $19 million a year."
        ),
        authors=("journalist",),
        status="draft",
        tags=("budget", "taxes", "elections"),
        links=(DemoLink(story="auditor-finds-unbilled-permit-fees", kicker="Related"),),
        body="""
The Bellhaven City Council is weighing whether to ask voters to raise the city’s sales tax by half a
cent, which city finance staff estimate would bring in about $19 million a year.

A staff memo prepared for the council lists three priorities for the first five years: repaving
streets rated in poor condition, restoring Sunday hours at all four library branches, and building
a fire station in the fast-growing Ironworks district.

“[[teresa-vance|hearing: I’m not going to ask people for more money without telling them exactly
where it goes]],” Mayor Teresa Vance said at a budget workshop.

Because the measure would be a general tax, the council could not legally bind future councils to
spend it on those priorities. Vance said she would support a committee of residents that would
report on the spending each year.

Councilmember Arturo Reyes said a sales tax would fall hardest on lower-income residents, who spend
a larger share of what they earn on taxable goods, and that he had not decided how he would vote.

The council has about two months to decide whether to place the measure on the June ballot.
""",
    ),
)
