"""The demo stories, one module per section, and the sections themselves."""

from . import business, city_hall, environment, public_safety, schools

# (slug, name, description), in menu order.
SECTIONS = (
    (
        city_hall.SECTION,
        "City Hall",
        "The council, the mayor, the budget and the agencies that run Bellhaven.",
    ),
    (public_safety.SECTION, "Public Safety", "Police, fire, 911 and the county sheriff."),
    (schools.SECTION, "Schools", "Bellhaven Unified, its board, its teachers and its students."),
    (business.SECTION, "Business", "The port, the shipyard, Main Street and the people who work there."),
    (environment.SECTION, "Environment", "The shoreline, the air and a rising bay."),
)

STORIES = city_hall.STORIES + public_safety.STORIES + schools.STORIES + business.STORIES + environment.STORIES
