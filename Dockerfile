# The Migration Profiles API on an SQLite file in /data (set DATABASE_URL for PostgreSQL).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_URL=sqlite:////data/migration-profiles.sqlite3

RUN useradd --create-home --uid 10001 app \
    && mkdir /data && chown app:app /data

WORKDIR /srv
COPY pyproject.toml README.md ./
COPY app ./app
COPY migrations ./migrations
COPY seeds ./seeds
RUN pip install . && rm -rf /srv/*

USER app
WORKDIR /home/app
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2)" || exit 1

CMD ["migration-profiles", "serve", "--host", "0.0.0.0", "--port", "8000"]
