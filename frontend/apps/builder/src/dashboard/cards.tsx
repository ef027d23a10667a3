/** The dashboard's cards: folders (which take dropped bots) and bots (which can be dragged). */
import { Bot, CornerLeftUp, Folder, GripVertical, MoreHorizontal } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { type DragEvent, useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "../i18n";
import type { BotSummary, FolderSummary } from "./data";
import { BOT_DRAG_TYPE, type DraggedBot, decodeDraggedBot, encodeDraggedBot, movesBot } from "./folders";

/** Called with a bot dropped on a folder card: the folder's id (null: top level) and name. */
export type DropBot = (bot: DraggedBot, folderId: string | null, folderName: string) => void;

/** A drop target for bots: highlighted while a bot is over it, calls `onDrop` with the bot. */
function useBotDrop(folderId: string | null, onDrop: (bot: DraggedBot) => void) {
  const [over, setOver] = useState(false);
  const carriesBot = (event: DragEvent) => event.dataTransfer.types.includes(BOT_DRAG_TYPE);
  return {
    over,
    props: {
      onDragOver: (event: DragEvent) => {
        if (!carriesBot(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (event: DragEvent) => {
        setOver(false);
        const bot = decodeDraggedBot(event.dataTransfer.getData(BOT_DRAG_TYPE));
        if (!bot) return;
        event.preventDefault();
        if (movesBot(bot.folderId, folderId)) onDrop(bot);
      },
    },
  };
}

export interface MenuAction {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/** The "…" menu of a card. */
function CardMenu({ label, actions }: { label: string; actions: MenuAction[] }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="icon-button card-menu-button" aria-label={label}>
        <MoreHorizontal size={18} aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          {actions.map((action) => (
            <DropdownMenu.Item
              key={action.label}
              className={action.danger ? "menu-item menu-item-danger" : "menu-item"}
              onSelect={action.onSelect}
            >
              {action.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

interface FolderCardProps {
  folder: FolderSummary;
  actions: MenuAction[];
  onDropBot: DropBot;
}

export function FolderCard({ folder, actions, onDropBot }: FolderCardProps) {
  const { t } = useTranslation("dashboard");
  const drop = useBotDrop(folder.id, (bot) => onDropBot(bot, folder.id, folder.name));
  return (
    <li className="dash-card folder-card" data-drop-over={drop.over || undefined} {...drop.props}>
      <Link className="dash-card-link" to={`/folders/${folder.id}`}>
        <Folder size={28} aria-hidden className="dash-card-icon" />
        <span className="dash-card-name">{folder.name}</span>
      </Link>
      <CardMenu label={t("folderActions", { name: folder.name })} actions={actions} />
    </li>
  );
}

interface BackCardProps {
  parentId: string | null;
  parentName: string;
  onDropBot: DropBot;
}

/** The way up to the parent folder, which also takes bots dropped on it. */
export function BackCard({ parentId, parentName, onDropBot }: BackCardProps) {
  const { t } = useTranslation("dashboard");
  const drop = useBotDrop(parentId, (bot) => onDropBot(bot, parentId, parentName));
  return (
    <li className="dash-card back-card" data-drop-over={drop.over || undefined} {...drop.props}>
      <Link className="dash-card-link" to={parentId ? `/folders/${parentId}` : "/typebots"}>
        <CornerLeftUp size={24} aria-hidden className="dash-card-icon" />
        <span className="dash-card-name">{t("back", { name: parentName })}</span>
      </Link>
    </li>
  );
}

interface BotCardProps {
  bot: BotSummary;
  folderId: string | null;
  actions: MenuAction[];
}

export function BotCard({ bot, folderId, actions }: BotCardProps) {
  const { t } = useTranslation("dashboard");
  const [dragging, setDragging] = useState(false);
  return (
    <li
      className="dash-card bot-card"
      draggable
      data-dragging={dragging || undefined}
      onDragStart={(event) => {
        event.dataTransfer.setData(BOT_DRAG_TYPE, encodeDraggedBot({ id: bot.id, name: bot.name, folderId }));
        event.dataTransfer.effectAllowed = "move";
        setDragging(true);
      }}
      onDragEnd={() => setDragging(false)}
    >
      <Link className="dash-card-link" to={`/typebots/${bot.id}/edit`} draggable={false}>
        <span className="dash-card-icon bot-icon" aria-hidden>
          {bot.icon && !bot.icon.startsWith("http") ? bot.icon : <Bot size={24} />}
        </span>
        <span className="dash-card-name">{bot.name}</span>
        <span className="dash-card-state" data-published={bot.publishedTypebotId ? "" : undefined}>
          {bot.publishedTypebotId ? t("published") : t("draft")}
        </span>
      </Link>
      <GripVertical size={16} aria-hidden className="drag-grip" />
      <CardMenu label={t("botActions", { name: bot.name })} actions={actions} />
    </li>
  );
}
