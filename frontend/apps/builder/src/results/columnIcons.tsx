/** The icon of a column: what kind of answer or value it holds. */
import {
  Braces,
  Calendar,
  CalendarClock,
  CheckSquare,
  Clock,
  CreditCard,
  Hash,
  Image,
  Link,
  type LucideIcon,
  Mail,
  Paperclip,
  Phone,
  Star,
  Trash2,
  Type,
} from "lucide-react";
import type { ResultColumn } from "./columns";

const BY_BLOCK_TYPE: Record<string, LucideIcon> = {
  "email input": Mail,
  "number input": Hash,
  "url input": Link,
  "phone number input": Phone,
  "date input": Calendar,
  "time input": Clock,
  "payment input": CreditCard,
  "rating input": Star,
  "choice input": CheckSquare,
  cards: CheckSquare,
  "picture choice input": Image,
  "file input": Paperclip,
};

export function ColumnIcon({ column }: { column: ResultColumn }) {
  const Icon =
    column.kind === "date"
      ? CalendarClock
      : column.kind === "variable"
        ? Braces
        : column.kind === "deleted"
          ? Trash2
          : (BY_BLOCK_TYPE[column.blockType ?? ""] ?? Type);
  return <Icon size={14} aria-hidden className="column-icon" />;
}
