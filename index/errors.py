"""Typed errors: each names the file, field or limit at fault so the CLI and app can show it as is."""


class AssistantError(Exception):
    """A user-facing error whose message is shown verbatim."""


class CaseFileError(AssistantError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(AssistantError):
    """The vector store cannot be opened, written or reached."""
