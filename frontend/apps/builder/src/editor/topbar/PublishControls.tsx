import { ChevronDown } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useTranslation } from "../../i18n";
import type { BotDocument } from "../document";
import { publishState } from "./publishState";
import { usePublishActions, usePublishedVersion } from "./usePublishing";

/** Publish (shows "Published" while the live version is the draft), and Unpublish in a menu. */
export function PublishControls({
  typebotId,
  serverDoc,
  draftSaved,
}: {
  typebotId: string;
  serverDoc: BotDocument | null;
  draftSaved: boolean;
}) {
  const { t } = useTranslation("editor");
  const published = usePublishedVersion(typebotId);
  const { publish, unpublish } = usePublishActions(typebotId);
  const state = publishState(
    serverDoc as unknown as Record<string, unknown> | null,
    published.data,
    draftSaved,
  );
  const error = publish.error ?? unpublish.error;
  const indicator = published.isSuccess && state !== "published" ? t(`topbar.publishState.${state}`) : null;
  return (
    <div className="publish-controls">
      {indicator && (
        <span className="publish-indicator" data-state={state}>
          {indicator}
        </span>
      )}
      <div className="split-button">
        <button
          type="button"
          className="primary"
          disabled={state === "published" || publish.isPending}
          onClick={() => publish.mutate()}
        >
          {publish.isPending
            ? t("topbar.publishing")
            : state === "published"
              ? t("topbar.published")
              : t("topbar.publish")}
        </button>
        <DropdownMenu.Root>
          <DropdownMenu.Trigger className="primary" aria-label={t("topbar.morePublishingOptions")}>
            <ChevronDown size={16} aria-hidden />
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
              <DropdownMenu.Item
                className="menu-item"
                disabled={!published.data || unpublish.isPending}
                onSelect={() => unpublish.mutate()}
              >
                {t("topbar.unpublish")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
      {error && (
        <p className="topbar-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
