from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data" / "wire"


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture
def city(db):
    from tests.factories import SectionFactory

    return SectionFactory(name="City Hall", slug="city-hall")
