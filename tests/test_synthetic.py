"""The synthetic data generator used by the benchmarks."""

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import API_PREFIX as API
from app.models import Country, Observation, ObservationRevision
from seeds.synthetic import generate, synthetic_codes


class TestCodes:
    @pytest.mark.parametrize(
        ("count", "first", "last"),
        [
            (3, ("XA", "QAQ"), ("XC", "QCQ")),
            (100, ("XAA", "QAA"), ("XDV", "QDV")),  # the peers' --scale 100k
            (1000, ("XAAA", "QAAA"), ("XBML", "QBML")),  # the peers' --scale 1m
        ],
    )
    def test_named_like_the_peer_benchmark(
        self, count: int, first: tuple[str, str], last: tuple[str, str]
    ) -> None:
        codes = synthetic_codes(count)
        assert (codes[0], codes[-1], len(set(codes))) == (first, last, count)


class TestGenerate:
    def test_rows_per_country_match_the_peers_shape(self, session: Session) -> None:
        total = generate(session, countries=3, years=2)
        # 11 indicators from 2 or 3 sources, alternating: 27, 28, 27 series.
        assert total == (27 + 28 + 27) * 2
        per_country = {
            code: count
            for code, count in session.execute(
                select(Country.code, func.count(Observation.id))
                .join(Observation, Observation.country_id == Country.id)
                .where(Country.code.in_(["XA", "XB", "XC"]))
                .group_by(Country.code)
            )
        }
        assert per_country == {"XA": 54, "XB": 56, "XC": 54}

    def test_every_value_has_its_create_revision(self, session: Session) -> None:
        generate(session, countries=2, years=3)
        synthetic = select(Country.id).where(Country.code.in_(["XA", "XB"]))
        values = session.scalar(select(func.count()).where(Observation.country_id.in_(synthetic)))
        revisions = session.execute(
            select(ObservationRevision.action, ObservationRevision.number, func.count())
            .where(ObservationRevision.country_id.in_(synthetic))
            .group_by(ObservationRevision.action, ObservationRevision.number)
        ).all()
        assert revisions == [("create", 1, values)]

    def test_same_seed_same_values(self, session: Session) -> None:
        def generated() -> list[tuple[int | None, Decimal | None, str | None]]:
            generate(session, countries=1, years=2, seed=7)
            rows = session.execute(
                select(Observation.year, Observation.value_number, Observation.value_text)
                .join(Country)
                .where(Country.code == "XA")
                .order_by(Observation.id)
            ).all()
            session.rollback()
            return [tuple(row) for row in rows]  # type: ignore[misc]

        values = generated()
        assert values == generated()
        assert {year for year, _, _ in values} == {2023, 2024}
        assert all(isinstance(n, Decimal) or t in ("Yes", "No") for _, n, t in values)

    def test_refuses_to_add_a_country_twice(self, session: Session) -> None:
        generate(session, countries=1, years=1)
        with pytest.raises(ValueError, match="country XA exists already"):
            generate(session, countries=1, years=1)


class TestServed:
    def test_read_by_code_and_by_alpha3(self, session: Session, client: TestClient) -> None:
        generate(session, countries=100, years=1)
        session.commit()
        by_code = client.get(f"{API}/countries/XAB/indicators/population")
        assert by_code.status_code == 200
        # Country 1, indicator 0: three sources from the fourth, (1 * 3 + 0) % 8.
        assert [s["source"]["slug"] for s in by_code.json()["series"]] == [
            "unhcr",
            "nbb",
            "cgra",
        ]
        assert client.get(f"{API}/countries/qab").json()["code"] == "XAB"
        page = client.get(f"{API}/observations", params={"country": "xab", "limit": 1000})
        assert page.json()["meta"]["total"] == 28
