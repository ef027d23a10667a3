/** The header's workspace menu: every workspace of the user, and "Create a workspace". */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { useNavigate } from "react-router";
import { api, unwrap } from "../api";
import { NameDialog } from "../dashboard/dialogs";
import { useTranslation } from "../i18n";
import { useCurrentWorkspace } from "./currentWorkspace";

/** A workspace's icon (an emoji), or its initial. */
function WorkspaceIcon({ icon, name }: { icon: string | null; name: string }) {
  const emoji = icon && !icon.startsWith("http") ? icon : null;
  return (
    <span className="workspace-icon" aria-hidden>
      {emoji ?? name.trim().charAt(0).toUpperCase()}
    </span>
  );
}

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { list, current, choose } = useCurrentWorkspace();
  const [creating, setCreating] = useState(false);
  const create = useMutation({
    mutationFn: (name: string) => unwrap(api.POST("/api/v1/workspaces", { body: { name } })),
    onSuccess: async ({ workspace }) => {
      await queryClient.invalidateQueries({ queryKey: ["workspaces"] });
      choose(workspace.id);
      setCreating(false);
      navigate("/typebots");
    },
  });
  const switchTo = (workspaceId: string) => {
    choose(workspaceId);
    navigate("/typebots");
  };

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          className="workspace-switcher"
          aria-label={current ? t("workspace.switchTo", { name: current.name }) : t("workspace.switcher")}
        >
          {current && <WorkspaceIcon icon={current.icon} name={current.name} />}
          <span className="workspace-name">{current?.name ?? t("workspace.switcher")}</span>
          <ChevronsUpDown size={14} aria-hidden />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu workspace-menu" align="start" sideOffset={4}>
            <DropdownMenu.Label className="menu-label">{t("workspace.switcher")}</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={current?.id ?? ""} onValueChange={switchTo}>
              {list.map((workspace) => (
                <DropdownMenu.RadioItem
                  key={workspace.id}
                  value={workspace.id}
                  className="menu-item workspace-item"
                >
                  <WorkspaceIcon icon={workspace.icon} name={workspace.name} />
                  <span className="workspace-name">{workspace.name}</span>
                  <DropdownMenu.ItemIndicator className="workspace-check">
                    <Check size={14} aria-hidden />
                  </DropdownMenu.ItemIndicator>
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item className="menu-item workspace-item" onSelect={() => setCreating(true)}>
              <Plus size={14} aria-hidden />
              {t("workspace.create")}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {creating && (
        <NameDialog
          title={t("workspace.createTitle")}
          initial=""
          submitLabel={create.isPending ? t("workspace.creating") : t("workspace.create")}
          error={create.error?.message}
          onClose={() => setCreating(false)}
          onSubmit={(name) => create.mutate(name)}
        />
      )}
    </>
  );
}
