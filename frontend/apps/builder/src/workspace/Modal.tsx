/** A dialog of the workspace and collaborators screens: its trigger, then a titled panel over the page. */
import { Dialog } from "radix-ui";
import type { ReactNode } from "react";

export function Modal({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  className = "",
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="ws-overlay" />
        {/* Without a description, say so: Radix warns otherwise. */}
        <Dialog.Content
          className={`ws-dialog ${className}`}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <Dialog.Title>{title}</Dialog.Title>
          {description && <Dialog.Description className="ws-help">{description}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Cancel (closes the dialog) and the form's submit button. */
export function FormActions({ cancel, submit, busy }: { cancel: string; submit: string; busy: boolean }) {
  return (
    <div className="ws-dialog-actions">
      <Dialog.Close asChild>
        <button type="button">{cancel}</button>
      </Dialog.Close>
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
    </div>
  );
}

/** The name people know a thing by: a required text field. */
export function NameField({
  id,
  label,
  value,
  onChange,
  help,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        required
        maxLength={200}
        value={value}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {help && (
        <p id={`${id}-help`} className="ws-help">
          {help}
        </p>
      )}
    </>
  );
}
