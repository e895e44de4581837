"""Querysets compiled once per process and run again with new values.

Building and compiling a queryset costs the ORM far more than running it: the story page's
related-articles box took about 4 ms of CPU to compile and 0.6 ms to run. A
``PreparedQuery`` builds its queryset once per database (with stand-in values for its
parameters), keeps the SQL the ORM compiled, and runs that SQL with each call's values,
converting the rows exactly as the ORM would. The SQL is the ORM's own, so the visibility
rules written as querysets (``Article.objects.published()``) still apply word for word.

Rules:

* The queryset must be a ``values()`` queryset (unions of them included), so that rows come
  back as dictionaries of plain values; each parameter must reach the SQL as a query
  parameter (a filter value), and building fails loudly if one does not.
* Parameters are integers (keys) unless declared otherwise: ``@prepared("story_pk",
  day=datetime.date, slug=str)``. A date is passed to the database as the ORM passes a date
  filter's value.
* Anything else the queryset depends on is fixed when it is first built: it must not read
  the clock, settings that change, or rows that may change.
* A queryset holding a subquery sliced ``[:PAGE]`` is sliced there, not at its end: each
  call's ``limit`` and ``offset`` page the subquery (a deep page's offset is then walked
  down the subquery's index alone), and the call must give a ``limit``.
"""

import datetime
import functools

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Func, Value

# Stand-ins for the parameters while the queryset is compiled, one per parameter, so that
# each can be found again among the compiled SQL's parameters: integers no real key reaches
# (within a 32-bit column's range, or the ORM would compile the comparison away as never
# true), dates in the first century, strings no slug or name has.
_STAND_IN_BASE = -2_047_000_000
_FIRST_DAY = datetime.date(1, 1, 1)
# The slice that marks a subquery as the one each call's limit and offset page: a length no
# list reaches, written into the compiled SQL as its own LIMIT and replaced on every call.
PAGE = 2_047_999_999
_PAGE_LIMIT = f"LIMIT {PAGE}"


def _stand_in(kind, index: int):
    if kind is int:
        return _STAND_IN_BASE - index
    if kind is datetime.date:
        return _FIRST_DAY + datetime.timedelta(days=index)
    if kind is str:
        return f"prepared-query-stand-in-{index}"
    raise TypeError(f"A prepared query's parameter is an int, a str or a datetime.date, not {kind!r}.")


def _kind(value):
    # Drivers wrap values in subclasses (psycopg passes a 32-bit column's value as Int4).
    if isinstance(value, bool):
        return bool
    for kind in (int, str, datetime.date):
        if isinstance(value, kind):
            return kind
    return type(value)


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


class PreparedQuery:
    """``build(**params)`` returns a ``values()`` queryset; ``rows(**values)`` runs its
    compiled SQL with ``values`` and returns the rows as dictionaries, converted as the ORM
    converts them (dates, booleans, decimals on every database)."""

    def __init__(self, build, *, params: tuple[str, ...], kinds: dict | None = None):
        self._build = build
        self._kinds = {name: int for name in params} | (kinds or {})
        self._compiled = {}

    def _compile(self, alias: str):
        ops = connections[alias].ops
        stand_ins = {name: _stand_in(kind, index) for index, (name, kind) in enumerate(self._kinds.items())}
        by_value = {(_kind(value), value): name for name, value in stand_ins.items()}
        # As the compiled SQL carries a date: a date object, or its text on some databases.
        by_value.update(
            {
                (str, ops.adapt_datefield_value(value)): name
                for name, value in stand_ins.items()
                if self._kinds[name] is datetime.date
            }
        )
        queryset = self._build(**stand_ins)
        compiler = queryset.query.get_compiler(using=alias)
        sql, constants = compiler.as_sql()
        slots = [by_value.get((_kind(value), value)) if _hashable(value) else None for value in constants]
        missing = set(self._kinds) - set(slots)
        if missing:
            raise ValueError(f"Parameters that do not reach the SQL as values: {', '.join(sorted(missing))}.")
        # What results_iter works out on every call, once: the converters of the selected
        # columns (the compiled SQL's columns never change).
        fields = [selected[0] for selected in compiler.select[0 : compiler.col_count]]
        if compiler.has_composite_fields(fields):
            raise ValueError("A prepared query cannot select composite primary keys.")
        paged_inside = sql.count(_PAGE_LIMIT)
        if paged_inside > 1:
            raise ValueError("A prepared query can page one subquery only.")
        converters = compiler.get_converters(fields)
        compiled = (sql, list(constants), slots, compiler, converters, [], bool(paged_inside))
        self._compiled[alias] = compiled
        return compiled

    def rows(
        self, *, using: str = DEFAULT_DB_ALIAS, limit: int | None = None, offset: int = 0, **values
    ) -> list[dict]:
        """The rows for ``values``; ``limit`` and ``offset`` slice them as the ORM's slicing
        does (the queryset must not be sliced itself, but for a subquery sliced ``[:PAGE]``,
        which they slice instead)."""
        compiled = self._compiled.get(using) or self._compile(using)
        sql, constants, slots, compiler, converters, names, paged_inside = compiled
        if paged_inside:
            if limit is None:
                raise ValueError("A query paged inside is read a page at a time: give a limit.")
            sql = sql.replace(_PAGE_LIMIT, f"LIMIT {int(limit)} OFFSET {int(offset)}")
        elif limit is not None:
            sql = f"{sql} LIMIT {int(limit)} OFFSET {int(offset)}"
        ops = connections[using].ops
        pairs = zip(constants, slots, strict=True)
        params = [self._value(ops, slot, values[slot]) if slot else constant for constant, slot in pairs]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            if not names:
                names.extend(column[0] for column in cursor.description)
            fetched = cursor.fetchall()
        converted = compiler.apply_converters(fetched, converters) if converters else fetched
        return [dict(zip(names, row, strict=True)) for row in converted]

    def _value(self, ops, name: str, value):
        if self._kinds[name] is datetime.date:
            return ops.adapt_datefield_value(value)
        return value

    def forget(self) -> None:
        """Compile again on the next call (after a schema change, in tests)."""
        self._compiled.clear()


@functools.cache
def model_fields(model, prefix: str = "", *, only=None) -> tuple[str, ...]:
    """The names a ``values()`` queryset selects every field of ``model`` by (``prefix``:
    through a relation, ``"section__"``), or the fields ``only`` names, in the model's
    order, as ``saved_instance`` reads."""
    return tuple(
        prefix + field.attname
        for field in model._meta.concrete_fields
        if only is None or field.attname in only
    )


def saved_instance(model, row: dict, prefix: str = "", *, only=None):
    """The saved ``model`` instance a row of ``values(*model_fields(model, prefix, only=only))``
    holds, made as the ORM makes it from a database row (the fields not read deferred)."""
    names = model_fields(model, only=only)
    return model.from_db(DEFAULT_DB_ALIAS, names, [row[prefix + name] for name in names])


def prepared(*params: str, **kinds):
    """Decorate a function building a ``values()`` queryset from ``params`` (integers) and
    ``kinds`` (other parameters, by type) into a ``PreparedQuery``."""

    def decorate(build):
        return PreparedQuery(build, params=params, kinds=kinds)

    return decorate


class PreparedList:
    """A list of rows that Django's ``Paginator`` pages through (``count()`` and slices),
    each read with SQL compiled once per process: ``build(**params)`` returns the ordered
    ``values()`` queryset of the rows, and the count is the same query's ``COUNT``, or what
    ``count(**params)`` reads: a ``values()`` queryset of at most one row whose ``n`` is the
    count (none: 0), for a list whose length is kept rather than counted."""

    def __init__(self, build, *, params: tuple[str, ...] = (), kinds: dict | None = None, count=None):
        self._rows = PreparedQuery(build, params=params, kinds=kinds)
        self._count = PreparedQuery(
            # Func, not Count: an aggregate in values() would group by the selected columns.
            count or (lambda **values: build(**values).order_by().values(n=Func(Value(1), function="COUNT"))),
            params=params,
            kinds=kinds,
        )

    def of(self, **values) -> "PreparedRows":
        return PreparedRows(self, values)


class PreparedRows:
    """One ``PreparedList`` for given values, as the sequence ``Paginator`` takes."""

    def __init__(self, prepared_list: PreparedList, values: dict):
        self._list, self._values = prepared_list, values
        self._counted = None

    def count(self) -> int:
        if self._counted is None:
            counted = self._list._count.rows(**self._values)
            self._counted = max(counted[0]["n"], 0) if counted else 0
        return self._counted

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("Prepared rows are read by plain slices.")
        start = index.start or 0
        if index.stop is None:
            return self._list._rows.rows(limit=self.count(), offset=start, **self._values)
        return self._list._rows.rows(limit=max(index.stop - start, 0), offset=start, **self._values)


def prepared_list(*params: str, count=None, **kinds):
    """Decorate a function building an ordered ``values()`` queryset into a ``PreparedList``
    (``count``: as ``PreparedList`` takes it)."""

    def decorate(build):
        return PreparedList(build, params=params, kinds=kinds, count=count)

    return decorate
