# The two set-up commands are `make run` and `make test`; everything else is a helper of theirs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint install install-dev browser-tests archive benchmark clean fleet fleet-stop benchmark-fleet

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Serve the demo newsroom at http://$(HOST):$(PORT)/ (admin at /admin/).
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@# The task worker (mail, renditions, purges) runs beside the server and stops with it.
	$(BIN)/python manage.py task_worker --interval 1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Lint, check for missing migrations, and run the whole test suite.
test: install-dev lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Only the end-to-end tests in headless Chromium.
browser-tests: install-dev
	$(BIN)/python -m pytest -m browser -v $(PYTEST_ARGS)

## Generate a synthetic archive (STORIES=100000 on PostgreSQL for the README's figures) and time it.
STORIES ?= 100000
archive: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py generate_archive --stories $(STORIES) --seed 1 -v2

## Time the sidebar, search, story pages and the admin's story list against the current database,
## with query plans, then serve the site with gunicorn and load it with wrk (LOAD seconds a run);
## BENCHMARK_ARGS=--box-sample works out the sampled stories' boxes first (an archive made with --skip-related).
LOAD ?= 10
benchmark: install
	$(BIN)/python manage.py benchmark --sample 200 --pages 50 --admin 5 --load $(LOAD) $(BENCHMARK_ARGS)

## The production topology on the loopback: two gunicorn app servers, Varnish in front of both
## (http://127.0.0.1:$${FLEET_PORT:-8080}/), the task worker and the scheduler loop, against
## DATABASE_URL's PostgreSQL and the local Redis. Returns once everything answers.
fleet: install
	$(BIN)/python deploy/fleet.py start

## Measure the running fleet through Varnish with wrk, against the Django floor (README figures).
benchmark-fleet: install
	$(BIN)/python deploy/fleet.py run $(BIN)/python manage.py benchmark_fleet

## Stop exactly the processes `make fleet` started.
fleet-stop:
	$(BIN)/python deploy/fleet.py stop

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles screenshots
