import { CreditCard } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "payment input",
  family: "input",
  label: "Payment",
  Icon: CreditCard,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
