# The Migration Profiles API on an SQLite file in /data (set DATABASE_URL for PostgreSQL).
# Dependencies are the exact versions of uv.lock, each checked against its hash.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_URL=sqlite:////data/migration-profiles.sqlite3

RUN useradd --create-home --uid 10001 app \
    && mkdir /data && chown 10001:10001 /data

WORKDIR /srv
COPY pyproject.toml uv.lock README.md ./
COPY .ci/install-locked ./.ci/install-locked
COPY app ./app
COPY migrations ./migrations
COPY seeds ./seeds
RUN python -m venv /opt/venv \
    && .ci/install-locked /opt/venv --no-dev \
    && /opt/venv/bin/python -m pip install --no-deps . \
    && rm -rf /srv/* /srv/.ci
ENV PATH=/opt/venv/bin:$PATH

# Numeric, so that a runAsNonRoot policy can check it.
USER 10001:10001
WORKDIR /home/app
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2)"]

CMD ["migration-profiles", "serve", "--host", "0.0.0.0", "--port", "8000"]
