/** A button showing only an icon, named for people who cannot see it. */
import type { LucideIcon } from "lucide-react";
import type { ComponentProps } from "react";

export function IconButton({
  label,
  Icon,
  ...props
}: { label: string; Icon: LucideIcon } & Omit<ComponentProps<"button">, "aria-label" | "type">) {
  return (
    <button type="button" className="icon-button" aria-label={label} {...props}>
      <Icon size={16} aria-hidden />
    </button>
  );
}
