/** A labelled choice among a few values (roles, access), with a line of help per choice. */
import { Check, ChevronDown } from "lucide-react";
import { Select } from "radix-ui";

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

export function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  onChange,
  disabled,
}: {
  /** The accessible name (the select shows only the chosen value). */
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <Select.Root value={value} onValueChange={(next) => onChange(next as T)} disabled={disabled}>
      <Select.Trigger className="ws-select" aria-label={label}>
        <Select.Value />
        <Select.Icon>
          <ChevronDown size={14} aria-hidden />
        </Select.Icon>
      </Select.Trigger>
      <Select.Portal>
        <Select.Content className="ws-select-content" position="popper" sideOffset={4}>
          <Select.Viewport>
            {choices.map((choice) => (
              <Select.Item key={choice.value} value={choice.value} className="ws-select-item">
                <Select.ItemText>{choice.label}</Select.ItemText>
                {choice.help && <span className="ws-select-help">{choice.help}</span>}
                <Select.ItemIndicator className="ws-select-check">
                  <Check size={14} aria-hidden />
                </Select.ItemIndicator>
              </Select.Item>
            ))}
          </Select.Viewport>
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  );
}
