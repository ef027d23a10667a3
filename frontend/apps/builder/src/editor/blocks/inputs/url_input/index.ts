import { Link } from "lucide-react";
import type { BlockDefinition } from "../../types";
import { defaults } from "./defaults";
import { Node } from "./node";
import { Settings } from "./settings";

export const definition: BlockDefinition = {
  type: "url input",
  family: "input",
  label: "Website",
  Icon: Link,
  defaults,
  outlets: "block",
  Node,
  Settings,
};
