import type { BlockProps } from "../../types";
import { HttpRequestFields } from "../http_request/HttpRequestFields";

/** The Make.com block's settings: an HTTP request to its webhook. */
export function Settings({ block }: BlockProps) {
  return <HttpRequestFields block={block} urlHelp="The URL of your scenario's custom webhook." />;
}
