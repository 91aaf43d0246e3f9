#!/usr/bin/env bash
# The test suite as CI runs it: build the sdist and the wheel, check them, install the wheel
# (not the source tree) with the test extra in a fresh virtual environment, and run pytest
# with the branch-coverage gate and the docstring examples. Usage: bash tools/test.sh
# VENV names the environment (default .ci-venv); extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${VENV:-.ci-venv}"

python3 -m venv "$venv"
py="$venv/bin/python"
"$py" -m pip install -q --upgrade pip build twine

echo "== build and check the sdist and the wheel"
rm -rf dist
"$py" -m build -q --sdist --wheel --outdir dist .
"$py" -m twine check --strict dist/*
"$py" tools/check_dist.py dist

echo "== install the wheel with the test and docs extras"
"$py" -m pip install -q "$(ls dist/bilateral-*.whl)[test,docs]"
# the wheel just built, even where an earlier run installed the same version
"$py" -m pip install -q --force-reinstall --no-deps dist/bilateral-*.whl

echo "== pytest (installed wheel, branch coverage gate)"
package="$("$py" -c 'import bilateral, os; print(os.path.dirname(bilateral.__file__))')"
"$py" -m pytest -q -p no:cacheprovider --import-mode=importlib \
  --cov=bilateral --cov-branch --cov-report=term --cov-fail-under=95 \
  --doctest-modules "$package" tests "$@"
