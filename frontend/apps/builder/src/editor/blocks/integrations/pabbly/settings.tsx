import type { BlockProps } from "../../types";
import { HttpRequestFields } from "../http_request/HttpRequestFields";

/** The Pabbly block's settings: an HTTP request to its webhook. */
export function Settings({ block }: BlockProps) {
  return <HttpRequestFields block={block} urlHelp="The webhook URL of your Pabbly Connect workflow." />;
}
