/**
 * The page's end of a playground's message channel. Several playgrounds can share a page, and
 * the reader's code can post anything from the sandbox, so a message is read only when it comes
 * from THIS playground's preview frame (`event.source`) on the sandbox origin (`event.origin`),
 * and only when it is well-formed (`isSandboxMessage`). Controls go back to that frame only, with
 * the sandbox origin as `targetOrigin`.
 *
 * Flow control: `events` batches are acknowledged by `ackReceived()`, which the panel calls once
 * it has drawn them; while the page is busy the sandbox holds (and eventually drops) events
 * rather than flooding it.
 */
import {
  isSandboxMessage,
  pageMessage,
  type DiffMessage,
  type DroppedMessage,
  type EventsMessage,
  type HelloMessage,
  type PageMessage,
  type QueryTableMessage,
  type BackendStateMessage,
  type SandboxMessage,
} from '../../../playground/protocol/messages.ts';

export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

/** A control as the panel writes it: the envelope is added on sending. */
export type PageMessageBody = PageMessage extends infer M ? (M extends PageMessage ? Omit<M, 'statelab'> : never) : never;

export type Inbound = { kind: 'sandbox'; message: SandboxMessage } | { kind: 'restart' };

/** Sandpack's `start`: the runtime is about to run the code again. */
function isSandpackStart(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { codesandbox?: unknown }).codesandbox === true && (data as { type?: unknown }).type === 'start';
}

/** The preview iframe of the playground around `element`: the one frame whose messages we read. */
export function previewFrameOf(element: Element | null): FrameWindow | null {
  const iframe = element?.closest('[data-playground]')?.querySelector<HTMLIFrameElement>('iframe[title="Sandpack Preview"]');
  return iframe?.contentWindow ?? null;
}

/** What a window message means for the playground whose preview is `frame`, or null to ignore it. */
export function readMessage(event: MessageLike, sandboxOrigin: string, frame: unknown): Inbound | null {
  if (!frame || event.source !== frame || event.origin !== sandboxOrigin) return null;
  if (isSandpackStart(event.data)) return { kind: 'restart' };
  if (isSandboxMessage(event.data)) return { kind: 'sandbox', message: event.data };
  return null;
}

export interface ChannelHandlers {
  hello(message: HelloMessage): void;
  events(message: EventsMessage): void;
  dropped(message: DroppedMessage): void;
  diff(message: DiffMessage): void;
  queryTable(message: QueryTableMessage): void;
  backendState(message: BackendStateMessage): void;
  /** The playground re-runs its code (a fresh timeline). */
  restart(): void;
}

export interface MessageTarget {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface FrameWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface ChannelOptions {
  /** Where messages arrive: the docs page's window. */
  target: MessageTarget;
  /** The preview iframe's `contentWindow`, looked up at each message (Sandpack may replace it). */
  getFrame: () => FrameWindow | null | undefined;
  sandboxOrigin: string;
  handlers: ChannelHandlers;
}

export class SandboxChannel {
  private readonly options: ChannelOptions;
  private receivedSeq = 0;
  private ackedSeq = 0;
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

  constructor(options: ChannelOptions) {
    this.options = options;
    options.target.addEventListener('message', this.onMessage);
  }

  /** Handles one window message (public for tests). */
  receive(event: MessageLike): void {
    const inbound = readMessage(event, this.options.sandboxOrigin, this.options.getFrame());
    if (!inbound) return;
    const { handlers } = this.options;
    if (inbound.kind === 'restart') {
      handlers.restart();
      return;
    }
    const message = inbound.message;
    switch (message.type) {
      case 'hello':
        // A fresh sandbox page: its batch numbers start again.
        this.receivedSeq = this.ackedSeq = 0;
        handlers.hello(message);
        break;
      case 'events':
        this.receivedSeq = Math.max(this.receivedSeq, message.seq);
        handlers.events(message);
        break;
      case 'dropped':
        handlers.dropped(message);
        break;
      case 'diff':
        handlers.diff(message);
        break;
      case 'query-table':
        handlers.queryTable(message);
        break;
      case 'backend-state':
        handlers.backendState(message);
        break;
    }
  }

  /** Sends a control to the sandbox; false when the preview frame isn't there. */
  send(message: PageMessageBody): boolean {
    const frame = this.options.getFrame();
    if (!frame) return false;
    frame.postMessage(pageMessage<PageMessage>(message), this.options.sandboxOrigin);
    return true;
  }

  /** Acknowledges every `events` batch received so far (once the panel has drawn them). */
  ackReceived(): void {
    if (this.receivedSeq <= this.ackedSeq) return;
    if (this.send({ type: 'ack', seq: this.receivedSeq })) this.ackedSeq = this.receivedSeq;
  }

  dispose(): void {
    this.options.target.removeEventListener('message', this.onMessage);
  }
}
