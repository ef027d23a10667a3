/** Conditions as the document holds them (Condition blocks), and how they read in a sentence. */
import { i18n } from "../../../../i18n";
import { createId } from "../../../document";

/** The engine's comparison operators (`ComparisonOperator`), in Typebot's order. */
export const COMPARISON_OPERATORS = [
  "Equal to",
  "Not equal",
  "Contains",
  "Does not contain",
  "Greater than",
  "Greater or equal to",
  "Less than",
  "Less or equal to",
  "Is set",
  "Is empty",
  "Starts with",
  "Ends with",
  "Matches regex",
  "Does not match regex",
] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** Operators that compare with nothing. */
export const UNARY_OPERATORS: readonly string[] = ["Is set", "Is empty"];

export interface Comparison {
  id: string;
  variableId?: string;
  comparisonOperator?: string;
  value?: string;
}

export interface Condition {
  logicalOperator?: "AND" | "OR";
  comparisons?: Comparison[];
}

/** A new, empty comparison. */
export function newComparison(): Comparison {
  return { id: createId() };
}

/** One comparison in words: "Email ends with .test" (blanks shown as "…"). */
export function comparisonText(comparison: Comparison, variableName: string | undefined): string {
  const operator = comparison.comparisonOperator;
  const known = (COMPARISON_OPERATORS as readonly string[]).includes(operator ?? "");
  const phrase = known
    ? i18n.t(`blocks:condition.phrases.${operator as ComparisonOperator}`)
    : (operator?.toLowerCase() ?? "…");
  const blanks = { variable: variableName ?? "…", operator: phrase };
  return operator && UNARY_OPERATORS.includes(operator)
    ? i18n.t("blocks:condition.unarySentence", blanks)
    : i18n.t("blocks:condition.sentence", { ...blanks, value: comparison.value || "…" });
}

/** A whole condition in words, its comparisons joined by "and" or "or"; "" when it has none. */
export function conditionText(
  condition: Condition | undefined,
  nameOf: (variableId?: string) => string | undefined,
): string {
  const joiner = i18n.t(condition?.logicalOperator === "OR" ? "blocks:condition.or" : "blocks:condition.and");
  return (condition?.comparisons ?? [])
    .map((comparison) => comparisonText(comparison, nameOf(comparison.variableId)))
    .join(joiner);
}
