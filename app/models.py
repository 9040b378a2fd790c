"""ORM models: the tables of SPEC section 2.

Relationships are `lazy="raise"`: a query that needs related rows says so with
`selectinload`/`joinedload`, and a forgotten eager load fails in tests instead of
issuing one query per row in production.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.types import ExactDecimal, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SourceKind(StrEnum):
    INTERNATIONAL = "international"
    NATIONAL = "national"


class ValueType(StrEnum):
    NUMBER = "number"
    TEXT = "text"


class Measure(StrEnum):
    """What a figure counts, where one indicator mixes concepts (SPEC section 2)."""

    STOCK = "stock"
    FLOW = "flow"


class AuthorityRole(StrEnum):
    RESPONSIBLE_BODY = "responsible_body"
    LINE_MINISTRY = "line_ministry"
    AGENCY = "agency"


class RevisionAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


def _enum_check(column: str, enum: type[StrEnum]) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"


class Country(Base):
    __tablename__ = "countries"

    id: Mapped[int] = mapped_column(primary_key=True)
    # ISO 3166-1 alpha-2 and alpha-3. Up to four letters are admitted for
    # user-assigned codes (the synthetic benchmark countries XAAA / QAAA);
    # the API and profile documents only create ISO-shaped codes.
    code: Mapped[str] = mapped_column(String(4), unique=True)
    alpha3: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    indicators_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint("length(code) BETWEEN 2 AND 4", name="code_length"),
        CheckConstraint("length(alpha3) BETWEEN 3 AND 4", name="alpha3_length"),
    )


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(String(500))
    # Translations of its texts, as entered: {"fr": {"name": ...}, "nl": {...}}.
    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )

    __table_args__ = (CheckConstraint(_enum_check("kind", SourceKind), name="kind"),)


class Indicator(Base):
    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200))
    group: Mapped[str] = mapped_column(String(200))
    value_type: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(String(64))
    definition: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    # Translations of its texts, as entered: {"fr": {"name": ...}, "nl": {...}}.
    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )

    __table_args__ = (CheckConstraint(_enum_check("value_type", ValueType), name="value_type"),)


class Observation(Base):
    """One value: a country's indicator according to one source for one period.

    `year` is null for undated figures (Territory); two partial unique indexes
    make the key unique with and without a year, since SQL treats NULLs as distinct.
    """

    __tablename__ = "observations"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id", ondelete="CASCADE"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="RESTRICT"))
    year: Mapped[int | None] = mapped_column(Integer)
    value_number: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    value_text: Mapped[str | None] = mapped_column(String(500))
    qualifier: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(64))
    price_basis: Mapped[str | None] = mapped_column(String(64))
    measure: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(String(1000))
    retrieved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The upstream's own "last updated" date for the figure, when it gives one.
    source_updated_on: Mapped[date | None] = mapped_column(Date)
    entered_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Deleted observations stay, hidden from reads, so their history is kept.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Bumped by every change; equals the number of the newest revision, and lets
    # SQLAlchemy refuse an UPDATE based on a stale read (optimistic locking).
    version: Mapped[int] = mapped_column(Integer)

    country: Mapped[Country] = relationship(lazy="raise")
    indicator: Mapped[Indicator] = relationship(lazy="raise")
    source: Mapped[Source] = relationship(lazy="raise")

    __table_args__ = (
        CheckConstraint("(value_number IS NULL) OR (value_text IS NULL)", name="one_value_kind"),
        CheckConstraint(_enum_check("measure", Measure), name="measure"),
        CheckConstraint("year BETWEEN 1000 AND 9999", name="year_range"),
        # One value per series and year. A unique index holds NULLs as distinct,
        # so undated values (Territory) have a partial index of their own. The
        # first also serves the main read of one indicator's series for a country.
        Index(
            "uq_observations_series_year",
            "country_id",
            "indicator_id",
            "source_id",
            "year",
            unique=True,
        ),
        Index(
            "uq_observations_undated",
            "country_id",
            "indicator_id",
            "source_id",
            unique=True,
            sqlite_where=text("year IS NULL"),
            postgresql_where=text("year IS NULL"),
        ),
        Index("ix_observations_indicator_source", "indicator_id", "source_id"),
        # The other main read: a country's values in id order (pages of /observations).
        Index("ix_observations_country_id_id", "country_id", "id"),
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class ObservationRevision(Base):
    """Every create, update and delete of an observation, as a full snapshot.

    The row holds the observation as it was after the change (for a delete, as
    it was just before), so the value at any moment is the newest revision at or
    before it, and the old value of a change is the revision before it.
    """

    __tablename__ = "observation_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Found through the unique (observation_id, number) index below.
    observation_id: Mapped[int] = mapped_column(ForeignKey("observations.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id", ondelete="CASCADE"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="RESTRICT"))
    year: Mapped[int | None] = mapped_column(Integer)
    value_number: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    value_text: Mapped[str | None] = mapped_column(String(500))
    qualifier: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(64))
    price_basis: Mapped[str | None] = mapped_column(String(64))
    measure: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(String(1000))
    retrieved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_updated_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("observation_id", "number"),
        CheckConstraint(_enum_check("action", RevisionAction), name="action"),
        Index("ix_observation_revisions_country_changed_at", "country_id", "changed_at"),
    )


class Authority(Base):
    __tablename__ = "authorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(500))
    acronym: Mapped[str | None] = mapped_column(String(32))
    remit: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    # Translations of its texts, as entered: {"fr": {"name": ...}, "nl": {...}}.
    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )

    __table_args__ = (
        UniqueConstraint("country_id", "role", "name"),
        CheckConstraint(_enum_check("role", AuthorityRole), name="role"),
    )


class PolicyDocument(Base):
    __tablename__ = "policy_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    year: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(String(1000))
    position: Mapped[int] = mapped_column(Integer)
    # Translations of its texts, as entered: {"fr": {"name": ...}, "nl": {...}}.
    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )

    __table_args__ = (UniqueConstraint("country_id", "title"),)


class Publication(Base):
    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    publisher: Mapped[str | None] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(String(1000))
    position: Mapped[int] = mapped_column(Integer)
    # Translations of its texts, as entered: {"fr": {"name": ...}, "nl": {...}}.
    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )

    __table_args__ = (UniqueConstraint("country_id", "title"),)


class NarrativeSection(Base):
    __tablename__ = "narrative_sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)

    citations: Mapped[list["Citation"]] = relationship(
        lazy="raise",
        order_by="Citation.position",
        cascade="all, delete-orphan",
        back_populates="section",
    )

    __table_args__ = (UniqueConstraint("country_id", "slug"),)


class Citation(Base):
    """A link in a narrative section: its text, and its target when known (else null)."""

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("narrative_sections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(String(1000))

    section: Mapped[NarrativeSection] = relationship(lazy="raise", back_populates="citations")

    __table_args__ = (UniqueConstraint("section_id", "position"),)


class ApiKeyScope(StrEnum):
    """What a key may do: `read` nothing more than anyone; `write` change a profile's
    values, lists and text; `admin` also countries, sources, indicators and whole profiles."""

    READ = "read"
    WRITE = "write"
    ADMIN = "admin"


class ApiKey(Base):
    """An API key, stored only as the SHA-256 of the key (the key itself is shown once)."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    scope: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint(_enum_check("scope", ApiKeyScope), name="scope"),)


class DataVersion(Base):
    """One row whose version grows with every committed change to the data.

    Each API process compares it with the version its response cache was filled
    at, so a change made through any process reaches every cache within the
    check interval.
    """

    __tablename__ = "data_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class ServiceSecret(Base):
    """A secret of this deployment, made on first start when no setting gives it
    (the key that signs pagination cursors), shared by every process."""

    __tablename__ = "service_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Revision(Base):
    """Every create, update and delete of a curated resource other than a value:
    countries, sources, indicators, authorities, policy documents, publications and
    narrative sections (values keep theirs in `observation_revisions`).

    `state` is the resource as its GET shows it after the change (for a delete, as
    it was just before), so the resource at any moment is the newest revision at
    or before it, and the old state of a change is the revision before it. The
    country is a plain number, not a foreign key: the history outlives it.
    """

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    resource: Mapped[str] = mapped_column(String(32))
    resource_id: Mapped[int] = mapped_column(Integer)
    # The name the API gives it: a country's code, a slug, or the id.
    key: Mapped[str] = mapped_column(String(100))
    country_id: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("resource", "resource_id", "number"),
        CheckConstraint(_enum_check("action", RevisionAction), name="action"),
        Index("ix_revisions_resource_key", "resource", "key"),
        Index("ix_revisions_country_changed_at", "country_id", "changed_at"),
    )


class SyncOutcome(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"  # every series fetched, or skipped as unchanged upstream
    PARTIAL = "partial"  # some series failed, the others were written
    FAILED = "failed"  # nothing could be fetched


class SyncRun(Base):
    """One run of a source's sync: when, how it ended, and what it wrote.

    A run is bookkeeping, not data: recording it changes no value and no
    data version. `failures` lists each failed series with its reason.
    """

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    trigger: Mapped[str] = mapped_column(String(16))  # "schedule" or "command"
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(16))
    # What the upstream said of its data: the World Bank's last-updated date,
    # UNHCR's newest year.
    upstream_updated: Mapped[str | None] = mapped_column(String(32))
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)

    __table_args__ = (
        CheckConstraint(_enum_check("outcome", SyncOutcome), name="outcome"),
        Index("ix_sync_runs_source_started_at", "source", "started_at"),
    )


class SyncedSeries(Base):
    """What a source's series was last synced from, to skip it while the upstream
    has nothing new: the upstream's mark (its last-updated date or newest year)
    and the first year fetched."""

    __tablename__ = "synced_series"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    series: Mapped[str] = mapped_column(String(64), primary_key=True)
    upstream_updated: Mapped[str] = mapped_column(String(32))
    since: Mapped[int] = mapped_column(Integer)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime)
