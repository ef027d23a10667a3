/** Where the open folder sits: "All bots › Sales › Leads", each a link but the last. */
import { ChevronRight } from "lucide-react";
import { Link } from "react-router";
import { useTranslation } from "../i18n";
import type { FolderPlace } from "./folders";

export function Breadcrumbs({ trail }: { trail: FolderPlace[] }) {
  const { t } = useTranslation("dashboard");
  if (trail.length === 0) return null;
  const ancestors = trail.slice(0, -1);
  const here = trail.at(-1);
  return (
    <nav aria-label={t("breadcrumbs")} className="breadcrumbs">
      <ol>
        <li>
          <Link to="/typebots">{t("allBots")}</Link>
        </li>
        {ancestors.map((folder) => (
          <li key={folder.id}>
            <ChevronRight size={14} aria-hidden />
            <Link to={`/folders/${folder.id}`}>{folder.name}</Link>
          </li>
        ))}
        <li>
          <ChevronRight size={14} aria-hidden />
          <span aria-current="page">{here?.name}</span>
        </li>
      </ol>
    </nav>
  );
}
