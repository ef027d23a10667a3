/** The value types of the set variable block (the engine's `SetVariableType`), and what each needs. */
import { i18n } from "../../../../i18n";

export const VALUE_TYPES = [
  "Custom",
  "Empty",
  "Append value(s)",
  "Environment name",
  "Device type",
  "Transcript",
  "User ID",
  "Result ID",
  "Now",
  "Yesterday",
  "Tomorrow",
  "Today",
  "Random ID",
  "Moment of the day",
  "Map item with same index",
  "Pop",
  "Shift",
  "Phone number",
  "Contact name",
  "Referral Click ID",
  "Referral Source ID",
] as const;

export type ValueType = (typeof VALUE_TYPES)[number];

/** Types whose value is a date or time of day, computed in a time zone. */
export const TIME_ZONE_TYPES: readonly ValueType[] = [
  "Now",
  "Yesterday",
  "Tomorrow",
  "Today",
  "Moment of the day",
];

/** Types only a WhatsApp chat has a value for. */
export const WHATSAPP_TYPES: readonly ValueType[] = [
  "Phone number",
  "Contact name",
  "Referral Click ID",
  "Referral Source ID",
];

/** No `type` is `Custom` (Typebot's default). */
export function valueTypeOf(options: Record<string, unknown> | undefined): ValueType {
  const type = options?.type;
  return (VALUE_TYPES as readonly unknown[]).includes(type) ? (type as ValueType) : "Custom";
}

/** What the variable is set to, in a few words: the expression, "code", or the type's name. */
export function valueSummary(options: Record<string, unknown> | undefined): string {
  const type = valueTypeOf(options);
  if (type !== "Custom")
    return type === "Empty"
      ? i18n.t("blocks:setVariable.sentence.empty")
      : i18n.t(`blocks:setVariable.valueTypes.${type}`);
  if (options?.isCode === true) return i18n.t("blocks:setVariable.sentence.code");
  const expression = options?.expressionToEvaluate;
  return typeof expression === "string" && expression.trim() ? expression.trim() : "";
}

/** The block in a sentence: "Set Total to {{Age}} * 2", "Pop List", "Append {{Item}} to List". */
export function setVariableSentence(options: Record<string, unknown> | undefined, name: string): string {
  const type = valueTypeOf(options);
  if (type === "Pop") return i18n.t("blocks:setVariable.sentence.pop", { name });
  if (type === "Shift") return i18n.t("blocks:setVariable.sentence.shift", { name });
  if (type === "Append value(s)") {
    const item =
      typeof options?.item === "string" && options.item
        ? options.item
        : i18n.t("blocks:setVariable.sentence.aValue");
    return i18n.t("blocks:setVariable.sentence.append", { item, name });
  }
  const value = valueSummary(options);
  return value
    ? i18n.t("blocks:setVariable.sentence.setTo", { name, value })
    : i18n.t("blocks:setVariable.sentence.set", { name });
}
