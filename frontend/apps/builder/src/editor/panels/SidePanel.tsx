import { PreviewPane } from "../preview/PreviewPane";
import { SettingsPanel } from "../settings/SettingsPanel";
import { SharePanel } from "../share/SharePanel";
import { useEditor } from "../store";
import { VariablesPanel } from "../variables/VariablesPanel";

/** The panel beside the canvas: the one chosen in the top bar, else the open block's settings. */
export function SidePanel() {
  const panel = useEditor((state) => state.panel);
  switch (panel) {
    case "variables":
      return <VariablesPanel />;
    case "preview":
      return <PreviewPane />;
    case "share":
      return <SharePanel />;
    default:
      return <SettingsPanel />;
  }
}
