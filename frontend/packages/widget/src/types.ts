/** Shapes of Typebot's chat API (startChat / continueChat) as far as the widget reads them. */

export type VariableValue = string | number | boolean | null | (string | null)[];

export interface RichTextLeaf {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface RichTextElement {
  type?: string;
  url?: string;
  children?: RichTextNode[];
}

export type RichTextNode = RichTextLeaf | RichTextElement;

export interface Border {
  thickness?: number;
  color?: string;
  roundeness?: "none" | "medium" | "large" | "custom";
  customRoundeness?: number;
  opacity?: number;
}

export interface ContainerStyle {
  backgroundColor?: string;
  color?: string;
  blur?: number;
  opacity?: number;
  shadow?: "none" | "sm" | "md" | "lg" | "xl" | "2xl";
  border?: Border;
  placeholderColor?: string;
  maxWidth?: string;
  maxHeight?: string;
}

export type Font = string | { type?: "Google" | "Custom"; family?: string; css?: string; url?: string };

export interface Theme {
  general?: {
    font?: Font;
    background?: { type?: "Color" | "Image" | "None"; content?: string };
    progressBar?: {
      isEnabled?: boolean;
      color?: string;
      backgroundColor?: string;
      placement?: "Top" | "Bottom";
      thickness?: number;
      position?: "fixed" | "absolute";
    };
  };
  chat?: {
    container?: ContainerStyle;
    hostAvatar?: { isEnabled?: boolean; url?: string };
    guestAvatar?: { isEnabled?: boolean; url?: string };
    hostBubbles?: ContainerStyle;
    guestBubbles?: ContainerStyle;
    buttons?: ContainerStyle;
    inputs?: ContainerStyle;
    roundness?: "none" | "medium" | "large";
    buttonsInput?: { layout?: "wrap" | "vertical" };
  };
  customCss?: string;
}

export interface SystemMessages {
  invalidMessage?: string;
  botClosed?: string;
  networkErrorTitle?: string;
  networkErrorMessage?: string;
  popupBlockedTitle?: string;
  popupBlockedDescription?: string;
  popupBlockedButtonLabel?: string;
  fileUploadError?: string;
  fileUploadSizeError?: string;
}

export interface TypingEmulation {
  enabled?: boolean;
  speed?: number;
  maxDelay?: number;
  delayBetweenBubbles?: number;
  isDisabledOnFirstMessage?: boolean;
}

export interface BotSettings {
  general?: {
    isBrandingEnabled?: boolean;
    isInputPrefillEnabled?: boolean;
    isHideQueryParamsEnabled?: boolean;
    rememberUser?: { isEnabled?: boolean; storage?: "session" | "local" };
    systemMessages?: SystemMessages;
  };
  typingEmulation?: TypingEmulation;
}

export interface BotInfo {
  id?: string;
  version?: string;
  theme: Theme;
  settings: BotSettings;
  publishedAt?: string;
}

export interface VideoContent {
  url?: string;
  id?: string;
  type?: "url" | "youtube" | "vimeo" | "tiktok" | "gumlet";
  height?: number | string;
  aspectRatio?: string;
  maxWidth?: string;
  queryParamsStr?: string;
  areControlsDisplayed?: boolean;
  isAutoplayEnabled?: boolean;
}

export interface ScriptToExecute {
  content: string;
  args?: { id: string; value: VariableValue }[];
  isUnsafe?: boolean;
  isCode?: boolean;
}

export interface FunctionToExecute {
  args: Record<string, unknown>;
  content: string;
}

export type ChatMessage =
  | { id: string; type: "text"; content: { type?: string; richText?: RichTextNode[]; markdown?: string } }
  | { id: string; type: "image"; content: { url?: string; clickLink?: { url?: string; alt?: string } } }
  | { id: string; type: "video"; content: VideoContent }
  | { id: string; type: "audio"; content: { url?: string; isAutoplayEnabled?: boolean } }
  | {
      id: string;
      type: "embed";
      content: {
        url?: string;
        height?: number | string;
        waitForEvent?: { isEnabled?: boolean; name?: string; saveDataInVariableId?: string };
      };
    }
  | {
      id: string;
      type: "custom-embed";
      content: { url?: string; initFunction: FunctionToExecute; waitForEventFunction?: FunctionToExecute };
    };

export interface ChoiceItem {
  id: string;
  content?: string;
  value?: string;
}

export interface PictureChoiceItem {
  id: string;
  pictureSrc?: string;
  title?: string;
  description?: string;
  value?: string;
}

export interface CardItem {
  id: string;
  imageUrl?: string | null;
  title?: string | null;
  description?: string | null;
  paths?: { id: string; text?: string }[];
}

/** The input block the bot waits on; options vary by type, so they stay loosely typed. */
export interface ChatInput {
  id: string;
  type: string;
  options?: Record<string, any>;
  items?: any[];
  prefilledValue?: string;
  runtimeOptions?: Record<string, string>;
}

export interface ClientSideAction {
  type: string;
  lastBubbleBlockId?: string;
  expectsDedicatedReply?: boolean;
  [payload: string]: any;
}

export interface DynamicTheme {
  hostAvatarUrl?: string;
  guestAvatarUrl?: string;
  backgroundUrl?: string;
}

/** What continueChat returns; startChat adds the session and the bot. */
export interface ChatChunk {
  messages: ChatMessage[];
  input?: ChatInput | null;
  clientSideActions?: ClientSideAction[] | null;
  dynamicTheme?: DynamicTheme | null;
  progress?: number | null;
  lastMessageNewFormat?: string | null;
  logs?: ClientLog[] | null;
}

export interface StartChatResponse extends ChatChunk {
  sessionId: string;
  resultId?: string;
  typebot: BotInfo;
}

export type OutgoingMessage =
  | { type: "text"; text: string; metadata?: { replyId?: string }; attachedFileUrls?: string[] }
  | { type: "command"; command: string }
  | { type: "audio"; url: string };

export interface ClientLog {
  status?: string;
  description: string;
  details?: string;
  context?: string;
}
