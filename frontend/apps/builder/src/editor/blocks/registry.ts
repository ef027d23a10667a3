/**
 * Every block type the builder can add, one line each. Typed by the server's `BlockType`, so a
 * block type the engine runs and the builder lacks (or the other way round) fails type-checking;
 * `registry.test.ts` checks the same against the committed OpenAPI document.
 */
import type { BlockType } from "@botloom/api-client";
import { definition as AudioBubble } from "./bubbles/audio";
import { definition as EmbedBubble } from "./bubbles/embed";
import { definition as ImageBubble } from "./bubbles/image";
import { definition as TextBubble } from "./bubbles/text";
import { definition as VideoBubble } from "./bubbles/video";
import { definition as CardsInput } from "./inputs/cards";
import { definition as ChoiceInputInput } from "./inputs/choice_input";
import { definition as DateInputInput } from "./inputs/date_input";
import { definition as EmailInputInput } from "./inputs/email_input";
import { definition as FileInputInput } from "./inputs/file_input";
import { definition as NumberInputInput } from "./inputs/number_input";
import { definition as PaymentInputInput } from "./inputs/payment_input";
import { definition as PhoneNumberInputInput } from "./inputs/phone_number_input";
import { definition as PictureChoiceInputInput } from "./inputs/picture_choice_input";
import { definition as RatingInputInput } from "./inputs/rating_input";
import { definition as TextInputInput } from "./inputs/text_input";
import { definition as TimeInputInput } from "./inputs/time_input";
import { definition as UrlInputInput } from "./inputs/url_input";
import { definition as ChatwootIntegration } from "./integrations/chatwoot";
import { definition as EmailIntegration } from "./integrations/email";
import { definition as GoogleAnalyticsIntegration } from "./integrations/google_analytics";
import { definition as GoogleSheetsIntegration } from "./integrations/google_sheets";
import { definition as HttpRequestIntegration } from "./integrations/http_request";
import { definition as MakeComIntegration } from "./integrations/make_com";
import { definition as OpenaiIntegration } from "./integrations/openai";
import { definition as PabblyIntegration } from "./integrations/pabbly";
import { definition as PixelIntegration } from "./integrations/pixel";
import { definition as ZapierIntegration } from "./integrations/zapier";
import { definition as AbTestLogic } from "./logic/ab_test";
import { definition as ConditionLogic } from "./logic/condition";
import { definition as JumpLogic } from "./logic/jump";
import { definition as RedirectLogic } from "./logic/redirect";
import { definition as ReturnLogic } from "./logic/return_";
import { definition as ScriptLogic } from "./logic/script";
import { definition as SetVariableLogic } from "./logic/set_variable";
import { definition as TypebotLinkLogic } from "./logic/typebot_link";
import { definition as WaitLogic } from "./logic/wait";
import { definition as WebhookLogic } from "./logic/webhook";
import { pluginDefinition } from "./plugins/definition";
import type { BlockDefinition } from "./types";

export const BLOCKS: Record<BlockType, BlockDefinition> = {
  text: TextBubble,
  image: ImageBubble,
  video: VideoBubble,
  embed: EmbedBubble,
  audio: AudioBubble,
  "text input": TextInputInput,
  "email input": EmailInputInput,
  "number input": NumberInputInput,
  "url input": UrlInputInput,
  "phone number input": PhoneNumberInputInput,
  "date input": DateInputInput,
  "time input": TimeInputInput,
  "payment input": PaymentInputInput,
  "rating input": RatingInputInput,
  cards: CardsInput,
  "choice input": ChoiceInputInput,
  "file input": FileInputInput,
  "picture choice input": PictureChoiceInputInput,
  Code: ScriptLogic,
  Redirect: RedirectLogic,
  "Set variable": SetVariableLogic,
  "Typebot link": TypebotLinkLogic,
  Wait: WaitLogic,
  Jump: JumpLogic,
  Return: ReturnLogic,
  Condition: ConditionLogic,
  "AB test": AbTestLogic,
  webhook: WebhookLogic,
  Chatwoot: ChatwootIntegration,
  "Google Analytics": GoogleAnalyticsIntegration,
  OpenAI: OpenaiIntegration,
  Email: EmailIntegration,
  Pixel: PixelIntegration,
  "Google Sheets": GoogleSheetsIntegration,
  "Make.com": MakeComIntegration,
  Pabbly: PabblyIntegration,
  Webhook: HttpRequestIntegration,
  Zapier: ZapierIntegration,
};

/** The definition of a block type: a built-in one, else a plugin block (its type is the plugin's id). */
export function definitionOf(type: string): BlockDefinition {
  return Object.hasOwn(BLOCKS, type) ? BLOCKS[type as BlockType] : pluginDefinition(type);
}
