"""Bot variables as stored in the document (no dependency on blocks, so the engine's variable
code can use them without importing the block catalogue)."""

from botloom.schema.model import DocModel, GraphId

VariableValue = str | list[str | None] | None


class Variable(DocModel):
    """A bot variable. Session variables are not saved in results."""

    id: GraphId
    name: str
    value: VariableValue = None
    is_session_variable: bool | None = None
