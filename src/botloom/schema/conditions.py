"""Conditions as stored in the document: used by Condition blocks and display conditions."""

from enum import StrEnum

from botloom.schema.model import DocModel


class LogicalOperator(StrEnum):
    """How the comparisons of one condition combine."""

    OR = "OR"
    AND = "AND"


class ComparisonOperator(StrEnum):
    """Typebot's comparison operators (``packages/conditions/src/constants.ts``)."""

    EQUAL = "Equal to"
    NOT_EQUAL = "Not equal"
    CONTAINS = "Contains"
    NOT_CONTAINS = "Does not contain"
    GREATER = "Greater than"
    GREATER_OR_EQUAL = "Greater or equal to"
    LESS = "Less than"
    LESS_OR_EQUAL = "Less or equal to"
    IS_SET = "Is set"
    IS_EMPTY = "Is empty"
    STARTS_WITH = "Starts with"
    ENDS_WITH = "Ends with"
    MATCHES_REGEX = "Matches regex"
    NOT_MATCH_REGEX = "Does not match regex"


class Comparison(DocModel):
    """One comparison: a variable, an operator and a value (which may hold ``{{variables}}``)."""

    id: str
    variable_id: str | None = None
    comparison_operator: ComparisonOperator | None = None
    value: str | None = None


class Condition(DocModel):
    """Comparisons joined by AND (the default) or OR."""

    logical_operator: LogicalOperator = LogicalOperator.AND
    comparisons: list[Comparison] = []


class DisplayCondition(DocModel):
    """Shows an item (a button, a picture, a card) only when its condition holds."""

    is_enabled: bool = False
    condition: Condition | None = None
