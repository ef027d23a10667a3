/** One row to name a person by email and pick what they get (a role, an access), then send. */
import type { ReactNode } from "react";
import { type Choice, ChoiceSelect } from "./ChoiceSelect";

export function EmailAndChoice<T extends string>({
  id,
  emailLabel,
  placeholder,
  email,
  onEmail,
  choiceLabel,
  choice,
  choices,
  onChoice,
  submitLabel,
  busy,
}: {
  id: string;
  emailLabel: string;
  placeholder: string;
  email: string;
  onEmail: (email: string) => void;
  choiceLabel: string;
  choice: T;
  choices: readonly Choice<T>[];
  onChoice: (choice: T) => void;
  submitLabel: ReactNode;
  busy: boolean;
}) {
  return (
    <div className="ws-email-row">
      <div className="ws-grow">
        <label htmlFor={id}>{emailLabel}</label>
        <input
          id={id}
          type="email"
          required
          autoComplete="off"
          placeholder={placeholder}
          value={email}
          onChange={(event) => onEmail(event.target.value)}
        />
      </div>
      <div>
        <span className="ws-label">{choiceLabel}</span>
        <ChoiceSelect label={choiceLabel} value={choice} choices={choices} onChange={onChoice} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
