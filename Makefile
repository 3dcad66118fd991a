# Every target installs what it needs: a pinned uv in .tools/, then the locked environment.
UV_VERSION := 0.13.9
UV := .tools/bin/uv
PY := $(UV) run --frozen
DEMO_HOME := demo-data
# Bytecode caches make every `dlxh` start several times faster (some shells disable them).
unexport PYTHONDONTWRITEBYTECODE
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint pytest bench dist dist-check translations demo clean

$(UV):
	python3 -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --quiet --compile-bytecode
	@touch $@

translations: .venv/.synced
	$(PY) python -m dlxh_desktop.ui.translations_build

run: .venv/.synced translations
	@test -f $(DEMO_HOME)/dlxh.sqlite || $(PY) dlxh --home $(DEMO_HOME) demo </dev/null
	$(PY) dlxh-desktop --home $(DEMO_HOME)

demo: .venv/.synced
	$(PY) dlxh --home $(DEMO_HOME) demo

lint: .venv/.synced
	$(PY) ruff format --check src tests benchmarks
	$(PY) ruff check src tests benchmarks
	$(PY) mypy

pytest: .venv/.synced translations
	QT_QPA_PLATFORM=offscreen $(PY) pytest -q

test: lint pytest

bench: .venv/.synced
	QT_QPA_PLATFORM=offscreen $(PY) python -m benchmarks

dist: .venv/.synced translations
	$(UV) sync --frozen --quiet --group dist
	$(PY) --group dist python installer/build.py

# Frozen build + smoke test + NSIS compile (CI runs it after the tests).
dist-check: .venv/.synced translations
	UV=$(UV) installer/ci_check.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
